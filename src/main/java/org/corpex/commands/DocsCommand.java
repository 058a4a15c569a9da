package org.corpex.commands;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpex.corpus.Document;
import org.corpex.figures.Figures;
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

@Command(name = "docs", description = "List the documents in the current selection, with their metadata.")
public final class DocsCommand implements CorpexCommand {
    /** docs, with the figures column or without it. */
    public static Request request(boolean figures) {
        return Request.of("docs").flag("--no-figures", !figures);
    }

    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Option(
            names = "--no-figures",
            description = "Leave out the figures column: counting extracts the figures of the documents listed, the "
                    + "first time (seconds on a large corpus).")
    boolean noFigures;

    @Override
    public Table run(Session session) {
        List<Document> docs = session.selectedDocuments();
        // Metadata fields follow the fixed columns, in the order they were first seen.
        Set<String> metaKeys = new LinkedHashSet<>();
        for (Document d : docs) metaKeys.addAll(d.meta().keySet());
        Table.Builder b = new Table.Builder("docs")
                .kind(Table.Kind.DOCUMENTS)
                .text("id")
                .text("title")
                .text("source")
                .text("date")
                .integer("words");
        if (!noFigures) b.integer("figures");
        b.text("path");
        // A field whose every value is a number is a column of numbers: JSON gets 1790, not "1790", and
        // a spreadsheet a number. Only numbers written as a number prints them (no 00123: that is a code).
        Map<String, Column.Type> types = new HashMap<>();
        for (String k : metaKeys) {
            Column.Type type = numberType(docs, k);
            types.put(k, type);
            b.column(new Column(k, type));
        }
        BitSet sel = session.selection();
        // Only the documents listed: a filtered selection does not pay for the whole corpus.
        if (!noFigures) Figures.prepare(session.corpus(), sel);
        for (int i = sel.nextSetBit(0); i >= 0; i = sel.nextSetBit(i + 1)) {
            Document d = session.corpus().get(i);
            List<Object> row = new ArrayList<>(List.of(d.id(), d.title(), d.source(), d.date(), d.words()));
            if (!noFigures) row.add(Figures.of(session.corpus(), i).size());
            row.add(d.path());
            for (String k : metaKeys) {
                String v = d.meta().getOrDefault(k, "");
                row.add(
                        switch (types.get(k)) {
                            case TEXT -> v;
                            case INTEGER -> v.isEmpty() ? null : (Object) Long.parseLong(v);
                            case NUMBER -> v.isEmpty() ? null : (Object) Double.parseDouble(v);
                        });
            }
            b.row(row);
        }
        b.note(docs.size() + " of " + session.corpus().size() + " documents" + FilterCommand.depthNote(session));
        return RowLimit.apply(b.build(), "docs", limitOption.max("docs"), "documents");
    }

    private static final Pattern WHOLE = Pattern.compile("0|-?[1-9]\\d{0,14}");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d*)\\.\\d*[1-9]");

    /**
     * INTEGER when every value of the field (among the documents listed, blanks aside) is a whole number written
     * plainly, NUMBER when some have decimals, else TEXT. A number that would not print back as written (a leading
     * zero, more digits than a double keeps) keeps the column text.
     */
    static Column.Type numberType(List<Document> docs, String key) {
        boolean any = false, decimals = false;
        for (Document d : docs) {
            String v = d.meta().get(key);
            if (v == null || v.isEmpty()) continue;
            if (WHOLE.matcher(v).matches()) {
                any = true;
            } else if (v.length() <= 17
                    && DECIMAL.matcher(v).matches()
                    && Table.format(Double.parseDouble(v)).equals(v)) {
                any = true;
                decimals = true;
            } else {
                return Column.Type.TEXT;
            }
        }
        return !any ? Column.Type.TEXT : decimals ? Column.Type.NUMBER : Column.Type.INTEGER;
    }
}
