package org.corpex.kwic;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.index.Index;
import org.corpex.language.StopWords;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "freq",
        description = "Word list of the selection: each term (case-folded) with its count, documents and count per "
                + "thousand words.")
public final class FreqCommand implements CorpexCommand {
    @Option(names = "--stop", description = "Leave out English stop words (the, of, and, 's...).")
    boolean stop;

    @Option(names = "--min", paramLabel = "N", description = "Only terms that occur at least N times (default: 1).")
    int min = 1;

    @Option(
            names = "--dispersion",
            description = "Add Juilland's D and Gries's DP of each term over the documents in view.")
    boolean dispersion;

    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Override
    public Table run(Session session) {
        if (min < 0) throw new CorpexException("freq: --min takes a number of 0 or more");
        int max = limitOption.max("freq");
        Index index = session.corpus().index();
        Frequencies f = Frequencies.of(session);
        Integer[] ids = IntStream.range(0, f.count.length)
                .filter(id -> f.count[id] > 0 && f.count[id] >= min && !(stop && StopWords.contains(index.term(id))))
                .boxed()
                .toArray(Integer[]::new);
        Arrays.sort(ids, Comparator.comparingInt((Integer id) -> -f.count[id]).thenComparing(index::term));
        int shown = Math.min(max, ids.length);
        Table.Builder b = new Table.Builder("freq")
                .text("term")
                .integer("count")
                .integer("documents")
                .number("per_thousand");
        double[][] measures = dispersion ? measures(session, f) : null;
        if (dispersion) b.number("juilland_d").number("dp");
        for (int i = 0; i < shown; i++) {
            int id = ids[i];
            if (dispersion) {
                b.row(
                        index.term(id),
                        f.count[id],
                        f.documents[id],
                        f.perThousand(f.count[id]),
                        DispersionCommand.round(measures[0][id]),
                        DispersionCommand.round(measures[1][id]));
            } else {
                b.row(index.term(id), f.count[id], f.documents[id], f.perThousand(f.count[id]));
            }
        }
        b.note(String.format(
                Locale.ROOT,
                "%,d terms%s in %,d tokens of %,d %s%s",
                ids.length,
                stop ? " (stop words left out)" : "",
                f.tokens,
                session.selectionSize(),
                session.selectionSize() == 1 ? "document" : "documents",
                RowLimit.note(shown, ids.length)));
        if (dispersion)
            b.note("juilland_d: Juilland's D (1 even, 0 in one document); dp: Gries's DP (0 even, towards 1 "
                    + "clustered); the parts are the documents in view");
        String cut = RowLimit.warning("freq", shown, ids.length, "terms");
        if (cut != null) b.warning(cut);
        return b.build();
    }

    /**
     * Juilland's D and Gries's DP of every term at once, in one pass over the selection's tokens: each document adds
     * its share to running sums, so a term's absence from a document costs nothing (see {@link Dispersion} for the
     * definitions these sums add up to).
     */
    static double[][] measures(Session session, Frequencies f) {
        Index index = session.corpus().index();
        BitSet sel = session.selection();
        int v = index.vocabularySize();
        double[] rel = new double[v], relSquares = new double[v], deviation = new double[v], share = new double[v];
        int[] inDoc = new int[v];
        int[] touched = new int[v];
        int parts = sel.cardinality();
        double total = f.tokens;
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            Cancellation.check();
            int[] terms = index.documentTerms(d);
            int n = 0;
            for (int id : terms) if (inDoc[id]++ == 0) touched[n++] = id;
            double size = terms.length, s = size / total;
            for (int i = 0; i < n; i++) {
                int id = touched[i];
                double p = inDoc[id] / size;
                rel[id] += p;
                relSquares[id] += p * p;
                deviation[id] += Math.abs(inDoc[id] / (double) f.count[id] - s);
                share[id] += s;
                inDoc[id] = 0;
            }
        }
        double[] d = new double[v], dp = new double[v];
        for (int id = 0; id < v; id++) {
            d[id] = Dispersion.fromSums(rel[id], relSquares[id], parts);
            // Documents without the term deviate by their whole share: 1 minus the shares seen.
            dp[id] = f.count[id] == 0 ? Double.NaN : (deviation[id] + Math.max(0, 1 - share[id])) / 2;
        }
        return new double[][] {d, dp};
    }
}
