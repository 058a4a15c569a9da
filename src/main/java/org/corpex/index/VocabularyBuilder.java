package org.corpex.index;

import java.util.Arrays;

/**
 * Counts folded tokens into a {@link Vocabulary} as documents stream past in corpus order, so
 * that ids are ranks of first appearance, as {@link MemoryIndex} gives them. Allocation-free for
 * a term already seen. Not thread-safe: one writer feeds it.
 */
public final class VocabularyBuilder {
    private final TermTable table = new TermTable();
    private int[] cf = new int[1024], df = new int[1024], lastDoc = new int[1024];

    public VocabularyBuilder() {}

    /** Continues a vocabulary (an index that is appended to): its ids and counts stay. */
    public static VocabularyBuilder from(Vocabulary v) {
        VocabularyBuilder b = new VocabularyBuilder();
        for (int id = 0; id < v.size(); id++) {
            int k = b.table.add(v.term(id));
            b.grow(k);
            b.cf[k] = v.collectionFrequency(id);
            b.df[k] = v.documentFrequency(id);
            b.lastDoc[k] = -1;
        }
        return b;
    }

    /** Counts one token of document {@code doc}, folded in {@code b[0, len)}; returns its id. */
    public int add(char[] b, int len, int doc) {
        int before = table.size();
        int k = table.add(b, len, TermTable.hash(b, len));
        if (k == before) {
            grow(k);
            lastDoc[k] = -1;
        }
        if (cf[k] == Integer.MAX_VALUE) throw new org.corpex.base.CorpexException("a term occurs more than 2 billion times: too large to index");
        cf[k]++;
        if (lastDoc[k] != doc) { df[k]++; lastDoc[k] = doc; }
        return k;
    }

    public int size() { return table.size(); }

    private void grow(int k) {
        if (k >= cf.length) {
            int cap = Math.max(cf.length * 2, k + 1);
            cf = Arrays.copyOf(cf, cap);
            df = Arrays.copyOf(df, cap);
            lastDoc = Arrays.copyOf(lastDoc, cap);
        }
    }

    /** The vocabulary so far (the builder should not be used afterwards). */
    public Vocabulary build() {
        int n = table.size();
        return new Vocabulary(table, Arrays.copyOf(cf, n), Arrays.copyOf(df, n));
    }
}
