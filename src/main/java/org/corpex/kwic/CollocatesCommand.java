package org.corpex.kwic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Layout;
import org.corpex.index.Hit;
import org.corpex.index.Index;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;
import org.corpex.language.StopWords;
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
        name = "collocates",
        description = {
            "Words that keep company with QUERY: those within --window words of its hits in the selection,",
            "scored by --stat: mi (mutual information), ll (log-likelihood) or t (t-score)."
        })
public final class CollocatesCommand implements CorpexCommand, CorpexCommand.RawArguments {
    public enum Stat implements Choice {
        MI,
        LL,
        T;
    }

    @Parameters(
            arity = "1..*",
            paramLabel = "QUERY",
            description = "The node: a word, \"a phrase\", a wildcard or a regex.")
    List<String> query;

    @Option(names = "--window", paramLabel = "N", description = "Words on each side (default: 5).")
    int window = 5;

    @Option(names = "--stat", paramLabel = "STAT", description = "mi, ll or t (default: mi).")
    Stat stat = Stat.MI;

    @Option(
            names = "--min",
            paramLabel = "N",
            description = "Only collocates seen at least N times near the node (default: 2).")
    int min = 2;

    @Mixin
    Options.Case caseOption = new Options.Case();

    @Option(names = "--stop", description = "Leave out English stop words.")
    boolean stop;

    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Override
    public Table run(Session session) {
        if (window < 1) throw new CorpexException("collocates: --window must be 1 or more");
        if (min < 0) throw new CorpexException("collocates: --min takes a number of 0 or more");
        int max = limitOption.max("collocates");
        Query q = QueryParser.parse(String.join(" ", query), caseOption.caseSensitive);
        Index index = session.corpus().index();
        Index.Result r = index.find(q, session.selection(), caseOption.caseSensitive, Integer.MAX_VALUE);
        Frequencies f = Frequencies.of(session);
        int v = index.vocabularySize();
        int[] left = new int[v], right = new int[v];
        for (Hit h : r.hits()) {
            Layout l = session.corpus().get(h.doc()).layout();
            int first = l.tokenAtOrAfter(h.start()), after = l.tokenAtOrAfter(h.end());
            for (int t = Math.max(0, first - window); t < first; t++) left[index.termAt(h.doc(), t)]++;
            for (int t = after; t < Math.min(l.tokenCount(), after + window); t++) right[index.termAt(h.doc(), t)]++;
        }
        long node = r.total(), n = f.tokens, span = 2L * window;
        List<double[]> rows = new ArrayList<>(); // id, observed, score
        for (int id = 0; id < v; id++) {
            int o = left[id] + right[id];
            if (o == 0 || o < min || stop && StopWords.contains(index.term(id))) continue;
            rows.add(new double[] {id, o, score(o, node, f.count[id], n, span)});
        }
        rows.sort((a, b) -> a[2] != b[2]
                ? Double.compare(b[2], a[2])
                : a[1] != b[1]
                        ? Double.compare(b[1], a[1])
                        : index.term((int) a[0]).compareTo(index.term((int) b[0])));
        int shown = Math.min(max, rows.size());
        String col = stat.name().toLowerCase(Locale.ROOT);
        Table.Builder b = new Table.Builder("collocates")
                .text("term")
                .integer("count")
                .integer("left")
                .integer("right")
                .integer("freq")
                .number(col);
        for (int i = 0; i < shown; i++) {
            int id = (int) rows.get(i)[0];
            b.row(
                    index.term(id),
                    left[id] + right[id],
                    left[id],
                    right[id],
                    f.count[id],
                    Math.round(rows.get(i)[2] * 1000) / 1000.0);
        }
        b.note(String.format(
                Locale.ROOT,
                "%,d collocates of %s (%,d hits, window %d each side, seen %d+ times), by %s%s",
                rows.size(),
                q.source(),
                node,
                window,
                min,
                col,
                RowLimit.note(shown, rows.size())));
        session.setLastQuery(List.of(q), caseOption.caseSensitive);
        String cut = RowLimit.warning("collocates", shown, rows.size(), "collocates");
        if (cut != null) b.warning(cut);
        return b.build();
    }

    /**
     * The association score. Expected co-occurrence E = f(node) * f(collocate) * span / N, as in AntConc and Stubbs
     * (1995); log-likelihood is Dunning's G2 over the 2x2 table of node windows against the rest of the selection.
     */
    double score(long o, long node, long fc, long n, long span) {
        double e = (double) node * fc * span / Math.max(1, n);
        switch (stat) {
            case MI:
                return Math.log(o / e) / Math.log(2);
            case T:
                return (o - e) / Math.sqrt(o);
            default: {
                double o11 = o, o12 = Math.max(0, node * span - o), o21 = Math.max(0, fc - o);
                double o22 = Math.max(0, n - o11 - o12 - o21);
                double total = o11 + o12 + o21 + o22;
                double r1 = o11 + o12, r2 = o21 + o22, c1 = o11 + o21, c2 = o12 + o22;
                return 2
                        * (g(o11, r1 * c1 / total)
                                + g(o12, r1 * c2 / total)
                                + g(o21, r2 * c1 / total)
                                + g(o22, r2 * c2 / total));
            }
        }
    }

    private static double g(double o, double e) {
        return o <= 0 || e <= 0 ? 0 : o * Math.log(o / e);
    }
}
