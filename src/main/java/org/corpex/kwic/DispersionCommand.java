package org.corpex.kwic;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.index.Hit;
import org.corpex.index.Index;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "dispersion",
        description = {
            "Where QUERY's hits fall in each document of the selection: a plot, start to end, with | where a hit is,",
            "and hits per thousand words."
        })
public final class DispersionCommand implements CorpexCommand, CorpexCommand.RawArguments {
    static final char HIT = '|', EMPTY = '·';

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "A word, \"a phrase\", a wildcard or a regex.")
    List<String> query;

    @Mixin
    Options.Case caseOption = new Options.Case();

    /** Cells in a plot when --width is not given: the same on every terminal and in every file. */
    static final int DEFAULT_CELLS = 50;

    @Option(
            names = {"-w", "--width"},
            paramLabel = "N",
            description = "Characters in each plot (default: 50, whatever the terminal: an export never depends on its "
                    + "width).")
    Integer width;

    @Option(names = "--all", description = "Also list the documents without a hit.")
    boolean all;

    @Override
    public Table run(Session session) {
        Query q = QueryParser.parse(String.join(" ", query), caseOption.caseSensitive);
        Index index = session.corpus().index();
        BitSet sel = session.selection();
        Index.Result r = index.find(q, sel, caseOption.caseSensitive, Integer.MAX_VALUE);
        int cells = width != null ? width : DEFAULT_CELLS;
        if (cells < 1) throw new CorpexException("dispersion: --width must be 1 or more");
        Table.Builder b = new Table.Builder("dispersion")
                .text("doc")
                .integer("words")
                .integer("hits")
                .number("per_thousand")
                .text("plot");
        List<Hit> hits = r.hits();
        long[] freqs = new long[sel.cardinality()], sizes = new long[freqs.length];
        int part = 0;
        int k = 0;
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            Document doc = session.corpus().get(d);
            char[] plot = new char[cells];
            Arrays.fill(plot, EMPTY);
            int n = 0;
            int len = Math.max(1, doc.text().length());
            while (k < hits.size() && hits.get(k).doc() == d) {
                plot[(int) Math.min(cells - 1, (long) hits.get(k).start() * cells / len)] = HIT;
                n++;
                k++;
            }
            freqs[part] = n;
            sizes[part++] = index.tokenCount(d);
            if (n == 0 && !all) continue;
            double per = doc.words() == 0 ? 0 : Math.round(n * 1_000_000.0 / doc.words()) / 1000.0;
            b.row(doc.id(), doc.words(), n, per, new String(plot));
        }
        b.note(String.format(
                Locale.ROOT,
                "%,d hits of %s in %,d of %,d documents; each plot runs from the start of a document to its end, "
                        + "%d cells",
                r.total(),
                q.source(),
                r.documents(),
                session.selectionSize(),
                cells));
        // The corpus-level measures, over every document in view (those without a hit too).
        if (r.total() > 0 && freqs.length > 1) {
            b.note(String.format(
                    Locale.ROOT,
                    "Juilland's D %s, Gries's DP %s over the %,d documents in view (parts of unequal size; D 1 "
                            + "and DP 0 are even)",
                    Table.format(round(Dispersion.juillandD(freqs, sizes))),
                    Table.format(round(Dispersion.dp(freqs, sizes))),
                    freqs.length));
        }
        session.setLastQuery(List.of(q), caseOption.caseSensitive);
        return b.build();
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
