package org.corpex.compare;

import java.util.List;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.index.Corpus;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "dupes",
        description = {
            "Repeated text in the selection: near-duplicate documents and passages repeated across or within "
                    + "documents.",
            "Passages compare sentences' content words, documents their word 3-shingles, by Jaccard similarity",
            "(candidates found by MinHash banding, then measured exactly)."
        })
public final class DupesCommand implements CorpexCommand {
    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Option(
            names = "--min-similarity",
            paramLabel = "S",
            defaultValue = "0.3",
            description = "Smallest Jaccard similarity to report, 0 to 1 (default ${DEFAULT-VALUE}).")
    double minSimilarity;

    @Option(
            names = "--min-words",
            paramLabel = "N",
            defaultValue = "6",
            description = "Passages need at least N content words, so short lines are not matched (default "
                    + "${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only ${COMPLETION-CANDIDATES} matches.")
    MatchKind kind;

    /** What a match is between. */
    public enum MatchKind implements Choice {
        DOCUMENT,
        SECTION,
        PASSAGE;
    }

    @Override
    public Table run(Session session) {
        if (minSimilarity <= 0 || minSimilarity > 1)
            throw new CorpexException("dupes: --min-similarity must be above 0 and at most 1, not " + minSimilarity);
        if (minWords < 1) throw new CorpexException("dupes: --min-words must be at least 1");
        Corpus c = session.corpus();
        List<Duplicates.Match> matches = Duplicates.find(c, session.selection(), minSimilarity, minWords);
        Table.Builder t = new Table.Builder("dupes")
                .text("kind")
                .text("doc_a")
                .integer("line_a")
                .text("doc_b")
                .integer("line_b")
                .number("similarity")
                .text("text_a")
                .text("text_b")
                .text("lines_a")
                .text("lines_b");
        int docs = 0, passages = 0, sections = 0;
        for (Duplicates.Match m : matches) {
            if (kind != null && !kind.word().equals(m.kind())) continue;
            boolean doc = m.kind().equals("document");
            if (doc) docs++;
            else if (m.kind().equals("section")) sections++;
            else passages++;
            t.row(
                    m.kind(),
                    c.get(m.docA()).id(),
                    doc ? null : m.lineA(),
                    c.get(m.docB()).id(),
                    doc ? null : m.lineB(),
                    Math.round(m.similarity() * 1000) / 1000.0,
                    m.textA(),
                    m.textB(),
                    doc ? "" : m.lineA() + (m.endA() != m.lineA() ? "-" + m.endA() : ""),
                    doc ? "" : m.lineB() + (m.endB() != m.lineB() ? "-" + m.endB() : ""));
        }
        t.note(docs + " near-duplicate document pairs, " + sections + " restated sections, " + passages
                + " repeated passages in " + session.selectionSize() + " documents (Jaccard >= " + minSimilarity + ")");
        return RowLimit.apply(t.build(), "dupes", limitOption.max("dupes"), "rows");
    }
}
