package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.corpex.table.Table;

/** One screen of the full-screen mode: draws a Table (or a document) and answers keys. */
abstract class View {
    /** Short name for the title bar's trail and the status bar. */
    abstract String name();

    /** The line under the trail: what is shown (a command's first note). */
    abstract String title();

    /** The table this screen shows, in the order shown. */
    abstract Table table();

    /**
     * What {@code e} writes: the table, in the order shown, as the command gives it at any width (a screen may cut or
     * narrow what it shows; an export is the same at any width).
     */
    Table exported(FullScreen fs) {
        return table();
    }

    /** Draws the view into the content area; everything in it is overwritten each frame. */
    abstract void draw(Canvas c);

    /** Handles a key; false when the key means nothing here (then the global keys apply). */
    abstract boolean key(KeyStroke k, FullScreen fs);

    /** Where the cursor is, for the status bar ("row 3/120"). */
    String position() {
        return "";
    }

    /** Hits on this screen, for the status bar, or "" when it has none to speak of. */
    String hits() {
        return "";
    }

    /** Called before each frame with the screen's width: a view brings its table up to date here, once a frame. */
    void settle(FullScreen fs, int width) {}

    /** True when something finished in the background that the screen should show without a key. */
    boolean stale(FullScreen fs) {
        return false;
    }

    /** Called when the view comes back to the top of the stack or a command changed the session. */
    void refresh(FullScreen fs) {}
}
