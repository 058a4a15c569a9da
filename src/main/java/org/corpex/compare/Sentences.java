package org.corpex.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.corpus.Segmenter;
import org.corpex.index.Corpus;

/** A document's sentences with what alignment and duplicate detection compare: their word sets. */
final class Sentences {
    private Sentences() {}

    /**
     * One sentence.
     *
     * @param index position among the document's sentences
     * @param line 1-based line where it starts
     * @param text its text, whitespace collapsed
     * @param terms sorted, distinct term ids of its words (case-folded, so "AI" and "ai" agree)
     */
    record Sentence(int index, int line, String text, int[] terms) {}

    static List<Sentence> of(Corpus corpus, int doc) {
        Document d = corpus.get(doc);
        Layout l = d.layout();
        int[] docTerms = corpus.index().documentTerms(doc);
        List<Sentence> out = new ArrayList<>(l.sentenceCount());
        for (int s = 0; s < l.sentenceCount(); s++) {
            int start = l.sentenceStart(s), end = l.sentenceEnd(s);
            int t0 = l.tokenAtOrAfter(start), t1 = t0;
            while (t1 < l.tokenCount() && l.tokenStart(t1) < end) t1++;
            int[] terms = Arrays.stream(docTerms, t0, t1).sorted().distinct().toArray();
            if (terms.length == 0) continue; // punctuation or chrome only
            out.add(new Sentence(
                    s, l.lineOf(start), Segmenter.collapseWhitespace(d.text().substring(start, end)), terms));
        }
        return out;
    }

    /** Jaccard similarity of two sorted sets of ids: shared / all. */
    static double jaccard(int[] a, int[] b) {
        int i = 0, j = 0, shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 1 : (double) shared / union;
    }
}
