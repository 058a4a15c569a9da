package org.corpex.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.corpex.base.CorpexException;

/**
 * Fuzzes the shell-word splitter that every command line goes through. Without JAZZER_FUZZ this runs the seeds in
 * src/test/resources/org/corpex/shell/WordsFuzzTestInputs/ only; scripts/fuzz runs it coverage-guided.
 */
class ShellWordsFuzzTest {

    @FuzzTest
    void split(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        List<ShellWords.Scanned> scanned = ShellWords.scan(line); // never fails, whatever the line

        // Words lie in the line, in order, apart, each starting at a non-space.
        int prevEnd = 0;
        ShellWords.Scanned open = null;
        for (ShellWords.Scanned w : scanned) {
            assertThat(w.start()).isGreaterThanOrEqualTo(prevEnd).isLessThan(w.end());
            assertThat(w.end()).isLessThanOrEqualTo(line.length());
            assertThat(Character.isWhitespace(line.charAt(w.start()))).isFalse();
            if (w.openQuote() != 0) {
                assertThat(open).as("only the last word can leave a quote open").isNull();
                assertThat(line.charAt(w.openAt())).isEqualTo(w.openQuote());
                open = w;
            }
            prevEnd = w.end();
        }

        List<ShellWords.Word> words;
        try {
            words = ShellWords.split(line);
        } catch (CorpexException e) {
            // The one user error: an unclosed quote, with a caret under it.
            assertThat(open)
                    .as("split failed but scan found no open quote: %s", e.getMessage())
                    .isNotNull();
            assertThat(e.getMessage()).isIn("unclosed double quote", "unclosed single quote");
            assertThat(e.detail()).isEqualTo(CorpexException.caret(line, open.openAt()));
            return;
        }
        assertThat(open).as("split accepted a line with an open quote").isNull();
        assertThat(words).hasSameSizeAs(scanned);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            ShellWords.Word w = words.get(i);
            assertThat(w.value()).isEqualTo(scanned.get(i).value());
            assertThat(w.raw())
                    .isEqualTo(line.substring(w.start(), scanned.get(i).end()));
            values.add(w.value());
        }

        // quote() is split's inverse: quoted values joined by spaces split back into the same values.
        StringBuilder joined = new StringBuilder();
        for (String v : values) joined.append(ShellWords.quote(v)).append(' ');
        assertThat(ShellWords.split(joined.toString()).stream()
                        .map(ShellWords.Word::value)
                        .toList())
                .isEqualTo(values);
    }
}
