package org.corpex.base;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a running command must stop: Ctrl-C (the front end interrupts the thread that runs it) or its deadline. A front
 * end opens one per command with {@link #start}; long loops call {@link #check} every few thousand steps (a field read
 * and the clock). Work handed to other threads (parallel streams) takes the token with {@link #current} and checks
 * that.
 */
public final class Cancellation {
    /** How long one command may search before it is stopped; {@code set timeout} changes it. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 60_000;

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();
    /**
     * The tokens of the commands running now, by the thread that runs each. A front end stops a command through here:
     * an interrupt alone is not enough, because a thread waiting on a parallel stream has its interrupt status cleared
     * until the wait ends.
     */
    private static final Map<Thread, Cancellation> RUNNING = new ConcurrentHashMap<>();

    private static final Cancellation NONE = new Cancellation(null, Long.MAX_VALUE, 0);
    /**
     * Threads stopped (Ctrl-C) before their command opened its token: the token opens already fired. Without this, a
     * Ctrl-C landing between a line's start and its token's was lost when the interrupt was then cleared by a wait on a
     * parallel stream, and the command ran on.
     */
    private static final Set<Thread> PENDING = ConcurrentHashMap.newKeySet();

    private final Thread owner;
    private final long deadline;
    private final long timeoutMillis;
    private volatile boolean cancelled;

    private Cancellation(Thread owner, long deadline, long timeoutMillis) {
        this.owner = owner;
        this.deadline = deadline;
        this.timeoutMillis = timeoutMillis;
    }

    /** Opens a token for the command about to run on this thread; 0 means no deadline. */
    public static Cancellation start(long timeoutMillis) {
        long deadline = timeoutMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000L;
        Cancellation c = new Cancellation(Thread.currentThread(), deadline, timeoutMillis);
        CURRENT.set(c);
        RUNNING.put(Thread.currentThread(), c);
        // After the put: a cancel either finds this token or has marked the thread already.
        if (PENDING.remove(Thread.currentThread())) c.cancel();
        return c;
    }

    /** Closes this thread's token. */
    public static void end() {
        CURRENT.remove();
        RUNNING.remove(Thread.currentThread());
    }

    /** Stops the command that {@code thread} runs (Ctrl-C): its token fires, and the thread is interrupted. */
    public static void cancel(Thread thread) {
        if (thread == null) return;
        PENDING.add(thread); // before the lookup: see start()
        Cancellation c = RUNNING.get(thread);
        if (c != null) {
            c.cancel();
            PENDING.remove(thread);
        }
        thread.interrupt();
    }

    /** Forgets a stop that came after the thread's command ended, so it cannot reach the next one. */
    public static void forget(Thread thread) {
        PENDING.remove(thread);
    }

    /** The token of the command running on this thread (one that never fires when there is none). */
    public static Cancellation current() {
        Cancellation c = CURRENT.get();
        return c == null ? NONE : c;
    }

    /**
     * The token of the one command running now, or null when none or several run: for code on a worker thread (a
     * parallel stream) that was not handed its command's token.
     */
    public static Cancellation sole() {
        if (RUNNING.size() != 1) return null;
        for (Cancellation c : RUNNING.values()) return c;
        return null;
    }

    /** Milliseconds until the deadline, or -1 when there is none. */
    public long remainingMillis() {
        if (deadline == Long.MAX_VALUE) return -1;
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
    }

    /** Whether this is a command's token (not the one for code that runs outside any command). */
    public boolean active() {
        return this != NONE;
    }

    /** Checks this thread's token. */
    public static void check() {
        current().poll();
    }

    /** Stops the command from another thread. */
    public void cancel() {
        cancelled = true;
    }

    /** Throws when the command was cancelled or its deadline passed. */
    public void poll() {
        if (this == NONE) return;
        if (cancelled || owner.isInterrupted()) throw new Stopped("cancelled");
        if (deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
            throw new Stopped("stopped after " + seconds(timeoutMillis)
                    + " (the time limit; 'set timeout SECONDS' changes it, 0 for none)");
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A command stopped by Ctrl-C or its deadline: a user-facing error, not a failure of corpex. */
    public static final class Stopped extends CorpexException {
        private static final long serialVersionUID = 1L;

        public Stopped(String message) {
            super(message);
        }
    }
}
