package org.corpex.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.corpex.corpus.Layout;
import org.junit.jupiter.api.Test;

/** Tokens made once per sentence for every reader of one text, and lowered as the JDK lowers them. */
class SentenceTokensTest {
    @Test
    void aWordIsLoweredAsTheJdkLowersIt() {
        for (String w : List.of(
                "Senate",
                "AT&T",
                "McDonald's",
                "N.H.",
                "already",
                "Émile",
                "ÉMILE",
                "İstanbul",
                "ǅemal",
                "STRASSE",
                "ΣΟΦΊΑ",
                "Kelvin\u212A",
                "x",
                "Z",
                "o'Brien",
                "O’Brien")) {
            assertThat(Tok.lower(w)).as(w).isEqualTo(w.toLowerCase(Locale.ROOT));
        }
        // a word already in lower case is its own lower case, not a copy
        String already = "already";
        assertThat(Tok.lower(already)).isSameAs(already);
    }

    @Test
    void aSentenceIsTokenisedOnceForTheTextItWasMadeFor() {
        String text = "Mayor Ruth Okafor said the levy would pass. Her rival, Tom Keane, disagreed.";
        Layout layout = Layout.of(text);
        SentenceTokens tokens = new SentenceTokens(text, layout);
        List<Tok> first = tokens.of(text, layout, 1);
        assertThat(tokens.of(text, layout, 1)).isSameAs(first);
        assertThat(first).isEqualTo(Tok.of(text, layout.sentenceStart(1), layout.sentenceEnd(1)));
        // another text, even an equal one (figures read a copy with plain spaces): tokenised afresh, and not kept
        String copy = new String(text.toCharArray());
        List<Tok> other = tokens.of(copy, layout, 1);
        assertThat(other).isEqualTo(first).isNotSameAs(first);
        assertThat(tokens.of(text, layout, 1)).isSameAs(first);
    }
}
