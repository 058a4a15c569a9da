package org.corpex.kwic;

import org.corpex.CorpexException;
import org.corpex.corpus.Corpus;
import org.corpex.corpus.Layout;
import org.corpex.index.Hit;
import org.corpex.index.Index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A concordance sort key, AntConc style: {@code doc} (document, then position), or the word
 * {@code n} tokens to the left ({@code L1} is the word just before the match) or right of it.
 * Words compare by their folded form; a missing word (at a document's edge) sorts first.
 */
enum SortKey {
    DOC(0), L3(-3), L2(-2), L1(-1), R1(1), R2(2), R3(3);

    final int offset;

    SortKey(int offset) { this.offset = offset; }

    String label() { return this == DOC ? "doc" : name(); }

    static List<SortKey> parse(String spec) {
        List<SortKey> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) return List.of(DOC);
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            try {
                out.add(valueOf(p.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CorpexException("kwic --sort: unknown key '" + p + "' (keys: doc, L3, L2, L1, R1, R2, R3; e.g. --sort R1,R2)");
            }
        }
        if (out.isEmpty()) throw new CorpexException("kwic --sort: no key given (keys: doc, L3, L2, L1, R1, R2, R3)");
        return out;
    }

    /** Orders hits by the keys, then by document and position. */
    static Comparator<Hit> comparator(List<SortKey> keys, Corpus corpus, Index index) {
        Comparator<Hit> byDoc = Comparator.comparingInt(Hit::doc).thenComparingInt(Hit::start).thenComparingInt(Hit::end);
        Comparator<Hit> c = null;
        for (SortKey k : keys) {
            Comparator<Hit> next = k == DOC ? byDoc : Comparator.comparing((Hit h) -> k.word(h, corpus, index));
            c = c == null ? next : c.thenComparing(next);
        }
        return c.thenComparing(byDoc);
    }

    /** The folded word at this key's place around a hit, or "" past the document's edge. */
    String word(Hit h, Corpus corpus, Index index) {
        Layout l = corpus.get(h.doc()).layout();
        int t = offset < 0 ? l.tokenAtOrAfter(h.start()) + offset : l.tokenAtOrAfter(h.end()) + offset - 1;
        if (t < 0 || t >= l.tokenCount()) return "";
        return index.term(index.termAt(h.doc(), t));
    }
}
