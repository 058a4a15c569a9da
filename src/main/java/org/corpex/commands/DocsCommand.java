package org.corpex.commands;

import org.corpex.corpus.Document;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Command(name = "docs", description = "List the documents in the current selection, with their metadata.")
public final class DocsCommand implements CorpexCommand {
    @Option(names = "--no-figures", description = "Leave out the figures column: counting extracts the figures of the documents listed, the first time (seconds on a large corpus).")
    boolean noFigures;

    @Override
    public Table run(Session session) {
        List<Document> docs = session.selectedDocuments();
        // Metadata fields follow the fixed columns, in the order they were first seen.
        Set<String> metaKeys = new LinkedHashSet<>();
        for (Document d : docs) metaKeys.addAll(d.meta().keySet());
        Table.Builder b = new Table.Builder("docs").kind(Table.Kind.DOCUMENTS)
                .text("id").text("title").text("source").text("date").integer("words");
        if (!noFigures) b.integer("figures");
        b.text("path");
        for (String k : metaKeys) b.text(k);
        java.util.BitSet sel = session.selection();
        // Only the documents listed: a filtered selection does not pay for the whole corpus.
        if (!noFigures) org.corpex.figures.Figures.prepare(session.corpus(), sel);
        for (int i = sel.nextSetBit(0); i >= 0; i = sel.nextSetBit(i + 1)) {
            Document d = session.corpus().get(i);
            List<Object> row = new ArrayList<>(List.of(d.id(), d.title(), d.source(), d.date(), d.words()));
            if (!noFigures) row.add(org.corpex.figures.Figures.of(session.corpus(), i).size());
            row.add(d.path());
            for (String k : metaKeys) row.add(d.meta().getOrDefault(k, ""));
            b.row(row);
        }
        b.note(docs.size() + " of " + session.corpus().size() + " documents" + FilterCommand.depthNote(session));
        return b.build();
    }
}
