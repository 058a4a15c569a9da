package org.corpex.compare;

import org.corpex.figures.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups figures that state the same fact and says whether the sources agree.
 *
 * <p>A fact is what is measured, for whom and for when: a kind family (money, percent, a quantity's
 * unit), a currency or unit and rate, a subject, an entity, a direction where the text gives one,
 * and the period the figure refers to (revenue in 1829 and revenue in 1863 are two facts). Within a
 * fact, values within {@link #SAME_CLAIM} of each other are one claim told by several sources. Each
 * figure stands for the values its wording allows ({@link Figure#allowed()}: "$53 billion" is 52.5
 * to 53.5 billion, "nearly 70%" just under 70): sources conflict only when some two of them allow no
 * common value ($53 billion against $52 billion); when they overlap but are written differently
 * ("over $100 billion" against "$100 billion") the difference is soft; equal figures agree. Values
 * further apart are different facts that happen to share a subject (a market cap of $345 billion
 * and a gain of $100 billion). Periods compare a year range with a duration: "2025-2028" and "over
 * the next three years" are consistent spans.
 */
public final class Reconcile {
    private Reconcile() {}

    /** Values within this ratio may be one claim told differently; beyond it, different facts. */
    public static final double SAME_CLAIM = 1.25;

    public enum Status {
        CONFLICT("conflict"), SOFT("soft"), CONSISTENT("consistent"), AGREE("agree"), ONE_SOURCE("one source");

        public final String label;

        Status(String label) { this.label = label; }
    }

    /** One fact: its label, status, and the figures that state it (one per document and value). */
    public record Fact(String label, String kind, Status status, List<Figure> figures, int documents) {}

    public static List<Fact> facts(List<Figure> all) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        Map<String, List<Figure>> periods = new LinkedHashMap<>();
        for (Figure f : all) {
            if (isPeriod(f)) {
                if (!f.entity().isEmpty()) periods.computeIfAbsent(f.entity(), k -> new ArrayList<>()).add(f);
                continue;
            }
            if (Double.isNaN(f.value())) continue;
            String family = switch (f.kind()) {
                case MONEY, PERCENT, QUANTITY -> f.kind().label();
                default -> null;
            };
            if (family == null || f.subject().isEmpty() && f.kind() != Figure.Kind.QUANTITY) continue;
            if (f.kind() == Figure.Kind.QUANTITY && f.unit().endsWith(" old")) continue;   // ages of different people are no one fact
            String key = family + "|" + f.unit() + "|" + f.per() + "|" + f.subject() + "|" + f.entity() + "|" + f.direction() + "|" + f.period();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Fact> out = new ArrayList<>();
        for (List<Figure> g : groups.values()) out.addAll(claims(g));
        for (Map.Entry<String, List<Figure>> p : periods.entrySet()) out.add(period(p.getKey(), p.getValue()));
        out.sort(Comparator.comparing((Fact f) -> f.status()).thenComparing(f -> -f.documents()).thenComparing(Fact::label));
        return out;
    }

    private static boolean isPeriod(Figure f) {
        return f.kind() == Figure.Kind.DURATION && f.unit().equals("years")
                || f.kind() == Figure.Kind.RANGE && f.unit().equals("years");
    }

    /** Splits a group into claims by value and judges each. */
    private static List<Fact> claims(List<Figure> g) {
        List<Figure> sorted = new ArrayList<>(g);
        sorted.sort(Comparator.comparingDouble(Figure::value));
        List<List<Figure>> clusters = new ArrayList<>();
        for (Figure f : sorted) {
            List<Figure> last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && f.value() <= last.get(0).value() * SAME_CLAIM) last.add(f);
            else {
                List<Figure> c = new ArrayList<>();
                c.add(f);
                clusters.add(c);
            }
        }
        List<Fact> out = new ArrayList<>();
        for (List<Figure> c : clusters) {
            List<Figure> perDoc = onePerDocAndValue(c);
            long docs = perDoc.stream().map(Figure::doc).distinct().count();
            long values = perDoc.stream().mapToDouble(Figure::value).distinct().count();
            long qualifiers = perDoc.stream().map(Figure::qualifier).distinct().count();
            boolean disjoint = false;
            for (int i = 0; i < perDoc.size() && !disjoint; i++) {
                double[] a = perDoc.get(i).allowed();
                for (int j = i + 1; j < perDoc.size() && !disjoint; j++) {
                    double[] b = perDoc.get(j).allowed();
                    disjoint = !(a[0] < b[1] && b[0] < a[1]);   // touching ends ("$52 billion", "$53 billion") allow no common value
                }
            }
            Status s = disjoint ? Status.CONFLICT : docs < 2 ? Status.ONE_SOURCE
                    : values > 1 || qualifiers > 1 ? Status.SOFT : Status.AGREE;
            out.add(new Fact(label(c.get(0)), c.get(0).kind().label(), s, perDoc, (int) docs));
        }
        return out;
    }

    private static Fact period(String entity, List<Figure> g) {
        List<Figure> perDoc = onePerDocAndValue(g);
        // Each figure's span in years: a range 2025-2028 spans 3 (or 4, counting both ends); a duration is its value.
        boolean consistent = true;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Figure f : perDoc) {
            double span = f.kind() == Figure.Kind.RANGE ? f.high() - f.value() : f.value();
            lo = Math.min(lo, span);
            hi = Math.max(hi, span);
        }
        if (hi - lo > 1) consistent = false;
        long docs = perDoc.stream().map(Figure::doc).distinct().count();
        Status s = !consistent ? Status.CONFLICT : docs < 2 ? Status.ONE_SOURCE : Status.CONSISTENT;
        return new Fact("period: " + entity, "period", s, perDoc, (int) docs);
    }

    /** The first mention of each distinct value (and qualifier) per document. */
    private static List<Figure> onePerDocAndValue(List<Figure> c) {
        Map<String, Figure> first = new LinkedHashMap<>();
        List<Figure> byDoc = new ArrayList<>(c);
        byDoc.sort(Comparator.comparingInt(Figure::doc).thenComparingInt(Figure::start));
        for (Figure f : byDoc) first.putIfAbsent(f.doc() + "|" + f.value() + "|" + f.high() + "|" + f.qualifier() + "|" + f.kind(), f);
        return new ArrayList<>(first.values());
    }

    private static String label(Figure f) {
        String what = f.kind() == Figure.Kind.QUANTITY ? f.unit() : f.subject();
        String dir = f.direction().isEmpty() ? "" : " (" + f.direction() + ")";
        return what + dir + (f.entity().isEmpty() ? "" : ": " + f.entity()) + (f.kind() == Figure.Kind.MONEY ? " [" + f.unit() + "]" : "")
                + (f.per().isEmpty() ? "" : " per " + f.per()) + (f.period().isEmpty() ? "" : " in " + f.period());
    }

    static boolean same(Figure a, Figure b) {
        return Objects.equals(a.unit(), b.unit()) && a.value() == b.value();
    }
}
