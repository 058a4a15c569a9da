package org.corpex.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corpex.base.Cancellation;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.index.Corpus;
import org.corpex.index.Index;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.Session;
import org.corpex.table.Column;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "trend",
        description = {
            "Hits of QUERY over publication date: one row a period (gaps included, and an 'undated' row),",
            "one column a value of --per FIELD (source...). On screen a chart follows the table; exports get the table."
        })
public final class TrendCommand implements CorpexCommand, CorpexCommand.RawArguments {

    /** How a cell is measured. */
    public enum Norm implements Choice {
        COUNT("hits"),
        PERMILLION("per_million"),
        DOCS("percent_docs");

        final String column;

        Norm(String column) {
            this.column = column;
        }
    }

    /** More periods than this are not filled in between (a stray date of 1066 must not make a million rows). */
    static final int MAX_FILLED = 20_000;

    @Parameters(
            arity = "1..*",
            paramLabel = "QUERY",
            description = "A word, \"a phrase\", a wildcard or a regex, as for kwic; * counts documents.")
    List<String> query;

    @Option(
            names = "--by",
            paramLabel = "PERIOD",
            completionCandidates = Periods.class,
            description = "day, week (ISO, Monday first), month, quarter, year or decade (default: month; year when "
                    + "most dates are years alone).")
    Period by;

    @Option(
            names = "--per",
            paramLabel = "FIELD",
            description = "One column for each value of FIELD: source, or any metadata field.")
    String per;

    @Option(
            names = "--norm",
            paramLabel = "HOW",
            description = "count (hits, the default), permillion (hits per million tokens of the cell's documents) or "
                    + "docs (percent of the cell's documents with a hit).")
    Norm norm = Norm.COUNT;

    @Mixin
    Options.Case caseOption = new Options.Case();

    /** One cell's counts: enough to compute any norm, and to recompute it by hand. */
    static final class Cell {
        long hits, tokens;
        int documents, withHits;

        void add(int h, int t) {
            hits += h;
            tokens += t;
            documents++;
            if (h > 0) withHits++;
        }

        double value(Norm n) {
            return switch (n) {
                case COUNT -> hits;
                case PERMILLION -> tokens == 0 ? 0 : round(hits * 1e6 / tokens);
                case DOCS -> documents == 0 ? 0 : round(withHits * 100.0 / documents);
            };
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    @Override
    public Table run(Session session) {
        Period period = by == null ? Period.auto(session.corpus(), session.selection()) : by;
        Norm n = norm;
        Corpus corpus = session.corpus();
        Grouping series = per == null ? null : Grouping.of("trend", "--per", corpus, per);
        if (series != null && series.period() != null) {
            throw new CorpexException("trend: --per takes a field (source, or a metadata field); the period is --by");
        }
        String text = String.join(" ", query).strip();
        Index index = corpus.index();
        BitSet sel = session.selection();
        int[] hits;
        String what;
        if (query(text).equals("*")) {
            // Documents, not hits: how much was published, per period (and source).
            hits = new int[corpus.size()];
            for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) hits[d] = 1;
            what = "documents";
        } else {
            Query q = QueryParser.parse(text, caseOption.caseSensitive);
            hits = index.hitsPerDocument(q, sel, caseOption.caseSensitive);
            session.setLastQuery(List.of(q), caseOption.caseSensitive);
            what = "hits of " + q.source();
        }

        // period -> series -> cell; the series "" when there is no --per.
        Map<String, Map<String, Cell>> cells = new HashMap<>();
        Map<String, Long> seriesTotals = new HashMap<>();
        long total = 0;
        int docsHit = 0;
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            Cancellation.check();
            String p = period.of(corpus, d);
            if (p == null) p = Period.UNDATED;
            String s = series == null ? "" : series.label(corpus, d);
            cells.computeIfAbsent(p, k -> new HashMap<>())
                    .computeIfAbsent(s, k -> new Cell())
                    .add(hits[d], index.tokenCount(d));
            seriesTotals.merge(s, (long) hits[d], Long::sum);
            total += hits[d];
            if (hits[d] > 0) docsHit++;
        }
        List<String> periods = periods(period, cells.keySet());
        List<String> names = series == null ? List.of("") : series.order(seriesTotals);

        Table.Builder b = new Table.Builder("trend")
                .kind(Table.Kind.TREND)
                .query(query(text), total)
                .text("period");
        if (series == null) {
            b.integer("hits").integer("documents").integer("with_hits").integer("tokens");
            if (n != Norm.COUNT) b.number(n.column);
        } else {
            Set<String> used = new HashSet<>(List.of("period", "total"));
            for (String s : names) {
                String col = s;
                while (!used.add(col)) col = col + "_";
                b.column(n == Norm.COUNT ? Column.integer(col) : Column.number(col));
            }
            b.column(n == Norm.COUNT ? Column.integer("total") : Column.number("total"));
        }
        int undatedDocs = 0;
        for (int r = 0; r < periods.size(); r++) {
            String p = periods.get(r);
            Map<String, Cell> row = cells.getOrDefault(p, Map.of());
            Cell all = new Cell();
            for (Cell c : row.values()) {
                all.hits += c.hits;
                all.tokens += c.tokens;
                all.documents += c.documents;
                all.withHits += c.withHits;
            }
            if (p.equals(Period.UNDATED)) undatedDocs = all.documents;
            List<Object> cellsOut = new ArrayList<>();
            cellsOut.add(p);
            if (series == null) {
                cellsOut.add(all.hits);
                cellsOut.add(all.documents);
                cellsOut.add(all.withHits);
                cellsOut.add(all.tokens);
                if (n != Norm.COUNT) cellsOut.add(all.value(n));
            } else {
                for (int i = 0; i < names.size(); i++) {
                    Cell c = row.get(names.get(i));
                    double v = c == null ? 0 : c.value(n);
                    cellsOut.add(n == Norm.COUNT ? (Object) (long) v : (Object) v);
                }
                cellsOut.add(n == Norm.COUNT ? (Object) all.hits : (Object) all.value(n));
            }
            b.row(cellsOut);
        }
        int dated = periods.size() - 1;
        String span = dated == 0
                ? "no dated documents"
                : periods.get(0) + " to " + periods.get(dated - 1) + " (" + dated + " " + period.label()
                        + (dated == 1 ? "" : "s") + ")";
        b.note(String.format(
                Locale.ROOT,
                "%,d %s in %,d of %,d documents, by %s%s, %s; %s%s",
                total,
                what,
                docsHit,
                sel.cardinality(),
                period.label(),
                series == null ? "" : " per " + series.name(),
                span,
                undatedDocs == 0
                        ? "no undated documents"
                        : String.format(
                                Locale.ROOT,
                                "%,d undated (no date, or none as fine as a %s)",
                                undatedDocs,
                                period.label()),
                n == Norm.COUNT
                        ? ""
                        : n == Norm.PERMILLION
                                ? "; cells are hits per million tokens"
                                : "; cells are the percent of documents with a hit"));
        return b.build()
                .withParameters(
                        new Cut(period, series == null ? null : per.strip().toLowerCase(Locale.ROOT), n));
    }

    /** How a trend table was cut, as the command read its options: for a screen that opens a cell. */
    public record Cut(Period period, String per, Norm norm) {}

    /** The query a trend answered, as the full screen opens its cells: "*" for documents. */
    private static String query(String text) {
        return text.equals("*") || text.equals("\"*\"") || text.equals("'*'") ? "*" : text;
    }

    /** Every period from the first to the last (the gaps are news too), then undated. */
    static List<String> periods(Period period, Set<String> present) {
        TreeSet<String> dated = new TreeSet<>(present);
        dated.remove(Period.UNDATED);
        List<String> out = new ArrayList<>();
        if (!dated.isEmpty()) {
            String last = dated.last();
            String p = dated.first();
            while (p != null && p.compareTo(last) <= 0 && out.size() <= MAX_FILLED) {
                out.add(p);
                p = period.next(p);
            }
            if (out.size() > MAX_FILLED) out = new ArrayList<>(dated);
        }
        out.add(Period.UNDATED);
        return out;
    }

    /**
     * The chart a screen shows under a trend table, {@code width} columns wide (the front end's, not the command's):
     * bars a period for one measure over few periods, else a sparkline a column. Read from the table and its cut; empty
     * for a table that is not a trend's.
     */
    public static List<String> chart(Table t, int width) {
        Cut cut = t.parameters(Cut.class).orElse(null);
        int pc = t.columnIndex("period");
        if (cut == null || pc < 0) return List.of();
        List<String> periods = new ArrayList<>();
        for (List<Object> row : t.rows()) periods.add(Table.format(row.get(pc)));
        boolean single = cut.per() == null;
        List<String> names = new ArrayList<>();
        List<double[]> lines = new ArrayList<>();
        int tc = single ? t.columnIndex(cut.norm() == Norm.COUNT ? "hits" : cut.norm().column) : t.columnIndex("total");
        if (tc < 0) return List.of();
        List<Double> totals = new ArrayList<>();
        for (List<Object> row : t.rows()) totals.add(row.get(tc) instanceof Number x ? x.doubleValue() : 0.0);
        if (!single) {
            for (int c = pc + 1; c < tc; c++) {
                double[] v = new double[t.rows().size()];
                for (int r = 0; r < v.length; r++)
                    v[r] = t.rows().get(r).get(c) instanceof Number x ? x.doubleValue() : 0;
                names.add(t.columns().get(c).name());
                lines.add(v);
            }
        }
        return chart(periods, names, totals, lines, width, single);
    }

    private static List<String> chart(
            List<String> periods,
            List<String> names,
            List<Double> totals,
            List<double[]> lines,
            int width,
            boolean single) {
        int dated = periods.size() - 1;
        if (dated == 0) return List.of();
        if (single && dated <= 40) return Chart.bars(periods.subList(0, dated), totals.subList(0, dated), width);
        List<String> shownNames = new ArrayList<>();
        List<double[]> shown = new ArrayList<>();
        if (single) {
            double[] all = new double[dated];
            for (int i = 0; i < dated; i++) all[i] = totals.get(i);
            shownNames.add("all");
            shown.add(all);
        } else {
            for (int i = 0; i < Math.min(12, names.size()); i++) {
                shownNames.add(names.get(i));
                shown.add(Arrays.copyOf(lines.get(i), dated));
            }
        }
        List<String> out = new ArrayList<>();
        out.add(periods.get(0) + " … " + periods.get(dated - 1) + ", one mark a period:");
        out.addAll(Chart.sparklines(shownNames, shown, width));
        if (names.size() > 12) out.add("(" + (names.size() - 12) + " more in the table)");
        return out;
    }

    /**
     * The filter expression for the documents of one trend cell: the period's dates and, for a --per column, that value
     * of the field exactly. The full screen opens the cell's KWIC with it.
     */
    public static String cellFilter(Period period, String label, String field, String value) {
        List<String> parts = new ArrayList<>();
        if (label.equals(Period.UNDATED)) parts.add("NOT date>=1000");
        else parts.add(period.filter(label));
        if (field != null && value != null) {
            parts.add(value.equals(Grouping.NONE) ? "NOT has:" + field : field + "=" + quoted(value));
        }
        return String.join(" ", parts);
    }

    /** A value as the filter language reads it whole: bare when it can be, else in the quote it does not hold. */
    static String quoted(String v) {
        if (v.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '(' || c == ')'))
            return v;
        return v.indexOf('"') < 0 ? '"' + v + '"' : "'" + v + "'";
    }

    /** The periods, for Tab at the prompt. */
    public static final class Periods implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Period.values()).map(Period::label).iterator();
        }
    }
}
