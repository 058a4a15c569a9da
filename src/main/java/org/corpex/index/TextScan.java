package org.corpex.index;

import org.corpex.base.Cancellation;
import org.corpex.corpus.Document;
import com.google.re2j.Matcher;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;

/** A free regex over the texts: the one search that reads text, so it reads as little as it can. */
public final class TextScan {
    private TextScan() {}

    /**
     * The documents that can hold a match (those with a token containing each of the regex's
     * {@link Literals}), or null when the regex names no literal and every document must be read.
     * {@code documentsOf} gives the documents where any of some term ids occurs.
     */
    public static BitSet candidates(Query.TextRegex r, Vocabulary vocab, Function<int[], BitSet> documentsOf) {
        BitSet out = null;
        for (String fragment : Literals.required(r.pattern().pattern())) {
            BitSet b = documentsOf.apply(vocab.containing(fragment));
            if (out == null) out = b;
            else out.and(b);
        }
        return out;
    }

    /** Positions of the documents to scan: those in scope (null: all) and among the candidates (null: all). */
    public static int[] order(int size, BitSet scope, BitSet candidates) {
        BitSet b = new BitSet(size);
        b.set(0, size);
        if (scope != null) b.and(scope);
        if (candidates != null) b.and(candidates);
        return b.stream().toArray();
    }

    /** Scans these documents (in parallel); hits are taken in document order. Returns the total. */
    public static long scan(Query.TextRegex r, List<Document> docs, int[] order, int limit, List<Hit> out, BitSet docsHit) {

        Cancellation cancel = Cancellation.current();
        // Each document is scanned on its own (in parallel); hits are then taken in document order.
        int[][] found = new int[order.length][];
        AtomicLong total = new AtomicLong();
        IntStream.range(0, order.length).parallel().forEach(k -> {
            int d = order[k];
            Matcher m = r.pattern().matcher(new CancellableText(docs.get(d).text(), cancel));
            int[] spans = new int[8];
            int c = 0;
            while (m.find()) {
                if (m.end() == m.start()) continue;
                if (c + 2 > spans.length) spans = Arrays.copyOf(spans, spans.length * 2);
                spans[c++] = m.start();
                spans[c++] = m.end();
            }
            if (c > 0) {
                found[k] = Arrays.copyOf(spans, c);
                total.addAndGet(c / 2);
            }
        });
        for (int k = 0; k < order.length; k++) {
            int[] s = found[k];
            if (s == null) continue;
            docsHit.set(order[k]);
            for (int i = 0; i < s.length && out.size() < limit; i += 2) out.add(new Hit(order[k], s[i], s[i + 1]));
        }
        return total.get();
    }

    /**
     * Text that stops the scan when the command is cancelled or its deadline passes: the regex
     * engine reads every character through charAt, so even one huge document stops in time.
     */
    private static final class CancellableText implements CharSequence {
        private final String text;
        private final Cancellation cancel;
        private int calls;

        CancellableText(String text, Cancellation cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override public char charAt(int index) {
            if ((++calls & 0x3FFF) == 0) cancel.poll();
            return text.charAt(index);
        }

        @Override public int length() { return text.length(); }


        @Override public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }
        @Override public String toString() { return text; }
    }
}
