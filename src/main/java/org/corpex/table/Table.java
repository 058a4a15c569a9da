package org.corpex.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every command returns: named, typed columns and rows of cells, plus lines for the
 * screen only (notes: "3 of 5 documents", a usage text) and warnings (which front ends send to
 * stderr). Exports carry the columns and rows, never the notes. Cells are String, Long,
 * Integer, Double or null.
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows, List<String> notes, List<String> warnings) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) throw new IllegalArgumentException("row has " + r.size() + " cells, table " + columns.size() + " columns");
        }
    }

    /** A table with no columns: the result of a command that only reports (filter, load). */
    public static Table message(String name, String... notes) {
        return new Table(name, List.of(), List.of(), Arrays.asList(notes), List.of());
    }

    public Table withNotes(List<String> more) {
        List<String> n = new ArrayList<>(notes);
        n.addAll(more);
        return new Table(name, columns, rows, n, warnings);
    }

    public Table withWarnings(List<String> more) {
        List<String> w = new ArrayList<>(warnings);
        w.addAll(more);
        return new Table(name, columns, rows, notes, w);
    }

    /** The rows whose cell in {@code column}, as shown, passes {@code keep}; the notes stay, the warnings go. */
    public Table where(String column, java.util.function.Predicate<String> keep) {
        int c = columnIndex(column);
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> r : rows) if (keep.test(format(r.get(c)))) kept.add(r);
        return new Table(name, columns, kept, notes, List.of());
    }

    /** Marks a note for the screen alone (a chart): text on stdout shows it, files never carry it. */
    private static final String SCREEN_ONLY = "\u0001screen\u0001";

    /** A note only text output shows, not a file (a trend's chart): see {@link #forFile()}. */
    public static String screenOnly(String note) {
        return SCREEN_ONLY + note;
    }

    /** A note as it is shown: without the screen-only mark. */
    public static String shown(String note) {
        return note.startsWith(SCREEN_ONLY) ? note.substring(SCREEN_ONLY.length()) : note;
    }

    /** The table a file gets: the same columns and rows, without the notes meant for a screen alone. */
    public Table forFile() {
        if (notes.stream().noneMatch(n -> n.startsWith(SCREEN_ONLY))) return this;
        return new Table(name, columns, rows, notes.stream().filter(n -> !n.startsWith(SCREEN_ONLY)).toList(), warnings);
    }

    /** True when there is nothing to export: no columns. */
    public boolean isMessage() { return columns.isEmpty(); }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(column)) return i;
        return -1;
    }

    /** A cell as text, numbers written plainly (53000000000, not 5.3E10). */
    public static String format(Object cell) {
        if (cell == null) return "";
        if (cell instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) return d.toString();
            if (d == Math.rint(d) && Math.abs(d) < 1e18) return Long.toString(d.longValue());
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (cell instanceof Float f) return format(f.doubleValue());
        return cell.toString();
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        public Builder(String name) { this.name = name; }

        public Builder column(Column c) { columns.add(c); return this; }
        public Builder text(String n) { return column(Column.text(n)); }
        public Builder integer(String n) { return column(Column.integer(n)); }
        public Builder number(String n) { return column(Column.number(n)); }

        public Builder row(Object... cells) { rows.add(Arrays.asList(cells)); return this; }
        public Builder row(List<Object> cells) { rows.add(new ArrayList<>(cells)); return this; }
        public Builder note(String n) { notes.add(n); return this; }
        public Builder warning(String w) { warnings.add(w); return this; }
        public int rowCount() { return rows.size(); }

        public Table build() { return new Table(name, columns, rows, notes, warnings); }
    }
}
