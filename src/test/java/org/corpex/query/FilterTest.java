package org.corpex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilterTest {
    /** Document ids (their 3-digit prefix) left in view after {@code filter EXPR} on the seeds. */
    private static List<String> seedsMatching(String expr) {
        TestShell s = TestShell.seeds();
        s.run("filter " + expr);
        return TestShell.column(s.run("docs"), "id").stream()
                .map(id -> id.substring(0, 3))
                .toList();
    }

    // Expected sets counted with grep -li on seeds/ (and reading the matches).
    @ParameterizedTest(name = "filter {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "billion                                  | 000 001 002 003 004",
                "Tencent                                  | 002 004",
                "chips                                    | 002 003 004",
                "\"data centers\"                         | 001 003 004",
                "'data centers'                           | 001 003 004",
                "Tencent OR Meta                          | 001 002 003 004",
                "Microsoft Meta                           | 001 003",
                "Microsoft AND NOT Meta                   | 000 004",
                "Microsoft -Meta                          | 000 004",
                "NOT (Tencent OR Meta)                    | 000",
                "(chips OR Tencent) AND Microsoft         | 003 004",
                "chips OR Tencent AND Microsoft           | 002 003 004",
                "hanguang*                                | 004",
                "/\\$5[23] billion/                       | 000 001 003 004",
                "/^\\d+b$/                                | 000 004",
                "id:004                                   | 004",
                "id:00 NOT id:001                         | 000 002 003 004",
                "title:alibaba                            | 000 002 003",
                "title:\"jack ma\"                        | 000 002 003",
                "title:*tech                              | 000 004",
                "words>500                                | 000 001 004",
                "words > 500                              | 000 001 004",
                "words<=495                               | 002 003",
                "words=584                                | 000",
                "path:seeds                               | 000 001 002 003 004",
                "NOT has:source                           | 000 001 002 003 004",
            })
    void evaluatesOnTheSeeds(String expr, String ids) {
        assertThat(seedsMatching(expr.strip())).containsExactly(ids.strip().split(" "));
    }

    @Test
    void filtersStackAndUnwind() {
        TestShell s = TestShell.seeds();
        assertThat(s.run("filter chips").notes()).containsExactly("3 of 5 documents match chips (filter depth 1)");
        assertThat(s.run("filter Tencent").notes())
                .containsExactly("2 of 3 documents match Tencent; 2 of 5 in view (filter depth 2)");
        assertThat(TestShell.column(s.run("filter"), "filter")).containsExactly("chips", "Tencent");
        s.run("unfilter");
        assertThat(s.session().selectionSize()).isEqualTo(3);
        s.run("filter nosuchword");
        assertThat(s.session().selectionSize()).isZero();
        s.run("reset");
        assertThat(s.session().selectionSize()).isEqualTo(5);
        assertThat(s.run("unfilter").notes().get(0)).startsWith("no filter to remove");
    }

    @Test
    void showHitsMarksTheTermsButNotTheNegatedOnes() {
        TestShell s = TestShell.seeds();
        s.run("filter Hanguang AND NOT Tencent");
        String text = String.join("\n", TestShell.column(s.run("show 004 --hits"), "text"));
        assertThat(text).contains("«Hanguang» 800").doesNotContain("«Tencent»");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "billion AND          | filter: expected a term after AND at column 12 | 11",
                "billion OR           | filter: expected a term after OR at column 11  | 10",
                "(cloud               | filter: '(' is not closed at column 1          | 0",
                "cloud)               | filter: ')' without a matching '(' at column 6 | 5",
                "AND cloud            | filter: expected a term before AND at column 1 | 0",
                "cloud ()             | filter: empty parentheses at column 8          | 7",
                "NOT                  | filter: expected a term after NOT at column 4  | 3",
                "/abc                 | filter: unclosed regex (a / is missing) at column 1 | 0",
                "words>               | filter: comparison words> has no value at column 7 | 6",
                "title:\"\"           | filter: nothing after title: at column 7       | 6",
            })
    void errorsPointACaretAtThePlace(String expr, String message, int column) {
        assertThatThrownBy(() -> FilterExpression.parse(expr.strip()))
                .isInstanceOf(CorpexException.class)
                .hasMessage(message.strip())
                .satisfies(e -> assertThat(((CorpexException) e).detail())
                        .isEqualTo("  " + expr.strip() + "\n  " + " ".repeat(column) + "^"));
    }

    @Test
    void badRegexAndUnknownFieldsAreCaughtWithACaret() {
        TestShell s = TestShell.seeds();
        assertThatThrownBy(() -> s.run("filter cloud /a(b/"))
                .hasMessageStartingWith("filter: bad regex /a(b/")
                .hasMessageEndingWith("at column 7");
        assertThatThrownBy(() -> s.run("filter cloud titel:x"))
                .hasMessageStartingWith(
                        "filter: unknown field 'titel' at column 7 (did you mean title?); fields: id, title, source")
                .satisfies(e -> assertThat(((CorpexException) e).detail()).isEqualTo("  cloud titel:x\n        ^"));
        assertThat(s.session().selectionSize()).isEqualTo(5); // a bad filter changes nothing
    }

    @Test
    void metadataFieldsComparisonsAndGlobs(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("speeches.jsonl"),
                String.join(
                                "\n",
                                "{\"id\":\"s1\",\"text\":\"We will cut "
                                        + "taxes.\",\"party\":\"Republican\",\"year\":1988,"
                                        + "\"date\":\"1988-10-05\",\"source\":\"C-SPAN\"}",
                                "{\"id\":\"s2\",\"text\":\"We will build "
                                        + "roads.\",\"party\":\"Democratic\",\"year\":1996,"
                                        + "\"date\":\"1996-03-09\",\"source\":\"PBS "
                                        + "NewsHour\"}",
                                "{\"id\":\"s3\",\"text\":\"We will cut "
                                        + "spending.\",\"party\":\"Republican\",\"year\":2004,"
                                        + "\"date\":\"2004-03\",\"source\":\"\"}",
                                "{\"id\":\"s4\",\"text\":\"We will "
                                        + "see.\",\"party\":\"Independent\",\"year\":\"unknown\","
                                        + "\"date\":\"2025-03-09T10:00:00Z\"}")
                        + "\n");
        TestShell s = TestShell.on(dir);
        record Case(String expr, List<String> ids) {}
        for (Case c : List.of(
                new Case("party:Republican", List.of("s1", "s3")),
                new Case("party:rep*", List.of("s1", "s3")),
                new Case("party:*an", List.of("s1", "s3")),
                new Case("party:crat", List.of("s2")),
                new Case("year>=1990", List.of("s2", "s3")),
                new Case("year<1990", List.of("s1")),
                new Case("year!=1996", List.of("s1", "s3")),
                new Case("date>=1996-03", List.of("s2", "s3", "s4")),
                new Case("date>1996-03", List.of("s3", "s4")),
                new Case("date=2004", List.of("s3")),
                new Case("date<=1996", List.of("s1", "s2")),
                new Case("date>=2025-03-09", List.of("s4")),
                new Case("has:source", List.of("s1", "s2")),
                new Case("source:\"pbs news\"", List.of("s2")),
                new Case("cut AND party:Republican AND year>1990", List.of("s3")),
                new Case("year>1.5k", List.of("s1", "s2", "s3")))) {
            s.run("reset");
            s.run("filter " + c.expr());
            assertThat(TestShell.column(s.run("docs"), "id"))
                    .as("filter " + c.expr())
                    .containsExactlyElementsOf(c.ids());
        }
        assertThatThrownBy(() -> s.run("filter partty:x"))
                .hasMessageContaining("unknown field 'partty'")
                .hasMessageContaining("did you mean party?");
    }

    @Test
    void showHitsMarksTheWordsOfTheFiltersInForceEvenAfterAFieldOnlyFilter() {
        TestShell s = TestShell.seeds();
        s.run("filter Tencent");
        s.run("filter money>=60e9");
        String text = String.join("\n", TestShell.column(s.run("show 004 --hits"), "text"));
        assertThat(text).contains("«Tencent»");
    }
}
