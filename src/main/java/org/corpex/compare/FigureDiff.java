package org.corpex.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.corpex.figures.Figure;

/**
 * Matches two documents' figures: the same figure in both, a figure B changed (same kind, unit, rate and fact, of whom,
 * what and when, a value within a quarter of it), or one only one side gives.
 */
public final class FigureDiff {
    private FigureDiff() {}

    /** How B gave a figure of A. Prints as its label. */
    public enum Status {
        SAME("same"),
        QUALIFIER("qualifier"),
        CHANGED("changed"),
        ONLY_A("only in A"),
        ONLY_B("only in B");

        public final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    record Row(Status status, Figure a, Figure b) {}

    /** A value further from the other side's than this ratio is not that figure changed but another figure. */
    private static final double CHANGED = 1.25;

    /** Kinds whose value a rewrite may change; years, dates and ranges match only when equal. */
    private static final Set<Figure.Kind> CHANGEABLE = EnumSet.of(
            Figure.Kind.MONEY, Figure.Kind.PERCENT, Figure.Kind.QUANTITY, Figure.Kind.DURATION, Figure.Kind.NUMBER);

    static List<Row> match(List<Figure> as, List<Figure> bs) {
        List<Figure> a = new ArrayList<>(as), b = new ArrayList<>(bs);
        List<Row> out = new ArrayList<>();
        // 1. the same figure: kind, unit, subject and value (or text, when it has no value)
        for (Figure x : new ArrayList<>(a)) {
            for (Figure y : b) {
                boolean sameValue =
                        Double.compare(x.value(), y.value()) == 0 && Double.compare(x.high(), y.high()) == 0;
                if (sameFact(x, y)
                        && (sameValue && !Double.isNaN(x.value())
                                || Double.isNaN(x.value()) && x.text().equals(y.text()))) {
                    out.add(new Row(x.qualifier().equals(y.qualifier()) ? Status.SAME : Status.QUALIFIER, x, y));
                    a.remove(x);
                    b.remove(y);
                    break;
                }
            }
        }
        // 2. changed: the closest value of the same fact
        for (Figure x : new ArrayList<>(a)) {
            Figure best = null;
            double bestRatio = Double.MAX_VALUE;
            for (Figure y : b) {
                if (!sameFact(x, y)
                        || !CHANGEABLE.contains(x.kind())
                        || Double.isNaN(x.value())
                        || Double.isNaN(y.value())
                        || x.value() == 0
                        || y.value() == 0) continue;
                double r = Math.max(x.value(), y.value()) / Math.min(x.value(), y.value());
                if (r <= CHANGED && r < bestRatio) {
                    bestRatio = r;
                    best = y;
                }
            }
            if (best != null) {
                out.add(new Row(Status.CHANGED, x, best));
                a.remove(x);
                b.remove(best);
            }
        }
        for (Figure x : a) out.add(new Row(Status.ONLY_A, x, null));
        for (Figure y : b) out.add(new Row(Status.ONLY_B, null, y));
        out.sort(Comparator.comparingInt((Row r) -> r.a() != null ? r.a().start() : Integer.MAX_VALUE)
                .thenComparingInt(r -> r.b() != null ? r.b().start() : 0));
        return out;
    }

    private static boolean sameFact(Figure x, Figure y) {
        // a rate ("$5 a share") and a total ("$5 billion") are not one figure rewritten
        if (x.kind() != y.kind() || !Objects.equals(x.unit(), y.unit()) || !Objects.equals(x.per(), y.per()))
            return false;
        // what compare calls one fact (of whom, what, where and when), or, as a rewrite often keeps it, the same
        // subject word
        return Objects.equals(x.subject(), y.subject()) && !x.subject().isEmpty()
                || Reconcile.block(x) != null && Reconcile.compatible(x, y)
                || Reconcile.block(x) == null && Objects.equals(x.subject(), y.subject());
    }
}
