package org.corpex.compare;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;

/**
 * The figures of a corpus prepared for pairing ({@link FactLinker.Prepared}: frames as interned ids, the keys that find
 * candidate pairs), each document's once. Like {@link Figures}, which it reads, it is memoised per corpus (immutable),
 * so that a second compare, or one over another selection, pays only for the pairing and judging.
 */
final class Linkable {
    /**
     * Softly: what compare keeps of a corpus (about as much again as its figures) yields to memory that another command
     * needs (dupes over a gigabyte), and a later compare makes it again.
     */
    private static final Map<Corpus, SoftReference<Linkable>> BY_CORPUS = new WeakHashMap<>();

    private final FactLinker.Dictionary dictionary = new FactLinker.Dictionary();
    private final AtomicReferenceArray<List<FactLinker.Prepared>> docs;
    private volatile Linked links;
    private final AtomicReference<FactLinker.Scratch> spare = new AtomicReference<>();

    // No field holds the corpus: a value of BY_CORPUS that did would keep its key, the corpus, from ever being let go.
    private Linkable(int documents) {
        this.docs = new AtomicReferenceArray<>(documents);
    }

    static Linkable of(Corpus corpus) {
        synchronized (BY_CORPUS) {
            SoftReference<Linkable> kept = BY_CORPUS.get(corpus);
            Linkable l = kept == null ? null : kept.get();
            if (l == null) BY_CORPUS.put(corpus, new SoftReference<>(l = new Linkable(corpus.size())));
            return l;
        }
    }

    FactLinker.Dictionary dictionary() {
        return dictionary;
    }

    /**
     * Arrays by id for one reconciliation: the last one's when no id was added since (they are left cleared), else new.
     */
    FactLinker.Scratch scratch() {
        FactLinker.Scratch s = spare.getAndSet(null);
        return s != null && s.types.length == dictionary.size() ? s : new FactLinker.Scratch(dictionary);
    }

    /**
     * The candidate pairs of each block of the whole corpus, found on first use: worth it when a compare covers most of
     * the corpus ({@code selected} documents of it), or once they are found. Null otherwise.
     */
    Linked links(Corpus corpus, int selected) {
        Linked l = links;
        if (l != null || selected * 2L < corpus.size()) return l;
        synchronized (this) {
            if (links != null) return links;
            BitSet all = new BitSet();
            all.set(0, corpus.size());
            List<FactLinker.Prepared> every = prepared(corpus, all);
            Map<String, List<FactLinker.Prepared>> blocks = new LinkedHashMap<>();
            for (FactLinker.Prepared p : every)
                blocks.computeIfAbsent(p.block, k -> new ArrayList<>()).add(p);
            FactLinker.Scratch scratch = new FactLinker.Scratch(dictionary);
            Map<String, FactLinker.Links> made = new HashMap<>();
            for (Map.Entry<String, List<FactLinker.Prepared>> b : blocks.entrySet())
                made.put(b.getKey(), new FactLinker.Links(b.getValue(), scratch));
            List<FactLinker.Prepared> ranked = new ArrayList<>(every);
            ranked.sort(Comparator.comparing((FactLinker.Prepared p) -> p.alone(), Reconcile::order));
            links = new Linked(Map.copyOf(made), ranked);
            return links;
        }
    }

    /**
     * What is found once for the whole corpus: each block's candidate pairs, and every figure in the order it takes as
     * a fact of its own (Reconcile.order: by label, then where it is told), with those facts laid out in that order, so
     * that a compare walks them as they lie in memory.
     */
    static final class Linked {
        private final Map<String, FactLinker.Links> blocks;
        private final FactLinker.Prepared[] ranked;
        private final Reconcile.Fact[] alone; // by rank: each figure as a fact of its own
        private final int[] label; // by rank: which label it has (equal labels, one number)
        private final int labels;
        private final Numbered[] numbered; // by rank: its last numbered copy ("... #2"), made when a selection needs it

        Linked(Map<String, FactLinker.Links> blocks, List<FactLinker.Prepared> ranked) {
            this.blocks = blocks;
            this.ranked = ranked.toArray(new FactLinker.Prepared[0]);
            this.alone = new Reconcile.Fact[this.ranked.length];
            this.label = new int[this.ranked.length];
            this.numbered = new Numbered[this.ranked.length];
            int l = -1;
            String previous = null;
            for (int r = 0; r < this.ranked.length; r++) {
                FactLinker.Prepared p = this.ranked[r];
                p.rank = r;
                Reconcile.Fact f = p.alone();
                // made again here, in rank order, so that they lie in memory in the order compare reads them
                alone[r] = new Reconcile.Fact(
                        new String(f.label()),
                        f.kind(),
                        f.status(),
                        f.figures(),
                        f.documents(),
                        f.entity(),
                        f.measure(),
                        f.scope());
                p.forgetAlone(); // kept here from now on: one copy per figure
                if (!alone[r].label().equals(previous)) l++;
                label[r] = l;
                previous = alone[r].label();
            }
            this.labels = l + 1;
        }

        Map<String, FactLinker.Links> blocks() {
            return blocks;
        }

        /** The comparable figures of the selected documents, block by block, each block in value order. */
        Map<String, List<FactLinker.Prepared>> select(BitSet selection) {
            Map<String, List<FactLinker.Prepared>> out = new LinkedHashMap<>();
            for (Map.Entry<String, FactLinker.Links> b : blocks.entrySet()) {
                List<FactLinker.Prepared> items = b.getValue().items();
                int all = 0;
                while (all < items.size() && selection.get(items.get(all).doc)) all++;
                if (all == items.size()) { // the whole block, as a compare over the whole corpus has it
                    out.put(b.getKey(), items);
                    continue;
                }
                List<FactLinker.Prepared> some = new ArrayList<>(items.subList(0, all));
                for (int i = all + 1; i < items.size(); i++)
                    if (selection.get(items.get(i).doc)) some.add(items.get(i));
                if (!some.isEmpty()) out.put(b.getKey(), some);
            }
            return out;
        }

        /**
         * Adds these figures (facts of their own in a selection) to {@code out} in rank order, each label numbered
         * after those the facts of several figures took ({@code seen}, by label).
         */
        void singles(List<FactLinker.Prepared> some, Map<String, Integer> seen, List<Reconcile.Fact> out) {
            boolean[] in = new boolean[ranked.length];
            for (FactLinker.Prepared p : some) in[p.rank] = true;
            int[] before = null;
            for (Map.Entry<String, Integer> e : seen.entrySet()) {
                int r = first(e.getKey());
                if (r < 0) continue;
                if (before == null) before = new int[labels];
                before[label[r]] = e.getValue();
            }
            int previous = -1, run = 0;
            for (int r = 0; r < ranked.length; r++) {
                if (!in[r]) continue;
                run = label[r] == previous ? run + 1 : 1;
                previous = label[r];
                int k = (before == null ? 0 : before[label[r]]) + run;
                if (k == 1) out.add(alone[r]);
                else {
                    Numbered n = numbered[r];
                    if (n == null || n.k() != k) numbered[r] = n = new Numbered(k, Reconcile.numbered(alone[r], k));
                    out.add(n.fact());
                }
            }
        }

        /** A fact with its label numbered, and the number (one slot: two compares at once never mix them). */
        private record Numbered(int k, Reconcile.Fact fact) {}

        /** The first rank whose fact has this label, or -1 (ranks are in order of label). */
        private int first(String l) {
            int lo = 0, hi = ranked.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (alone[mid].label().compareTo(l) < 0) lo = mid + 1;
                else hi = mid;
            }
            return lo < ranked.length && alone[lo].label().equals(l) ? lo : -1;
        }
    }

    /** Gives back a scratch that a reconciliation is done with, for the next. */
    void done(FactLinker.Scratch s) {
        spare.set(s);
    }

    /**
     * The comparable figures of the selected documents, prepared, in document order (those not prepared yet on every
     * core).
     */
    List<FactLinker.Prepared> prepared(Corpus corpus, BitSet selection) {
        Figures.prepare(corpus, selection);
        int[] ids = selection.stream().filter(d -> d < corpus.size()).toArray();
        Arrays.stream(ids).parallel().forEach(d -> of(corpus, d));
        List<FactLinker.Prepared> out = new ArrayList<>();
        for (int d : ids) out.addAll(of(corpus, d));
        return out;
    }

    private List<FactLinker.Prepared> of(Corpus corpus, int doc) {
        List<FactLinker.Prepared> p = docs.get(doc);
        if (p != null) return p;
        String src = corpus.get(doc).source();
        String source = src == null || src.isEmpty() ? "#" + doc : src;
        List<FactLinker.Prepared> made = new ArrayList<>();
        for (Figure f : Figures.of(corpus, doc))
            if (Reconcile.comparable(f)) made.add(new FactLinker.Prepared(f, source, dictionary));
        docs.compareAndSet(doc, null, List.copyOf(made));
        return docs.get(doc);
    }
}
