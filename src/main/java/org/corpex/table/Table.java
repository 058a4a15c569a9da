package org.corpex.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.corpex.corpus.Fingerprint;

/**
 * What every command returns: named, typed columns and rows of cells, plus lines for the screen only (notes: "3 of 5
 * documents", a usage text) and warnings (which front ends send to stderr). Exports carry the columns and rows, never
 * the notes. Cells are String, Long, Integer, Double or null.
 *
 * <p>Beside the cells, a table says what it is ({@link Info}): its kind, which picks how a front end shows it; the
 * documents and query it came from, and how many hits; and typed spans inside cells (a hit, a figure), which renderers
 * draw as marks. No front end reads those facts back out of a note or a cell's text.
 */
public record Table(
        String name,
        List<Column> columns,
        List<List<Object>> rows,
        List<String> notes,
        List<String> warnings,
        Info info) {

    /** What a table is, for the front ends that show it. */
    public enum Kind {
        /** Rows to show as they are. */
        TABLE,
        /** No rows: a command that reports (filter, load, set). */
        MESSAGE,
        /** The documents in view (docs). */
        DOCUMENTS,
        /** One document's lines (show), with hit and figure spans. */
        DOCUMENT,
        /** Hits in context (kwic). */
        KWIC,
        /** Figures (figures). */
        FIGURES,
        /** Facts across sources (compare). */
        COMPARE,
        /** Two documents side by side (diff; with figures, a figure diff). */
        DIFF,
        /** Hits over time (trend). */
        TREND,
        /** Who said what (quotes), or how often each speaker is quoted (quotes --by speaker). */
        QUOTES
    }

    /** What a span inside a cell marks, and the characters a text rendering draws around it. */
    public enum Mark {
        HIT("«", "»"),
        FIGURE("⟦", "⟧");
        public final String open, close;

        Mark(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    /** A typed span of a cell's text, in characters of the cell as stored. */
    public record Span(int start, int end, Mark mark) {}

    /**
     * The facts about a table that are not cells.
     *
     * @param kind what it is
     * @param documents the ids of the documents it is about (show: one; diff: A and B), or empty
     * @param query the query it answered, or ""
     * @param hits how many hits that query had in all (the rows may show fewer), or -1
     * @param spans spans per cell, keyed by {@link #cell}
     * @param screenNotes notes for a text screen only, never a file (a trend's chart)
     * @param made how the table was made (the line, the filters, the corpus), or null for one made in code
     */
    /**
     * What a table knows of itself besides its cells. {@code parameters} is the command's own typed reading of its
     * options (a record of the command's), for a screen that drills down from the table: it never reads them back out
     * of a command line.
     */
    public record Info(
            Kind kind,
            List<String> documents,
            String query,
            long hits,
            Map<Long, List<Span>> spans,
            List<String> screenNotes,
            Made made,
            Record parameters) {
        public static final Info NONE = new Info(null, List.of(), "", -1, Map.of(), List.of());

        public Info {
            documents = List.copyOf(documents);
            spans = Collections.unmodifiableMap(new HashMap<>(spans));
            screenNotes = List.copyOf(screenNotes);
        }

        public Info(
                Kind kind,
                List<String> documents,
                String query,
                long hits,
                Map<Long, List<Span>> spans,
                List<String> screenNotes) {
            this(kind, documents, query, hits, spans, screenNotes, null, null);
        }

        // How a table was made says where it came from, not what it holds: two tables with the same
        // cells and marks are equal (and print alike) on any engine, at any time.
        @Override
        public boolean equals(Object o) {
            return o instanceof Info i
                    && Objects.equals(kind, i.kind)
                    && documents.equals(i.documents)
                    && query.equals(i.query)
                    && hits == i.hits
                    && spans.equals(i.spans)
                    && screenNotes.equals(i.screenNotes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, documents, query, hits, spans, screenNotes);
        }

        @Override
        public String toString() {
            return "Info[kind=" + kind + ", documents=" + documents + ", query=" + query + ", hits=" + hits + ", spans="
                    + spans + ", screenNotes=" + screenNotes + "]";
        }

        public static long cell(int row, int column) {
            return (long) row << 32 | column;
        }
    }

    /**
     * How a table was made, for the provenance of its exports and for replay: the command line with its options
     * (without a redirect), the sort it was given or defaults to ("" for a command without one), the filters in force,
     * first to last, the engine and the fingerprint of the corpus, and when.
     */
    public record Made(
            String command,
            String sort,
            List<String> filters,
            String engine,
            Fingerprint corpus,
            Instant time,
            Resort resort) {
        public Made {
            filters = List.copyOf(filters);
            if (sort == null) sort = "";
        }

        public Made(
                String command, String sort, List<String> filters, String engine, Fingerprint corpus, Instant time) {
            this(command, sort, filters, engine, corpus, time, null);
        }
    }

    /** A sort of the command's rows by one column, as a screen sorts them after the command ran. */
    public record Resort(String column, boolean descending) {}

    /**
     * The same table with its rows sorted by one column (numbers as numbers, text ignoring case, ties in the command's
     * order), remembering that sort, so that its exports say so and a replay sorts alike.
     */
    public Table sortedBy(String column, boolean descending) {
        int c = columnIndex(column);
        if (c < 0) throw new IllegalArgumentException("no column " + column);
        List<List<Object>> sorted = new ArrayList<>(rows.size());
        for (int r : order(c, descending)) sorted.add(rows.get(r));
        Made m = info.made();
        Table t = withRows(sorted);
        return m == null
                ? t
                : t.made(new Made(
                        m.command(),
                        m.sort(),
                        m.filters(),
                        m.engine(),
                        m.corpus(),
                        m.time(),
                        new Resort(column, descending)));
    }

    /** The row indices in the order of one column: numbers as numbers, text ignoring case; a stable sort. */
    public int[] order(int column, boolean descending) {
        Integer[] idx = new Integer[rows.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        // Keys made once per sort, not once per comparison: a sort of 100k rows stays a keystroke.
        Comparator<Integer> cmp;
        if (columns.get(column).numeric()) {
            double[] keys = new double[idx.length];
            for (int r = 0; r < keys.length; r++) keys[r] = number(rows.get(r).get(column));
            cmp = (a, b) -> Double.compare(keys[a], keys[b]);
        } else {
            String[] keys = new String[idx.length];
            for (int r = 0; r < keys.length; r++)
                keys[r] = format(rows.get(r).get(column)).toLowerCase(Locale.ROOT);
            cmp = (a, b) -> keys[a].compareTo(keys[b]);
        }
        if (descending) cmp = cmp.reversed();
        Arrays.sort(idx, cmp); // stable: ties keep the command's order
        int[] out = new int[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = idx[i];
        return out;
    }

    private static double number(Object o) {
        if (o instanceof Number n) return n.doubleValue();
        if (o == null) return Double.NEGATIVE_INFINITY;
        try {
            return Double.parseDouble(o.toString());
        } catch (NumberFormatException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }

    /** The same table, remembering how it was made. */
    public Table made(Made how) {
        return new Table(
                name,
                columns,
                rows,
                notes,
                warnings,
                new Info(
                        info.kind(),
                        info.documents(),
                        info.query(),
                        info.hits(),
                        info.spans(),
                        info.screenNotes(),
                        how,
                        info.parameters()));
    }

    /** The same table with lines a screen shows under it (a chart drawn to the screen's width). */
    public Table withScreenNotes(List<String> lines) {
        List<String> all = new ArrayList<>(info.screenNotes());
        all.addAll(lines);
        return new Table(
                name,
                columns,
                rows,
                notes,
                warnings,
                new Info(
                        info.kind(),
                        info.documents(),
                        info.query(),
                        info.hits(),
                        info.spans(),
                        all,
                        info.made(),
                        info.parameters()));
    }

    /** The same table, carrying the typed parameters of the command that made it. */
    public Table withParameters(Record parameters) {
        return new Table(
                name,
                columns,
                rows,
                notes,
                warnings,
                new Info(
                        info.kind(),
                        info.documents(),
                        info.query(),
                        info.hits(),
                        info.spans(),
                        info.screenNotes(),
                        info.made(),
                        parameters));
    }

    /** The parameters of the command that made this table, when they are of this type. */
    public <T extends Record> Optional<T> parameters(Class<T> type) {
        return type.isInstance(info.parameters()) ? Optional.of(type.cast(info.parameters())) : Optional.empty();
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        if (info == null) info = Info.NONE;
        for (List<Object> r : rows) {
            if (r.size() != columns.size())
                throw new IllegalArgumentException(
                        "row has " + r.size() + " cells, table " + columns.size() + " columns");
        }
    }

    public Table(
            String name, List<Column> columns, List<List<Object>> rows, List<String> notes, List<String> warnings) {
        this(name, columns, rows, notes, warnings, Info.NONE);
    }

    /** A table with no columns: the result of a command that only reports (filter, load). */
    public static Table message(String name, String... notes) {
        return new Table(name, List.of(), List.of(), Arrays.asList(notes), List.of());
    }

    /** A message of a kind that asks the front end to act (quit, open the full screen). */
    public static Table request(Kind kind, String name, String... notes) {
        return new Table(
                name,
                List.of(),
                List.of(),
                Arrays.asList(notes),
                List.of(),
                new Info(kind, List.of(), "", -1, Map.of(), List.of()));
    }

    /** What the table is: the kind its command gave, else a message or a plain table. */
    public Kind kind() {
        return info.kind() != null ? info.kind() : isMessage() ? Kind.MESSAGE : Kind.TABLE;
    }

    public Table withNotes(List<String> more) {
        List<String> n = new ArrayList<>(notes);
        n.addAll(more);
        return new Table(name, columns, rows, n, warnings, info);
    }

    public Table withWarnings(List<String> more) {
        List<String> w = new ArrayList<>(warnings);
        w.addAll(more);
        return new Table(name, columns, rows, notes, w, info);
    }

    /**
     * The same table with other rows (the first rows of a long one, a sorted copy); spans follow no row, so they go.
     */
    public Table withRows(List<List<Object>> other) {
        return new Table(
                name,
                columns,
                other,
                notes,
                warnings,
                new Info(
                        info.kind(),
                        info.documents(),
                        info.query(),
                        info.hits(),
                        Map.of(),
                        info.screenNotes(),
                        info.made(),
                        info.parameters()));
    }

    /** The rows whose cell in {@code column}, as shown, passes {@code keep}; the notes stay, the warnings go. */
    /** The rows whose cell in {@code column}, as typed, passes {@code keep}. */
    public Table whereCell(String column, Predicate<Object> keep) {
        int c = columnIndex(column);
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> r : rows) if (keep.test(r.get(c))) kept.add(r);
        return withRows(kept).withoutWarnings();
    }

    public Table where(String column, Predicate<String> keep) {
        int c = columnIndex(column);
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> r : rows) if (keep.test(format(r.get(c)))) kept.add(r);
        return withRows(kept).withoutWarnings();
    }

    private Table withoutWarnings() {
        return new Table(name, columns, rows, notes, List.of(), info);
    }

    /** The table a file gets: the same columns and rows, without the notes meant for a screen alone. */
    public Table forFile() {
        if (info.screenNotes().isEmpty()) return this;
        return new Table(
                name,
                columns,
                rows,
                notes,
                warnings,
                new Info(
                        info.kind(),
                        info.documents(),
                        info.query(),
                        info.hits(),
                        info.spans(),
                        List.of(),
                        info.made(),
                        info.parameters()));
    }

    /** True when there is nothing to export: no columns. */
    public boolean isMessage() {
        return columns.isEmpty();
    }

    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(column)) return i;
        return -1;
    }

    /** The spans in one cell, ordered by start. */
    public List<Span> spans(int row, int column) {
        return info.spans().getOrDefault(Info.cell(row, column), List.of());
    }

    /**
     * A cell as text with its spans drawn as marks: «hit», ⟦figure⟧, a hit inside a figure nested in it. Plain
     * characters, so they survive an export and a monochrome terminal.
     */
    public String marked(int row, int column) {
        String text = format(rows.get(row).get(column));
        List<Span> spans = spans(row, column);
        if (spans.isEmpty()) return text;
        // {offset, rank, span}: at one offset closes come before opens, and a figure opens before a hit.
        List<int[]> inserts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            boolean hit = s.mark() == Mark.HIT;
            inserts.add(new int[] {Math.max(0, s.start()), hit ? 3 : 2, i});
            inserts.add(new int[] {Math.min(text.length(), s.end()), hit ? 0 : 1, i});
        }
        inserts.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        StringBuilder out = new StringBuilder(text.length() + 4 * spans.size());
        int pos = 0;
        for (int[] in : inserts) {
            out.append(text, pos, in[0]);
            Mark m = spans.get(in[2]).mark();
            out.append(in[1] >= 2 ? m.open : m.close);
            pos = in[0];
        }
        return out.append(text, pos, text.length()).toString();
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
        private final List<String> screenNotes = new ArrayList<>();
        private final Map<Long, List<Span>> spans = new HashMap<>();
        private Kind kind;
        private List<String> documents = List.of();
        private String query = "";
        private long hits = -1;

        public Builder(String name) {
            this.name = name;
        }

        public Builder column(Column c) {
            columns.add(c);
            return this;
        }

        public Builder text(String n) {
            return column(Column.text(n));
        }

        public Builder integer(String n) {
            return column(Column.integer(n));
        }

        public Builder number(String n) {
            return column(Column.number(n));
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Builder row(List<Object> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }
        /** A row its maker keeps and hands out again (unmodifiable, never changed): added as it is, not copied. */
        public Builder kept(List<Object> unmodifiableCells) {
            rows.add(unmodifiableCells);
            return this;
        }

        public Builder note(String n) {
            notes.add(n);
            return this;
        }
        /** A note for a text screen only (a chart): files and machine formats never get it. */
        public Builder screenNote(String n) {
            screenNotes.add(n);
            return this;
        }

        public Builder warning(String w) {
            warnings.add(w);
            return this;
        }

        public Builder kind(Kind k) {
            kind = k;
            return this;
        }

        public Builder documents(String... ids) {
            documents = List.of(ids);
            return this;
        }

        public Builder query(String q, long total) {
            query = q;
            hits = total;
            return this;
        }
        /** A span in the cell of the last row added, at {@code column}. */
        public Builder span(int column, int start, int end, Mark mark) {
            spans.computeIfAbsent(Info.cell(rows.size() - 1, column), k -> new ArrayList<>())
                    .add(new Span(start, end, mark));
            return this;
        }

        public Table build() {
            for (List<Span> l : spans.values())
                l.sort((a, b) -> a.start() != b.start()
                        ? Integer.compare(a.start(), b.start())
                        : Integer.compare(b.end(), a.end()));
            return new Table(
                    name, columns, rows, notes, warnings, new Info(kind, documents, query, hits, spans, screenNotes));
        }
    }
}
