package org.corpex.shell;

import org.corpex.table.Display;

import java.io.PrintStream;

/**
 * A line of progress on a terminal's stderr, redrawn in place: a carriage return, the line, and
 * the erase-to-end-of-line code. Those two are corpex's own control output, so they go to the
 * raw stream; the text in between may name the user's files, so it gets the placeholders every
 * message gets (a file named with an escape code cannot drive the terminal).
 */
public final class ProgressLine {
    private static final String ERASE = "\u001b[K";

    private final PrintStream raw;
    private boolean shown;

    /** @param raw stderr itself, not the stream of messages that makes control characters visible */
    public ProgressLine(PrintStream raw) {
        this.raw = raw;
    }

    /** Replaces the line on screen with {@code text}. */
    public synchronized void show(String text) {
        raw.print("\r" + Display.line(text) + ERASE);
        raw.flush();
        shown = true;
    }

    /** Erases the line, if one is on screen, so that what follows starts on a clean line. */
    public synchronized void clear() {
        if (!shown) return;
        raw.print("\r" + ERASE);
        raw.flush();
        shown = false;
    }
}
