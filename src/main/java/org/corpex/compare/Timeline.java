package org.corpex.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpex.corpus.Document;
import org.corpex.figures.Figure;
import org.corpex.index.Corpus;
import org.corpex.table.Table;

/**
 * Who said it first: for each fact {@link Reconcile} finds and each value given for it, the documents that gave it in
 * order of publication date, the earliest marked {@code first}, the later ones {@code repeated}. A document without a
 * readable date cannot be placed: it is {@code undated}, listed last, and never first. Built from Reconcile's facts and
 * the figures' public fields only, so it follows whatever the extractor finds.
 */
public final class Timeline {
    private Timeline() {}

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One document's telling of a value. */
    private record Telling(Figure figure, Document doc, String date) {}

    public static Table table(Corpus corpus, List<Reconcile.Fact> facts, int documentsInView) {
        Table.Builder t = new Table.Builder("timeline")
                .text("fact")
                .number("value")
                .text("unit")
                .text("text")
                .text("doc")
                .text("source")
                .text("date")
                .text("role")
                .integer("days_after");
        int values = 0, undatedOnly = 0;
        Set<Integer> dated = new HashSet<>(), seen = new HashSet<>();
        for (Reconcile.Fact f : facts) {
            boolean period = f.kind().equals("period");
            Map<String, List<Telling>> byValue = new LinkedHashMap<>();
            for (Figure g : f.figures()) {
                double v = value(g, period);
                Document d = corpus.get(g.doc());
                String date = DATE.matcher(d.date()).matches() ? d.date() : null;
                seen.add(g.doc());
                if (date != null) dated.add(g.doc());
                List<Telling> l =
                        byValue.computeIfAbsent(Table.format(v) + "|" + unit(g, period), k -> new ArrayList<>());
                // One telling per document and value: the first, as the text runs.
                if (l.stream().noneMatch(x -> x.figure().doc() == g.doc())) l.add(new Telling(g, d, date));
            }
            List<List<Telling>> groups = new ArrayList<>(byValue.values());
            Comparator<Telling> byDate = Comparator.comparing((Telling x) -> x.date() == null)
                    .thenComparing(x -> x.date() == null ? "" : x.date())
                    .thenComparingInt(x -> x.figure().doc());
            for (List<Telling> g : groups) g.sort(byDate);
            groups.sort(Comparator.comparing((List<Telling> g) -> g.get(0), byDate));
            for (List<Telling> g : groups) {
                values++;
                String first = g.get(0).date();
                if (first == null) undatedOnly++;
                for (Telling x : g) {
                    String role = x.date() == null ? "undated" : x.date().equals(first) ? "first" : "repeated";
                    Integer after = x.date() != null
                                    && first != null
                                    && DAY.matcher(x.date()).matches()
                                    && DAY.matcher(first).matches()
                            ? (int) ChronoUnit.DAYS.between(LocalDate.parse(first), LocalDate.parse(x.date()))
                            : null;
                    t.row(
                            f.label(),
                            value(x.figure(), period),
                            unit(x.figure(), period),
                            x.figure().text(),
                            x.doc().id(),
                            x.doc().source(),
                            x.date() == null ? "" : x.date(),
                            role,
                            after);
                }
            }
        }
        t.note(facts.size() + (facts.size() == 1 ? " fact, " : " facts, ") + values
                + (values == 1 ? " value" : " values") + " told, across " + documentsInView + " documents; "
                + dated.size() + " of the " + seen.size() + " documents that give them have a date"
                + (undatedOnly == 0
                        ? ""
                        : "; " + undatedOnly + " values are told only by undated documents, so who told them first "
                                + "cannot be known"));
        return t.build();
    }

    private static double value(Figure g, boolean period) {
        return period ? (g.kind() == Figure.Kind.RANGE ? g.high() - g.value() : g.value()) : g.value();
    }

    private static String unit(Figure g, boolean period) {
        return period ? "years" : g.unit();
    }
}
