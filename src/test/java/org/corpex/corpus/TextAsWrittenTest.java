package org.corpex.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.corpex.TestShell;
import org.corpex.table.Display;
import org.corpex.table.TextTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text as users write it: composed or not, any script's case, CJK sentence ends, terminal widths. */
class TextAsWrittenTest {
    @TempDir
    Path dir;

    @Test
    void composedAndDecomposedAccentsAreOneWord() throws Exception {
        String nfd = Normalizer.normalize("café", Normalizer.Form.NFD);
        Files.writeString(dir.resolve("a.txt"), "Menu\n\nThe café opened. A second " + nfd + " opened too.\n");
        TestShell s = TestShell.on(dir);
        assertThat(s.run("kwic café").rows()).hasSize(2);
        assertThat(s.run("kwic " + nfd).rows()).hasSize(2);
        assertThat(s.run("freq").rows().stream()
                        .filter(r -> r.get(0).toString().startsWith("caf"))
                        .count())
                .isEqualTo(1);
        assertThat(s.run("filter " + nfd).notes().get(0)).startsWith("1 of 1");
    }

    @Test
    void finalSigmaMeetsItsCapital() throws Exception {
        Files.writeString(dir.resolve("g.txt"), "Τίτλος\n\nΟΔΟΣ κλειστή. Η οδος ανοιχτή.\n");
        TestShell s = TestShell.on(dir);
        assertThat(TestShell.column(s.run("kwic ΟΔΟΣ"), "match")).containsExactly("ΟΔΟΣ", "οδος");
        assertThat(TestShell.column(s.run("kwic οδος"), "match")).containsExactly("ΟΔΟΣ", "οδος");
        assertThat(TestShell.column(s.run("kwic οδοσ"), "match")).containsExactly("ΟΔΟΣ", "οδος");
    }

    @Test
    void chineseAndJapaneseSentencesEndAtTheirFullStops() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "标题\n\n阿里巴巴宣布投资。市场反应强烈！投资者怎么看？\n");
        TestShell s = TestShell.on(dir);
        Document d = s.session().corpus().get(0);
        Layout l = d.layout();
        int sentences = 0;
        for (int i = 0; i < l.sentenceCount(); i++) {
            if (d.text().substring(l.sentenceStart(i), l.sentenceEnd(i)).contains("市场")) {
                assertThat(d.text().substring(l.sentenceStart(i), l.sentenceEnd(i)))
                        .isEqualTo("市场反应强烈！");
            }
            sentences++;
        }
        assertThat(sentences).isEqualTo(4); // the title and three
        // A 2-gram never crosses a sentence end: none joins 资 (before 。) to 市.
        assertThat(TestShell.column(s.run("ngrams 2 --min 1"), "term"))
                .contains("市 场")
                .doesNotContain("资 市");
    }

    @Test
    void oneWidthForThePromptAndTheFullScreen() {
        assertThat(Display.width("e\u0301")).isEqualTo(1); // a combining accent joins its letter
        assertThat(Display.width("a\u200Bb")).isEqualTo(2); // a zero-width space takes no column
        assertThat(Display.width("\uD83D\uDC4D\uD83C\uDFFD")).isEqualTo(2); // thumbs up, skin tone: one emoji
        assertThat(Display.width("中文")).isEqualTo(4);
        assertThat(TextTable.width("e\u0301\u200B\uD83D\uDC4D\uD83C\uDFFD")).isEqualTo(3);
    }
}
