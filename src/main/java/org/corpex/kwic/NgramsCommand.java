package org.corpex.kwic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Layout;
import org.corpex.index.Index;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "ngrams",
        description = "Clusters: runs of N words (case-folded) that recur in the selection, within a sentence, most "
                + "frequent first.")
public final class NgramsCommand implements CorpexCommand {
    @Parameters(index = "0", paramLabel = "N", description = "Words in each n-gram (2 to 8).")
    int n;

    @Option(names = "--min", paramLabel = "N", description = "Only n-grams that occur at least N times (default: 2).")
    int min = 2;

    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Override
    public Table run(Session session) {
        if (n < 1 || n > 8) throw new CorpexException("ngrams: N must be between 1 and 8 (got " + n + ")");
        if (min < 0) throw new CorpexException("ngrams: --min takes a number of 0 or more");
        int max = limitOption.max("ngrams");
        Index index = session.corpus().index();
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, index.vocabularySize()));
        boolean packed = bits * n <= 63;
        // Per n-gram: count, documents, last document seen. Keys are the term ids, packed in a long when they fit.
        Map<Object, int[]> counts = new HashMap<>();
        BitSet sel = session.selection();
        long grams = 0;
        int[] window = new int[n];
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            Layout l = session.corpus().get(d).layout();
            int[] terms = index.documentTerms(d);
            for (int s = 0; s < l.sentenceCount(); s++) {
                int from = l.tokenAtOrAfter(l.sentenceStart(s)), to = l.tokenAtOrAfter(l.sentenceEnd(s));
                for (int t = from; t + n <= to; t++) {
                    System.arraycopy(terms, t, window, 0, n);
                    Object key = packed ? (Object) pack(window, bits) : (Object) Arrays.toString(window);
                    int[] c = counts.computeIfAbsent(key, k -> new int[] {0, 0, -1});
                    c[0]++;
                    if (c[2] != d) {
                        c[2] = d;
                        c[1]++;
                    }
                    grams++;
                }
            }
        }
        List<Map.Entry<Object, int[]>> rows = new ArrayList<>();
        for (Map.Entry<Object, int[]> e : counts.entrySet()) if (e.getValue()[0] >= min) rows.add(e);
        Map<Object, String> text = new HashMap<>();
        for (Map.Entry<Object, int[]> e : rows) text.put(e.getKey(), words(e.getKey(), packed, bits, index));
        rows.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Integer.compare(b.getValue()[0], a.getValue()[0])
                : text.get(a.getKey()).compareTo(text.get(b.getKey())));
        int shown = Math.min(max, rows.size());
        Table.Builder b = new Table.Builder("ngrams")
                .text("term")
                .integer("count")
                .integer("documents")
                .number("per_thousand");
        for (int i = 0; i < shown; i++) {
            int[] c = rows.get(i).getValue();
            b.row(
                    text.get(rows.get(i).getKey()),
                    c[0],
                    c[1],
                    grams == 0 ? 0.0 : Math.round(c[0] * 1_000_000.0 / grams) / 1000.0);
        }
        b.note(String.format(
                Locale.ROOT,
                "%,d distinct %d-grams occur %d or more times (of %,d %d-grams within sentences)%s",
                rows.size(),
                n,
                min,
                grams,
                n,
                RowLimit.note(shown, rows.size())));
        String cut = RowLimit.warning("ngrams", shown, rows.size(), "n-grams");
        if (cut != null) b.warning(cut);
        return b.build();
    }

    private long pack(int[] ids, int bits) {
        long k = 0;
        for (int id : ids) k = (k << bits) | id;
        return k;
    }

    private String words(Object key, boolean packed, int bits, Index index) {
        int[] ids = new int[n];
        if (packed) {
            long k = (Long) key;
            for (int i = n - 1; i >= 0; i--) {
                ids[i] = (int) (k & ((1L << bits) - 1));
                k >>>= bits;
            }
        } else {
            String[] parts = ((String) key).replaceAll("[\\[\\] ]", "").split(",");
            for (int i = 0; i < n; i++) ids[i] = Integer.parseInt(parts[i]);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String t = index.term(ids[i]);
            // A clitic joins the word before it: "acme's", not "acme 's".
            if (i > 0 && !(t.startsWith("'"))) b.append(' ');
            b.append(t);
        }
        return b.toString();
    }
}
