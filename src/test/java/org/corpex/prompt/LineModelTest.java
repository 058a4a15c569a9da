package org.corpex.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.shell.LineModel;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** One rule for what each word of a line is: the shell runs by it, the prompt colours and completes by it. */
class LineModelTest {
    private static List<LineModel.Word> words(String... w) {
        return Arrays.stream(w).map(s -> new LineModel.Word(s, false)).toList();
    }

    @Test
    void aComparisonInAnExpressionIsNoRedirect() {
        assertThat(LineModel.redirectAt(words("filter", "words", ">", "500"), true))
                .isEqualTo(-1);
        assertThat(LineModel.redirectAt(words("filter", "words", ">", "out.csv"), true))
                .isEqualTo(2);
        assertThat(LineModel.redirectAt(words("filter", "words", ">>", "log"), true))
                .isEqualTo(2);
        assertThat(LineModel.redirectAt(words("docs", ">", "500"), false)).isEqualTo(1);
        assertThat(LineModel.redirectAt(words("docs", ">out.csv"), false)).isEqualTo(1);
    }

    @Test
    void theHighlighterFollowsTheShell() throws Exception {
        TestShell t = TestShell.seeds();
        CommandHighlighter h = new CommandHighlighter(t.shell(), () -> true);
        AttributedString comparison = h.highlight("filter words > 500");
        AttributedString redirect = h.highlight("filter words > out.csv");
        int gt = "filter words ".length();
        assertThat(redirect.styleAt(gt)).isEqualTo(CommandHighlighter.REDIRECT);
        assertThat(comparison.styleAt(gt)).isNotEqualTo(CommandHighlighter.REDIRECT);
        // And the shell runs the first as a comparison.
        assertThat(t.run("filter words > 500").notes().get(0)).contains("documents match words > 500");
    }

    @Test
    void optionsAndTheirValuesAreKnownFromTheModel() {
        TestShell t = TestShell.seeds();
        var spec = t.shell().commands().get("kwic").getCommandSpec();
        assertThat(LineModel.roles(words("kwic", "billion", "--limit", "3", "--", "--x"), spec, true))
                .containsExactly(
                        LineModel.Role.COMMAND,
                        LineModel.Role.POSITIONAL,
                        LineModel.Role.OPTION,
                        LineModel.Role.OPTION_VALUE,
                        LineModel.Role.END_OF_OPTIONS,
                        LineModel.Role.POSITIONAL);
    }
}
