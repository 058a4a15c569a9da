package org.corpex.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.corpex.TestShell;
import org.junit.jupiter.api.Test;

/** Sentence boundaries: the cases news text makes hard. */
class SentenceTest {

    static List<String> sentences(String text) {
        Layout l = Layout.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.sentenceCount(); i++) out.add(text.substring(l.sentenceStart(i), l.sentenceEnd(i)));
        return out;
    }

    @Test
    void dottedInitialisms() {
        assertThat(sentences("U.S. officials met. The U.S. Treasury agreed."))
                .containsExactly("U.S. officials met.", "The U.S. Treasury agreed.");
        assertThat(sentences("Shares fell in the U.S. The drop was brief."))
                .containsExactly("Shares fell in the U.S.", "The drop was brief.");
        assertThat(sentences("Tensions rose amid U.S.-China talks. Then eased."))
                .containsExactly("Tensions rose amid U.S.-China talks.", "Then eased.");
        assertThat(sentences("He left at 10 a.m. Tuesday and returned."))
                .containsExactly("He left at 10 a.m. Tuesday and returned.");
    }

    @Test
    void titlesBeforeNames() {
        assertThat(sentences("Dr. Smith and Mr. Wu spoke. Prof. Li did not."))
                .containsExactly("Dr. Smith and Mr. Wu spoke.", "Prof. Li did not.");
        assertThat(sentences("J. Smith wrote it. It sold.")).containsExactly("J. Smith wrote it.", "It sold.");
    }

    @Test
    void companySuffixes() {
        assertThat(sentences("Alibaba Group Holding Inc. said it would invest."))
                .containsExactly("Alibaba Group Holding Inc. said it would invest.");
        assertThat(sentences("Acme Inc. Chief Executive Jane Roe agreed."))
                .containsExactly("Acme Inc. Chief Executive Jane Roe agreed.");
        assertThat(sentences("He bought shares of Apple Inc. The deal closed."))
                .containsExactly("He bought shares of Apple Inc.", "The deal closed.");
        assertThat(sentences("Ties with Foo Ltd. grew. Sales rose."))
                .containsExactly("Ties with Foo Ltd. grew.", "Sales rose.");
    }

    @Test
    void decimalsAndMoney() {
        assertThat(sentences("It raised $3.2 billion. Shares rose 8.5% to HK$137.81. 2025 was good."))
                .containsExactly("It raised $3.2 billion.", "Shares rose 8.5% to HK$137.81.", "2025 was good.");
    }

    @Test
    void numberAbbreviationAndListNumbers() {
        assertThat(sentences("It ranked No. 1 in China. No. 2 was Tencent."))
                .containsExactly("It ranked No. 1 in China.", "No. 2 was Tencent.");
        assertThat(sentences("1. The Vision and Commitment:\n2. The Qwen AI Model:"))
                .containsExactly("1. The Vision and Commitment:", "2. The Qwen AI Model:");
        assertThat(sentences("Growth was 5. Then it fell.")).containsExactly("Growth was 5.", "Then it fell.");
    }

    @Test
    void ellipses() {
        assertThat(sentences("He paused... then went on. Wait... What?"))
                .containsExactly("He paused... then went on.", "Wait...", "What?");
        assertThat(sentences("So it goes… Next year, more.")).containsExactly("So it goes…", "Next year, more.");
        assertThat(sentences("Loading...\nComments")).containsExactly("Loading...", "Comments");
    }

    @Test
    void quotes() {
        assertThat(sentences("\"Stop.\" He left.")).containsExactly("\"Stop.\"", "He left.");
        assertThat(sentences("“We will win,” Wu said. “It’s over.” The end."))
                .containsExactly("“We will win,” Wu said.", "“It’s over.”", "The end.");
        assertThat(sentences("\"Is it?\" she asked. 'Yes!' he said."))
                .containsExactly("\"Is it?\" she asked.", "'Yes!' he said.");
        assertThat(sentences("He called it (a bet.) Then left."))
                .containsExactly("He called it (a bet.)", "Then left.");
    }

    @Test
    void lineBreaksEndSentencesAndNoBreakSpacesAreTrimmed() {
        assertThat(sentences("Headline without stop\nBody starts here."))
                .containsExactly("Headline without stop", "Body starts here.");
        assertThat(sentences("What we know\u00A0\n\nMore.")).containsExactly("What we know", "More.");
        assertThat(sentences("  Indented. ")).containsExactly("Indented.");
    }

    @Test
    void seedSentencesLookRight() throws Exception {
        String text = Files.readString(TestShell.SEEDS.resolve("001_dbefa102bff5097e.txt"));
        List<String> s = sentences(text);
        assertThat(s)
                .contains(
                        "While Alibaba’s market capitalization burgeoned by over $100 billion by 2025, the path "
                                + "was not devoid of pitfalls; "
                                + "the stock faced a more than 10% plunge in the U.S. shortly after the news broke.",
                        "1. The Vision and Commitment:",
                        "Initially, the announcement led to a mixed market reaction, with a notable drop in "
                                + "Alibaba’s U.S. stock.");
        for (String one : s) {
            assertThat(one).as("no sentence is only a list number").doesNotMatch("\\d+\\.");
            assertThat(one).isEqualTo(one.strip());
        }
        String seed004 = Files.readString(TestShell.SEEDS.resolve("004_d7751ab62fa77688.txt"));
        assertThat(sentences(seed004))
                .anyMatch(x -> x.startsWith("U.S. export controls on advanced chips could hinder"));
    }
}
