package org.corpex.table;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: columns padded by display width (CJK counts double), numbers right-aligned, and, when
 * a width is given, the widest text columns cut with an ellipsis until the table fits. Line breaks inside a cell show
 * as ⏎ so a row stays on one line.
 */
public final class TextTable {
    private TextTable() {}

    public static final int MIN_CUT = 6;
    private static final String BOLD = "\u001B[1m", RESET = "\u001B[0m", HIGHLIGHT = "\u001B[1;33m";

    public static void write(Table t, Writer out, RenderOptions o) throws IOException {
        if (!t.isMessage()) {
            int n = t.columns().size();
            String[][] cells = new String[t.rows().size()][n];
            int[] w = new int[n];
            for (int c = 0; c < n; c++) w[c] = width(t.columns().get(c).name());
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < n; c++) {
                    String s = printable(t.marked(r, c));
                    cells[r][c] = s;
                    w[c] = Math.max(w[c], width(s));
                }
            }
            // A document's lines wrap at the screen's width rather than lose their end (show on a one-line JSON
            // record).
            int wrap = o.width() > 0
                            && t.kind() == Table.Kind.DOCUMENT
                            && n > 0
                            && !t.columns().get(n - 1).numeric()
                    ? n - 1
                    : -1;
            if (wrap >= 0) {
                int others = 2 * (n - 1);
                for (int c = 0; c < n - 1; c++) others += w[c];
                w[wrap] = Math.min(w[wrap], Math.max(MIN_CUT * 2, o.width() - others));
            } else if (o.width() > 0) {
                fit(w, t.columns(), o.width());
            }
            if (o.header()) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < n; c++) {
                    if (c > 0) line.append("  ");
                    line.append(pad(
                            t.columns().get(c).name(), w[c], t.columns().get(c).alignRight()));
                }
                String h = stripRight(line);
                out.write(o.color() ? BOLD + h + RESET : h);
                out.write('\n');
            }
            for (String[] row : cells) {
                List<String> parts = wrap >= 0 ? wrapped(row[wrap], w[wrap]) : List.of();
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < n; c++) {
                    if (c > 0) line.append("  ");
                    Column col = t.columns().get(c);
                    String cell = pad(c == wrap ? parts.get(0) : row[c], w[c], col.alignRight());
                    // Styling wraps the padded cell, so escape codes never count towards a width.
                    line.append(o.color() && col.highlight() && !row[c].isEmpty() ? HIGHLIGHT + cell + RESET : cell);
                }
                out.write(stripRight(line));
                out.write('\n');
                // The rest of a wrapped cell, under its column.
                int indent = 0;
                for (int c = 0; c < wrap; c++) indent += w[c] + 2;
                for (int i = 1; i < parts.size(); i++) {
                    out.write(" ".repeat(indent) + parts.get(i));
                    out.write('\n');
                }
            }
        }
        for (String note : t.notes()) {
            out.write(Display.lines(note));
            out.write('\n');
        }
        for (String note : t.info().screenNotes()) {
            out.write(Display.lines(note));
            out.write('\n');
        }
    }

    /**
     * Shrinks the widest text columns, one character at a time, until a row of them (with two spaces between columns)
     * fits in {@code width}; numbers and columns of {@value #MIN_CUT} or fewer are never cut. The one rule for the
     * prompt's tables and the full screen's.
     */
    public static void fit(int[] w, List<Column> cols, int width) {
        int total = 2 * (w.length - 1);
        for (int x : w) total += x;
        while (total > width) {
            int widest = -1;
            for (int c = 0; c < w.length; c++) {
                if (cols.get(c).numeric() || w[c] <= MIN_CUT) continue;
                if (widest < 0 || w[c] > w[widest]) widest = c;
            }
            if (widest < 0) break; // only narrow columns left: let the terminal wrap
            w[widest]--;
            total--;
        }
    }

    /**
     * A cell cut into lines of at most {@code cols} display columns, at spaces where it has them (the space stays at
     * the end of the line it ends); a word longer than a line is cut where it must.
     */
    static List<String> wrapped(String s, int cols) {
        List<String> out = new ArrayList<>();
        int i = 0;
        long left = width(s); // display columns from i to the end: a long record is one pass, not one a line
        while (left > cols) {
            int w = 0, end = i, lastSpace = -1, atSpace = 0;
            while (end < s.length()) {
                int cp = s.codePointAt(end);
                int cw = Display.width(cp);
                if (w + cw > cols) break;
                w += cw;
                end += Character.charCount(cp);
                if (cp == ' ') {
                    lastSpace = end;
                    atSpace = w;
                }
            }
            if (end == i) { // a character wider than the line
                w = Display.width(s.codePointAt(i));
                end = i + Character.charCount(s.codePointAt(i));
            }
            boolean midWord = end < s.length() && s.charAt(end) != ' ' && lastSpace > i;
            int cut = midWord ? lastSpace : end;
            out.add(s.substring(i, cut).stripTrailing());
            left -= midWord ? atSpace : w;
            i = cut;
            while (i < s.length() && s.charAt(i) == ' ') { // the space a line ends at is the line break
                i++;
                left--;
            }
        }
        out.add(s.substring(i));
        return out;
    }

    static String printable(String s) {
        return Display.line(s);
    }

    /** Display width of a string on a terminal: wide (CJK) characters take two columns. */
    public static int width(String s) {
        return Display.width(s);
    }

    /** Cuts {@code s} to {@code cols} display columns, ending in … when something was cut. */
    public static String cut(String s, int cols) {
        if (width(s) <= cols) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = Display.width(cp);
            if (w + cw > cols - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    private static String pad(String s, int cols, boolean right) {
        String c = right ? cutStart(s, cols) : cut(s, cols);
        int fill = cols - width(c);
        return right ? " ".repeat(fill) + c : c + " ".repeat(fill);
    }

    /** Cuts {@code s} to its last {@code cols} display columns, starting with … when something was cut. */
    public static String cutStart(String s, int cols) {
        if (width(s) <= cols) return s;
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = s.length(); i > 0; ) {
            int cp = s.codePointBefore(i);
            int cw = Display.width(cp);
            if (w + cw > cols - 1) break;
            b.appendCodePoint(cp);
            w += cw;
            i -= Character.charCount(cp);
        }
        return "…" + b.reverse();
    }

    private static String stripRight(StringBuilder b) {
        int e = b.length();
        while (e > 0 && b.charAt(e - 1) == ' ') e--;
        return b.substring(0, e);
    }
}
