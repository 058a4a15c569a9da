package org.corpex.compare;

import org.corpex.figures.Figure;
import org.corpex.figures.Frame;
import org.corpex.language.LanguageLexicon;
import org.corpex.language.Stems;
import org.corpex.language.When;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Groups the figures of different documents that state one fact, and says whether the sources
 * agree.
 *
 * <p>A fact is what is measured, of whom, where and when (each figure's {@link Frame}, read from
 * its own clause). Two figures are candidates for one fact only when they are the same kind of
 * quantity (money in one currency, a percentage, a count of one kind of thing) and nothing in their
 * frames sets them apart: not two different entities, places, groups, polls or measures, not two
 * different times the texts give, and values no wording of one fact would make so far apart. They
 * are one fact when, beyond that, their clauses share enough of what makes a fact specific: the
 * entity, a place, a poll, the measure and the words around the figure, each weighed by how rare it
 * is among the figures compared (a shared "Podesta Group" says more than a shared "Clinton"). Facts
 * are grown from the strongest pairs first, and two groups join only when no two of their figures
 * are set apart.
 *
 * <p>Within a fact, each figure stands for the values its wording allows ({@link Figure#allowed()}:
 * "$53 billion" is 52.5 to 53.5 billion, "more than 34 million" about 34 million): two sources that
 * give one fact at one moment and allow no common value conflict; figures of one fact at different
 * moments that differ are the fact evolving, not a conflict. A moment is the time the text gives,
 * else the day the document was written; reports a couple of days apart are one moment unless the
 * measure moves from day to day (a delegate count, a poll average: moving.tsv), and a running total
 * ("so far") reported lower later than earlier is a conflict whatever the days between.
 */
public final class Reconcile {
    private Reconcile() {}

    /** Values further apart than this ratio are never one fact told differently. */
    public static final double SAME_CLAIM = 2.5;
    /** Percentages further apart than this many points are never one fact. */
    static final double SAME_CLAIM_POINTS = 15;
    /** How strong the shared evidence of two figures must be to make them one fact. */
    static final double THRESHOLD = 6.0;
    /** Fewer figures than this are weighed as if there were this many (see {@link #group}). */
    static final int FEW = 50;
    /** What one value given by two documents adds to their evidence of one fact. */
    static final double SAME_VALUE = 3.0;
    /** A count this small is a fact only with a measure of its own ("three people were killed", not "two candidates"). */
    static final double SMALL = 10;
    /** A counted noun this rare (the log of how many figures there are to one of its block) says by itself what is measured. */
    static final double RARE = 5.0;
    /** Reports of a figure as of their documents' dates this many days apart or more are never one fact. */
    static final int AS_OF_WINDOW = 14;
    /** The same for a measure that does not move from day to day (a plan announced, a total filed): three weeks. */
    static final int STEADY_WINDOW = 21;
    /** Reports this many days apart or fewer are of one moment, for a measure that does not move from day to day. */
    static final int SAME_MOMENT_DAYS = 7;

    public enum Status {
        CONFLICT("conflict"), EVOLVING("evolving"), SOFT("soft"), CONSISTENT("consistent"), AGREE("agree"), ONE_SOURCE("one source");

        public final String label;

        Status(String label) { this.label = label; }
    }

    /**
     * One fact: its label, status, the figures that state it (one per document and value), and
     * what it is: entity, measure and scope (the parts its figures share).
     */
    public record Fact(String label, String kind, Status status, List<Figure> figures, int documents,
                       String entity, String measure, String scope) {}

    /** What compare needs of a document beyond its figures: its source (outlet) and date. */
    public interface Documents {
        String source(int doc);

        String date(int doc);
    }

    /** Facts of figures whose documents are unknown (each document its own source, undated): tests and tools. */
    public static List<Fact> facts(List<Figure> all) {
        return facts(all, new Documents() {
            public String source(int doc) { return "#" + doc; }

            public String date(int doc) { return ""; }
        });
    }

    private static final LanguageLexicon LL = LanguageLexicon.get();

    /** A figure being reconciled: its block (kind of quantity) and its source. */
    private record Item(int index, Figure f, Frame fr, String block, String source) {}

    public static List<Fact> facts(List<Figure> all, Documents docs) {
        Map<String, List<Item>> blocks = new LinkedHashMap<>();
        int n = 0;
        for (Figure f : all) {
            if (f.frame() == null || f.frame().none() || Double.isNaN(f.value())) continue;
            String block = block(f);
            if (block == null) continue;
            String src = docs.source(f.doc());
            Item it = new Item(n++, f, f.frame(), block, src == null || src.isEmpty() ? "#" + f.doc() : src);
            blocks.computeIfAbsent(block, k -> new ArrayList<>()).add(it);
        }
        List<Fact> out = new ArrayList<>();
        for (List<Item> block : blocks.values()) {
            for (List<Item> group : group(block, n)) out.add(judge(group, docs));
        }
        out.sort(Comparator.comparing((Fact f) -> f.status()).thenComparing(f -> -f.documents()).thenComparing(Fact::label));
        // labels name facts in tables: make each one unique
        Map<String, Integer> seen = new HashMap<>();
        List<Fact> unique = new ArrayList<>(out.size());
        for (Fact f : out) {
            int k = seen.merge(f.label(), 1, Integer::sum);
            unique.add(k == 1 ? f : new Fact(f.label() + " #" + k, f.kind(), f.status(), f.figures(), f.documents(), f.entity(), f.measure(), f.scope()));
        }
        return unique;
    }

    /** The kind of quantity a figure is: money in its currency (and rate), percent, points, a count of one noun, a unit. */
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
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        String last = u.substring(u.lastIndexOf(' ') + 1);
        if (PEOPLE.contains(last) || LL.groups.containsKey(last)) return "people";
        return Stems.of(last);
    }

    private static final Set<String> PEOPLE = loadPeople();

    private static Set<String> loadPeople() {
        Set<String> s = new HashSet<>();
        try (java.io.InputStream in = LanguageLexicon.class.getResourceAsStream("people.tsv")) {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank() && !line.startsWith("#")) s.add(line.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource people.tsv", e);
        }
        return Set.copyOf(s);
    }

    // ---------------------------------------------------------------- grouping

    /** Weight of a shared anchor, by its type. */
    private static double weight(String anchor) {
        return switch (anchor.charAt(0)) {
            case 'e' -> 1.0;
            case 'p' -> 1.2;
            case 'q' -> 0.5;
            case 'd' -> 0.5;
            case 'g' -> 0.6;
            case 'o' -> 1.2;
            case 'm' -> 0.8;
            case 'w' -> 0.6;
            default -> 0.3;
        };
    }

    /**
     * Grows the facts of one block. A count of a rare thing ("superdelegates", "lawsuits") says
     * what is measured by itself, and the rarer the thing, the more two counts of it on one day say
     * they are one: the block's rarity among all figures adds to every pair's evidence.
     */
    private static List<List<Item>> group(List<Item> items, int all) {
        int n = items.size();
        boolean quantity = items.get(0).block().startsWith("quantity|");
        double rarity = Math.log((all + 1.0) / n);
        boolean counted = quantity && rarity >= RARE;
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) for (String a : items.get(i).fr().anchors()) postings.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
        Map<String, Double> idf = new HashMap<>();
        // how rare each anchor is among the figures compared; a handful of figures is weighed as if among fifty, so that
        // two of three figures sharing "flood" and "displaced" say as much as two of fifty would
        for (Map.Entry<String, List<Integer>> e : postings.entrySet()) idf.put(e.getKey(), Math.log((Math.max(n, FEW) + 1.0) / e.getValue().size()));
        // candidate pairs: sharing an anchor that is not everywhere (entities, places, polls, words)
        int cap = Math.max(50, n / 10);
        Set<Long> tried = new HashSet<>();
        List<double[]> edges = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
            char type = e.getKey().charAt(0);
            if (type == 'm' || e.getValue().size() > cap || e.getValue().size() < 2) continue;
            List<Integer> p = e.getValue();
            for (int x = 0; x < p.size(); x++) {
                for (int y = x + 1; y < p.size(); y++) {
                    int i = p.get(x), j = p.get(y);
                    if (!tried.add((long) i * n + j)) continue;
                    Item a = items.get(i), b = items.get(j);
                    if (a.f().doc() == b.f().doc() || apart(a, b) != null) continue;
                    double s = score(a, b, idf, counted, counted ? rarity : 0);
                    if (s >= THRESHOLD) edges.add(new double[] {s, i, j});
                }
            }
        }
        edges.sort((u, v) -> Double.compare(v[0], u[0]));
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) { parent[i] = i; List<Integer> m = new ArrayList<>(); m.add(i); members.add(m); }
        for (double[] e : edges) {
            int a = find(parent, (int) e[1]), b = find(parent, (int) e[2]);
            if (a == b) continue;
            boolean ok = true;
            for (int x : members.get(a)) {
                for (int y : members.get(b)) {
                    if (apart(items.get(x), items.get(y)) != null) { ok = false; break; }
                }
                if (!ok) break;
            }
            if (!ok) continue;
            parent[b] = a;
            members.get(a).addAll(members.get(b));
            members.set(b, null);
        }
        List<List<Item>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] != i) continue;
            List<Item> g = new ArrayList<>();
            for (int k : members.get(i)) g.add(items.get(k));
            groups.add(g);
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) { parent[i] = parent[parent[i]]; i = parent[i]; }
        return i;
    }

    private static double score(Item a, Item b, Map<String, Double> idf, boolean counted, double rarity) {
        double s = rarity;
        boolean whom = false, what = counted;
        List<String> x = a.fr().anchors(), y = b.fr().anchors();
        int i = 0, j = 0;
        while (i < x.size() && j < y.size()) {
            int c = x.get(i).compareTo(y.get(j));
            if (c < 0) i++;
            else if (c > 0) j++;
            else {
                String an = x.get(i);
                s += weight(an) * idf.getOrDefault(an, 0.0);
                char t = an.charAt(0);
                if (t == 'e' || t == 'p' || t == 'o' || t == 'q' || t == 'd') whom = true;
                if (t == 'm' || t == 'w') what = true;
                i++;
                j++;
            }
        }
        // a duration, or a small count, is a fact only with a measure of its own ("held the floor for nine hours")
        if ((a.f().kind() == Figure.Kind.DURATION || a.f().kind() == Figure.Kind.QUANTITY && Math.min(a.f().value(), b.f().value()) < SMALL)
                && !sharedMeasure(a.fr(), b.fr())) return 0;
        // a percentage outside a poll (a result, a rate) says what it is by its measure
        if (a.f().kind() == Figure.Kind.PERCENT && (a.fr().poll().isEmpty() || b.fr().poll().isEmpty()) && !sharedMeasure(a.fr(), b.fr())
                && !samePoll(pollWords(a.fr()), pollWords(b.fr()))) return 0;
        // whom and what, each named: one entity and one measure make one fact however else the clauses differ
        String h1 = a.fr().entity(), h2 = b.fr().entity();
        boolean core = !h1.isEmpty() && !h2.isEmpty() && sameEntity(h1, h2) && sharedMeasure(a.fr(), b.fr());
        String ha = a.fr().entity(), hb = b.fr().entity();
        if (!ha.isEmpty() && !hb.isEmpty() && sameEntity(ha, hb)) { s += 1.5 * idf.getOrDefault("e:" + (ha.length() < hb.length() ? ha : hb), 0.0); whom = true; }
        if (a.fr().when().explicit() && b.fr().when().explicit()) s += 1.0;   // one time, which apart() checked
        if (core) s = Math.max(s, THRESHOLD);
        // the same value, to the digit, of the same kind of quantity is itself evidence of one fact told twice
        if (a.f().value() == b.f().value() && a.f().value() >= SMALL) { s += SAME_VALUE; what = true; }
        return whom && what ? s : 0;
    }

    /**
     * Whether two figures of two documents may state one fact: the same kind of quantity, and
     * nothing in their frames sets them apart (see {@link #apart}). diff --figures matches a
     * rewrite's figures by this.
     */
    static boolean compatible(Figure a, Figure b) {
        String ba = block(a), bb = block(b);
        if (ba == null || !ba.equals(bb)) return false;
        if (a.frame().none() || b.frame().none()) return a.frame().none() && b.frame().none() && a.subject().equals(b.subject());
        Item x = new Item(0, a, a.frame(), ba, "a"), y = new Item(1, b, b.frame(), bb, "b");
        String why = apart(x, y);
        return why == null || why.equals("value");
    }

    /**
     * Why two figures cannot state one fact, or null: different entities, places, polls,
     * measures or times the texts give, or values too far apart for one fact.
     */
    static String apart(Item a, Item b) {
        Frame x = a.fr(), y = b.fr();
        // a source does not contradict itself: two values in one document are two facts
        if (a.f().doc() == b.f().doc()) return a.f().value() == b.f().value() ? null : "document";
        // two different entities, unless each sentence names both (then which one is whom is a reading, not the text)
        if (!x.entity().isEmpty() && !y.entity().isEmpty() && !sameEntity(x.entity(), y.entity())
                && !(y.anchors().contains("e:" + x.entity()) && x.anchors().contains("e:" + y.entity()))) return "entity";
        if (disjoint(places(x), places(y))) return "place";
        if (!x.poll().isEmpty() && !y.poll().isEmpty() && !samePoll(x.poll(), y.poll())) return "poll";
        if (a.f().kind() == Figure.Kind.PERCENT) {
            // a share in a poll is a fact of that poll: another figure is the same only when it is of that poll too
            if (!x.poll().isEmpty() && !samePoll(x.poll(), pollWords(y)) || !y.poll().isEmpty() && !samePoll(y.poll(), pollWords(x))) return "poll";
        }
        if (!x.measures().isEmpty() && !y.measures().isEmpty() && disjoint(x.measures(), y.measures())) return "measure";
        if (!sameTimeAllowed(x.when(), y.when(), moving(a) || moving(b) ? AS_OF_WINDOW : STEADY_WINDOW)) return "time";
        double va = a.f().value(), vb = b.f().value();
        if (a.f().kind() == Figure.Kind.PERCENT) {
            if (Math.abs(va - vb) > SAME_CLAIM_POINTS) return "value";
        }
        if (va <= 0 || vb <= 0 ? va != vb : Math.max(va, vb) / Math.min(va, vb) > SAME_CLAIM) return "value";
        return null;
    }

    /** One entity under two keys: equal, or one the other's first words ("alibaba" and "alibaba group"). */
    static boolean sameEntity(String a, String b) {
        if (a.equals(b)) return true;
        String s = a.length() < b.length() ? a : b, l = a.length() < b.length() ? b : a;
        return l.startsWith(s + " ");
    }

    private static boolean sharedMeasure(Frame x, Frame y) {
        for (String m : x.measures()) if (y.measures().contains(m)) return true;
        return false;
    }

    private static List<String> places(Frame f) {
        List<String> p = new ArrayList<>();
        for (String a : f.anchors()) if (a.startsWith("p:")) p.add(a);
        return p;
    }

    private static boolean disjoint(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        for (String s : a) if (b.contains(s)) return false;
        return true;
    }

    /** The words of the poll a figure names or follows, or "". */
    private static String pollWords(Frame f) {
        StringBuilder s = new StringBuilder();
        for (String a : f.anchors()) if (a.startsWith("o:")) { if (s.length() > 0) s.append(' '); s.append(a, 2, a.length()); }
        return s.toString();
    }

    /** Two polls are one when the words of their makers' names mostly agree ("Washington Post-ABC News" and "The Washington Post and ABC News"). */
    private static boolean samePoll(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<String> x = Set.of(a.split(" ")), y = Set.of(b.split(" "));
        int common = 0;
        for (String w : x) if (y.contains(w)) common++;
        return common * 2 >= Math.min(x.size(), y.size()) && common > 0;
    }

    /** Whether two times may be one: explicit times that overlap mostly, or as-of dates within the window. */
    private static boolean sameTimeAllowed(When a, When b, int window) {
        if (a.kind() == When.Kind.UNKNOWN || b.kind() == When.Kind.UNKNOWN) return true;
        if (a.explicit() && b.explicit()) return sameExplicit(a, b) || a.cumulative() && b.cumulative();
        if (a.explicit() || b.explicit()) {
            When e = a.explicit() ? a : b, o = a.explicit() ? b : a;
            // a period's amount is not a running total to date
            if (o.cumulative() && !e.cumulative() && e.kind() == When.Kind.PERIOD) return false;
            return reportsOn(o, e);
        }
        // a document dated by its year or month only: another year or month is another time
        if (a.days() > 1 || b.days() > 1) return a.gap(b) == 0 && a.sameTime(b);
        return a.gap(b) < window;
    }

    /** Two times the texts give are one: the same day, a day inside the same week ("released Tuesday", "this week"), or periods that mostly overlap. */
    private static boolean sameExplicit(When a, When b) {
        if (a.kind() == When.Kind.DAY && b.kind() == When.Kind.DAY) return a.from().equals(b.from());
        if (a.kind() != b.kind()) {
            When day = a.kind() == When.Kind.DAY ? a : b, period = a.kind() == When.Kind.DAY ? b : a;
            return period.days() <= 7 && !day.from().isBefore(period.from()) && !day.from().isAfter(period.to());
        }
        return a.sameTime(b);
    }

    /**
     * Whether a report that names no time (as of its date) can be of the time another names: a day
     * or a week it was written in or soon after; a longer period (a month, a quarter, a year) only
     * once it had ended, as a total for January cannot be told on the fourth of January.
     */
    private static boolean reportsOn(When asOf, When period) {
        if (asOf.to().isBefore(period.from())) return false;
        if (asOf.from().isAfter(period.to().plusDays(AS_OF_WINDOW))) return false;
        if (period.cumulative() || period.days() <= 7) return true;
        // a span of years (a plan "for 2025-2028", a record "over three decades") is told of while it runs
        if (period.days() > 366) return true;
        return !asOf.to().isBefore(period.to().minusDays(3));
    }

    // ---------------------------------------------------------------- judging

    private static Fact judge(List<Item> group, Documents docs) {
        List<Item> perDoc = onePerDocAndValue(group);
        List<Figure> figures = new ArrayList<>();
        for (Item it : perDoc) figures.add(it.f());
        long sources = perDoc.stream().map(Item::source).distinct().count();
        long documents = perDoc.stream().map(it -> it.f().doc()).distinct().count();
        Status s;
        if (sources < 2) s = Status.ONE_SOURCE;
        else if (conflict(perDoc, docs)) s = Status.CONFLICT;
        else if (evolving(perDoc, docs)) s = Status.EVOLVING;
        else {
            long values = perDoc.stream().mapToDouble(it -> it.f().value()).distinct().count();
            long qualifiers = perDoc.stream().map(it -> it.f().qualifier()).distinct().count();
            s = values > 1 || qualifiers > 1 ? Status.SOFT : Status.AGREE;
        }
        if (s == Status.EVOLVING) figures.sort(Comparator.comparing((Figure f) -> docs.date(f.doc())).thenComparingInt(Figure::doc));
        String entity = common(perDoc, it -> it.fr().entityName().isEmpty() ? null : it.fr().entityName());
        String measure = measureOf(perDoc);
        String scope = common(perDoc, it -> it.fr().scope().isEmpty() ? null : String.join(", ", it.fr().scope()));
        Figure first = perDoc.get(0).f();
        String label = label(first, entity, measure, scope, perDoc);
        return new Fact(label, first.kind().label(), s, figures, (int) documents, entity, measure, scope);
    }

    /** Whether two sources give this fact at one moment with values no wording allows together. */
    private static boolean conflict(List<Item> items, Documents docs) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i), b = items.get(j);
                if (a.source().equals(b.source())) continue;
                double[] x = a.f().allowed(), y = b.f().allowed();
                if (x[0] < y[1] && y[0] < x[1]) continue;   // some value both allow
                if (oneMoment(a, b) || shrinkingTotal(a, b)) return true;
            }
        }
        return false;
    }

    /** Whether the fact's figures differ across moments (and so tell how it moved). */
    private static boolean evolving(List<Item> items, Documents docs) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i), b = items.get(j);
                double[] x = a.f().allowed(), y = b.f().allowed();
                if (!(x[0] < y[1] && y[0] < x[1]) && !oneMoment(a, b)) return true;
            }
        }
        return false;
    }

    /**
     * Whether two reports are of one moment: the same time the texts give, the same poll, the same
     * day, or days a couple apart for a measure that does not move from day to day.
     */
    static boolean oneMoment(Item a, Item b) {
        When x = a.fr().when(), y = b.fr().when();
        if (x.kind() == When.Kind.UNKNOWN || y.kind() == When.Kind.UNKNOWN) return true;
        // one poll is one moment, whenever each outlet reported it
        if (samePoll(pollWords(a.fr()), pollWords(b.fr()))) return true;
        if (x.explicit() && y.explicit()) return sameExplicit(x, y);
        if (x.explicit() != y.explicit()) {
            When e = x.explicit() ? x : y, o = x.explicit() ? y : x;
            if (e.kind() == When.Kind.DAY) {
                // a report a day or two after the day another names is of that day ("Saturday's convention", written on Sunday)
                return !o.from().isBefore(e.from()) && ChronoUnit.DAYS.between(e.from(), o.from()) <= (moving(a) || moving(b) ? 2 : SAME_MOMENT_DAYS);
            }
            if (!e.cumulative()) return reportsOn(o, e);   // a period, and a report that says no time
            // "since June" against "as of": both running totals, one moment if written about the same day
            return Math.abs(ChronoUnit.DAYS.between(e.to(), o.from())) <= (moving(a) || moving(b) ? 0 : SAME_MOMENT_DAYS);
        }
        long gap = x.gap(y);
        if (x.days() > 1 || y.days() > 1) return gap == 0 && x.sameTime(y);
        if (gap == 0) return true;
        return !moving(a) && !moving(b) && gap <= SAME_MOMENT_DAYS;
    }

    /** A running total ("so far", "to date") reported lower by a later document than by an earlier one. */
    private static boolean shrinkingTotal(Item a, Item b) {
        if (a.f().kind() != Figure.Kind.MONEY && a.f().kind() != Figure.Kind.QUANTITY) return false;   // a lead or a share is no running total
        When x = a.fr().when(), y = b.fr().when();
        if (!x.cumulative() && !y.cumulative() || x.to() == null || y.to() == null) return false;
        if (x.to().equals(y.to())) return false;
        Item earlier = x.to().isBefore(y.to()) ? a : b, later = earlier == a ? b : a;
        if (Math.abs(ChronoUnit.DAYS.between(x.to(), y.to())) > AS_OF_WINDOW) return false;
        return later.f().allowed()[1] < earlier.f().allowed()[0];
    }

    /** Whether a figure's measure moves from day to day (its classes or counted noun in moving.tsv). */
    private static boolean moving(Item it) {
        for (String m : it.fr().measures()) if (LL.moving.contains(m)) return true;
        String unit = it.f().unit().toLowerCase(java.util.Locale.ROOT);
        return it.f().kind() == Figure.Kind.QUANTITY && MOVING_STEMS.contains(Stems.of(unit.substring(unit.lastIndexOf(' ') + 1)));
    }

    private static final Set<String> MOVING_STEMS = movingStems();

    private static Set<String> movingStems() {
        Set<String> s = new HashSet<>();
        for (String w : LL.moving) s.add(Stems.of(w));
        return Set.copyOf(s);
    }

    /** The first mention of each distinct value (and qualifier) per document. */
    private static List<Item> onePerDocAndValue(List<Item> c) {
        Map<String, Item> first = new LinkedHashMap<>();
        List<Item> byDoc = new ArrayList<>(c);
        byDoc.sort(Comparator.comparingInt((Item it) -> it.f().doc()).thenComparingInt(it -> it.f().start()));
        for (Item it : byDoc) {
            Figure f = it.f();
            first.putIfAbsent(f.doc() + "|" + f.value() + "|" + f.high() + "|" + f.qualifier() + "|" + f.kind(), it);
        }
        return new ArrayList<>(first.values());
    }

    /** The value most of the items give (by count, then first), or "". */
    private static String common(List<Item> items, java.util.function.Function<Item, String> of) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Item it : items) {
            String v = of.apply(it);
            if (v != null) counts.merge(v, 1, Integer::sum);
        }
        String best = "";
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() > n) { n = e.getValue(); best = e.getKey(); }
        return best;
    }

    /** The fact's measure: the measure classes its figures share, else the most common, else the counted noun. */
    private static String measureOf(List<Item> items) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Item it : items) for (String m : it.fr().measures()) counts.merge(m, 1, Integer::sum);
        List<String> shared = new ArrayList<>();
        int max = 0;
        for (int c : counts.values()) max = Math.max(max, c);
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() == max) shared.add(e.getKey());
        return String.join(", ", shared);
    }

    private static String label(Figure f, String entity, String measure, String scope, List<Item> items) {
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
        String time = common(items, it -> it.fr().when().explicit() ? it.fr().when().label() : null);
        long told = items.stream().filter(it -> it.fr().when().explicit() && it.fr().when().label().equals(time)).count();
        if (!time.isEmpty() && told * 2 >= items.size()) s.append(" (").append(time).append(')');
        return s.toString();
    }

    static boolean same(Figure a, Figure b) {
        return Objects.equals(a.unit(), b.unit()) && a.value() == b.value();
    }

    /** The time of a figure as shown in a table: the time its text gives, else the day its document was written. */
    public static String time(Figure f) {
        return f.frame().when().label();
    }

    static LocalDate day(String date) {
        try {
            return date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
