package org.corpex.figures;

import org.corpex.corpus.Corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.IntStream;

/**
 * The figures of a corpus, extracted once. Extraction is lazy (the first command that needs
 * figures pays for it, in parallel across documents) and memoised per corpus, which is immutable,
 * so docs, filter, figures and compare never extract twice.
 */
public final class Figures {
    private Figures() {}

    private static final Map<Corpus, List<List<Figure>>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** Figures of each document, by corpus position. */
    public static List<List<Figure>> of(Corpus corpus) {
        List<List<Figure>> cached = CACHE.get(corpus);
        if (cached != null) return cached;
        // One extraction per corpus even when two threads ask at once (the full screen extracts in
        // the background while a command may ask too): the second waits for the first.
        synchronized (corpus) {
            cached = CACHE.get(corpus);
            if (cached != null) return cached;
            return extract(corpus, true);
        }
    }

    /**
     * Extracts the corpus's figures on the calling thread alone, for a background thread: the
     * other cores stay free for the user (the full screen keeps answering keys meanwhile).
     */
    public static void prepareInBackground(Corpus corpus) {
        if (CACHE.containsKey(corpus)) return;
        synchronized (corpus) {
            if (!CACHE.containsKey(corpus)) extract(corpus, false);
        }
    }

    /** Whether the corpus's figures are extracted already, so asking for them costs nothing. */
    public static boolean ready(Corpus corpus) {
        return CACHE.containsKey(corpus);
    }

    private static List<List<Figure>> extract(Corpus corpus, boolean parallel) {
        List<List<Figure>> all = new ArrayList<>(Collections.nCopies(corpus.size(), List.<Figure>of()));
        IntStream range = IntStream.range(0, corpus.size());
        (parallel ? range.parallel() : range)
                .forEach(d -> all.set(d, List.copyOf(Extractor.extract(corpus.get(d), d))));
        List<List<Figure>> result = Collections.unmodifiableList(all);
        CACHE.put(corpus, result);
        return result;
    }

    /** Figures of one document. */
    public static List<Figure> of(Corpus corpus, int doc) {
        return of(corpus).get(doc);
    }
}
