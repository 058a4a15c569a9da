package org.corpex.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.index.Corpus;
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
        name = "count",
        description = {
            "A pivot of the selection: hits of QUERY (or documents, for *) by one field, or by two (rows by the",
            "first, a column for each value of the second, and a total), as a spreadsheet's pivot table makes it.",
            "FIELD: source, any metadata field, or a period of the date: day, week, month, quarter, year."
        })
public final class CountCommand implements CorpexCommand, CorpexCommand.RawArguments {

    @Parameters(
            arity = "1..*",
            paramLabel = "QUERY",
            description = "What to count: a query as for kwic, or * for documents.")
    List<String> query;

    @Option(
            names = "--by",
            paramLabel = "FIELD[,FIELD]",
            required = true,
            description = "One or two fields, comma separated: source,month makes a row a source and a column a month.")
    String by;

    @Mixin
    Options.Case caseOption = new Options.Case();

    @Override
    public Table run(Session session) {
        Corpus corpus = session.corpus();
        List<String> names = new ArrayList<>();
        for (String s : by.split(",")) if (!s.isBlank()) names.add(s.strip());
        if (names.isEmpty() || names.size() > 2) {
            throw new CorpexException(
                    "count: --by takes one or two fields, comma separated (source,month), not '" + by + "'");
        }
        List<Grouping> keys = new ArrayList<>();
        for (String n : names) keys.add(Grouping.of("count", "--by", corpus, n));
        String text = String.join(" ", query).strip();
        boolean documents = text.equals("*") || text.equals("\"*\"") || text.equals("'*'");
        BitSet sel = session.selection();
        int[] hits;
        Query q = null;
        if (documents) {
            hits = null;
        } else {
            q = QueryParser.parse(text, caseOption.caseSensitive);
            hits = corpus.index().hitsPerDocument(q, sel, caseOption.caseSensitive);
            session.setLastQuery(List.of(q), caseOption.caseSensitive);
        }
        // row -> column -> [count, documents with a hit]
        Map<String, Map<String, long[]>> cells = new HashMap<>();
        Map<String, Long> rowTotals = new HashMap<>(), colTotals = new HashMap<>();
        long total = 0;
        int withHits = 0;
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            Cancellation.check();
            long v = documents ? 1 : hits[d];
            String r = keys.get(0).label(corpus, d);
            String c = keys.size() > 1 ? keys.get(1).label(corpus, d) : "";
            long[] cell = cells.computeIfAbsent(r, k -> new HashMap<>()).computeIfAbsent(c, k -> new long[2]);
            cell[0] += v;
            if (v > 0) cell[1]++;
            rowTotals.merge(r, v, Long::sum);
            colTotals.merge(c, v, Long::sum);
            total += v;
            if (v > 0) withHits++;
        }
        String what = documents ? "documents" : "hits";
        Table.Builder b = new Table.Builder("count").text(keys.get(0).name());
        List<String> rows = keys.get(0).order(rowTotals);
        if (keys.size() == 1) {
            b.integer(what);
            if (!documents) b.integer("documents");
            for (String r : rows) {
                long[] cell = cells.get(r).get("");
                if (documents) b.row(r, cell[0]);
                else b.row(r, cell[0], cell[1]);
            }
        } else {
            List<String> cols = keys.get(1).order(colTotals);
            Set<String> used = new HashSet<>(List.of(keys.get(0).name(), "total"));
            for (String c : cols) {
                String name = c;
                while (!used.add(name)) name = name + "_";
                b.integer(name);
            }
            b.integer("total");
            for (String r : rows) {
                List<Object> row = new ArrayList<>();
                row.add(r);
                Map<String, long[]> m = cells.get(r);
                for (String c : cols) row.add(m.containsKey(c) ? m.get(c)[0] : 0L);
                row.add(rowTotals.get(r));
                b.row(row);
            }
        }
        String byWhat = String.join(
                " and ", names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        b.note(
                documents
                        ? String.format(Locale.ROOT, "%,d documents by %s", total, byWhat)
                        : String.format(
                                Locale.ROOT,
                                "%,d hits of %s in %,d of %,d documents, by %s",
                                total,
                                q.source(),
                                withHits,
                                sel.cardinality(),
                                byWhat));
        return b.build();
    }
}
