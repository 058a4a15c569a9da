package org.corpex.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corpex.base.CorpexException;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    private static List<String> values(String line) {
        return ShellWords.split(line).stream().map(ShellWords.Word::value).toList();
    }

    @Test
    void splitsOnWhitespaceAndGroupsQuotes() {
        assertThat(values("kwic  \"data centers\" --sort L1")).containsExactly("kwic", "data centers", "--sort", "L1");
        assertThat(values("filter 'it''s'")).containsExactly("filter", "its");
        assertThat(values("load my\\ folder")).containsExactly("load", "my folder");
        assertThat(values("  ")).isEmpty();
    }

    @Test
    void keepsBackslashesThatAreNotEscapesSoRegexesSurvive() {
        assertThat(values("kwic /\\$\\d+ ?b/")).containsExactly("kwic", "/\\$\\d+", "?b/");
        assertThat(values("kwic '/\\$\\d+ ?b/'")).containsExactly("kwic", "/\\$\\d+ ?b/");
        assertThat(values("a \"say \\\"hi\\\"\"")).containsExactly("a", "say \"hi\"");
    }

    @Test
    void rawKeepsQuotesForTheQueryParser() {
        List<ShellWords.Word> w = ShellWords.split("filter title:\"cloud computing\" OR x");
        assertThat(w.get(1).raw()).isEqualTo("title:\"cloud computing\"");
        assertThat(w.get(1).value()).isEqualTo("title:cloud computing");
        assertThat(w.get(1).quoted()).isTrue();
        assertThat(w.get(2).quoted()).isFalse();
    }

    @Test
    void unclosedQuoteIsAnErrorWithACaret() {
        assertThatThrownBy(() -> ShellWords.split("kwic \"data"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("unclosed double quote")
                .satisfies(e -> assertThat(((CorpexException) e).detail()).isEqualTo("  kwic \"data\n       ^"));
    }

    @Test
    void scanSeesTheWordsSplitSeesAndRunsAnOpenQuoteToTheEnd() {
        // The prompt completes with scan and the shell runs with split: one tokenizer, the same words.
        for (String line : List.of(
                "kwic \"data centers\" --sort L1",
                "filter 'it''s'",
                "kwic /\\$\\d+ ?b/",
                "a \"say \\\"hi\\\"\"",
                "a \"x\\\\\" y",
                "load my\\ folder")) {
            assertThat(ShellWords.scan(line).stream()
                            .map(ShellWords.Scanned::value)
                            .toList())
                    .as(line)
                    .isEqualTo(values(line));
        }
        List<ShellWords.Scanned> open = ShellWords.scan("kwic 'data cen");
        assertThat(open).hasSize(2);
        assertThat(open.get(1).value()).isEqualTo("data cen");
        assertThat(open.get(1).openQuote()).isEqualTo('\'');
        assertThat(open.get(1).openAt()).isEqualTo(5);
    }

    @Test
    void quoteRoundTrips() {
        for (String s : List.of("plain", "two words", "it's", "a\"b", "back\\slash", "", ">x")) {
            assertThat(values("cmd " + ShellWords.quote(s))).containsExactly("cmd", s);
        }
    }
}
