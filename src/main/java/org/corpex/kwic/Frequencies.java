package org.corpex.kwic;

import java.util.Arrays;
import java.util.BitSet;
import org.corpex.index.Index;
import org.corpex.session.Session;

/** How often each term occurs in the selection, in how many of its documents, and how many tokens it has. */
final class Frequencies {
    final int[] count;
    final int[] documents;
    final long tokens;

    private Frequencies(int[] count, int[] documents, long tokens) {
        this.count = count;
        this.documents = documents;
        this.tokens = tokens;
    }

    static Frequencies of(Session s) {
        Index index = s.corpus().index();
        BitSet sel = s.selection();
        int v = index.vocabularySize();
        int[] count = new int[v], docs = new int[v];
        long tokens = 0;
        if (sel.cardinality() == index.documentCount()) {
            // The whole corpus: the index already knows.
            for (int id = 0; id < v; id++) {
                count[id] = index.termFrequency(id);
                docs[id] = index.documentFrequency(id);
            }
            for (int d = 0; d < index.documentCount(); d++) tokens += index.tokenCount(d);
            return new Frequencies(count, docs, tokens);
        }
        int[] lastDoc = new int[v];
        Arrays.fill(lastDoc, -1);
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            int[] terms = index.documentTerms(d);
            tokens += terms.length;
            for (int id : terms) {
                count[id]++;
                if (lastDoc[id] != d) {
                    lastDoc[id] = d;
                    docs[id]++;
                }
            }
        }
        return new Frequencies(count, docs, tokens);
    }

    double perThousand(long n) {
        return tokens == 0 ? 0 : Math.round(n * 1_000_000.0 / tokens) / 1000.0;
    }
}
