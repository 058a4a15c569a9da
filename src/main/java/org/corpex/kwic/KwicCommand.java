package org.corpex.kwic;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.index.Hit;
import org.corpex.index.Index;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;
import org.corpex.query.FilterExpression;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.Request;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Column;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "kwic",
        description = {
            "Keyword in context: every hit of QUERY in the selection, the match centred between its contexts.",
            "QUERY: a word, \"a phrase\", a wildcard (invest*, data cent?r), a token regex /^\\d+bn$/ or a text "
                    + "regex /\\$\\d+ billion/.",
            "Context stays inside the document; a line break in it shows as ⏎."
        })
public final class KwicCommand implements CorpexCommand, CorpexCommand.RawArguments {
    /**
     * kwic as a screen asks for it: the query as typed, sorted by {@code sortKeys} (null: by document), {@code width}
     * characters of context (null: the default), only in the documents that match {@code where} (null: all in view).
     */
    public static Request request(String query, String sortKeys, Integer width, String where, boolean caseSensitive) {
        Request r = Request.of("kwic");
        if (sortKeys != null) r = r.with("--sort", sortKeys);
        if (width != null) r = r.with("--width", Integer.toString(width));
        if (where != null) r = r.with("--where", where);
        return r.flag("--case", caseSensitive).text(query);
    }

    /** Shown in context where the text has a line break. */
    public static final char LINE_BREAK = '⏎';

    static final int DEFAULT_WIDTH = 40;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
    List<String> query;

    @Mixin
    Options.Case caseOption = new Options.Case();

    @Option(
            names = {"-w", "--width"},
            paramLabel = "N",
            description =
                    "Characters of context on each side (default: " + DEFAULT_WIDTH + "; the screen may show less).")
    Integer width;

    @Option(
            names = "--words",
            paramLabel = "N",
            description = "Whole words of context on each side, instead of --width.")
    Integer words;

    @Option(
            names = {"-s", "--sort"},
            paramLabel = "KEYS",
            completionCandidates = SortKeys.class,
            description = "Sort by one or more of doc, L3, L2, L1, R1, R2, R3, comma separated (default: doc).")
    String sort;

    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Option(
            names = "--where",
            paramLabel = "EXPR",
            description =
                    "Only in the documents of the selection that match the filter EXPR, without stacking a filter "
                            + "(a trend cell's period and source).")
    String where;

    @Override
    public Table run(Session session) {
        String text = String.join(" ", query);
        Query q = QueryParser.parse(text, caseOption.caseSensitive);
        if (width != null && words != null) throw new CorpexException("kwic: give --width or --words, not both");
        if (width != null && width < 0 || words != null && words < 0)
            throw new CorpexException("kwic: --width and --words take a number of 0 or more");
        int max = limitOption.max("kwic");
        List<SortKey> keys = SortKey.parse(sort);
        Index index = session.corpus().index();
        BitSet scope = session.selection();
        String within = "";
        if (where != null) {
            FilterExpression e = FilterExpression.parse(where);
            scope = e.evaluate(session.corpus(), scope);
            within = " matching " + e.source();
        }
        int inScope = scope.cardinality();
        boolean byDoc = keys.size() == 1 && keys.get(0) == SortKey.DOC;
        Index.Result r = index.find(q, scope, caseOption.caseSensitive, byDoc ? max : Integer.MAX_VALUE);
        List<Hit> hits = r.hits();
        if (!byDoc) {
            List<Hit> sorted = SortKey.sort(hits, keys, session.corpus(), index);
            hits = sorted.subList(0, Math.min(max, sorted.size()));
        }
        session.setLastQuery(List.of(q), caseOption.caseSensitive);

        Table.Builder b = new Table.Builder("kwic")
                .kind(Table.Kind.KWIC)
                .text("doc")
                .integer("line")
                .integer("start")
                .integer("end")
                .column(Column.text("left").aligned(Column.Align.RIGHT))
                .column(Column.text("match").highlighted())
                .text("right");
        // Context never depends on the terminal: an export must not change with the window's
        // width. The screen cuts the left and right columns to fit.
        int context = words != null ? -1 : width != null ? width : DEFAULT_WIDTH;
        for (Hit h : hits) {
            Document d = session.corpus().get(h.doc());
            String t = d.text();
            int ls, re;
            if (words != null) {
                Layout l = d.layout();
                int first = l.tokenAtOrAfter(h.start());
                int after = l.tokenAtOrAfter(h.end());
                ls = words == 0 ? h.start() : l.tokenStart(Math.max(0, first - words));
                ls = Math.min(ls, h.start());
                re = words == 0 || after >= l.tokenCount()
                        ? (words == 0 ? h.end() : t.length())
                        : l.tokenEnd(Math.min(l.tokenCount() - 1, after + words - 1));
                re = Math.max(re, h.end());
            } else {
                ls = Math.max(0, h.start() - context);
                re = Math.min(t.length(), h.end() + context);
                // Never split a surrogate pair at the cut.
                if (ls > 0 && Character.isLowSurrogate(t.charAt(ls))) ls++;
                if (re < t.length() && Character.isLowSurrogate(t.charAt(re))) re--;
            }
            b.row(
                    d.id(),
                    d.layout().lineOf(h.start()),
                    h.start(),
                    h.end(),
                    visible(t, ls, h.start()),
                    visible(t, h.start(), h.end()),
                    visible(t, h.end(), re));
        }
        long total = r.total();
        StringBuilder note = new StringBuilder();
        note.append(String.format(
                Locale.ROOT,
                "%,d %s in %,d of %,d %s%s",
                total,
                total == 1 ? "hit" : "hits",
                r.documents(),
                inScope,
                inScope == 1 ? "document" : "documents",
                within));
        note.append(" for ").append(q.source());
        note.append(RowLimit.note(hits.size(), total));
        String cut = RowLimit.warning("kwic", hits.size(), total, "hits");
        if (cut != null) b.warning(cut);
        if (!byDoc)
            note.append("; sorted by ")
                    .append(String.join(",", keys.stream().map(SortKey::label).toList()));
        b.query(q.source(), total);
        b.note(note.toString());
        return b.build();
    }

    /** The text with line breaks as ⏎ and other control characters as spaces, so a line stays a line. */
    static String visible(String t, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\n') b.append(LINE_BREAK);
            else if (c == '\r') continue;
            else if (c < ' ' || c == 0x7F) b.append(' ');
            else b.append(c);
        }
        return b.toString();
    }

    /** The sort keys, for Tab at the prompt (a comma list completes key by key). */
    public static final class SortKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SortKey.values())
                    .map(k -> k == SortKey.DOC ? "doc" : k.name())
                    .iterator();
        }
    }
}
