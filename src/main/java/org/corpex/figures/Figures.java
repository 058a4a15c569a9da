package org.corpex.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.corpex.index.Corpus;

/**
 * The figures of a corpus, each document's extracted once. Extraction is lazy and per document: a command pays for the
 * documents it looks at (show one document, compare a filtered selection), and a command over the whole corpus extracts
 * what is left in parallel. Results are memoised per corpus, which is immutable, so docs, filter, figures and compare
 * never extract a document twice.
 */
public final class Figures {
    private Figures() {}

    /** One corpus's figures: a slot per document, filled once (two threads racing on one keep the first). */
    private static final class Store {
        final AtomicReferenceArray<List<Figure>> docs;
        final AtomicInteger filled = new AtomicInteger();
        volatile List<List<Figure>> all;
        volatile IntFunction<List<Figure>> stored; // figures written when the corpus was indexed

        Store(int size) {
            docs = new AtomicReferenceArray<>(size);
        }
    }

    private static final Map<Corpus, Store> STORES = Collections.synchronizedMap(new WeakHashMap<>());

    private static Store store(Corpus corpus) {
        return STORES.computeIfAbsent(corpus, c -> new Store(c.size()));
    }

    /**
     * Where a corpus opened from an index reads its figures: they were extracted when it was built, so commands read
     * them instead of extracting again.
     */
    public static void attach(Corpus corpus, IntFunction<List<Figure>> stored) {
        store(corpus).stored = stored;
    }

    /** Figures of each document, by corpus position. */
    public static List<List<Figure>> of(Corpus corpus) {
        Store s = store(corpus);
        if (s.all != null) return s.all;
        IntStream.range(0, corpus.size()).parallel().forEach(d -> of(corpus, s, d));
        List<List<Figure>> all = new ArrayList<>(corpus.size());
        for (int d = 0; d < corpus.size(); d++) all.add(s.docs.get(d));
        s.all = Collections.unmodifiableList(all);
        return s.all;
    }

    /** Figures of one document. */
    public static List<Figure> of(Corpus corpus, int doc) {
        return of(corpus, store(corpus), doc);
    }

    private static List<Figure> of(Corpus corpus, Store s, int doc) {
        List<Figure> f = s.docs.get(doc);
        if (f != null) return f;
        IntFunction<List<Figure>> stored = s.stored;
        f = stored != null ? stored.apply(doc) : List.copyOf(Extractor.extract(corpus.get(doc), doc));
        if (s.docs.compareAndSet(doc, null, f)) s.filled.incrementAndGet();
        else f = s.docs.get(doc);
        return f;
    }

    /**
     * Extracts the figures of these documents in parallel (those not done yet), before a command walks them in order.
     */
    public static void prepare(Corpus corpus, BitSet documents) {
        Store s = store(corpus);
        if (s.all != null) return;
        // An array, not BitSet.stream(), so that the parallel stream splits evenly.
        int[] ids = documents.stream().filter(d -> d < corpus.size()).toArray();
        Arrays.stream(ids).parallel().forEach(d -> of(corpus, s, d));
    }

    /** Whether every document's figures are extracted, so asking for them all costs nothing. */
    public static boolean ready(Corpus corpus) {
        Store s = STORES.get(corpus);
        return s != null && s.filled.get() == corpus.size();
    }

    /**
     * Extracts the documents not yet done on the calling thread alone, for a background thread: the other cores stay
     * free for the user (the full screen keeps answering keys meanwhile), and a command that needs some documents
     * meanwhile extracts those itself.
     */
    public static void prepareInBackground(Corpus corpus) {
        Store s = store(corpus);
        for (int d = 0; d < corpus.size(); d++) of(corpus, s, d);
    }
}
