package org.corpex.compare;

import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.corpex.figures.Figure;
import org.corpex.figures.Frame;
import org.corpex.language.LanguageLexicon;
import org.corpex.language.Stems;
import org.corpex.language.When;

/**
 * Finds which figures of one block (one kind of quantity) state one fact.
 *
 * <p>Two figures are candidates when nothing in their frames sets them apart ({@link #apart}: different entities,
 * places, polls, measures, times the texts give, values too far apart, or two values of one document). They are one
 * fact when, beyond that, their clauses share enough of what makes a fact specific ({@link #score}): whom (the entity,
 * other names, a place, a poll, the article's subject) and what (the measure, the words around the figure), each
 * weighed by how rare it is among the figures compared. Facts are grown from the strongest pairs first, and two groups
 * join only when no two of their figures are set apart, so a chain of look-alikes never joins two facts.
 *
 * <p>Everything a pair needs is prepared once per figure as small integer arrays (anchors interned to ids, measure
 * classes as bits), so that the pairs tried, which grow with the corpus, cost a few comparisons each.
 */
final class FactLinker {
    private FactLinker() {}

    /** Values further apart than this ratio are never one fact told differently. */
    static final double SAME_CLAIM = 2.5;
    /** Percentages further apart than this many points are never one fact. */
    static final double SAME_CLAIM_POINTS = 15;
    /** How strong the shared evidence of two figures must be to make them one fact. */
    static final double THRESHOLD = 6.0;
    /**
     * A count this small is a fact only with a measure of its own ("three people were killed", not "two candidates").
     */
    static final double SMALL = 10;
    /**
     * A counted noun this rare (the log of how many figures there are to one of its block) says by itself what is
     * measured.
     */
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

        synchronized int id(String s) {
            Integer id = ids.get(s);
            if (id != null) return id;
            int n = ids.size();
            ids.put(s, n);
            if (n == types.length) types = Arrays.copyOf(types, n * 2);
            types[n] = s.charAt(0);
            return n;
        }

        synchronized char type(int id) {
            return types[id];
        }

        synchronized int size() {
            return ids.size();
        }

        /** The types of every id so far, for one reconciliation to read without locking. */
        synchronized char[] types() {
            return Arrays.copyOf(types, ids.size());
        }
    }

    /** A figure prepared for pairing: its frame as ids and bits, its values and what moves it. */
    static final class Prepared {
        final Figure f;
        final Frame fr;
        final String source;
        final int doc;
        final int[] anchors; // sorted ids
        final int[] entities; // sorted ids of e: anchors
        final int[] places; // sorted ids of p: anchors (places of the figure's own clause)
        final int[] pollWords; // sorted ids of o: anchors (the poll it names or follows)
        final int[] ownPoll; // sorted ids of the poll its sentence names (or calls "the same survey")
        final int holder; // id of "e:" + entity, or -1
        final int who; // id of "w1:" + the entity's first word, or -1
        final long[] measures; // a bit per measure class
        final boolean hasMeasure, moving;
        final double[] allowed;
        private Reconcile.Fact alone; // this figure as a fact of its own, made once (Reconcile.judge)
        private Numbered numbered; // the last numbered copy of it (its label taken twice in a selection)
        final List<Prepared> self = List.of(this); // a group of this figure alone
        int pos = -1; // its position in its block of the whole corpus, in value order (Links)
        int rank = -1; // its place among the corpus's figures as facts of their own (Linkable.Linked)
        final String block; // the kind of quantity (Reconcile.block), or null when it is compared with nothing
        final int[] keys; // sorted ids of the keys that find its candidate pairs (see grow)

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
            int[] es = ids(e), ps = ids(p), os = ids(o);
            e = p = o = 0;
            for (int k = 0; k < as.size(); k++) {
                String a = as.get(k);
                int id = d.id(a);
                all[k] = id;
                switch (a.charAt(0)) {
                    case 'e' -> es[e++] = id;
                    case 'p' -> ps[p++] = id;
                    case 'o' -> os[o++] = id;
                    default -> {}
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
            if (fr.poll().isEmpty()) this.ownPoll = NONE;
            else {
                String[] ws = fr.poll().split(" ");
                int[] own = new int[ws.length];
                for (int k = 0; k < ws.length; k++) own[k] = d.id("o:" + ws[k]);
                Arrays.sort(own);
                this.ownPoll = own;
            }
            String ent = fr.entity();
            this.holder = ent.isEmpty() ? -1 : d.id("e:" + ent);
            this.who = ent.isEmpty()
                    ? -1
                    : d.id("w1:" + (ent.indexOf(' ') < 0 ? ent : ent.substring(0, ent.indexOf(' '))));
            this.measures = new long[(CLASSES.size() + 63) / 64];
            for (String m : fr.measures()) {
                Integer bit = CLASSES.get(m);
                if (bit != null) measures[bit >> 6] |= 1L << (bit & 63);
            }
            this.hasMeasure = !fr.measures().isEmpty();
            this.moving = moving(f, fr);
            this.allowed = f.allowed();
            this.block = Reconcile.block(f);
            this.keys = keys(this, d);
        }

        /**
         * The keys that find a figure's candidate pairs: an anchor naming whom or where (an entity, a place, a poll,
         * the article's subject), the sentence itself (a wire story run twice), the entity's first word with each of
         * its measures, and with the week its time falls in.
         */
        private static int[] keys(Prepared p, Dictionary d) {
            int bits = 0;
            for (long m : p.measures) bits += Long.bitCount(m);
            int[] out = new int[p.anchors.length + 2 + bits];
            int n = 0;
            for (String a : p.fr.anchors()) {
                char t = a.charAt(0);
                if (t == 'e' || t == 'p' || t == 'q' || t == 'o') out[n++] = d.id(a);
            }
            String sentence = p.f.sentence();
            if (sentence.length() >= 30)
                out[n++] = d.id("s:"
                        + Integer.toHexString(sentence.toLowerCase(Locale.ROOT).hashCode()));
            if (p.who >= 0) {
                // by the entity's first word, as sameEntity takes "northwind" and "northwind traders" for one
                for (int bit = 0; bit < p.measures.length * 64; bit++) {
                    if ((p.measures[bit >> 6] & 1L << (bit & 63)) != 0) out[n++] = d.id("x:" + p.who + ":" + bit);
                }
                String week = week(p.fr.when());
                if (!week.isEmpty()) out[n++] = d.id("y:" + p.who + ":" + week);
            }
            int[] keys = Arrays.copyOf(out, n);
            Arrays.sort(keys);
            int u = 0;
            for (int k = 0; k < keys.length; k++) if (k == 0 || keys[k] != keys[k - 1]) keys[u++] = keys[k];
            return Arrays.copyOf(keys, u);
        }

        private static boolean moving(Figure f, Frame fr) {
            for (String m : fr.measures()) if (LL.moving.contains(m)) return true;
            String unit = f.unit().toLowerCase(Locale.ROOT);
            return f.kind() == Figure.Kind.QUANTITY
                    && MOVING_STEMS.contains(Stems.of(unit.substring(unit.lastIndexOf(' ') + 1)));
        }

        /**
         * A set of n ids to fill: most figures have no place or poll, and share one empty set (a corpus has many
         * figures).
         */
        private static int[] ids(int n) {
            return n == 0 ? NONE : new int[n];
        }

        private static final int[] NONE = new int[0];

        /**
         * Forgets this figure's fact of its own, once the corpus's facts are laid out elsewhere (Linkable.Linked); made
         * again if asked.
         */
        void forgetAlone() {
            alone = null;
            numbered = null;
        }

        /** This figure as a fact of its own (most figures are): made on first use, the same each time. */
        Reconcile.Fact alone() {
            Reconcile.Fact a = alone;
            if (a == null) alone = a = Reconcile.alone(this);
            return a;
        }

        /**
         * This figure's fact with its label numbered ("... #2"): the last one made is kept, as a selection gives the
         * same number again.
         */
        Reconcile.Fact alone(int k) {
            if (k == 1) return alone();
            Numbered n = numbered;
            if (n == null || n.k() != k) numbered = n = new Numbered(k, Reconcile.numbered(alone(), k));
            return n.fact();
        }

        private record Numbered(int k, Reconcile.Fact fact) {}

        /**
         * Whether a single-word entity key is the other's first word ("northwind" and "northwind traders"), or the keys
         * are one.
         */
        boolean sameEntity(Prepared o) {
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
            else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** Two sets that are both named and share nothing. */
    private static boolean disjoint(int[] a, int[] b) {
        return a.length > 0 && b.length > 0 && common(a, b) == 0;
    }

    /**
     * Two polls are one when the words of their makers' names mostly agree ("Washington Post-ABC News" and "The
     * Washington Post and ABC News").
     */
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
     * Why two figures cannot state one fact, or null: two values of one document, different entities, places, polls,
     * measures or times the texts give, or values too far apart for one fact.
     */
    static String apart(Prepared a, Prepared b) {
        // a source does not contradict itself: two values in one document are two facts
        if (a.doc == b.doc) return a.f.value() == b.f.value() ? null : "document";
        // the cheapest test first: most pairs a shared word finds are of values far apart
        double va = a.f.value(), vb = b.f.value();
        if (a.f.kind() == Figure.Kind.PERCENT && Math.abs(va - vb) > SAME_CLAIM_POINTS) return "value";
        if (va <= 0 || vb <= 0 ? va != vb : Math.max(va, vb) / Math.min(va, vb) > SAME_CLAIM) return "value";
        // two different entities, unless each sentence names both (then which one is whom is a reading, not the text)
        if (a.holder >= 0
                && b.holder >= 0
                && !a.sameEntity(b)
                && !(contains(b.entities, a.holder) && contains(a.entities, b.holder))) return "entity";
        if (disjoint(a.places, b.places)) return "place";
        if (a.ownPoll.length > 0 && b.ownPoll.length > 0 && !samePoll(a.ownPoll, b.ownPoll)) return "poll";
        if (a.f.kind() == Figure.Kind.PERCENT) {
            // a share in a poll is a fact of that poll: another figure is the same only when it is of that poll too
            if (a.ownPoll.length > 0 && !samePoll(a.ownPoll, b.pollWords)
                    || b.ownPoll.length > 0 && !samePoll(b.ownPoll, a.pollWords)) return "poll";
        }
        if (a.hasMeasure && b.hasMeasure && !sharedMeasure(a, b)) return "measure";
        // a rise and a fall ("surged 8%", "fell by over 10%") are two facts
        if (!a.f.direction().isEmpty()
                && !b.f.direction().isEmpty()
                && !a.f.direction().equals(b.f.direction())) return "direction";
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

    /**
     * How strongly two figures that nothing sets apart say they are one fact (0 when they name no whom or no what in
     * common).
     */
    static double score(Prepared a, Prepared b, Scratch idf, boolean counted, double rarity) {
        char[] types = idf.types;
        double s = rarity;
        boolean whom = false, what = counted;
        int[] x = a.anchors, y = b.anchors;
        int i = 0, j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else {
                char t = types[x[i]];
                s += weight(t) * idf.idf(x[i]);
                if (t == 'e' || t == 'p' || t == 'o' || t == 'q' || t == 'd') whom = true;
                if (t == 'm' || t == 'w') what = true;
                i++;
                j++;
            }
        }
        boolean measure = sharedMeasure(a, b);
        // a duration, or a small count, is a fact only with a measure of its own ("held the floor for nine hours")
        if ((a.f.kind() == Figure.Kind.DURATION
                        || a.f.kind() == Figure.Kind.QUANTITY && Math.min(a.f.value(), b.f.value()) < SMALL)
                && !measure) return 0;
        // a percentage outside a poll (a result, a rate) says what it is by its measure
        if (a.f.kind() == Figure.Kind.PERCENT
                && (a.ownPoll.length == 0 || b.ownPoll.length == 0)
                && !measure
                && !samePoll(a.pollWords, b.pollWords)) return 0;
        boolean sameWhom = a.holder >= 0 && b.holder >= 0 && a.sameEntity(b);
        if (sameWhom) {
            int shorter = a.fr.entity().length() <= b.fr.entity().length() ? a.holder : b.holder;
            s += 1.5 * idf.idf(shorter);
            whom = true;
        }
        if (a.fr.when().explicit() && b.fr.when().explicit()) s += 1.0; // one time, which apart() checked
        // whom and what, each named: one entity and one measure make one fact however else the clauses differ
        if (sameWhom && measure) s = Math.max(s, THRESHOLD);
        // the same value, to the digit, of the same kind of quantity is itself evidence of one fact told twice
        if (a.f.value() == b.f.value() && a.f.value() >= SMALL) {
            s += SAME_VALUE;
            what = true;
        }
        // the same sentence word for word (a wire story run by two outlets) says the same thing of the same
        if (a.f.sentence().length() >= 30 && a.f.sentence().equalsIgnoreCase(b.f.sentence()))
            return Math.max(s, THRESHOLD);
        return whom && what ? s : 0;
    }

    // ---------------------------------------------------------------- grouping

    /** Arrays by id, made once for all blocks of one reconciliation and cleared after each block. */
    static final class Scratch {
        final char[] types;
        final int[] df, count, start, used;
        double weighed; // the number of figures an anchor's rarity is counted among (see group)

        Scratch(Dictionary d) {
            types = d.types();
            df = new int[types.length];
            count = new int[types.length];
            start = new int[types.length];
            used = new int[types.length];
        }

        /** How rare an anchor is among the figures of the block being grouped (0 when none of them has it). */
        double idf(int id) {
            return df[id] == 0 ? 0 : Math.log(weighed / df[id]);
        }
    }

    /**
     * Grows the facts of one block of {@code items}, out of {@code all} figures compared. A count of a rare thing
     * ("superdelegates", "lawsuits") says what is measured by itself, and the rarer the thing, the more two counts of
     * it on one day say they are one: the block's rarity among all figures adds to every pair's evidence.
     */
    static List<List<Prepared>> group(List<Prepared> items, int all, boolean quantity, Scratch scratch) {
        return group(items, all, quantity, scratch, null);
    }

    /**
     * As {@link #group(List, int, boolean, Scratch)}, reading the candidate pairs of the whole corpus's block from
     * {@code links} when it is given: the same facts, without trying the pairs again.
     */
    static List<List<Prepared>> group(List<Prepared> items, int all, boolean quantity, Scratch scratch, Links links) {
        int n = items.size();
        if (n == 1) return List.of(items.get(0).self);
        if (links != null && n == links.size) {
            // a whole block among as many figures groups alike every time: its facts are kept once made
            Grouped g = links.grouped;
            if (g != null && g.all == all) return g.groups;
        }
        if (links == null) { // linked blocks come in value order already
            items = new ArrayList<>(items);
            items.sort(Comparator.comparingDouble(p -> p.f.value())); // stable: equal values stay in document order
        }
        double rarity = Math.log((all + 1.0) / n);
        boolean counted = quantity && rarity >= RARE;
        // how rare each anchor is among the figures compared; a handful of figures is weighed as if among fifty, so
        // that
        // two of three figures sharing "flood" and "displaced" say as much as two of fifty would
        int[] df = scratch.df;
        for (Prepared p : items) for (int a : p.anchors) df[a]++;
        scratch.weighed = Math.max(n, FEW) + 1.0;
        // the whole block, as linked: its pairs are the links, and which key found each does not matter
        boolean whole = links != null && items.size() == links.size;
        Keys keys = whole ? null : new Keys(items, scratch);
        try {
            List<Prepared> block = items;
            double bonus = counted ? rarity : 0;
            List<double[]> edges = new ArrayList<>();
            Pairs score = (i, j) -> {
                double s = score(block.get(i), block.get(j), scratch, counted, bonus);
                if (s >= THRESHOLD) edges.add(new double[] {s, i, j});
            };
            if (links == null) keys.pairs(k -> true, score);
            else if (whole) links.pairs(score);
            else {
                links.pairs(items, keys, score);
                if (links.common.length > 0)
                    keys.pairs(links::common, score); // keys too common in the corpus to pair by, but not here
            }
            List<List<Prepared>> groups = join(items, edges);
            if (whole) {
                List<List<Prepared>> kept = new ArrayList<>(groups.size());
                for (List<Prepared> g : groups) kept.add(List.copyOf(g));
                groups = List.copyOf(kept);
                links.grouped = new Grouped(all, groups);
            }
            return groups;
        } finally {
            if (keys != null) keys.clear();
            for (Prepared p : items) for (int a : p.anchors) df[a] = 0;
        }
    }

    /** Receives pairs of items by position (i < j). */
    private interface Pairs {
        void pair(int i, int j);
    }

    /**
     * The keys of some items (value order), with how many items have each, and the lists of those that find pairs.
     * Candidate pairs are figures that share a key (Prepared.keys). Words only weigh a pair found so; a key shared by
     * more figures than CAP names too many to pair them all, and rarer keys find those pairs: this keeps the pairs
     * tried near linear in the figures, at a gigabyte too.
     */
    private static final class Keys {
        final List<Prepared> items;
        final int[] count, start;
        final int[] used; // the keys met, each once
        int size;
        int[] list; // each usable key's items, in value order: start[k] points past them once filled

        Keys(List<Prepared> items, Scratch scratch) {
            this.items = items;
            this.count = scratch.count;
            this.start = scratch.start;
            this.used = scratch.used;
            for (Prepared p : items) for (int k : p.keys) if (count[k]++ == 0) used[size++] = k;
        }

        boolean usable(int k) {
            return count[k] >= 2 && count[k] <= CAP;
        }

        /**
         * Calls back each pair of items that share a usable key that {@code scan} takes, whose values one fact allows
         * (apart's first test: most figures that share a name are of values far apart, and as lists are in value order,
         * a figure meets only those near its own), of two documents and not set apart; each pair once, under the first
         * usable key the two share.
         */
        void pairs(IntPredicate scan, Pairs out) {
            int members = 0;
            for (int u = 0; u < size; u++) {
                int k = used[u];
                start[k] = members;
                if (usable(k) && scan.test(k)) members += count[k];
            }
            list = new int[members];
            for (int i = 0; i < items.size(); i++) {
                for (int k : items.get(i).keys) if (usable(k) && scan.test(k)) list[start[k]++] = i;
            }
            boolean percent = items.get(0).f.kind() == Figure.Kind.PERCENT;
            for (int u = 0; u < size; u++) {
                int k = used[u];
                if (!usable(k) || !scan.test(k)) continue;
                int end = start[k], from = end - count[k];
                for (int x = from; x < end; x++) {
                    int i = list[x];
                    Prepared a = items.get(i);
                    double va = a.f.value();
                    for (int y = x + 1; y < end; y++) {
                        int j = list[y]; // i < j: lists are filled in order
                        Prepared b = items.get(j);
                        double vb = b.f.value();
                        // values only grow along the list: once one is too far from va, all after it are
                        if (percent && vb - va > SAME_CLAIM_POINTS) break;
                        if (va <= 0 ? vb != va : vb / va > SAME_CLAIM) break;
                        if (a.doc == b.doc || firstShared(a.keys, b.keys, count) != k || apart(a, b) != null) continue;
                        out.pair(i, j);
                    }
                }
            }
        }

        void clear() {
            for (int u = 0; u < size; u++) {
                count[used[u]] = 0;
                start[used[u]] = 0;
            }
        }
    }

    /**
     * The candidate pairs of one block of a whole corpus's figures, found once: a compare over most of the corpus reads
     * them instead of trying pairs again. The pairs tried do not depend on the selection but through which keys are
     * usable, and a pair is kept under the first usable key its figures share: a pair whose first key in the selection
     * is usable in the corpus too is one of these; one whose first key is too common in the corpus (but not in the
     * selection) is tried anew.
     */
    /** A whole block's facts, grouped among {@code all} figures compared. */
    private record Grouped(int all, List<List<Prepared>> groups) {}

    static final class Links {
        /** The facts of the whole block, as last grouped; made again when the figures compared are more or fewer. */
        private volatile Grouped grouped;

        private final List<Prepared> items; // the block's figures in value order
        private final int[] from, to; // pairs, by position in the block's value order (Prepared.pos)
        private final int[] common; // sorted keys shared by more than CAP of the block's figures
        private final int size;

        /** The links of a whole block; sets each item's position. */
        Links(List<Prepared> block, Scratch scratch) {
            List<Prepared> items = new ArrayList<>(block);
            items.sort(Comparator.comparingDouble(p -> p.f.value()));
            for (int i = 0; i < items.size(); i++) items.get(i).pos = i;
            this.size = items.size();
            this.items = List.copyOf(items);
            Keys keys = new Keys(items, scratch);
            try {
                int[][] pairs = {new int[16], new int[16]};
                int[] n = {0};
                if (items.size() > 1) {
                    keys.pairs(k -> true, (i, j) -> {
                        if (n[0] == pairs[0].length) {
                            pairs[0] = Arrays.copyOf(pairs[0], n[0] * 2);
                            pairs[1] = Arrays.copyOf(pairs[1], n[0] * 2);
                        }
                        pairs[0][n[0]] = i;
                        pairs[1][n[0]++] = j;
                    });
                }
                this.from = Arrays.copyOf(pairs[0], n[0]);
                this.to = Arrays.copyOf(pairs[1], n[0]);
                int c = 0;
                int[] common = new int[keys.size];
                for (int u = 0; u < keys.size; u++) if (keys.count[keys.used[u]] > CAP) common[c++] = keys.used[u];
                this.common = Arrays.copyOf(common, c);
                Arrays.sort(this.common);
            } finally {
                keys.clear();
            }
        }

        List<Prepared> items() {
            return items;
        }

        boolean hasCommonKeys() {
            return common.length > 0;
        }

        boolean common(int key) {
            return Arrays.binarySearch(common, key) >= 0;
        }

        /** Calls back every pair, for the whole block in value order. */
        void pairs(Pairs out) {
            for (int p = 0; p < from.length; p++) out.pair(from[p], to[p]);
        }

        /**
         * Calls back the pairs of these items (some of the block's, in value order) whose first usable key is not
         * common.
         */
        void pairs(List<Prepared> items, Keys keys, Pairs out) {
            int[] at = new int[size];
            Arrays.fill(at, -1);
            for (int i = 0; i < items.size(); i++) at[items.get(i).pos] = i;
            for (int p = 0; p < from.length; p++) {
                int i = at[from[p]], j = at[to[p]];
                if (i < 0 || j < 0) continue;
                int k = firstShared(items.get(i).keys, items.get(j).keys, keys.count);
                if (k >= 0 && !common(k)) out.pair(i, j);
            }
        }
    }

    /** The first key (by id) of two sorted sets that finds pairs (shared by 2 to CAP figures), or -1. */
    private static int firstShared(int[] a, int[] b, int[] count) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else if (count[a[i]] <= CAP) return a[i]; // count >= 2 here: both have it
            else {
                i++;
                j++;
            }
        }
        return -1;
    }

    /**
     * Joins the pairs into facts, strongest first (ties by position), two groups only when no two of their figures are
     * set apart.
     */
    private static List<List<Prepared>> join(List<Prepared> items, List<double[]> edges) {
        int n = items.size();
        if (edges.isEmpty()) { // as for most kinds of quantity: every figure a fact of its own
            List<List<Prepared>> alone = new ArrayList<>(n);
            for (Prepared p : items) alone.add(p.self);
            return alone;
        }
        edges.sort((u, v) -> u[0] != v[0]
                ? Double.compare(v[0], u[0])
                : u[1] != v[1] ? Double.compare(u[1], v[1]) : Double.compare(u[2], v[2]));
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(null);
        }
        for (double[] e : edges) {
            int a = find(parent, (int) e[1]), b = find(parent, (int) e[2]);
            if (a == b) continue;
            List<Integer> ma = members.get(a) == null ? List.of(a) : members.get(a),
                    mb = members.get(b) == null ? List.of(b) : members.get(b);
            boolean ok = true;
            for (int x = 0; x < ma.size() && ok; x++) {
                for (int y = 0; y < mb.size() && ok; y++)
                    ok = apart(items.get(ma.get(x)), items.get(mb.get(y))) == null;
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
            if (members.get(i) == null) {
                groups.add(items.get(i).self);
                continue;
            }
            List<Prepared> g = new ArrayList<>(members.get(i).size());
            for (int k : members.get(i)) g.add(items.get(k));
            groups.add(g);
        }
        return groups;
    }

    /**
     * The week a figure's time falls in ("2016-W10"), or the period the text gives, as a key for pairing; "" when
     * unknown.
     */
    static String week(When w) {
        if (w.from() == null || w.days() > 7) return w.explicit() ? w.label() : "";
        return w.from().get(IsoFields.WEEK_BASED_YEAR) + "-W" + w.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
