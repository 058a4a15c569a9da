package org.corpex.shell;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.corpex.base.Cancellation;
import org.corpex.session.Request;

/**
 * The thread an interactive front end runs command lines on, so that its own thread stays free for keys: the one way to
 * start a line, wait for it, and stop it with Ctrl-C. Stopping fires the command's cancellation token (long loops check
 * it) and waits until the command has really stopped, so the session is never touched by two threads.
 */
public final class Worker implements AutoCloseable {
    private final Shell shell;
    private final ExecutorService exec;

    public Worker(Shell shell, String threadName) {
        this.shell = shell;
        this.exec = Executors.newSingleThreadExecutor(r -> {
            // Deep queries recurse: give the worker the stack the launcher gives main.
            Thread t = new Thread(null, r, threadName, 16L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    /** A line running on the worker. */
    public final class Job {
        private final Future<Shell.Outcome> future;
        private volatile Thread thread;
        private volatile boolean cancelled;

        private Job(Supplier<Shell.Outcome> run) {
            future = exec.submit(() -> {
                thread = Thread.currentThread();
                try {
                    if (cancelled) throw new Cancellation.Stopped("cancelled");
                    // (A Ctrl-C from here on finds the thread: Cancellation marks it, and the token opens fired.)
                    return run.get();
                } finally {
                    thread = null;
                    Thread.interrupted(); // an interrupt that came late must not reach the next line
                    Cancellation.forget(Thread.currentThread());
                }
            });
        }

        /**
         * The outcome, waiting at most {@code millis} (0: until it is done). A failure of the command comes back as it
         * was thrown (a CorpexException for a user's mistake).
         */
        public Shell.Outcome await(long millis) throws TimeoutException, InterruptedException {
            try {
                return millis <= 0 ? future.get() : future.get(millis, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) throw r;
                if (c instanceof Error err) throw err;
                throw new IllegalStateException(c);
            }
        }

        /** Stops the command (Ctrl-C) and returns once it has stopped. */
        public void cancel() {
            cancelled = true;
            Cancellation.cancel(thread);
            try {
                exec.submit(() -> {}).get(); // the worker is free again: the command has really stopped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the empty task cannot fail
            }
        }

        /** Fires the command's token without waiting (from a signal handler). */
        public void signal() {
            cancelled = true;
            Cancellation.cancel(thread);
        }

        public boolean cancelled() {
            return cancelled;
        }
    }

    /** Starts a line typed at a prompt on the worker. */
    public Job start(String line) {
        return new Job(() -> shell.execute(line, false));
    }

    /** Starts a request a screen built (a drill-down) on the worker. */
    public Job start(Request request) {
        return new Job(() -> shell.execute(request, false));
    }

    /**
     * Starts a request a screen runs as it is typed (the full screen's live kwic): its log entry replaces the last one
     * of the same command.
     */
    public Job startLive(Request request) {
        return new Job(() -> shell.execute(request, true));
    }

    @Override
    public void close() {
        exec.shutdownNow();
    }
}
