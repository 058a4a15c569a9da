package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.corpex.compare.Alignment;
import org.corpex.table.Table;

/**
 * {@code diff A B} side by side: A's sentences on the left, B's on the right, each pair wrapped in its half; words only
 * in A ([-like this-]) and only in B ({+like this+}) highlighted, a mark between the halves for the kind of pair (~
 * changed, > moved, - only in A, + only in B). Built from the table diff returned, in any of its views: side
 * (a_text/b_text carry the marks) or table (the word diff column is split into its two sides).
 */
final class DiffView extends View {
    private record Pair(Alignment.Kind kind, Object aLine, Object bLine, String a, String b) {}

    private final Table table;
    private final List<Pair> pairs = new ArrayList<>();
    private int cursor, top, height = 10, width = -1;
    private int[] firstRow = new int[0]; // visual row where each pair starts
    private List<String[]> rows = new ArrayList<>(); // per visual row: a part, b part
    private List<Integer> rowPair = new ArrayList<>();

    DiffView(Table t) {
        this.table = t;
        int k = t.columnIndex("kind"), al = t.columnIndex("a_line"), bl = t.columnIndex("b_line");
        int at = t.columnIndex("a_text"), bt = t.columnIndex("b_text"), d = t.columnIndex("diff");
        for (List<Object> r : t.rows()) {
            // the kind as diff typed it (a table read back from elsewhere gives its label)
            Alignment.Kind kind = r.get(k) instanceof Alignment.Kind x ? x : kindOf(Table.format(r.get(k)));
            String a = Table.format(r.get(at)), b = Table.format(r.get(bt));
            String diff = d < 0 ? "" : Table.format(r.get(d));
            if (!diff.isEmpty()) {
                a = diff.replaceAll("\\s*\\{\\+.*?\\+}", "").strip();
                b = diff.replaceAll("\\s*\\[-.*?-]", "").strip();
            }
            pairs.add(new Pair(kind, r.get(al), r.get(bl), Canvas.printable(a), Canvas.printable(b)));
        }
    }

    @Override
    String name() {
        return "diff";
    }

    @Override
    String title() {
        return table.notes().isEmpty() ? "diff" : table.notes().get(0);
    }

    @Override
    Table table() {
        return table;
    }

    @Override
    String position() {
        if (pairs.isEmpty()) return "no sentences";
        return "pair " + (cursor + 1) + "/" + pairs.size() + "  "
                + pairs.get(cursor).kind();
    }

    private static Alignment.Kind kindOf(String label) {
        for (Alignment.Kind k : Alignment.Kind.values()) if (k.label.equals(label)) return k;
        return Alignment.Kind.SAME;
    }

    private static String mark(Alignment.Kind kind) {
        return switch (kind) {
            case CHANGED -> "~";
            case MOVED -> ">";
            case ONLY_A -> "-";
            case ONLY_B -> "+";
            case SAME -> " ";
        };
    }

    private void layout(int w) {
        width = w;
        int half = (w - 3) / 2, text = Math.max(8, half - 6);
        rows = new ArrayList<>();
        rowPair = new ArrayList<>();
        firstRow = new int[pairs.size()];
        for (int p = 0; p < pairs.size(); p++) {
            firstRow[p] = rows.size();
            List<String> a = wrap(pairs.get(p).a(), text), b = wrap(pairs.get(p).b(), text);
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                rows.add(new String[] {i < a.size() ? a.get(i) : "", i < b.size() ? b.get(i) : ""});
                rowPair.add(p);
            }
        }
    }

    private static List<String> wrap(String s, int w) {
        List<String> out = new ArrayList<>();
        String rest = s;
        while (Canvas.width(rest) > w) {
            String head = Canvas.clip(rest, w);
            int sp = head.lastIndexOf(' ');
            if (sp > 0) head = head.substring(0, sp + 1);
            out.add(head);
            rest = rest.substring(head.length());
        }
        out.add(rest);
        return out;
    }

    @Override
    void draw(Canvas c) {
        if (c.width != width) layout(c.width);
        height = Math.max(1, c.height);
        if (pairs.isEmpty()) {
            c.put(1, 0, "(no sentences: the documents are empty, or --changes left nothing)", Style.Kind.NORMAL);
            return;
        }
        int half = (c.width - 3) / 2;
        int cur = firstRow[cursor];
        int last = cursor + 1 < firstRow.length ? firstRow[cursor + 1] : rows.size();
        if (cur < top) top = cur;
        if (last > top + height) top = Math.min(cur, last - height);
        top = Math.max(0, Math.min(top, Math.max(0, rows.size() - height)));
        // Markers open in one row and close in a later one: carry the state along.
        boolean[] open = startState(top);
        for (int y = 0; y < height && top + y < rows.size(); y++) {
            int row = top + y;
            int p = rowPair.get(row);
            Pair pair = pairs.get(p);
            boolean first = firstRow[p] == row;
            Style.Kind gutter = p == cursor ? Style.Kind.GUTTER_CURRENT : Style.Kind.GUTTER;
            if (first) {
                c.put(0, y, Canvas.pad(Table.format(pair.aLine()), 4, true), gutter);
                c.put(half + 3, y, Canvas.pad(Table.format(pair.bLine()), 4, true), gutter);
                c.put(
                        half + 1,
                        y,
                        mark(pair.kind()),
                        pair.kind() == Alignment.Kind.SAME ? Style.Kind.GUTTER : Style.Kind.CONFLICT);
            }
            c.put(half, y, "│", Style.Kind.GUTTER);
            open[0] = segments(
                    c,
                    5,
                    y,
                    rows.get(row)[0],
                    "[-",
                    "-]",
                    Style.Kind.REMOVED,
                    pair.kind() == Alignment.Kind.ONLY_A ? Style.Kind.REMOVED : Style.Kind.NORMAL,
                    open[0]);
            open[1] = segments(
                    c,
                    half + 8,
                    y,
                    rows.get(row)[1],
                    "{+",
                    "+}",
                    Style.Kind.ADDED,
                    pair.kind() == Alignment.Kind.ONLY_B ? Style.Kind.ADDED : Style.Kind.NORMAL,
                    open[1]);
        }
    }

    /** Whether a marker is open at the start of a row (it opened in an earlier row of the same pair). */
    private boolean[] startState(int row) {
        boolean[] s = new boolean[2];
        int p = row < rowPair.size() ? rowPair.get(row) : 0;
        for (int r = row < rowPair.size() ? firstRow[p] : row; r < row; r++) {
            s[0] = after(rows.get(r)[0], "[-", "-]", s[0]);
            s[1] = after(rows.get(r)[1], "{+", "+}", s[1]);
        }
        return s;
    }

    private static boolean after(String s, String open, String close, boolean in) {
        return segments(null, 0, 0, s, open, close, Style.Kind.NORMAL, Style.Kind.NORMAL, in);
    }

    /**
     * Draws s (when c is not null) with the marked parts, markers included, in {@code marked} style; {@code in} says
     * whether a mark is open at its start. Returns whether one is open at its end.
     */
    private static boolean segments(
            Canvas c,
            int x,
            int y,
            String s,
            String open,
            String close,
            Style.Kind marked,
            Style.Kind plain,
            boolean in) {
        int i = 0, start = 0;
        while (i < s.length()) {
            if (!in && s.startsWith(open, i)) {
                if (i > start && c != null) x = c.put(x, y, s.substring(start, i), plain);
                start = i;
                in = true;
                i += open.length();
            } else if (in && s.startsWith(close, i)) {
                i += close.length();
                if (c != null) x = c.put(x, y, s.substring(start, i), marked);
                start = i;
                in = false;
            } else {
                i++;
            }
        }
        if (i > start && c != null) c.put(x, y, s.substring(start), in ? marked : plain);
        return in;
    }

    @Override
    boolean key(KeyStroke k, FullScreen fs) {
        KeyType t = k.getKeyType();
        int n = pairs.size();
        if (t == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            switch (k.getCharacter()) {
                case 'j' -> cursor = Math.min(n - 1, cursor + 1);
                case 'k' -> cursor = Math.max(0, cursor - 1);
                case 'g' -> cursor = 0;
                case 'G' -> cursor = Math.max(0, n - 1);
                case 'n' -> fs.say(nextChange(1));
                case 'N' -> fs.say(nextChange(-1));
                case ' ' -> page(1);
                case 'b' -> page(-1);
                default -> {
                    return false;
                }
            }
            cursor = Math.max(0, cursor);
            return true;
        }
        switch (t) {
            case ArrowDown -> cursor = Math.min(n - 1, cursor + 1);
            case ArrowUp -> cursor = Math.max(0, cursor - 1);
            case PageDown -> page(1);
            case PageUp -> page(-1);
            case Home -> cursor = 0;
            case End -> cursor = Math.max(0, n - 1);
            default -> {
                return false;
            }
        }
        cursor = Math.max(0, cursor);
        return true;
    }

    private void page(int dir) {
        if (rows.isEmpty()) return;
        int target = Math.max(0, Math.min(rows.size() - 1, firstRow[cursor] + dir * (height - 1)));
        cursor = rowPair.get(target);
    }

    /** n/N: the next pair that is not the same in both. */
    private String nextChange(int dir) {
        for (int i = cursor + dir; i >= 0 && i < pairs.size(); i += dir) {
            if (pairs.get(i).kind() != Alignment.Kind.SAME) {
                cursor = i;
                return "";
            }
        }
        return "no more changes " + (dir > 0 ? "below" : "above");
    }
}
