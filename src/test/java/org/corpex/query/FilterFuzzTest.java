package org.corpex.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.FuzzInputs;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.index.Corpus;

/**
 * Fuzzes the filter language: parsing, checking and evaluation over a small real corpus. A mistake in an expression is
 * a CorpexException whose one-line message gives the column that the caret beneath it points at; never another
 * exception. What evaluates is a subset of the scope, and NOT (e) is exactly the rest of it.
 */
class FilterFuzzTest {
    private static final Corpus CORPUS = Corpus.of(List.of(
            Document.of(
                    "s1",
                    "Alibaba bets on chips",
                    "Reuters",
                    "1988-10-05",
                    "",
                    "a#1",
                    "We will cut taxes. Alibaba spent $53 billion on data centers.",
                    Map.of("party", "Republican", "year", "1988")),
            Document.of(
                    "s2",
                    "Tencent and Meta",
                    "PBS NewsHour",
                    "1996-03-09",
                    "",
                    "a#2",
                    "Tencent OR Meta? We will build roads, 30 new data centres.",
                    Map.of("party", "Democratic", "year", "1996")),
            Document.of(
                    "s3",
                    "",
                    "",
                    "2004-03",
                    "",
                    "a#3",
                    "cloud computing\nNOT a word: (and) -minus",
                    Map.of("party", "Republican")),
            Document.of(
                    "x-4",
                    "Jack Ma",
                    "",
                    "",
                    "http://x",
                    "a#4",
                    "Hanguang 800 chips; investment up 8%.",
                    Map.of("year", "unknown"))));
    private static final Pattern COLUMN = Pattern.compile(" at column (\\d+)");

    @FuzzTest
    void parseAndEvaluate(FuzzedDataProvider data) {
        String expr = data.consumeRemainingAsString();
        if (!FuzzInputs.fast(expr)) return;
        BitSet scope = new BitSet();
        scope.set(0, CORPUS.size());
        BitSet matched = evaluate(expr, scope);
        if (matched == null) return;
        assertThat(subset(matched, scope))
                .as("%s matched outside its scope", expr)
                .isTrue();

        // NOT (e) is the rest of the scope (or, one level deeper, a clear error about the depth).
        String negation = "NOT (" + expr.strip() + ")";
        BitSet rest;
        try {
            rest = FilterExpression.parse(negation).evaluate(CORPUS, scope);
        } catch (CorpexException e) {
            assertThat(e.getMessage())
                    .as("%s parses but %s fails", expr, negation)
                    .contains("nested more than");
            return;
        }
        BitSet expected = (BitSet) scope.clone();
        expected.andNot(matched);
        assertThat(rest).as(negation).isEqualTo(expected);

        // A narrower scope narrows the result and nothing else.
        BitSet odd = new BitSet();
        for (int d = 0; d < CORPUS.size(); d += 2) odd.set(d);
        BitSet within = FilterExpression.parse(expr).evaluate(CORPUS, odd);
        BitSet both = (BitSet) matched.clone();
        both.and(odd);
        assertThat(within).as("%s within documents 0 and 2", expr).isEqualTo(both);
    }

    /** The documents matching, or null after checking that a failure is a clear user error. */
    private static BitSet evaluate(String expr, BitSet scope) {
        FilterExpression e;
        try {
            e = FilterExpression.parse(expr);
            e.highlights();
            return e.evaluate(CORPUS, scope);
        } catch (CorpexException x) {
            checkError(expr, x);
            return null;
        }
    }

    static void checkError(String expr, CorpexException x) {
        String s = expr.strip();
        String m = x.getMessage();
        assertThat(m).as("message of %s", expr).startsWith("filter: ").doesNotContain("\n");
        if (s.isEmpty()) {
            assertThat(m).isEqualTo("filter: empty expression");
            return;
        }
        // The caret under the expression, and the column that the message gives for it.
        assertThat(x.detail()).as("detail of %s (%s)", expr, m).matches("(?s)  .*\n *\\^");
        int caret = x.detail().length() - x.detail().lastIndexOf('\n') - 4;
        assertThat(x.detail()).isEqualTo(CorpexException.caret(s, caret));
        boolean found = false;
        for (Matcher c = COLUMN.matcher(m); c.find(); ) found |= Integer.parseInt(c.group(1)) == caret + 1;
        assertThat(found)
                .as("'%s' for %s gives the caret's column %d", m, expr, caret + 1)
                .isTrue();
    }

    private static boolean subset(BitSet a, BitSet b) {
        BitSet c = (BitSet) a.clone();
        c.andNot(b);
        return c.isEmpty();
    }
}
