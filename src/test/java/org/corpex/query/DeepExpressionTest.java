package org.corpex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.junit.jupiter.api.Test;

/**
 * Huge and deep expressions (issue 12): a clear one-line error where nesting is too deep, never a StackOverflowError,
 * and wide chains of OR or AND evaluate without recursing once per operator.
 */
class DeepExpressionTest {

    private static String nested(int depth, String inner) {
        return "(".repeat(depth) + inner + ")".repeat(depth);
    }

    @Test
    void tenThousandParenthesesAreAClearErrorAtTheColumnThatGoesTooDeep() {
        assertThatThrownBy(() -> FilterExpression.parse(nested(10_000, "billion")))
                .isExactlyInstanceOf(CorpexException.class)
                .hasMessage("filter: expression nested more than 1,000 levels deep at column 1001");
        assertThatThrownBy(() -> TestShell.seeds().run("filter " + nested(10_000, "billion")))
                .isExactlyInstanceOf(CorpexException.class)
                .hasMessageContaining("nested more than 1,000 levels deep");
    }

    @Test
    void aThousandLevelsStillParseAndEvaluate() {
        TestShell s = TestShell.seeds();
        s.run("filter " + nested(FilterExpression.MAX_DEPTH, "Tencent OR NOT chips"));
        assertThat(TestShell.column(s.run("docs"), "id")).hasSize(4); // Tencent: 002 004; NOT chips: 000 001
    }

    @Test
    void longRunsOfNotAreAClearErrorAndDoubleNegationCancels() {
        assertThatThrownBy(() -> FilterExpression.parse("NOT ".repeat(10_000) + "x"))
                .isExactlyInstanceOf(CorpexException.class)
                .hasMessage("filter: expression nested more than 1,000 levels deep at column 4001");
        TestShell s = TestShell.seeds();
        s.run("filter " + "NOT ".repeat(1000) + "Tencent");
        assertThat(s.session().selectionSize()).isEqualTo(2);
        s.run("reset");
        s.run("filter " + "-".repeat(1000) + "Tencent");
        assertThat(s.session().selectionSize()).isEqualTo(2);
    }

    @Test
    void aHundredThousandOrsEvaluate() {
        StringBuilder b = new StringBuilder("Tencent");
        for (int i = 0; i < 100_000; i++) b.append(" OR nosuchword").append(i);
        FilterExpression e = FilterExpression.parse(b.toString());
        assertThat(e.highlights()).hasSize(100_001);
        TestShell s = TestShell.seeds();
        s.run("filter " + b);
        assertThat(s.session().selectionSize()).isEqualTo(2);
    }

    @Test
    void aHundredThousandImpliedAndsEvaluate() {
        TestShell s = TestShell.seeds();
        s.run("filter " + "billion ".repeat(100_000) + "-nosuchword OR id:zzz");
        assertThat(s.session().selectionSize()).isEqualTo(5);
        s.run("reset");
        s.run("filter " + "(billion OR chips) ".repeat(20_000));
        assertThat(s.session().selectionSize()).isEqualTo(5);
    }

    @Test
    void kwicQueriesThatAreDeepOrHugeEndWithAnAnswerOrAClearError() {
        TestShell s = TestShell.seeds();
        // A deeply nested regex: java.util.regex compiles it recursively.
        for (String q : List.of(
                "/" + nested(10_000, "a") + "/",
                "/^" + nested(10_000, "a") + "$/",
                "/" + "(?:".repeat(10_000) + "a" + ")".repeat(10_000) + "/")) {
            assertThatThrownBy(() -> s.run("kwic " + q))
                    .isExactlyInstanceOf(CorpexException.class)
                    .hasMessageContaining("nested more than 1,000 levels deep");
            assertThatThrownBy(() -> s.run("filter " + q))
                    .isExactlyInstanceOf(CorpexException.class)
                    .hasMessageContaining("nested more than 1,000 levels deep");
        }
        // Brackets and ORs in a word query are just text: they give words, never recursion.
        assertThat(s.run("kwic " + nested(10_000, "billion")).rows()).isNotEmpty();
        s.run("kwic " + "billion OR ".repeat(20_000) + "billion");
        // A huge alternation either answers or stops at the search deadline: a CorpexException either way.
        try {
            s.run("kwic /" + "a|".repeat(2_000) + "billion/");
        } catch (CorpexException expected) {
            assertThat(expected.getMessage()).doesNotContain("StackOverflow");
        }
    }
}
