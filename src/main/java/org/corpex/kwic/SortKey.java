package org.corpex.kwic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Layout;
import org.corpex.index.Corpus;
import org.corpex.index.Hit;
import org.corpex.index.Index;

/**
 * A concordance sort key, AntConc style: {@code doc} (document, then position), or the word {@code n} tokens to the
 * left ({@code L1} is the word just before the match) or right of it. Words compare by their folded form; a missing
 * word (at a document's edge) sorts first.
 */
enum SortKey {
    DOC(0),
    L3(-3),
    L2(-2),
    L1(-1),
    R1(1),
    R2(2),
    R3(3);

    final int offset;

    SortKey(int offset) {
        this.offset = offset;
    }

    String label() {
        return this == DOC ? "doc" : name();
    }

    static List<SortKey> parse(String spec) {
        List<SortKey> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) return List.of(DOC);
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            try {
                out.add(valueOf(p.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CorpexException(
                        "kwic --sort: unknown key '" + p + "' (keys: doc, L3, L2, L1, R1, R2, R3; e.g. --sort R1,R2)");
            }
        }
        if (out.isEmpty()) throw new CorpexException("kwic --sort: no key given (keys: doc, L3, L2, L1, R1, R2, R3)");
        return out;
    }

    /**
     * The hits ordered by the keys, then by document and position. Each hit's words are looked up once and the distinct
     * words ranked once, so the sort compares ints: switching the key over a few hundred thousand hits takes tens of
     * milliseconds.
     */
    static List<Hit> sort(List<Hit> hits, List<SortKey> keys, Corpus corpus, Index index) {
        int n = hits.size();
        int[][] rank = new int[keys.size()][];
        Map<Integer, Integer> termRank = new HashMap<>();
        for (int j = 0; j < keys.size(); j++) {
            SortKey k = keys.get(j);
            if (k == DOC) continue;
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = k.termId(hits.get(i), corpus, index);
                if (ids[i] >= 0) termRank.putIfAbsent(ids[i], 0);
            }
            rank[j] = ids;
        }
        // Rank the distinct words by their folded form; an edge (-1) sorts before every word.
        Integer[] distinct = termRank.keySet().toArray(new Integer[0]);
        Arrays.sort(distinct, Comparator.comparing(index::term));
        for (int r = 0; r < distinct.length; r++) termRank.put(distinct[r], r);
        for (int[] ids : rank) {
            if (ids == null) continue;
            for (int i = 0; i < n; i++) ids[i] = ids[i] < 0 ? -1 : termRank.get(ids[i]);
        }
        // One stable pass per key, last key first (as a radix sort does), each a sort of primitive
        // longs: the key's rank above, the row's place in the order so far below. The hits come in
        // document order, so the order so far starts as the doc key's order.
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        long[] packed = new long[n];
        for (int j = keys.size() - 1; j >= 0; j--) {
            for (int p = 0; p < n; p++) {
                long key = rank[j] == null ? order[p] : rank[j][order[p]] + 1L; // doc: the hit's own place
                packed[p] = key << 32 | p;
            }
            Arrays.sort(packed);
            int[] next = new int[n];
            for (int p = 0; p < n; p++) next[p] = order[(int) packed[p]];
            order = next;
        }
        List<Hit> out = new ArrayList<>(n);
        for (int i : order) out.add(hits.get(i));
        return out;
    }

    /** The term id at this key's place around a hit, or -1 past the document's edge. */
    private int termId(Hit h, Corpus corpus, Index index) {
        Layout l = corpus.get(h.doc()).layout();
        int t = offset < 0 ? l.tokenAtOrAfter(h.start()) + offset : l.tokenAtOrAfter(h.end()) + offset - 1;
        if (t < 0 || t >= l.tokenCount()) return -1;
        return index.termAt(h.doc(), t);
    }
}
