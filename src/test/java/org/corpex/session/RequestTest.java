package org.corpex.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corpex.shell.ShellWords;
import org.junit.jupiter.api.Test;

/** A request's line is read back by the shell's splitting as the same words, whatever its values hold. */
class RequestTest {

    private static List<String> words(String line) {
        return ShellWords.split(line).stream().map(ShellWords.Word::value).toList();
    }

    @Test
    void optionValuesComeBackWordForWord() {
        for (String v : List.of(
                "plain",
                "two words",
                "it's",
                "say \"hi\"",
                "back\\slash",
                "a > b",
                "",
                "date=2024-03 AND source:\"The Herald\"")) {
            Request r = Request.of("kwic").with("--where", v).text("billion");
            assertThat(words(r.line())).as(r.line()).containsExactly("kwic", "--where", v, "--", "billion");
        }
    }

    @Test
    void theTextStaysAsTyped() {
        assertThat(Request.of("kwic")
                        .with("--sort", "R1")
                        .text("\"data centers\" OR invest*")
                        .line())
                .isEqualTo("kwic --sort R1 -- \"data centers\" OR invest*");
        assertThat(Request.of("filter").text("source:Wire").line()).isEqualTo("filter source:Wire");
        // a text that starts like an option is set apart from the options
        assertThat(Request.of("filter").text("-5%").line()).isEqualTo("filter -- -5%");
    }

    @Test
    void argumentsAreWordsAfterTheOptionsSetApartWhenTheyLookLikeOne() {
        Request r = Request.of("show").flag("--hits", true).argument("story one");
        assertThat(r.line()).isEqualTo("show --hits 'story one'");
        assertThat(r.words()).containsExactly("--hits", "--", "story one");
        Request dash = Request.of("diff").argument("-a").argument("it's b");
        assertThat(words(dash.line())).containsExactly("diff", "--", "-a", "it's b");
        assertThat(dash.words()).containsExactly("--", "-a", "it's b");
    }

    @Test
    void flagsAreThereOnlyWhenOn() {
        assertThat(Request.of("docs").flag("--no-figures", false).line()).isEqualTo("docs");
        assertThat(Request.of("docs").flag("--no-figures", true).line()).isEqualTo("docs --no-figures");
    }

    @Test
    void aCommandNameIsOneWord() {
        assertThatThrownBy(() -> Request.of("kwic --sort R1")).isInstanceOf(IllegalArgumentException.class);
    }
}
