package org.corpex.query;

import org.corpex.corpus.Corpus;

import java.util.List;
import java.util.Set;

/**
 * Fields computed from the text rather than stored with it (figures by kind: money, percent...).
 * Kept apart from {@link Fields} so that features which derive values plug in here alone.
 */
final class DerivedFields {
    private DerivedFields() {}

    static Set<String> names() {
        return Set.of();
    }

    static List<String> values(Corpus corpus, int doc, String field) {
        return List.of();
    }
}
