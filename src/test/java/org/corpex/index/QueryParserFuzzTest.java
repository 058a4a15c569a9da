package org.corpex.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.corpex.FuzzInputs;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;

/**
 * Fuzzes the kwic query parser and runs what it accepts over a small real corpus. A bad query is a CorpexException with
 * a one-line message; hits lie inside their document's text, in the scope, in order, and agree with the document set
 * that filters use.
 */
class QueryParserFuzzTest {
    private static final Corpus CORPUS = Corpus.of(List.of(
            Document.of("a", "", "", "", "", "a", "Alibaba spent $53 billion on data centers; 53bn in 2025.", Map.of()),
            Document.of(
                    "b",
                    "",
                    "",
                    "",
                    "",
                    "b",
                    "Tencent’s cloud-computing arm: data centres, data centers!\nCafé ÉCOLE straße",
                    Map.of()),
            Document.of("c", "", "", "", "", "c", "x", Map.of())));

    @FuzzTest
    void parseAndSearch(FuzzedDataProvider data) {
        boolean caseSensitive = data.consumeBoolean();
        boolean narrow = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        if (!FuzzInputs.fast(text)) return;
        Query q;
        try {
            q = QueryParser.parse(text, caseSensitive);
        } catch (CorpexException e) {
            assertThat(e.getMessage()).as("message for %s", text).isNotBlank().doesNotContain("\n", "\r");
            return;
        }
        assertThat(q.source()).isNotNull();
        if (q instanceof Query.Phrase p) {
            assertThat(p.parts())
                    .hasSizeGreaterThan(1)
                    .allMatch(part -> part instanceof Query.Word || part instanceof Query.Wildcard);
        }

        BitSet scope = new BitSet();
        scope.set(0, CORPUS.size());
        if (narrow) scope.clear(1);
        Index index = CORPUS.index();
        List<Hit> hits;
        try {
            hits = index.search(q, scope, caseSensitive, Integer.MAX_VALUE);
        } catch (CorpexException e) {
            // A search may stop at its deadline, with a clear message.
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        Hit prev = null;
        BitSet docs = new BitSet();
        for (Hit h : hits) {
            assertThat(scope.get(h.doc()))
                    .as("%s hit outside the scope: %s", text, h)
                    .isTrue();
            String t = CORPUS.get(h.doc()).text();
            assertThat(h.start()).as("%s: %s", text, h).isBetween(0, t.length());
            assertThat(h.end()).as("%s: %s", text, h).isBetween(h.start(), t.length());
            if (prev != null && prev.doc() == h.doc())
                assertThat(h.start()).as("%s: hits in order", text).isGreaterThanOrEqualTo(prev.start());
            else if (prev != null) assertThat(h.doc()).isGreaterThan(prev.doc());
            prev = h;
            docs.set(h.doc());
        }
        // filter's document set for the same query is the kwic hits' documents.
        BitSet matching = index.documentsMatching(q, caseSensitive);
        matching.and(scope);
        assertThat(docs).as("documents with hits for %s", text).isEqualTo(matching);
    }
}
