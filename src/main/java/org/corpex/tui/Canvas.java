package org.corpex.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import org.corpex.table.Display;

/**
 * A rectangle of the screen that views draw into, by display columns: wide (CJK) characters take two, so every string
 * is placed at a column computed here, never by counting chars. Drawing past the right edge is cut, never wrapped.
 */
final class Canvas {
    private final TextGraphics g;
    private final Style style;
    final int top, width, height;

    Canvas(TextGraphics g, Style style, int top, int width, int height) {
        this.g = g;
        this.style = style;
        this.top = top;
        this.width = width;
        this.height = height;
    }

    Style style() {
        return style;
    }

    /** The first {@code rows} rows of this canvas, for a view that keeps the rest for itself. */
    Canvas first(int rows) {
        return new Canvas(g, style, top, width, Math.max(0, Math.min(rows, height)));
    }

    /** Puts {@code s} at column x of row y (relative to this canvas); returns the column after it. */
    int put(int x, int y, String s, Style.Kind kind) {
        if (y < 0 || y >= height || x >= width || s.isEmpty()) return x + width(s);
        String visible = clip(s, width - x);
        style.apply(g, kind);
        g.putString(x, top + y, visible);
        return x + width(s);
    }

    /** Fills columns [x, x+n) of row y with spaces in a style (for bars and the cursor row). */
    void fill(int x, int y, int n, Style.Kind kind) {
        int end = Math.min(width, x + n);
        if (y < 0 || y >= height || x >= end) return;
        style.apply(g, kind);
        g.putString(x, top + y, " ".repeat(end - x));
    }

    /** Display width: wide characters count two, combining marks and controls none. */
    static int width(String s) {
        return Display.width(s);
    }

    static int width(int codePoint) {
        return Display.width(codePoint);
    }

    /** The longest prefix of s that fits in cols display columns (no ellipsis). */
    static String clip(String s, int cols) {
        if (cols <= 0) return "";
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (w + cw > cols) return s.substring(0, i);
            w += cw;
            i += Character.charCount(cp);
        }
        return s;
    }

    /** s cut to cols columns, ending in … when something was cut. */
    static String cut(String s, int cols) {
        if (width(s) <= cols) return s;
        if (cols <= 1) return clip("…", cols);
        return clip(s, cols - 1) + "…";
    }

    /** s padded with spaces (left or right) to exactly cols columns, cut with … if longer. */
    static String pad(String s, int cols, boolean right) {
        String c = cut(s, cols);
        int fill = Math.max(0, cols - width(c));
        return right ? " ".repeat(fill) + c : c + " ".repeat(fill);
    }

    /** s aligned right in exactly cols columns; when longer, its start is cut (…), its end kept. */
    static String padKeepingEnd(String s, int cols) {
        int w = width(s);
        if (w <= cols) return " ".repeat(cols - w) + s;
        if (cols <= 1) return clip("…", cols);
        // Drop characters from the start until the rest fits after the ellipsis.
        int i = 0;
        while (i < s.length() && width(s.substring(i)) > cols - 1) i += Character.charCount(s.codePointAt(i));
        String rest = s.substring(i);
        return " ".repeat(Math.max(0, cols - 1 - width(rest))) + "…" + rest;
    }

    /** One line for the screen: controls out, tabs as a space, line breaks as ⏎. */
    static String printable(String s) {
        return Display.line(s);
    }
}
