package org.corpex.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.corpex.figures.Figure;
import org.corpex.figures.Frame;
import org.corpex.index.Corpus;
import org.corpex.language.LanguageLexicon;
import org.corpex.language.Stems;

/**
 * Groups the figures of different documents that state one fact, and says whether the sources agree.
 *
 * <p>A fact is what is measured, of whom, where and when (each figure's {@link Frame}, read from its own clause). Two
 * figures are candidates for one fact only when they are the same kind of quantity (money in one currency, a
 * percentage, a count of one kind of thing) and nothing in their frames sets them apart: not two different entities,
 * places, groups, polls or measures, not two different times the texts give, and values no wording of one fact would
 * make so far apart. They are one fact when, beyond that, their clauses share enough of what makes a fact specific: the
 * entity, a place, a poll, the measure and the words around the figure, each weighed by how rare it is among the
 * figures compared (a shared "Podesta Group" says more than a shared "Clinton"). Facts are grown from the strongest
 * pairs first, and two groups join only when no two of their figures are set apart ({@link FactLinker}).
 *
 * <p>Within a fact, each figure stands for the values its wording allows ({@link Figure#allowed()}: "$41 billion" is
 * 40.5 to 41.5 billion, "more than 34 million" about 34 million): two sources that give one fact at one moment and
 * allow no common value conflict; figures of one fact at different moments that differ are the fact evolving, not a
 * conflict. A moment is the time the text gives, else the day the document was written; reports a couple of days apart
 * are one moment unless the measure moves from day to day (a delegate count, a poll average: moving.tsv), and a running
 * total ("so far") reported lower later than earlier is a conflict ({@link Moments}).
 */
public final class Reconcile {
    private Reconcile() {}

    public enum Status {
        CONFLICT("conflict"),
        EVOLVING("evolving"),
        SOFT("soft"),
        AGREE("agree"),
        ONE_SOURCE("one source");

        public final String label;

        Status(String label) {
            this.label = label;
        }

        /** As a cell shows it: the status travels in tables typed, for screens, and prints as its label. */
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One fact: its label, status, the figures that state it (one per document and value), and what it is: entity,
     * measure and scope (the parts its figures share).
     */
    public static final class Fact {
        private final String label, kind, entity, measure, scope;
        private final Status status;
        private final List<Figure> figures;
        private final int documents;
        /**
         * The rows compare's table made of it, kept with it: a fact of one figure lives as long as its corpus
         * (CompareCommand).
         */
        volatile List<List<Object>> rows;

        public Fact(
                String label,
                String kind,
                Status status,
                List<Figure> figures,
                int documents,
                String entity,
                String measure,
                String scope) {
            this.label = label;
            this.kind = kind;
            this.status = status;
            this.figures = figures;
            this.documents = documents;
            this.entity = entity;
            this.measure = measure;
            this.scope = scope;
        }

        public String label() {
            return label;
        }

        public String kind() {
            return kind;
        }

        public Status status() {
            return status;
        }

        public List<Figure> figures() {
            return figures;
        }

        public int documents() {
            return documents;
        }

        public String entity() {
            return entity;
        }

        public String measure() {
            return measure;
        }

        public String scope() {
            return scope;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Fact f
                    && label.equals(f.label)
                    && kind.equals(f.kind)
                    && status == f.status
                    && figures.equals(f.figures)
                    && documents == f.documents
                    && entity.equals(f.entity)
                    && measure.equals(f.measure)
                    && scope.equals(f.scope);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, kind, status, figures, documents, entity, measure, scope);
        }

        @Override
        public String toString() {
            return "Fact[" + label + ", " + status + ", " + figures.size() + " figures in " + documents + " documents]";
        }
    }

    /** What compare needs of a document beyond its figures: its source (outlet) and date. */
    public interface Documents {
        String source(int doc);

        String date(int doc);
    }

    /** Facts of figures whose documents are unknown (each document its own source, undated): tests and tools. */
    public static List<Fact> facts(List<Figure> all) {
        return facts(all, new Documents() {
            public String source(int doc) {
                return "#" + doc;
            }

            public String date(int doc) {
                return "";
            }
        });
    }

    private static final LanguageLexicon LL = LanguageLexicon.get();

    public static List<Fact> facts(List<Figure> all, Documents docs) {
        FactLinker.Dictionary dictionary = new FactLinker.Dictionary();
        List<FactLinker.Prepared> prepared = new ArrayList<>(all.size());
        for (Figure f : all) {
            if (!comparable(f)) continue;
            String src = docs.source(f.doc());
            prepared.add(new FactLinker.Prepared(f, src == null || src.isEmpty() ? "#" + f.doc() : src, dictionary));
        }
        return facts(blocks(prepared), prepared.size(), new FactLinker.Scratch(dictionary), null, docs);
    }

    /**
     * Facts of the selected documents of a corpus. Each figure is prepared for pairing once per corpus
     * ({@link Linkable}), as it is extracted once, so that a compare pays only for the pairing.
     */
    public static List<Fact> facts(Corpus corpus, BitSet selection) {
        Linkable linkable = Linkable.of(corpus);
        List<FactLinker.Prepared> prepared = linkable.prepared(corpus, selection);
        Linkable.Linked links = linkable.links(corpus, selection.cardinality());
        // by block: in value order as linked when they are, else in document order (group puts them in value order)
        Map<String, List<FactLinker.Prepared>> blocks = links != null ? links.select(selection) : blocks(prepared);
        FactLinker.Scratch scratch = linkable.scratch();
        try {
            return facts(blocks, prepared.size(), scratch, links, new Documents() {
                public String source(int doc) {
                    return corpus.get(doc).source();
                }

                public String date(int doc) {
                    return corpus.get(doc).date();
                }
            });
        } finally {
            linkable.done(scratch);
        }
    }

    /** Whether compare weighs a figure at all: it has a frame, a value, and is a kind of quantity facts are of. */
    static boolean comparable(Figure f) {
        return f.frame() != null && !f.frame().none() && !Double.isNaN(f.value()) && block(f) != null;
    }

    /** Figures by the kind of quantity they are (their block), in the order first met. */
    static Map<String, List<FactLinker.Prepared>> blocks(List<FactLinker.Prepared> prepared) {
        Map<String, List<FactLinker.Prepared>> blocks = new LinkedHashMap<>();
        for (FactLinker.Prepared p : prepared)
            blocks.computeIfAbsent(p.block, k -> new ArrayList<>()).add(p);
        return blocks;
    }

    private static List<Fact> facts(
            Map<String, List<FactLinker.Prepared>> blocks,
            int n,
            FactLinker.Scratch scratch,
            Linkable.Linked linked,
            Documents docs) {
        List<Fact> out = new ArrayList<>();
        List<FactLinker.Prepared> single = new ArrayList<>();
        for (Map.Entry<String, List<FactLinker.Prepared>> b : blocks.entrySet()) {
            for (List<FactLinker.Prepared> group : FactLinker.group(
                    b.getValue(),
                    n,
                    b.getKey().startsWith("quantity|"),
                    scratch,
                    linked == null ? null : linked.blocks().get(b.getKey()))) {
                if (group.size() == 1) single.add(group.get(0));
                else out.add(judge(group, docs));
            }
        }
        out.sort(Reconcile::order);
        // labels name facts in tables: make each one unique ("... #2")
        Map<String, Integer> seen = new HashMap<>();
        List<Fact> unique = new ArrayList<>(out.size() + single.size());
        for (Fact f : out) unique.add(numbered(f, seen.merge(f.label(), 1, Integer::sum)));
        // Most figures are facts of their own, and come last (one source, one document), in order of label: laid out
        // in that order for the whole corpus once it is linked, so that a compare only picks out its own
        if (linked != null) {
            linked.singles(single, seen, unique);
            return unique;
        }
        single.sort(Comparator.comparing((FactLinker.Prepared p) -> p.alone(), Reconcile::order));
        // the facts of one figure are in order of label: walk the labels above in that order beside them
        String[] above = seen.keySet().toArray(new String[0]);
        Arrays.sort(above);
        int at = 0, run = 0;
        String previous = null;
        for (FactLinker.Prepared p : single) {
            Fact f = p.alone();
            String label = f.label();
            run = label.equals(previous) ? run + 1 : 1;
            previous = label;
            while (at < above.length && above[at].compareTo(label) < 0) at++;
            int before = at < above.length && above[at].equals(label) ? seen.get(label) : 0;
            unique.add(p.alone(before + run));
        }
        return unique;
    }

    static Fact numbered(Fact f, int k) {
        return k == 1
                ? f
                : new Fact(
                        f.label() + " #" + k,
                        f.kind(),
                        f.status(),
                        f.figures(),
                        f.documents(),
                        f.entity(),
                        f.measure(),
                        f.scope());
    }

    /**
     * Conflicts first, then by status; within one, facts more documents state first, then by label, then where they are
     * first told.
     */
    static int order(Fact x, Fact y) {
        int c = Integer.compare(x.status().ordinal(), y.status().ordinal());
        if (c == 0) c = Integer.compare(y.documents(), x.documents());
        if (c == 0) c = x.label().compareTo(y.label());
        if (c == 0)
            c = Integer.compare(x.figures().get(0).doc(), y.figures().get(0).doc());
        return c != 0
                ? c
                : Integer.compare(x.figures().get(0).start(), y.figures().get(0).start());
    }

    /**
     * The kind of quantity a figure is: money in its currency (and rate), percent, points, a count of one noun, a unit.
     */
    static String block(Figure f) {
        return switch (f.kind()) {
            case MONEY -> "money|" + f.unit() + "|" + f.per();
            case PERCENT -> "percent|" + f.unit();
            case QUANTITY -> f.unit().endsWith(" old") ? null : "quantity|" + counted(f.unit()) + "|" + f.per();
            case DURATION -> "duration|" + f.unit();
            default -> null;
        };
    }

    /** A counted noun's class: people by any name ("participants", "voters", "Democrats") are people. */
    private static String counted(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        String last = u.substring(u.lastIndexOf(' ') + 1);
        if (LL.people.contains(last) || LL.groups.containsKey(last)) return "people";
        return Stems.of(last);
    }

    /**
     * Whether two figures of two documents may state one fact: the same kind of quantity, and nothing in their frames
     * sets them apart but their values. diff --figures matches a rewrite's figures by this.
     */
    static boolean compatible(Figure a, Figure b) {
        String ba = block(a), bb = block(b);
        if (ba == null || !ba.equals(bb)) return false;
        if (a.frame().none() || b.frame().none())
            return a.frame().none() && b.frame().none() && a.subject().equals(b.subject());
        FactLinker.Dictionary d = new FactLinker.Dictionary();
        String why = FactLinker.apart(new FactLinker.Prepared(a, "a", d), new FactLinker.Prepared(b, "b", d));
        return why == null || why.equals("value") || why.equals("document");
    }

    // ---------------------------------------------------------------- judging

    private static Fact judge(List<FactLinker.Prepared> group, Documents docs) {
        if (group.size() == 1) return group.get(0).alone(); // most figures are a fact of their own: no pairs to judge
        List<FactLinker.Prepared> perDoc = onePerDocAndValue(group);
        List<Figure> figures = new ArrayList<>();
        for (FactLinker.Prepared it : perDoc) figures.add(it.f);
        long sources = perDoc.stream().map(it -> it.source).distinct().count();
        long documents = perDoc.stream().map(it -> it.doc).distinct().count();
        Status s;
        if (sources < 2) s = Status.ONE_SOURCE;
        else if (conflict(perDoc)) s = Status.CONFLICT;
        else if (evolving(perDoc)) s = Status.EVOLVING;
        else {
            long values =
                    perDoc.stream().mapToDouble(it -> it.f.value()).distinct().count();
            long qualifiers =
                    perDoc.stream().map(it -> it.f.qualifier()).distinct().count();
            s = values > 1 || qualifiers > 1 ? Status.SOFT : Status.AGREE;
        }
        if (s == Status.EVOLVING)
            figures.sort(Comparator.comparing((Figure f) -> docs.date(f.doc())).thenComparingInt(Figure::doc));
        String entity = common(perDoc, it -> it.fr.entityName().isEmpty() ? null : it.fr.entityName());
        String measure = measureOf(perDoc);
        String scope = common(perDoc, it -> it.fr.scope().isEmpty() ? null : String.join(", ", it.fr.scope()));
        Figure first = perDoc.get(0).f;
        String label = label(first, entity, measure, scope, perDoc);
        return new Fact(label, first.kind().label(), s, figures, (int) documents, entity, measure, scope);
    }

    /** A figure as a fact of its own. */
    static Fact alone(FactLinker.Prepared only) {
        String scope = only.fr.scope().isEmpty() ? "" : String.join(", ", only.fr.scope());
        String measure = String.join(", ", only.fr.measures());
        return new Fact(
                label(only.f, only.fr.entityName(), measure, scope, List.of(only)),
                only.f.kind().label(),
                Status.ONE_SOURCE,
                List.of(only.f),
                1,
                only.fr.entityName(),
                measure,
                scope);
    }

    private static boolean oneMoment(FactLinker.Prepared a, FactLinker.Prepared b) {
        return Moments.oneMoment(
                a.fr.when(), b.fr.when(), FactLinker.samePoll(a.pollWords, b.pollWords), a.moving || b.moving);
    }

    private static boolean overlap(double[] x, double[] y) {
        return x[0] < y[1]
                && y[0] < x[1]; // some value both allow; touching ends ("$40 billion", "$41 billion") allow none
    }

    /**
     * Whether two sources give this fact at one moment with values no wording allows together (or a running total
     * shrank).
     */
    private static boolean conflict(List<FactLinker.Prepared> items) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                FactLinker.Prepared a = items.get(i), b = items.get(j);
                if (a.source.equals(b.source) || overlap(a.allowed, b.allowed)) continue;
                if (oneMoment(a, b)) return true;
                // a lead or a share is no running total: only amounts and counts shrink in contradiction
                if ((a.f.kind() == Figure.Kind.MONEY || a.f.kind() == Figure.Kind.QUANTITY)
                        && Moments.shrinking(a.fr.when(), a.allowed, b.fr.when(), b.allowed)) return true;
            }
        }
        return false;
    }

    /** Whether the fact's figures differ across moments (and so tell how it moved). */
    private static boolean evolving(List<FactLinker.Prepared> items) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                FactLinker.Prepared a = items.get(i), b = items.get(j);
                if (!overlap(a.allowed, b.allowed) && !oneMoment(a, b)) return true;
            }
        }
        return false;
    }

    /** The first mention of each distinct value (and qualifier) per document. */
    private static List<FactLinker.Prepared> onePerDocAndValue(List<FactLinker.Prepared> c) {
        Map<String, FactLinker.Prepared> first = new LinkedHashMap<>();
        List<FactLinker.Prepared> byDoc = new ArrayList<>(c);
        byDoc.sort(Comparator.comparingInt((FactLinker.Prepared it) -> it.doc).thenComparingInt(it -> it.f.start()));
        for (FactLinker.Prepared it : byDoc) {
            Figure f = it.f;
            first.putIfAbsent(f.doc() + "|" + f.value() + "|" + f.high() + "|" + f.qualifier() + "|" + f.kind(), it);
        }
        return new ArrayList<>(first.values());
    }

    /** The value most of the items give (by count, then first), or "". */
    private static String common(List<FactLinker.Prepared> items, Function<FactLinker.Prepared, String> of) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FactLinker.Prepared it : items) {
            String v = of.apply(it);
            if (v != null) counts.merge(v, 1, Integer::sum);
        }
        String best = "";
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet())
            if (e.getValue() > n) {
                n = e.getValue();
                best = e.getKey();
            }
        return best;
    }

    /** The fact's measure: the measure classes its figures share, else the most common, else the counted noun. */
    private static String measureOf(List<FactLinker.Prepared> items) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FactLinker.Prepared it : items) for (String m : it.fr.measures()) counts.merge(m, 1, Integer::sum);
        List<String> shared = new ArrayList<>();
        int max = 0;
        for (int c : counts.values()) max = Math.max(max, c);
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() == max) shared.add(e.getKey());
        return String.join(", ", shared);
    }

    private static String label(
            Figure f, String entity, String measure, String scope, List<FactLinker.Prepared> items) {
        String what = switch (f.kind()) {
            case MONEY -> f.unit() + (f.per().isEmpty() ? "" : " per " + f.per());
            case PERCENT -> f.unit().equals("pp") ? "points" : "%";
            default -> f.unit();
        };
        StringBuilder s = new StringBuilder();
        s.append(entity.isEmpty() ? "?" : entity).append(": ");
        if (!measure.isEmpty()) s.append(measure).append(' ');
        s.append('[').append(what).append(']');
        if (!scope.isEmpty()) s.append(" in ").append(scope);
        String time = items.size() == 1
                ? (f.frame().when().explicit() ? f.frame().when().label() : "")
                : common(items, it -> it.fr.when().explicit() ? it.fr.when().label() : null);
        long told = items.size() == 1
                ? 1
                : items.stream()
                        .filter(it ->
                                it.fr.when().explicit() && it.fr.when().label().equals(time))
                        .count();
        if (!time.isEmpty() && told * 2 >= items.size())
            s.append(" (").append(time).append(')');
        return s.toString();
    }

    /** The time of a figure as shown in a table: the time its text gives, else the day its document was written. */
    public static String time(Figure f) {
        return f.frame().when().label();
    }
}
