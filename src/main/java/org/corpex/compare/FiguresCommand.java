package org.corpex.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.figures.Numbers;
import org.corpex.index.Corpus;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "figures",
        description = {
            "Every figure in the selection: money, percent, quantity, year, date, range, duration, number,",
            "with its normalized value and unit, qualifier, direction, what it measures (subject), for whom (entity),",
            "the unit of a rate (per: \"$60 per barrel\") and the year it refers to (period)."
        })
public final class FiguresCommand implements CorpexCommand {
    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Option(
            names = {"-k", "--kind"},
            paramLabel = "KIND[,KIND]",
            split = ",",
            completionCandidates = KindNames.class,
            description = "Only these kinds: ${COMPLETION-CANDIDATES}.")
    List<String> kinds;

    @Option(
            names = "--min",
            paramLabel = "VALUE",
            description = "Only values at least this (scale words allowed: 1bn, 2.5 million, 65k).")
    String min;

    @Option(names = "--max", paramLabel = "VALUE", description = "Only values at most this.")
    String max;

    @Option(
            names = {"-s", "--subject"},
            paramLabel = "TEXT",
            description = "Only figures whose subject contains TEXT (investment, market cap...).")
    String subject;

    @Option(
            names = "--sort",
            paramLabel = "KEY",
            defaultValue = "doc",
            description = "Order rows by ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Order sort;

    /** The orders of the rows. */
    public enum Order implements Choice {
        DOC,
        VALUE,
        KIND;
    }

    @Option(
            names = {"-u", "--unique"},
            description = "One row per distinct figure and subject, with a count and the documents that give it.")
    boolean unique;

    static final class KindNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        KindNames() {
            for (Figure.Kind k : Figure.Kind.values()) add(k.label());
        }
    }

    @Override
    public Table run(Session session) {
        Set<Figure.Kind> wanted = kinds(kinds);
        double lo = min == null ? Double.NEGATIVE_INFINITY : amount("--min", min);
        double hi = max == null ? Double.POSITIVE_INFINITY : amount("--max", max);
        Corpus c = session.corpus();
        BitSet sel = session.selection();
        Figures.prepare(c, sel); // the selection's documents, on every core
        List<Figure> rows = new ArrayList<>();
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            for (Figure f : Figures.of(c, d)) {
                if (!wanted.contains(f.kind())) continue;
                if ((min != null || max != null) && (Double.isNaN(f.value()) || f.value() < lo || f.value() > hi))
                    continue;
                if (subject != null && !f.subject().toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT)))
                    continue;
                rows.add(f);
            }
        }
        Comparator<Figure> order = switch (sort) {
            case VALUE ->
                Comparator.comparingDouble(
                        (Figure f) -> Double.isNaN(f.value()) ? Double.POSITIVE_INFINITY : f.value());
            case KIND ->
                Comparator.comparing((Figure f) -> f.kind())
                        .thenComparingInt(Figure::doc)
                        .thenComparingInt(Figure::start);
            case DOC -> Comparator.comparingInt(Figure::doc).thenComparingInt(Figure::start);
        };
        rows.sort(order);
        int max = limitOption.max("figures");
        return RowLimit.apply(unique ? unique(c, rows, sel) : table(c, rows, sel), "figures", max, "figures");
    }

    private static Table table(Corpus c, List<Figure> rows, BitSet sel) {
        Table.Builder b = new Table.Builder("figures")
                .kind(Table.Kind.FIGURES)
                .text("doc")
                .integer("line")
                .integer("start")
                .integer("end")
                .text("text")
                .text("kind")
                .number("value")
                .text("unit")
                .text("qualifier")
                .text("subject")
                .text("sentence")
                .text("direction")
                .text("entity")
                .number("high")
                .text("flag")
                .text("per")
                .text("period");
        for (Figure f : rows) {
            b.row(
                    c.get(f.doc()).id(),
                    f.line(),
                    f.start(),
                    f.end(),
                    f.text(),
                    f.kind().label(),
                    num(f.value()),
                    f.unit(),
                    f.qualifier(),
                    f.subject(),
                    f.sentence(),
                    f.direction(),
                    f.entity(),
                    num(f.high()),
                    f.flag(),
                    f.per(),
                    f.period());
        }
        b.note(rows.size() + (rows.size() == 1 ? " figure" : " figures") + " in " + sel.cardinality() + " documents");
        return b.build();
    }

    private static Table unique(Corpus c, List<Figure> rows, BitSet sel) {
        record Key(Figure.Kind kind, double value, double high, String unit, String qualifier, String subject) {}
        Map<Key, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : rows)
            groups.computeIfAbsent(
                            new Key(f.kind(), f.value(), f.high(), f.unit(), f.qualifier(), f.subject()),
                            k -> new ArrayList<>())
                    .add(f);
        Table.Builder b = new Table.Builder("figures")
                .text("text")
                .text("kind")
                .number("value")
                .text("unit")
                .text("qualifier")
                .text("subject")
                .integer("count")
                .text("docs")
                .number("high");
        for (Map.Entry<Key, List<Figure>> e : groups.entrySet()) {
            Set<String> docs = new LinkedHashSet<>();
            for (Figure f : e.getValue()) docs.add(c.get(f.doc()).id());
            Figure first = e.getValue().get(0);
            Key k = e.getKey();
            b.row(
                    first.text(),
                    k.kind().label(),
                    num(k.value()),
                    k.unit(),
                    k.qualifier(),
                    k.subject(),
                    e.getValue().size(),
                    String.join(" ", docs),
                    num(k.high()));
        }
        b.note(groups.size() + " distinct figures (" + rows.size() + " in all) in " + sel.cardinality() + " documents");
        return b.build();
    }

    private static Double num(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static Set<Figure.Kind> kinds(List<String> names) {
        if (names == null || names.isEmpty()) return EnumSet.allOf(Figure.Kind.class);
        Set<Figure.Kind> out = EnumSet.noneOf(Figure.Kind.class);
        for (String n : names) {
            try {
                out.add(Figure.Kind.valueOf(n.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CorpexException("figures: unknown kind '" + n
                        + "' (kinds: money, percent, quantity, year, date, range, duration, number)");
            }
        }
        return out;
    }

    /** "1bn", "2.5 million", "65k", "50e9", "1,000". */
    static double amount(String option, String s) {
        Matcher m = Pattern.compile(
                        "\\$?([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*([A-Za-z]*)")
                .matcher(s.strip());
        if (m.matches()) {
            double v = Double.parseDouble(m.group(1).replace(",", ""));
            if (m.group(2).isEmpty()) return v;
            double scale = Numbers.scale(m.group(2));
            if (scale > 0) return v * scale;
        }
        throw new CorpexException(
                "figures: " + option + " '" + s + "' is not an amount like 50e9, 1bn, 2.5 million or 65k");
    }
}
