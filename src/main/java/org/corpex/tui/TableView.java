package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpex.table.Column;
import org.corpex.table.Table;
import org.corpex.table.TextTable;

/**
 * Any command's Table on screen: a row cursor, a column cursor, sorting by the current column, / search over the cells,
 * and Enter to open the document a row points at (tables with a {@code doc} or {@code id} column, and a {@code line}
 * column when there is one).
 */
class TableView extends View {
    /** Rows looked at to size the columns: enough to be representative, few enough to stay fast. */
    private static final int SAMPLE = 2000, MAX_NATURAL = 60;

    protected Table table;
    private int[] order = new int[0]; // screen row -> table row
    private int[] visible = new int[0]; // shown columns, as table column indexes
    private int[] natural = new int[0]; // natural width of each shown column
    private String[][] cache; // printable cell text, filled as rows are drawn
    protected int cursor, top, col;
    private int sortColumn = -1; // table column index, -1 for the command's order
    private boolean descending;
    private String search = "";
    private int pageRows = 10;

    TableView(Table table) {
        setTable(table);
    }

    /** Columns this view shows, by name; null for all of them. */
    protected List<String> shownColumns() {
        return null;
    }

    /** Replaces the table, keeping the sort column and the cursor where they still make sense. */
    final void setTable(Table t) {
        String sortName = this.table != null && sortColumn >= 0
                ? this.table.columns().get(sortColumn).name()
                : null;
        this.table = t;
        List<Integer> cols = new ArrayList<>();
        List<String> wanted = shownColumns();
        for (int c = 0; c < t.columns().size(); c++) {
            if (wanted == null || wanted.contains(t.columns().get(c).name())) cols.add(c);
        }
        visible = cols.stream().mapToInt(Integer::intValue).toArray();
        cache = new String[t.rows().size()][];
        natural = new int[visible.length];
        for (int i = 0; i < visible.length; i++) {
            int c = visible[i];
            int w = Canvas.width(t.columns().get(c).name()) + 1; // room for the sort arrow
            for (int r = 0; r < Math.min(SAMPLE, t.rows().size()); r++) w = Math.max(w, Canvas.width(cell(r, c)));
            natural[i] = Math.min(w, MAX_NATURAL);
        }
        sortColumn = sortName == null ? -1 : t.columnIndex(sortName);
        sortRows();
        col = Math.min(col, Math.max(0, visible.length - 1));
        cursor = Math.max(0, Math.min(cursor, order.length - 1));
    }

    private String cell(int row, int column) {
        String[] r = cache[row];
        if (r == null) {
            List<Object> cells = table.rows().get(row);
            r = new String[cells.size()];
            for (int c = 0; c < r.length; c++) r[c] = Canvas.printable(Table.format(cells.get(c)));
            cache[row] = r;
        }
        return r[column];
    }

    private void sortRows() {
        if (sortColumn >= 0) {
            order = table.order(sortColumn, descending);
        } else {
            order = new int[table.rows().size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
        }
    }

    @Override
    String name() {
        return table.name();
    }

    @Override
    String title() {
        return table.notes().isEmpty() || table.isMessage()
                ? table.name()
                : table.notes().get(0);
    }

    @Override
    Table table() {
        // Sorted on screen: the rows in that order, and the sort remembered for the export's provenance.
        if (sortColumn >= 0 && !table.isMessage())
            return table.sortedBy(table.columns().get(sortColumn).name(), descending);
        List<List<Object>> rows = new ArrayList<>(order.length);
        for (int r : order) rows.add(table.rows().get(r));
        return table.withRows(rows);
    }

    /** Another table with the same rows (the same command at another width), in the order this view shows its rows. */
    final Table inViewOrder(Table other) {
        if (other.rows().size() != order.length) return other;
        List<List<Object>> rows = new ArrayList<>(order.length);
        for (int r : order) rows.add(other.rows().get(r));
        return other.withRows(rows);
    }

    /** The table row under the cursor, or -1 when the table is empty. */
    final int selectedRow() {
        return order.length == 0 ? -1 : order[cursor];
    }

    /** The name of the column under the column cursor, or null when none is shown. */
    final String currentColumn() {
        return visible.length == 0 ? null : table.columns().get(visible[col]).name();
    }

    /** A cell of the row under the cursor, by column name; null when there is no such column or row. */
    final Object selected(String column) {
        int c = table.columnIndex(column);
        int r = selectedRow();
        return c < 0 || r < 0 ? null : table.rows().get(r).get(c);
    }

    @Override
    String position() {
        String sort = sortColumn < 0
                ? ""
                : "  sort " + table.columns().get(sortColumn).name() + (descending ? " ↓" : " ↑");
        String s = search.isEmpty() ? "" : "  /" + search;
        if (visible.length == 0) return "";
        return (order.length == 0 ? "no rows" : "row " + (cursor + 1) + "/" + order.length) + sort + s;
    }

    @Override
    void draw(Canvas c) {
        pageRows = Math.max(1, c.height - 1);
        if (visible.length == 0) {
            int y = 0;
            for (String n : table.notes())
                for (String line : n.split("\n")) c.put(1, y++, Canvas.printable(line), Style.Kind.NORMAL);
            return;
        }
        int[] w = fit(c.width);
        // Columns left of the column cursor scroll off when the table is wider than the screen.
        int first = 0;
        while (first < col && span(w, first, col) > c.width) first++;
        int x = 0;
        for (int i = first; i < visible.length && x < c.width; i++) {
            Column column = table.columns().get(visible[i]);
            String label = column.name() + (visible[i] == sortColumn ? (descending ? "↓" : "↑") : "");
            c.put(
                    x,
                    0,
                    Canvas.pad(label, w[i], column.alignRight()),
                    i == col ? Style.Kind.HEADER_CURRENT : Style.Kind.HEADER);
            x += w[i] + 2;
        }
        keepCursorVisible();
        for (int y = 1; y <= pageRows && top + y - 1 < order.length; y++) {
            int viewRow = top + y - 1;
            int r = order[viewRow];
            boolean current = viewRow == cursor;
            if (current) c.fill(0, y, c.width, Style.Kind.CURSOR);
            x = 0;
            for (int i = first; i < visible.length && x < c.width; i++) {
                boolean right = table.columns().get(visible[i]).alignRight();
                String text = keepsEnd(visible[i])
                        ? Canvas.padKeepingEnd(cell(r, visible[i]), w[i])
                        : Canvas.pad(cell(r, visible[i]), w[i], right);
                c.put(x, y, text, current ? Style.Kind.CURSOR : cellStyle(r, visible[i]));
                x += w[i] + 2;
            }
        }
        if (order.length == 0) c.put(1, 1, "(no rows)", Style.Kind.NORMAL);
    }

    /** A right-aligned text column (a KWIC's left context) loses its start when cut, not its end. */
    protected boolean keepsEnd(int column) {
        Column c = table.columns().get(column);
        return c.align() == Column.Align.RIGHT && !c.numeric();
    }

    /** The style of a cell that is not under the cursor: highlighted columns (a KWIC's match) stand out. */
    protected Style.Kind cellStyle(int row, int column) {
        return table.columns().get(column).highlight() ? Style.Kind.HIT : Style.Kind.NORMAL;
    }

    private static int span(int[] w, int from, int to) {
        int s = 0;
        for (int i = from; i <= to; i++) s += w[i] + (i > from ? 2 : 0);
        return s;
    }

    /** Natural widths, cut by the same rule as the prompt's tables until the row fits. */
    private int[] fit(int width) {
        int[] w = natural.clone();
        List<Column> cols = new ArrayList<>(visible.length);
        for (int v : visible) cols.add(table.columns().get(v));
        TextTable.fit(w, cols, width);
        return w;
    }

    private void keepCursorVisible() {
        if (cursor < top) top = cursor;
        if (cursor >= top + pageRows) top = cursor - pageRows + 1;
        top = Math.max(0, Math.min(top, Math.max(0, order.length - pageRows)));
    }

    @Override
    boolean key(KeyStroke k, FullScreen fs) {
        KeyType t = k.getKeyType();
        int last = order.length - 1;
        if (t == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            switch (k.getCharacter()) {
                case 'j' -> move(1);
                case 'k' -> move(-1);
                case 'g' -> cursor = 0;
                case 'G' -> cursor = Math.max(0, last);
                case 'h' -> col = Math.max(0, col - 1);
                case 'l' -> col = Math.min(visible.length - 1, col + 1);
                case ' ' -> page(1);
                case 'b' -> page(-1);
                case 's' ->
                    sortBy(
                            visible.length == 0 ? -1 : visible[col],
                            sortColumn == (visible.length == 0 ? -1 : visible[col]) && !descending);
                case '[' -> sortBy(visible.length == 0 ? -1 : visible[col], false);
                case ']' -> sortBy(visible.length == 0 ? -1 : visible[col], true);
                case '0' -> sortBy(-1, false);
                case '/' ->
                    fs.prompt(
                            "/",
                            "",
                            s -> {
                                if (!s.isEmpty()) search = s; // an empty search repeats the last, as in vim and less
                                fs.say(find(1, true));
                            },
                            null);
                case 'n' -> fs.say(find(1, false));
                case 'N' -> fs.say(find(-1, false));
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (t == KeyType.Character && k.isCtrlDown()) {
            switch (k.getCharacter()) {
                case 'f' -> page(1);
                case 'b' -> page(-1);
                case 'd' -> move(pageRows / 2);
                case 'u' -> move(-pageRows / 2);
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (t) {
            case ArrowDown -> move(1);
            case ArrowUp -> move(-1);
            case ArrowLeft -> col = Math.max(0, col - 1);
            case ArrowRight -> col = Math.min(visible.length - 1, col + 1);
            case PageDown -> page(1);
            case PageUp -> page(-1);
            case Home -> cursor = 0;
            case End -> cursor = Math.max(0, last);
            case Enter -> open(fs);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void move(int n) {
        cursor = Math.max(0, Math.min(order.length - 1, cursor + n));
    }

    private void page(int dir) {
        move(dir * pageRows);
        top = Math.max(0, top + dir * pageRows);
    }

    private void sortBy(int column, boolean desc) {
        int keep = selectedRow();
        sortColumn = column;
        descending = desc;
        sortRows();
        for (int i = 0; i < order.length; i++)
            if (order[i] == keep) {
                cursor = i;
                break;
            }
    }

    /** Moves to the next (dir 1) or previous row holding the search text; says what happened. */
    private String find(int dir, boolean fromHere) {
        if (search.isEmpty()) return "no search yet: / to search";
        String needle = search.toLowerCase(Locale.ROOT);
        int n = order.length;
        for (int step = fromHere ? 0 : 1; step <= n; step++) {
            int i = Math.floorMod(cursor + dir * step, Math.max(1, n));
            if (n == 0) break;
            int r = order[i];
            for (int c : visible) {
                if (cell(r, c).toLowerCase(Locale.ROOT).contains(needle)) {
                    boolean wrapped = dir > 0 ? i < cursor : i > cursor;
                    cursor = i;
                    return wrapped ? "search wrapped" : "";
                }
            }
        }
        return "not found: " + search;
    }

    /** Enter: opens the document the row points at. */
    protected void open(FullScreen fs) {
        Object doc = selected("doc");
        if (doc == null) doc = table.kind() == Table.Kind.DOCUMENTS ? selected("id") : null;
        if (doc == null) {
            fs.say(order.length == 0 ? "nothing to open" : "rows of '" + table.name() + "' do not point at a document");
            return;
        }
        Object line = selected("line");
        int l = line instanceof Number n ? n.intValue() : 0;
        fs.openDocument(doc.toString(), l);
    }
}
