package org.corpex.compare;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpex.base.Choice;
import org.corpex.corpus.Document;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.corpex.session.Candidates;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Request;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "diff",
        description = {
            "How source B differs from source A, sentence by sentence: same, changed, moved, only in A, only in B.",
            "Sentences pair by word overlap (Jaccard similarity of their word sets, at least 0.5);",
            "changed pairs get a word diff: [-removed-] {+added+}."
        })
public final class DiffCommand implements CorpexCommand {
    /** How the sentence pairs are laid out. */
    public enum Layout implements Choice {
        /** One row per sentence pair, for export. */
        TABLE,
        /** Like git diff --word-diff. */
        UNIFIED,
        /** Side by side. */
        SIDE;
    }

    /** What a diff table is, for a screen that shows it: its layout, or a diff of figures. */
    public record Shape(Layout layout, boolean figures) {}

    /** diff A B, side by side: how B rewrote A. */
    public static Request sideBySide(String a, String b) {
        return Request.of("diff").with("--view", Layout.SIDE.word()).argument(a).argument(b);
    }

    @Parameters(
            index = "0",
            paramLabel = "A",
            completionCandidates = Candidates.DocumentIds.class,
            description = "The original: a document id or unique prefix.")
    String a;

    @Parameters(
            index = "1",
            paramLabel = "B",
            completionCandidates = Candidates.DocumentIds.class,
            description = "The rewrite: a document id or unique prefix.")
    String b;

    @Option(
            names = "--view",
            paramLabel = "VIEW",
            defaultValue = "table",
            description = "table (one row per sentence pair, for export), unified (like git diff --word-diff) or side "
                    + "(side by side).")
    Layout view;

    @Option(names = "--changes", description = "Leave out the sentences (or figures) that are the same in both.")
    boolean changesOnly;

    @Option(
            names = "--figures",
            description = "Compare the two documents' figures instead of their sentences: same, changed, only in A, "
                    + "only in B.")
    boolean figures;

    @Override
    public Table run(Session session) {
        Corpus corpus = session.corpus();
        int da = corpus.resolve(a), db = corpus.resolve(b);
        if (figures) return figureTable(corpus, da, db).withParameters(new Shape(view, true));
        List<Alignment.Pair> pairs = Alignment.align(Sentences.of(corpus, da), Sentences.of(corpus, db));
        Table.Builder t = switch (view) {
            case UNIFIED -> unified(pairs);
            case SIDE -> side(pairs);
            case TABLE -> table(pairs);
        };
        Map<Alignment.Kind, Integer> counts = new EnumMap<>(Alignment.Kind.class);
        for (Alignment.Pair p : pairs) counts.merge(p.kind(), 1, Integer::sum);
        Document A = corpus.get(da), B = corpus.get(db);
        t.kind(Table.Kind.DIFF).documents(A.id(), B.id());
        StringBuilder note = new StringBuilder("A = " + A.id() + ", B = " + B.id() + ": ");
        for (Alignment.Kind k : Alignment.Kind.values()) {
            note.append(counts.getOrDefault(k, 0)).append(' ').append(k.label).append(", ");
        }
        note.setLength(note.length() - 2);
        t.note(note + " (sentences paired by Jaccard similarity of their word sets >= " + Alignment.THRESHOLD + ")");
        return t.build().withParameters(new Shape(view, false));
    }

    private Table figureTable(Corpus corpus, int da, int db) {
        List<FigureDiff.Row> rows = FigureDiff.match(Figures.of(corpus, da), Figures.of(corpus, db));
        Table.Builder t = new Table.Builder("diff")
                .kind(Table.Kind.DIFF)
                .documents(corpus.get(da).id(), corpus.get(db).id())
                .text("status")
                .text("kind")
                .text("subject")
                .integer("a_line")
                .text("a_text")
                .number("a_value")
                .integer("b_line")
                .text("b_text")
                .number("b_value")
                .number("difference")
                .text("unit");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FigureDiff.Row r : rows) {
            counts.merge(r.status().label, 1, Integer::sum);
            if (changesOnly && r.status() == FigureDiff.Status.SAME) continue;
            Figure any = r.a() != null ? r.a() : r.b();
            Double av = r.a() == null ? null : num(r.a().value()), bv = r.b() == null ? null : num(r.b().value());
            t.row(
                    r.status(),
                    any.kind().label(),
                    any.subject(),
                    r.a() == null ? null : r.a().line(),
                    r.a() == null ? "" : r.a().text(),
                    av,
                    r.b() == null ? null : r.b().line(),
                    r.b() == null ? "" : r.b().text(),
                    bv,
                    av != null && bv != null ? bv - av : null,
                    any.unit());
        }
        t.note("A = " + corpus.get(da).id() + ", B = " + corpus.get(db).id() + ": "
                + counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")) + " figures");
        return t.build();
    }

    private static Double num(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private boolean skip(Alignment.Pair p) {
        return changesOnly && p.kind() == Alignment.Kind.SAME;
    }

    private Table.Builder table(List<Alignment.Pair> pairs) {
        Table.Builder t = new Table.Builder("diff")
                .text("kind")
                .integer("a_line")
                .integer("b_line")
                .text("a_text")
                .text("b_text")
                .number("similarity")
                .text("diff");
        for (Alignment.Pair p : pairs) {
            if (skip(p)) continue;
            String diff = p.a() != null && p.b() != null && p.kind() != Alignment.Kind.SAME
                    ? Alignment.wordDiff(p.a().text(), p.b().text())
                    : "";
            t.row(
                    p.kind(),
                    p.a() == null ? null : p.a().line(),
                    p.b() == null ? null : p.b().line(),
                    p.a() == null ? "" : p.a().text(),
                    p.b() == null ? "" : p.b().text(),
                    round(p.similarity()),
                    diff);
        }
        return t;
    }

    /**
     * One line per sentence, marked like a unified diff: ' ' same, '~' changed, '>' moved, '-' only in A, '+' only in
     * B.
     */
    private Table.Builder unified(List<Alignment.Pair> pairs) {
        Table.Builder t = new Table.Builder("diff")
                .text("mark")
                .integer("a_line")
                .integer("b_line")
                .text("text");
        for (Alignment.Pair p : pairs) {
            if (skip(p)) continue;
            switch (p.kind()) {
                case SAME -> t.row(" ", p.a().line(), p.b().line(), p.a().text());
                case CHANGED -> t.row("~", p.a().line(), p.b().line(), Alignment.wordDiff(p.a().text(), p.b().text()));
                case MOVED ->
                    t.row(
                            ">",
                            p.a().line(),
                            p.b().line(),
                            p.a().text().equals(p.b().text())
                                    ? p.b().text()
                                    : Alignment.wordDiff(p.a().text(), p.b().text()));
                case ONLY_A -> t.row("-", p.a().line(), null, p.a().text());
                case ONLY_B -> t.row("+", null, p.b().line(), p.b().text());
            }
        }
        return t;
    }

    /** A and B side by side; the text renderer fits the two text columns to the terminal. */
    private Table.Builder side(List<Alignment.Pair> pairs) {
        Table.Builder t = new Table.Builder("diff")
                .integer("a_line")
                .text("a_text")
                .text("kind")
                .integer("b_line")
                .text("b_text");
        for (Alignment.Pair p : pairs) {
            if (skip(p)) continue;
            boolean both = p.a() != null && p.b() != null;
            String at = p.a() == null ? "" : both ? Alignment.sideDiff(p.a().text(), p.b().text(), true) : p.a().text();
            String bt =
                    p.b() == null ? "" : both ? Alignment.sideDiff(p.a().text(), p.b().text(), false) : p.b().text();
            t.row(p.a() == null ? null : p.a().line(), at, p.kind(), p.b() == null ? null : p.b().line(), bt);
        }
        return t;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
