package org.corpex.commands;

import org.corpex.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.index.Hit;
import org.corpex.index.Query;
import org.corpex.shell.CorpexCommand;
import org.corpex.shell.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

@Command(name = "show", description = "Show one document with line numbers; --hits marks the matches of the last kwic or filter.")
public final class ShowCommand implements CorpexCommand {
    /** Marks around a hit; plain characters, so they survive export and a monochrome terminal. */
    public static final String OPEN = "«", CLOSE = "»";

    @Parameters(index = "0", paramLabel = "DOC", description = "Document id, or any unique prefix of one.")
    String doc;

    @Option(names = "--hits", description = "Mark the hits of the last query with «».")
    boolean hits;

    @Option(names = "--figures", description = "Mark the figures with ⟦⟧.")
    boolean figures;

    /** Figures are marked with these. */
    public static final String FIGURE_OPEN = "⟦", FIGURE_CLOSE = "⟧";

    private record Mark(int start, int end, String open, String close) {}

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
        List<Mark> marks = new ArrayList<>();
        if (hits) {
            if (session.lastQuery().isEmpty()) throw new CorpexException("show --hits: no query yet; run kwic or filter first");
            BitSet only = new BitSet();
            only.set(d);
            for (Query q : session.lastQuery()) {
                for (Hit h : session.corpus().index().search(q, only, session.lastQueryCaseSensitive(), Integer.MAX_VALUE)) {
                    marks.add(new Mark(h.start(), h.end(), OPEN, CLOSE));
                }
            }
        }
        int hitMarks = marks.size();
        if (figures) {
            for (org.corpex.figures.Figure f : org.corpex.figures.Figures.of(session.corpus(), d)) {
                marks.add(new Mark(f.start(), f.end(), FIGURE_OPEN, FIGURE_CLOSE));
            }
        }
        marks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Table.Builder b = new Table.Builder("show").integer("line").text("text");
        String text = document.text();
        int hitCount = 0;
        for (int line = from; line <= to; line++) {
            int s = layout.lineStart(line - 1), e = layout.lineEnd(text, line - 1);
            StringBuilder out = new StringBuilder();
            int pos = s;
            for (Mark h : marks) {
                if (h.end() <= s || h.start() >= e || h.start() < pos) continue;
                out.append(text, pos, h.start()).append(h.open()).append(text, h.start(), Math.min(h.end(), e)).append(h.close());
                pos = Math.min(h.end(), e);
                if (h.open().equals(OPEN)) hitCount++;
            }
            out.append(text, pos, e);
            b.row(line, out.toString());
        }
        b.note(document.id() + ": " + (document.title().isEmpty() ? "(no title)" : document.title()) + " — "
                + layout.lineCount() + " lines, " + document.words() + " words"
                + (hits ? ", " + hitCount + (hitCount == 1 ? " hit" : " hits") + " of " + queries(session) : "")
                + (figures ? ", " + (marks.size() - hitMarks) + " figures" : ""));
        return b.build();
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
            throw new CorpexException("--lines: '" + spec + "' is not a line range like 10-20 (the document has " + max + " lines)");
        }
    }
}
