package org.corpex.query;

import org.corpex.corpus.Corpus;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;

import java.util.BitSet;
import java.util.List;

/** A parsed filter expression. */
public final class FilterExpression {
    private final String source;
    private final Query query;

    private FilterExpression(String source, Query query) {
        this.source = source;
        this.query = query;
    }

    public static FilterExpression parse(String text) {
        return new FilterExpression(text, QueryParser.parse(text, false));
    }

    public String source() { return source; }

    /** Documents of {@code scope} that match. */
    public BitSet evaluate(Corpus corpus, BitSet scope) {
        BitSet b = corpus.index().documentsMatching(query, false);
        b.and(scope);
        return b;
    }

    /** The term, phrase and regex atoms not under NOT: what {@code show --hits} marks. */
    public List<Query> highlights() {
        return List.of(query);
    }
}
