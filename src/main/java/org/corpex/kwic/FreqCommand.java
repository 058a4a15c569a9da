package org.corpex.kwic;

import org.corpex.CorpexException;
import org.corpex.index.Index;
import org.corpex.shell.CorpexCommand;
import org.corpex.shell.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

@Command(name = "freq", description = "Word list of the selection: each term (case-folded) with its count, documents and count per thousand words.")
public final class FreqCommand implements CorpexCommand {
    @Option(names = "--stop", description = "Leave out English stop words (the, of, and, 's...).")
    boolean stop;

    @Option(names = "--min", paramLabel = "N", description = "Only terms that occur at least N times (default: 1).")
    int min = 1;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Keep at most N terms (default: all; the screen shows the first 500).")
    Integer limit;

    @Override
    public Table run(Session session) {
        if (min < 0) throw new CorpexException("freq: --min takes a number of 0 or more");
        int max = org.corpex.shell.RowLimit.of("freq", limit);
        Index index = session.corpus().index();
        Frequencies f = Frequencies.of(session);
        Integer[] ids = java.util.stream.IntStream.range(0, f.count.length)
                .filter(id -> f.count[id] > 0 && f.count[id] >= min && !(stop && StopWords.contains(index.term(id))))
                .boxed().toArray(Integer[]::new);
        Arrays.sort(ids, Comparator.comparingInt((Integer id) -> -f.count[id]).thenComparing(index::term));
        int shown = Math.min(max, ids.length);
        Table.Builder b = new Table.Builder("freq").text("term").integer("count").integer("documents").number("per_thousand");
        for (int i = 0; i < shown; i++) b.row(index.term(ids[i]), f.count[ids[i]], f.documents[ids[i]], f.perThousand(f.count[ids[i]]));
        b.note(String.format(Locale.ROOT, "%,d terms%s in %,d tokens of %,d %s%s", ids.length, stop ? " (stop words left out)" : "",
                f.tokens, session.selectionSize(), session.selectionSize() == 1 ? "document" : "documents",
                org.corpex.shell.RowLimit.note(shown, ids.length)));
        String cut = org.corpex.shell.RowLimit.warning("freq", shown, ids.length, "terms");
        if (cut != null) b.warning(cut);
        return b.build();
    }
}
