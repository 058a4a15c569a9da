package org.corpex.shell;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.corpex.table.Display;

/**
 * A line of progress on a terminal's stderr, redrawn in place: a carriage return, the line, and the
 * erase-to-end-of-line code. Those two are corpex's own control output, so they go to the raw stream; the text in
 * between may name the user's files, so it gets the placeholders every message gets (a file named with an escape code
 * cannot drive the terminal).
 */
public final class ProgressLine {
    private static final String ERASE = "\u001b[K";

    private final Consumer<String> raw;
    private boolean shown;

    /** @param raw stderr itself, not the stream of messages that makes control characters visible */
    public ProgressLine(PrintStream raw) {
        this.raw = s -> {
            raw.print(s);
            raw.flush();
        };
    }

    /** @param terminal the prompt's terminal */
    public ProgressLine(PrintWriter terminal) {
        this.raw = s -> {
            terminal.print(s);
            terminal.flush();
        };
    }

    /** Replaces the line on screen with {@code text}. */
    public synchronized void show(String text) {
        raw.accept("\r" + Display.line(text) + ERASE);
        shown = true;
    }

    /** Erases the line, if one is on screen, so that what follows starts on a clean line. */
    public synchronized void clear() {
        if (!shown) return;
        raw.accept("\r" + ERASE);
        shown = false;
    }

    /**
     * Shows a progress line while a long step runs: first after a second (a quick load says nothing but its summary;
     * CORPEX_PROGRESS_AFTER=MILLISECONDS sets another wait), then a few times a second; erased at the end. Given no
     * line (not a terminal: a pipe, a file) it shows nothing.
     */
    public static final class Ticker implements AutoCloseable {
        /** How long a step runs before its line shows: a second, or CORPEX_PROGRESS_AFTER milliseconds. */
        public static final long AFTER_MILLIS = after(System.getenv("CORPEX_PROGRESS_AFTER"));

        static long after(String v) {
            if (v == null || v.isBlank()) return 1000;
            try {
                return Math.max(0, Long.parseLong(v.strip()));
            } catch (NumberFormatException e) {
                return 1000;
            }
        }

        private final Thread thread;
        private final ProgressLine line;

        private Ticker(ProgressLine line, Supplier<String> text) {
            this.line = line;
            this.thread = line == null
                    ? null
                    : new Thread(
                            () -> {
                                try {
                                    Thread.sleep(AFTER_MILLIS);
                                    while (true) {
                                        line.show(text.get());
                                        Thread.sleep(250);
                                    }
                                } catch (InterruptedException e) {
                                    // the step is over
                                }
                            },
                            "corpex-progress");
            if (thread != null) {
                thread.setDaemon(true);
                thread.start();
            }
        }

        public static Ticker start(ProgressLine line, Supplier<String> text) {
            return new Ticker(line, text);
        }

        @Override
        public void close() {
            if (thread == null) return;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            line.clear();
        }
    }
}
