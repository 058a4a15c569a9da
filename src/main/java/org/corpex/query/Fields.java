package org.corpex.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corpex.corpus.Document;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.corpex.quotes.Quotes;

/**
 * The fields a filter can name: the fixed ones of every document, every metadata key of the corpus, and values derived
 * from the text. The one place that says what {@code field:value}, {@code has:field} and {@code field>value} look at.
 */
public final class Fields {
    private Fields() {}

    public static final List<String> FIXED = List.of("id", "title", "source", "date", "url", "path", "words");

    /** Every field name a filter may use over this corpus, fixed ones first. */
    public static Set<String> names(Corpus corpus) {
        Set<String> out = new LinkedHashSet<>(FIXED);
        out.addAll(corpus.metaKeys());
        out.addAll(DerivedFields.names());
        return out;
    }

    /** Computes a derived field for these documents in parallel, before a filter reads it document by document. */
    static void prepare(Corpus corpus, BitSet documents, String field) {
        if (!derived(corpus, field)) return;
        if (field.equals("speaker")) Quotes.prepare(corpus, documents);
        else Figures.prepare(corpus, documents);
    }

    /**
     * Whether a field is derived from the text (the figures' kinds). A corpus's own metadata wins over a derived field
     * of the same name: in speeches with a "year" column, year>=1990 means that column, not the years the text
     * mentions.
     */
    private static boolean derived(Corpus corpus, String field) {
        // A fixed field wins too: "date" is the publication date, not the figures of kind date,
        // and a date filter must not extract every document's figures first.
        return DerivedFields.names().contains(field)
                && !FIXED.contains(field)
                && !corpus.metaKeys().contains(field);
    }

    /** The values of a field for one document (several for derived fields), never null. */
    public static List<String> values(Corpus corpus, int doc, String field) {
        Document d = corpus.get(doc);
        switch (field) {
            case "id":
                return List.of(d.id());
            case "title":
                return List.of(d.title());
            case "source":
                return List.of(d.source());
            case "date":
                return List.of(d.date());
            case "url":
                return List.of(d.url());
            case "path":
                return List.of(d.path());
            case "words":
                return List.of(Integer.toString(d.words()));
            default:
        }
        if (derived(corpus, field)) return DerivedFields.values(corpus, doc, field);
        List<String> out = new ArrayList<>(1);
        for (var e : d.meta().entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) out.add(e.getValue());
        }
        return out;
    }
}
