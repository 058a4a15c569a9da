package org.corpex.quotes;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.corpex.corpus.Document;
import org.corpex.index.Corpus;
import org.corpex.language.Attribution;
import org.corpex.language.Attributions;
import org.corpex.language.SentenceTokens;

/**
 * The attributions of a corpus, each document's found once: lazily per document (a command pays for the documents it
 * looks at), in parallel over a selection, memoised per corpus (which is immutable); read from the store when the
 * corpus was opened from an index or a collection, where they were found at build time.
 */
public final class Quotes {
    private Quotes() {}

    private static final class Store {
        final AtomicReferenceArray<List<Attribution>> docs;
        volatile IntFunction<List<Attribution>> stored;

        Store(int size) {
            docs = new AtomicReferenceArray<>(size);
        }
    }

    private static final Map<Corpus, Store> STORES = Collections.synchronizedMap(new WeakHashMap<>());

    private static Store store(Corpus corpus) {
        return STORES.computeIfAbsent(corpus, c -> new Store(c.size()));
    }

    /** Where a corpus opened from an index or a collection reads its attributions. */
    public static void attach(Corpus corpus, IntFunction<List<Attribution>> stored) {
        store(corpus).stored = stored;
    }

    /** The attributions of one document, found as the document is read. */
    public static List<Attribution> find(Document d) {
        return find(d, null);
    }

    /** As {@link #find(Document)}, the sentences' tokens taken from {@code tokens} (or null). */
    public static List<Attribution> find(Document d, SentenceTokens tokens) {
        return List.copyOf(Attributions.of(d.text(), d.layout(), tokens));
    }

    /** The attributions of one document of a corpus. */
    public static List<Attribution> of(Corpus corpus, int doc) {
        Store s = store(corpus);
        List<Attribution> a = s.docs.get(doc);
        if (a != null) return a;
        IntFunction<List<Attribution>> stored = s.stored;
        a = stored != null ? stored.apply(doc) : find(corpus.get(doc));
        if (!s.docs.compareAndSet(doc, null, a)) a = s.docs.get(doc);
        return a;
    }

    /**
     * Finds the attributions of these documents in parallel (those not done yet), before a command walks them in order.
     */
    public static void prepare(Corpus corpus, BitSet documents) {
        Store s = store(corpus);
        int[] ids = documents.stream()
                .filter(d -> d < corpus.size() && s.docs.get(d) == null)
                .toArray();
        Arrays.stream(ids).parallel().forEach(d -> of(corpus, d));
    }
}
