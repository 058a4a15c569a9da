package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corpex.table.Display;
import org.corpex.table.Table;

/**
 * One document, from the table {@code show DOC [--hits]} returns: line numbers in a gutter, long lines wrapped at word
 * boundaries to the screen width, hits («marked» by show) highlighted, figures (⟦marked⟧ by {@code show --figures})
 * underlined with the marks taken out; n/N walk the hits (or the / search when there is one).
 */
final class DocumentView extends View {

    private final Table show;
    private final String docId;
    private final String[] text; // each line's text, controls blanked (same length)
    private final int[] lineNumber; // the document line each table row shows
    private final int[][] mark; // per line, per char: hit ordinal, or -1
    private final boolean[][] figure; // per line, per char: inside a figure
    private final int hitCount;

    private int width = -1; // text width the rows were wrapped to
    private int[] rowLine = new int[0], rowFrom = new int[0], rowTo = new int[0];
    private int[] hitRow = new int[0];
    private int top, height = 10, currentHit = -1, markLine = -1;
    private String search = "";

    DocumentView(Table show, String docId, int atLine, int nthInLine) {
        this.show = show;
        this.docId = docId;
        int n = show.rows().size();
        text = new String[n];
        lineNumber = new int[n];
        mark = new int[n][];
        figure = new boolean[n][];
        int hits = 0;
        int li = show.columnIndex("line"), ti = show.columnIndex("text");
        for (int r = 0; r < n; r++) {
            List<Object> row = show.rows().get(r);
            lineNumber[r] = row.get(li) instanceof Number num ? num.intValue() : r + 1;
            String raw = Table.format(row.get(ti));
            // From the table's spans: a hit is drawn with its marks, as show prints it, and
            // highlighted; a figure is underlined. The text itself is never read for marks, so a
            // document that holds «guillemets» of its own shows no hit that is not one.
            List<Table.Span> spans = show.spans(r, ti);
            boolean[] inFigure = new boolean[raw.length() + 1];
            int[] hitAt = new int[raw.length() + 1];
            Arrays.fill(hitAt, -1);
            int[] opens = new int[raw.length() + 1], closes = new int[raw.length() + 1];
            for (Table.Span sp : spans) {
                int a = Math.max(0, sp.start()), z = Math.min(raw.length(), sp.end());
                if (sp.mark() == Table.Mark.FIGURE) {
                    for (int i = a; i < z; i++) inFigure[i] = true;
                } else {
                    int h = hits++;
                    for (int i = a; i < z; i++) hitAt[i] = h;
                    opens[a]++;
                    closes[z]++;
                }
            }
            StringBuilder kept = new StringBuilder(raw.length() + 4);
            List<Boolean> fig = new ArrayList<>(raw.length() + 4);
            List<Integer> m = new ArrayList<>(raw.length() + 4);
            for (int i = 0; i <= raw.length(); i++) {
                for (int k = 0; k < closes[i]; k++) {
                    kept.append(Table.Mark.HIT.close);
                    fig.add(i > 0 && inFigure[i - 1]);
                    m.add(hitAt[Math.max(0, i - 1)]);
                }
                for (int k = 0; k < opens[i]; k++) {
                    kept.append(Table.Mark.HIT.open);
                    fig.add(inFigure[i]);
                    m.add(hitAt[i]);
                }
                if (i == raw.length()) break;
                kept.append(Display.visible(raw.charAt(i)));
                fig.add(inFigure[i]);
                m.add(hitAt[i]);
            }
            figure[r] = new boolean[kept.length()];
            mark[r] = new int[kept.length()];
            for (int i = 0; i < kept.length(); i++) {
                figure[r][i] = fig.get(i);
                mark[r][i] = m.get(i);
            }
            text[r] = kept.toString();
        }
        hitCount = hits;
        if (atLine > 0) markLine = rowOfLine(atLine);
        if (hitCount > 0) {
            // The first hit at or after the line asked for, so Enter on a KWIC row lands on its hit.
            currentHit = 0;
            if (markLine >= 0) {
                int h = 0;
                for (int r = 0; r < markLine; r++)
                    for (int i = 0; i < mark[r].length; i++)
                        if (mark[r][i] >= 0 && (i == 0 || mark[r][i - 1] != mark[r][i])) h++;
                currentHit = Math.min(h + Math.max(0, nthInLine), hitCount - 1);
            }
        }
    }

    private int rowOfLine(int line) {
        for (int r = 0; r < lineNumber.length; r++) if (lineNumber[r] == line) return r;
        return -1;
    }

    String docId() {
        return docId;
    }

    @Override
    String name() {
        return docId;
    }

    @Override
    String title() {
        return show.notes().isEmpty() ? docId : show.notes().get(0);
    }

    @Override
    Table table() {
        return show;
    }

    @Override
    String position() {
        if (rowLine.length == 0) return "empty";
        int first = lineNumber[rowLine[Math.min(top, rowLine.length - 1)]];
        int last = lineNumber[lineNumber.length - 1];
        return "line " + first + "/" + last + (search.isEmpty() ? "" : "  /" + search);
    }

    @Override
    String hits() {
        if (hitCount == 0) return "";
        return "hit " + (currentHit + 1) + "/" + hitCount;
    }

    private int gutter() {
        int last = lineNumber.length == 0 ? 1 : lineNumber[lineNumber.length - 1];
        return Math.max(4, String.valueOf(last).length()) + 1;
    }

    /** Wraps every line to {@code w} columns, preferring to break after a space. */
    private void wrap(int w) {
        width = w;
        List<int[]> rows = new ArrayList<>();
        int[] hr = new int[hitCount];
        Arrays.fill(hr, -1);
        for (int r = 0; r < text.length; r++) {
            String s = text[r];
            int from = 0;
            do {
                int cols = 0, i = from, lastSpace = -1;
                while (i < s.length()) {
                    int cp = s.codePointAt(i);
                    int cw = Canvas.width(cp);
                    if (cols + cw > w) break;
                    cols += cw;
                    i += Character.charCount(cp);
                    if (cp == ' ') lastSpace = i;
                }
                int to = i >= s.length() ? s.length() : lastSpace > from ? lastSpace : Math.max(i, from + 1);
                to = Math.min(to, s.length());
                for (int c = from; c < to; c++) {
                    int h = mark[r][c];
                    if (h >= 0 && hr[h] < 0) hr[h] = rows.size();
                }
                rows.add(new int[] {r, from, to});
                from = to;
            } while (from < s.length());
        }
        rowLine = new int[rows.size()];
        rowFrom = new int[rows.size()];
        rowTo = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            rowLine[i] = rows.get(i)[0];
            rowFrom[i] = rows.get(i)[1];
            rowTo[i] = rows.get(i)[2];
        }
        hitRow = hr;
    }

    private int firstRowOf(int tableRow) {
        int i = Arrays.binarySearch(rowLine, tableRow);
        if (i < 0) return 0;
        while (i > 0 && rowLine[i - 1] == tableRow) i--;
        return i;
    }

    private boolean placed;

    @Override
    void draw(Canvas c) {
        int g = gutter();
        int w = Math.max(10, c.width - g - 1);
        if (w != width) {
            int keepLine = rowLine.length == 0 ? 0 : rowLine[Math.min(top, rowLine.length - 1)];
            wrap(w);
            top = firstRowOf(keepLine);
        }
        height = Math.max(1, c.height);
        if (!placed) {
            placed = true;
            if (currentHit >= 0 && markLine >= 0) showRow(hitRow[currentHit]);
            else if (markLine >= 0) showRow(firstRowOf(markLine));
            else if (currentHit >= 0) showRow(hitRow[currentHit]);
        }
        clampTop();
        for (int y = 0; y < height && top + y < rowLine.length; y++) {
            int row = top + y;
            int r = rowLine[row];
            boolean first = rowFrom[row] == 0;
            if (first) {
                c.put(
                        0,
                        y,
                        Canvas.pad(String.valueOf(lineNumber[r]), g - 1, true),
                        r == markLine ? Style.Kind.GUTTER_CURRENT : Style.Kind.GUTTER);
            }
            int x = g + 1;
            int i = rowFrom[row];
            while (i < rowTo[row]) {
                int j = i;
                Style.Kind k = kindAt(r, i);
                while (j < rowTo[row] && kindAt(r, j) == k) j++;
                x = c.put(x, y, text[r].substring(i, j), k);
                i = j;
            }
        }
        if (rowLine.length == 0) c.put(1, 0, "(empty document)", Style.Kind.NORMAL);
    }

    private Style.Kind kindAt(int r, int i) {
        int h = mark[r][i];
        if (h >= 0) return h == currentHit ? Style.Kind.CURRENT_HIT : Style.Kind.HIT;
        return figure[r][i] ? Style.Kind.FIGURE : Style.Kind.NORMAL;
    }

    /** Scrolls so that {@code row} sits a third of the way down the screen. */
    private void showRow(int row) {
        top = row - height / 3;
        clampTop();
    }

    private void clampTop() {
        top = Math.max(0, Math.min(top, Math.max(0, rowLine.length - height)));
    }

    @Override
    boolean key(KeyStroke k, FullScreen fs) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            switch (k.getCharacter()) {
                case 'j' -> top++;
                case 'k' -> top--;
                case ' ' -> top += height - 1;
                case 'b' -> top -= height - 1;
                case 'g' -> top = 0;
                case 'G' -> top = rowLine.length;
                case 'n' -> fs.say(next(1));
                case 'N' -> fs.say(next(-1));
                case '/' ->
                    fs.prompt(
                            "/",
                            "",
                            s -> {
                                if (!s.isEmpty()) search = s; // an empty search repeats the last, as in vim and less
                                fs.say(next(1));
                            },
                            null);
                default -> {
                    return false;
                }
            }
            clampTop();
            return true;
        }
        if (t == KeyType.Character && k.isCtrlDown()) {
            switch (k.getCharacter()) {
                case 'f' -> top += height - 1;
                case 'b' -> top -= height - 1;
                case 'd' -> top += height / 2;
                case 'u' -> top -= height / 2;
                default -> {
                    return false;
                }
            }
            clampTop();
            return true;
        }
        switch (t) {
            case ArrowDown -> top++;
            case ArrowUp -> top--;
            case PageDown -> top += height - 1;
            case PageUp -> top -= height - 1;
            case Home -> top = 0;
            case End -> top = rowLine.length;
            default -> {
                return false;
            }
        }
        clampTop();
        return true;
    }

    /** n/N: the next match of the / search when there is one, else the next hit. */
    private String next(int dir) {
        if (rowLine.length == 0) return "";
        if (!search.isEmpty()) {
            String needle = search.toLowerCase(Locale.ROOT);
            int n = text.length;
            int from = markLine >= 0 ? markLine : rowLine[Math.min(top, rowLine.length - 1)] - (dir > 0 ? 1 : 0);
            for (int step = 1; step <= n; step++) {
                int r = Math.floorMod(from + dir * step, n);
                if (text[r].toLowerCase(Locale.ROOT).contains(needle)) {
                    markLine = r;
                    showRow(firstRowOf(r));
                    return (dir > 0 ? r <= from : r >= from) ? "search wrapped" : "";
                }
            }
            return "not found: " + search;
        }
        if (hitCount == 0) return "no hits here: run a query (: kwic ... or f in Documents) or / to search";
        int h = currentHit + dir;
        String said = "";
        if (h >= hitCount) {
            h = 0;
            said = "back to the first hit";
        }
        if (h < 0) {
            h = hitCount - 1;
            said = "on to the last hit";
        }
        currentHit = h;
        if (hitRow.length == hitCount && hitRow[h] >= 0) {
            showRow(hitRow[h]);
            markLine = rowLine[hitRow[h]];
        }
        return said;
    }
}
