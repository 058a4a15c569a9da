package org.corpex.commands;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.index.Hit;
import org.corpex.index.Query;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Request;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "show",
        description = "Show one document with line numbers; --hits marks the matches of the last kwic or filter.")
public final class ShowCommand implements CorpexCommand {
    /** show DOC, its figures marked when {@code figures}, the last query's hits when {@code hits}. */
    public static Request request(String id, boolean figures, boolean hits) {
        return Request.of("show")
                .flag("--figures", figures)
                .flag("--hits", hits)
                .argument(id);
    }

    /** Marks around a hit; plain characters, so they survive export and a monochrome terminal. */
    public static final String OPEN = "«", CLOSE = "»";

    @Parameters(index = "0", paramLabel = "DOC", description = "Document id, or any unique prefix of one.")
    String doc;

    @Option(names = "--hits", description = "Mark the hits of the last query with «».")
    boolean hits;

    @Option(names = "--figures", description = "Mark the figures with ⟦⟧.")
    boolean figures;

    private record Mark(int start, int end, Table.Mark mark) {}

    @Option(names = "--lines", paramLabel = "FROM-TO", description = "Only these lines, e.g. 10-20 or 5.")
    String lines;

    @Override
    public Table run(Session session) {
        int d = session.corpus().resolve(doc);
        Document document = session.corpus().get(d);
        Layout layout = document.layout();
        int from = 1, to = layout.lineCount();
        if (lines != null) {
            int[] r = parseRange(lines, layout.lineCount());
            from = r[0];
            to = r[1];
        }
        List<Mark> hitMarks = new ArrayList<>(), figureMarks = new ArrayList<>();
        if (hits) {
            if (session.lastQuery().isEmpty())
                throw new CorpexException("show --hits: no query yet; run kwic or filter first");
            BitSet only = new BitSet();
            only.set(d);
            for (Query q : session.lastQuery()) {
                for (Hit h :
                        session.corpus().index().search(q, only, session.lastQueryCaseSensitive(), Integer.MAX_VALUE)) {
                    hitMarks.add(new Mark(h.start(), h.end(), Table.Mark.HIT));
                }
            }
        }
        if (figures) {
            for (Figure f : Figures.of(session.corpus(), d)) {
                figureMarks.add(new Mark(f.start(), f.end(), Table.Mark.FIGURE));
            }
        }
        // Hits never overlap hits, nor figures figures (two queries finding one word mark it once);
        // a hit inside a figure nests in it: ⟦$41 «billion»⟧. The cells hold the text as it is;
        // the marks are spans, which renderers draw and the full screen highlights.
        List<Mark> marks = new ArrayList<>(disjoint(hitMarks));
        List<Mark> figureSpans = disjoint(figureMarks);
        marks.addAll(figureSpans);
        Table.Builder b = new Table.Builder("show")
                .integer("line")
                .text("text")
                .kind(Table.Kind.DOCUMENT)
                .documents(document.id());
        String text = document.text();
        int hitCount = 0;
        for (int line = from; line <= to; line++) {
            int s = layout.lineStart(line - 1), e = layout.lineEnd(text, line - 1);
            b.row(line, text.substring(s, e));
            for (Mark m : marks) {
                boolean hit = m.mark() == Table.Mark.HIT;
                // A hit is marked on the line it begins on, so that each « is one hit; a figure on every line it spans.
                if (m.end() <= s || m.start() >= e || hit && m.start() < s) continue;
                b.span(1, Math.max(m.start(), s) - s, Math.min(m.end(), e) - s, m.mark());
                if (hit) hitCount++;
            }
        }
        if (hits) b.query(queries(session), hitCount);
        // Like the hits, the figures counted are those on the lines shown.
        int figuresShown = 0;
        if (to >= from) {
            int shownFrom = layout.lineStart(from - 1), shownTo = layout.lineEnd(text, to - 1);
            for (Mark m : figureSpans) if (m.start() < shownTo && m.end() > shownFrom) figuresShown++;
        }
        b.note(document.id() + ": " + (document.title().isEmpty() ? "(no title)" : document.title()) + " — "
                + layout.lineCount() + " lines, " + document.words() + " words"
                + (hits ? ", " + hitCount + (hitCount == 1 ? " hit" : " hits") + " of " + queries(session) : "")
                + (figures ? ", " + figuresShown + " figures" : ""));
        return b.build();
    }

    /** The marks sorted by start, each that overlaps the one kept before it left out. */
    private static List<Mark> disjoint(List<Mark> marks) {
        marks.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Mark> out = new ArrayList<>(marks.size());
        int end = Integer.MIN_VALUE;
        for (Mark m : marks) {
            if (m.start() < end) continue;
            out.add(m);
            end = m.end();
        }
        return out;
    }

    private static String queries(Session s) {
        List<String> q = new ArrayList<>();
        for (Query x : s.lastQuery()) q.add(x.source());
        return String.join(", ", q);
    }

    static int[] parseRange(String spec, int max) {
        try {
            String[] parts = spec.split("-", 2);
            int a = Integer.parseInt(parts[0].strip());
            int b = parts.length > 1 ? (parts[1].isBlank() ? max : Integer.parseInt(parts[1].strip())) : a;
            if (a < 1 || b < a) throw new NumberFormatException();
            return new int[] {a, Math.min(b, max)};
        } catch (NumberFormatException e) {
            throw new CorpexException(
                    "--lines: '" + spec + "' is not a line range like 10-20 (the document has " + max + " lines)");
        }
    }
}
