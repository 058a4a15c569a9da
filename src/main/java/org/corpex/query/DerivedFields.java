package org.corpex.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.corpex.language.Attribution;
import org.corpex.quotes.Quotes;
import org.corpex.table.Table;

/**
 * Fields computed from the text rather than stored with it (figures by kind: money, percent...; the speakers a document
 * quotes). Kept apart from {@link Fields} so that features which derive values plug in here alone.
 */
final class DerivedFields {
    private DerivedFields() {}

    private static final Set<String> KINDS;

    static {
        Set<String> k = new LinkedHashSet<>();
        for (Figure.Kind kind : Figure.Kind.values()) k.add(kind.label());
        k.add("figures");
        k.add("speaker");
        KINDS = Collections.unmodifiableSet(k);
    }

    /**
     * Figure kinds (money, percent...): has:money, money>50e9, percent>=10; "figures", the count; "speaker", whom a
     * document quotes.
     */
    static Set<String> names() {
        return KINDS;
    }

    static List<String> values(Corpus corpus, int doc, String field) {
        if (field.equals("speaker")) {
            // whom the document quotes, by the name its text resolves (and the key that name is known by: "clinton")
            Set<String> out = new LinkedHashSet<>();
            for (Attribution a : Quotes.of(corpus, doc)) {
                out.add(a.speaker());
                out.add(a.speakerKey());
            }
            return List.copyOf(out);
        }
        List<Figure> figs = Figures.of(corpus, doc);
        if (field.equals("figures")) return List.of(Integer.toString(figs.size()));
        List<String> out = new ArrayList<>();
        for (Figure f : figs) {
            if (f.kind().label().equals(field) && !Double.isNaN(f.value())) out.add(Table.format(f.value()));
            else if (f.kind().label().equals(field)) out.add(f.text());
        }
        return out;
    }
}
