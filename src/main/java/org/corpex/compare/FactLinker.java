package org.corpex.compare;

import org.corpex.figures.Figure;
import org.corpex.figures.Frame;
import org.corpex.language.LanguageLexicon;
import org.corpex.language.Stems;
import org.corpex.language.When;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which figures of one block (one kind of quantity) state one fact.
 *
 * <p>Two figures are candidates when nothing in their frames sets them apart ({@link #apart}:
 * different entities, places, polls, measures, times the texts give, values too far apart, or two
 * values of one document). They are one fact when, beyond that, their clauses share enough of what
 * makes a fact specific ({@link #score}): whom (the entity, other names, a place, a poll, the
 * article's subject) and what (the measure, the words around the figure), each weighed by how rare
 * it is among the figures compared. Facts are grown from the strongest pairs first, and two groups
 * join only when no two of their figures are set apart, so a chain of look-alikes never joins two
 * facts.
 *
 * <p>Everything a pair needs is prepared once per figure as small integer arrays (anchors interned
 * to ids, measure classes as bits), so that the pairs tried, which grow with the corpus, cost a few
 * comparisons each.
 */
final class FactLinker {
    private FactLinker() {}

    /** Values further apart than this ratio are never one fact told differently. */
    static final double SAME_CLAIM = 2.5;
    /** Percentages further apart than this many points are never one fact. */
    static final double SAME_CLAIM_POINTS = 15;
    /** How strong the shared evidence of two figures must be to make them one fact. */
    static final double THRESHOLD = 6.0;
    /** A count this small is a fact only with a measure of its own ("three people were killed", not "two candidates"). */
    static final double SMALL = 10;
    /** A counted noun this rare (the log of how many figures there are to one of its block) says by itself what is measured. */
    static final double RARE = 5.0;
    /** What one value given by two documents adds to their evidence of one fact. */
    static final double SAME_VALUE = 3.0;
    /** A key shared by more figures than this is not used to find pairs (see {@link #group}). */
    static final int CAP = 400;
    /** Fewer figures than this are weighed as if there were this many. */
    static final int FEW = 50;

    private static final LanguageLexicon LL = LanguageLexicon.get();
    /** Every measure class of the lexicon, by the bit that stands for it. */
    private static final Map<String, Integer> CLASSES = classes();
    private static final Set<String> MOVING_STEMS = movingStems();

    private static Map<String, Integer> classes() {
        Map<String, Integer> m = new HashMap<>();
        for (List<String> cs : LL.measures.values()) for (String c : cs) m.putIfAbsent(c, m.size());
        return Map.copyOf(m);
    }

    private static Set<String> movingStems() {
        Set<String> s = new HashSet<>();
        for (String w : LL.moving) s.add(Stems.of(w));
        return Set.copyOf(s);
    }

    /** Anchors and other words interned to small ids for one reconciliation, with each id's type. */
    static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private char[] types = new char[1024];

        int id(String s) {
            Integer id = ids.get(s);
            if (id != null) return id;
            int n = ids.size();
            ids.put(s, n);
            if (n == types.length) types = Arrays.copyOf(types, n * 2);
            types[n] = s.charAt(0);
            return n;
        }

        char type(int id) { return types[id]; }

        int size() { return ids.size(); }
    }

    /** A figure prepared for pairing: its frame as ids and bits, its values and what moves it. */
    static final class Prepared {
        final Figure f;
        final Frame fr;
        final String source;
        final int doc;
        final int[] anchors;      // sorted ids
        final int[] entities;     // sorted ids of e: anchors
        final int[] places;       // sorted ids of p: anchors (places of the figure's own clause)
        final int[] pollWords;    // sorted ids of o: anchors (the poll it names or follows)
        final int[] ownPoll;      // sorted ids of the poll its sentence names (or calls "the same survey")
        final int holder;         // id of "e:" + entity, or -1
        final int who;            // id of "w1:" + the entity's first word, or -1
        final long[] measures;    // a bit per measure class
        final boolean hasMeasure, moving;
        final double[] allowed;

        Prepared(Figure f, String source, Dictionary d) {
            this.f = f;
            this.fr = f.frame();
            this.source = source;
            this.doc = f.doc();
            List<String> as = fr.anchors();
            int[] all = new int[as.size()];
            int e = 0, p = 0, o = 0;
            for (String a : as) {
                char t = a.charAt(0);
                if (t == 'e') e++;
                else if (t == 'p') p++;
                else if (t == 'o') o++;
            }
            int[] es = new int[e], ps = new int[p], os = new int[o];
            e = p = o = 0;
            for (int k = 0; k < as.size(); k++) {
                String a = as.get(k);
                int id = d.id(a);
                all[k] = id;
                switch (a.charAt(0)) {
                    case 'e' -> es[e++] = id;
                    case 'p' -> ps[p++] = id;
                    case 'o' -> os[o++] = id;
                    default -> { }
                }
            }
            Arrays.sort(all);
            Arrays.sort(es);
            Arrays.sort(ps);
            Arrays.sort(os);
            this.anchors = all;
            this.entities = es;
            this.places = ps;
            this.pollWords = os;
            if (fr.poll().isEmpty()) this.ownPoll = new int[0];
            else {
                String[] ws = fr.poll().split(" ");
                int[] own = new int[ws.length];
                for (int k = 0; k < ws.length; k++) own[k] = d.id("o:" + ws[k]);
                Arrays.sort(own);
                this.ownPoll = own;
            }
            String ent = fr.entity();
            this.holder = ent.isEmpty() ? -1 : d.id("e:" + ent);
            this.who = ent.isEmpty() ? -1 : d.id("w1:" + (ent.indexOf(' ') < 0 ? ent : ent.substring(0, ent.indexOf(' '))));
            this.measures = new long[(CLASSES.size() + 63) / 64];
            for (String m : fr.measures()) {
                Integer bit = CLASSES.get(m);
                if (bit != null) measures[bit >> 6] |= 1L << (bit & 63);
            }
            this.hasMeasure = !fr.measures().isEmpty();
            this.moving = moving(f, fr);
            this.allowed = f.allowed();
        }

        private static boolean moving(Figure f, Frame fr) {
            for (String m : fr.measures()) if (LL.moving.contains(m)) return true;
            String unit = f.unit().toLowerCase(java.util.Locale.ROOT);
            return f.kind() == Figure.Kind.QUANTITY && MOVING_STEMS.contains(Stems.of(unit.substring(unit.lastIndexOf(' ') + 1)));
        }

        /** Whether a single-word entity key is the other's first word ("northwind" and "northwind traders"), or the keys are one. */
        boolean sameEntity(Prepared o, Dictionary d) {
            if (holder == o.holder) return true;
            if (who != o.who) return false;
            String a = fr.entity(), b = o.fr.entity();
            return a.indexOf(' ') < 0 || b.indexOf(' ') < 0;
        }
    }

    // ---------------------------------------------------------------- sets of ids

    private static boolean contains(int[] sorted, int id) {
        return id >= 0 && Arrays.binarySearch(sorted, id) >= 0;
    }

    private static int common(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else { n++; i++; j++; }
        }
        return n;
    }

    /** Two sets that are both named and share nothing. */
    private static boolean disjoint(int[] a, int[] b) {
        return a.length > 0 && b.length > 0 && common(a, b) == 0;
    }

    /** Two polls are one when the words of their makers' names mostly agree ("Washington Post-ABC News" and "The Washington Post and ABC News"). */
    static boolean samePoll(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return false;
        int c = common(a, b);
        return c > 0 && c * 2 >= Math.min(a.length, b.length);
    }

    static boolean sharedMeasure(Prepared a, Prepared b) {
        for (int k = 0; k < a.measures.length; k++) if ((a.measures[k] & b.measures[k]) != 0) return true;
        return false;
    }

    // ---------------------------------------------------------------- vetoes

    /**
     * Why two figures cannot state one fact, or null: two values of one document, different
     * entities, places, polls, measures or times the texts give, or values too far apart for one fact.
     */
    static String apart(Prepared a, Prepared b, Dictionary d) {
        // a source does not contradict itself: two values in one document are two facts
        if (a.doc == b.doc) return a.f.value() == b.f.value() ? null : "document";
        // the cheapest test first: most pairs a shared word finds are of values far apart
        double va = a.f.value(), vb = b.f.value();
        if (a.f.kind() == Figure.Kind.PERCENT && Math.abs(va - vb) > SAME_CLAIM_POINTS) return "value";
        if (va <= 0 || vb <= 0 ? va != vb : Math.max(va, vb) / Math.min(va, vb) > SAME_CLAIM) return "value";
        // two different entities, unless each sentence names both (then which one is whom is a reading, not the text)
        if (a.holder >= 0 && b.holder >= 0 && !a.sameEntity(b, d) && !(contains(b.entities, a.holder) && contains(a.entities, b.holder))) return "entity";
        if (disjoint(a.places, b.places)) return "place";
        if (a.ownPoll.length > 0 && b.ownPoll.length > 0 && !samePoll(a.ownPoll, b.ownPoll)) return "poll";
        if (a.f.kind() == Figure.Kind.PERCENT) {
            // a share in a poll is a fact of that poll: another figure is the same only when it is of that poll too
            if (a.ownPoll.length > 0 && !samePoll(a.ownPoll, b.pollWords) || b.ownPoll.length > 0 && !samePoll(b.ownPoll, a.pollWords)) return "poll";
        }
        if (a.hasMeasure && b.hasMeasure && !sharedMeasure(a, b)) return "measure";
        // a rise and a fall ("surged 8%", "fell by over 10%") are two facts
        if (!a.f.direction().isEmpty() && !b.f.direction().isEmpty() && !a.f.direction().equals(b.f.direction())) return "direction";
        if (!Moments.sameTimeAllowed(a.fr.when(), b.fr.when(), a.moving || b.moving)) return "time";
        return null;
    }

    // ---------------------------------------------------------------- evidence

    /** Weight of a shared anchor, by its type. */
    private static double weight(char type) {
        return switch (type) {
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

    /** How strongly two figures that nothing sets apart say they are one fact (0 when they name no whom or no what in common). */
    static double score(Prepared a, Prepared b, double[] idf, Dictionary d, boolean counted, double rarity) {
        double s = rarity;
        boolean whom = false, what = counted;
        int[] x = a.anchors, y = b.anchors;
        int i = 0, j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else {
                char t = d.type(x[i]);
                s += weight(t) * idf[x[i]];
                if (t == 'e' || t == 'p' || t == 'o' || t == 'q' || t == 'd') whom = true;
                if (t == 'm' || t == 'w') what = true;
                i++;
                j++;
            }
        }
        boolean measure = sharedMeasure(a, b);
        // a duration, or a small count, is a fact only with a measure of its own ("held the floor for nine hours")
        if ((a.f.kind() == Figure.Kind.DURATION || a.f.kind() == Figure.Kind.QUANTITY && Math.min(a.f.value(), b.f.value()) < SMALL) && !measure) return 0;
        // a percentage outside a poll (a result, a rate) says what it is by its measure
        if (a.f.kind() == Figure.Kind.PERCENT && (a.ownPoll.length == 0 || b.ownPoll.length == 0) && !measure && !samePoll(a.pollWords, b.pollWords)) return 0;
        boolean sameWhom = a.holder >= 0 && b.holder >= 0 && a.sameEntity(b, d);
        if (sameWhom) {
            int shorter = a.fr.entity().length() <= b.fr.entity().length() ? a.holder : b.holder;
            s += 1.5 * (shorter < idf.length ? idf[shorter] : 0);
            whom = true;
        }
        if (a.fr.when().explicit() && b.fr.when().explicit()) s += 1.0;   // one time, which apart() checked
        // whom and what, each named: one entity and one measure make one fact however else the clauses differ
        if (sameWhom && measure) s = Math.max(s, THRESHOLD);
        // the same value, to the digit, of the same kind of quantity is itself evidence of one fact told twice
        if (a.f.value() == b.f.value() && a.f.value() >= SMALL) { s += SAME_VALUE; what = true; }
        // the same sentence word for word (a wire story run by two outlets) says the same thing of the same
        if (a.f.sentence().length() >= 30 && a.f.sentence().equalsIgnoreCase(b.f.sentence())) return Math.max(s, THRESHOLD);
        return whom && what ? s : 0;
    }

    // ---------------------------------------------------------------- grouping

    /**
     * Grows the facts of one block of {@code items}, out of {@code all} figures compared. A count of a
     * rare thing ("superdelegates", "lawsuits") says what is measured by itself, and the rarer the
     * thing, the more two counts of it on one day say they are one: the block's rarity among all
     * figures adds to every pair's evidence.
     */
    /** Arrays by anchor id, made once for all blocks of one reconciliation and cleared after each block. */
    static final class Scratch {
        final int[] df;
        final double[] idf;

        Scratch(Dictionary d) {
            df = new int[d.size()];
            idf = new double[d.size()];
        }
    }

    static List<List<Prepared>> group(List<Prepared> items, int all, boolean quantity, Dictionary d, Scratch scratch) {
        int n = items.size();
        if (n == 1) return List.of(List.of(items.get(0)));
        double rarity = Math.log((all + 1.0) / n);
        boolean counted = quantity && rarity >= RARE;
        // how rare each anchor is among the figures compared; a handful of figures is weighed as if among fifty, so that
        // two of three figures sharing "flood" and "displaced" say as much as two of fifty would
        int[] df = scratch.df;
        double[] idf = scratch.idf;
        for (Prepared p : items) for (int a : p.anchors) df[a]++;
        for (Prepared p : items) for (int a : p.anchors) idf[a] = Math.log((Math.max(n, FEW) + 1.0) / df[a]);
        try {
            return grow(items, n, counted, rarity, idf, d);
        } finally {
            for (Prepared p : items) for (int a : p.anchors) { df[a] = 0; idf[a] = 0; }
        }
    }

    private static List<List<Prepared>> grow(List<Prepared> items, int n, boolean counted, double rarity, double[] idf, Dictionary d) {
        // Candidate pairs: figures that share a key naming whom or where (an entity, a place, a poll, the article's
        // subject), or whom and what (the entity with a measure), or whom and when (the entity in one week). Words only
        // weigh a pair found so; a key shared by more figures than CAP names too many to pair them all, and rarer keys
        // find those pairs: this keeps the pairs tried near linear in the figures, at a gigabyte too.
        Map<Long, int[]> keys = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Prepared p = items.get(i);
            for (int a : p.anchors) {
                char t = d.type(a);
                if (t == 'e' || t == 'p' || t == 'q' || t == 'o') add(keys, a, i);
            }
            // the same sentence in two documents (a wire story, a press release run twice)
            if (p.f.sentence().length() >= 30) add(keys, ((long) Integer.MAX_VALUE << 32) | (p.f.sentence().toLowerCase(java.util.Locale.ROOT).hashCode() & 0xffffffffL), i);
            if (p.who >= 0) {
                // by the entity's first word, as sameEntity takes "northwind" and "northwind traders" for one
                for (int bit = 0; bit < p.measures.length * 64; bit++) {
                    if ((p.measures[bit >> 6] & 1L << (bit & 63)) != 0) add(keys, ((long) (p.who + 1) << 32) | (1L << 31) | bit, i);
                }
                String week = week(p.fr.when());
                if (!week.isEmpty()) add(keys, ((long) (p.who + 1) << 32) | d.id("k:" + week), i);
            }
        }
        LongSet tried = new LongSet();
        List<double[]> edges = new ArrayList<>();
        for (int[] list : keys.values()) {
            int size = list[0];
            if (size > CAP || size < 2) continue;
            for (int x = 1; x <= size; x++) {
                for (int y = x + 1; y <= size; y++) {
                    int i = list[x], j = list[y];
                    if (!tried.add((long) i * n + j)) continue;
                    Prepared a = items.get(i), b = items.get(j);
                    if (a.doc == b.doc || apart(a, b, d) != null) continue;
                    double s = score(a, b, idf, d, counted, counted ? rarity : 0);
                    if (s >= THRESHOLD) edges.add(new double[] {s, i, j});
                }
            }
        }
        edges.sort((u, v) -> Double.compare(v[0], u[0]));
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(null);
        }
        for (double[] e : edges) {
            int a = find(parent, (int) e[1]), b = find(parent, (int) e[2]);
            if (a == b) continue;
            List<Integer> ma = members.get(a) == null ? List.of(a) : members.get(a), mb = members.get(b) == null ? List.of(b) : members.get(b);
            boolean ok = true;
            for (int x = 0; x < ma.size() && ok; x++) {
                for (int y = 0; y < mb.size() && ok; y++) ok = apart(items.get(ma.get(x)), items.get(mb.get(y)), d) == null;
            }
            if (!ok) continue;
            List<Integer> joined = new ArrayList<>(ma.size() + mb.size());
            joined.addAll(ma);
            joined.addAll(mb);
            parent[b] = a;
            members.set(a, joined);
            members.set(b, null);
        }
        List<List<Prepared>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (parent[i] != i) continue;
            List<Prepared> g = new ArrayList<>();
            if (members.get(i) == null) g.add(items.get(i));
            else for (int k : members.get(i)) g.add(items.get(k));
            groups.add(g);
        }
        return groups;
    }

    /** Appends i to the list of a key; a list is its length, then its members. */
    private static void add(Map<Long, int[]> keys, long key, int i) {
        int[] l = keys.get(key);
        if (l == null) {
            l = new int[4];
            keys.put(key, l);
        } else if (l[0] + 1 == l.length) {
            if (l[0] > CAP) return;   // too common to pair by: no need to keep more
            l = Arrays.copyOf(l, l.length * 2);
            keys.put(key, l);
        }
        l[++l[0]] = i;
    }

    /** The week a figure's time falls in ("2016-W10"), or the period the text gives, as a key for pairing; "" when unknown. */
    private static String week(When w) {
        if (w.from() == null || w.days() > 7) return w.explicit() ? w.label() : "";
        return w.from().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W" + w.from().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A set of longs by open addressing: the pairs tried, without a boxed Long each. */
    static final class LongSet {
        private long[] slots = new long[16];
        private int size;
        private static final long EMPTY = Long.MIN_VALUE;

        LongSet() { Arrays.fill(slots, EMPTY); }

        /** Adds v; false when it was there. */
        boolean add(long v) {
            if (size * 2 >= slots.length) grow();
            int mask = slots.length - 1;
            int i = (int) (mix(v) & mask);
            while (slots[i] != EMPTY) {
                if (slots[i] == v) return false;
                i = (i + 1) & mask;
            }
            slots[i] = v;
            size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            Arrays.fill(slots, EMPTY);
            size = 0;
            for (long v : old) if (v != EMPTY) add(v);
        }

        private static long mix(long v) {
            v ^= v >>> 33;
            v *= 0xff51afd7ed558ccdL;
            v ^= v >>> 33;
            return v;
        }
    }
}
