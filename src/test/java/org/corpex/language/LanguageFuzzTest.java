package org.corpex.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.corpex.corpus.Layout;

/**
 * Fuzzes who-said-what on any text: it never fails, and every attribution's words are the text where it says they
 * stand, its cue and speaker inside the text too.
 */
class LanguageFuzzTest {

    @FuzzTest
    void attributions(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString().replace('\r', '\n');
        if (text.isBlank()) return;
        Layout layout = Layout.of(text);
        List<Attribution> as = Attributions.of(text, layout);
        for (Attribution a : as) {
            assertThat(a.start())
                    .as("%s in %s", a, text)
                    .isGreaterThanOrEqualTo(0)
                    .isLessThan(a.end());
            assertThat(a.end()).isLessThanOrEqualTo(text.length());
            assertThat(a.quote()).isEqualTo(text.substring(a.start(), a.end()));
            assertThat(a.cueStart()).isLessThan(text.length());
            assertThat(a.speakerStart()).isLessThan(text.length());
            assertThat(a.speaker()).isNotNull();
            assertThat(a.speakerKey()).isNotNull();
        }
        // the frames of any text are read without failing either
        Discourse d = Discourse.read(text, layout, layout.sentenceCount() - 1);
        for (int s = 0; s < d.sentences(); s++) {
            List<Tok> toks = d.tokens(s);
            Times.find(toks, LocalDate.of(2016, 1, 6));
            for (Discourse.Mention m : d.mentions(s)) assertThat(m.last()).isLessThan(toks.size());
        }
    }
}
