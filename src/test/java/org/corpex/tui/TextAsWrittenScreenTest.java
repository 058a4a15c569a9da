package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.corpex.TestShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full screen on text as users write it, and on marks that are the data's own. */
class TextAsWrittenScreenTest {
    @TempDir
    Path dir;

    private String all(VirtualScreen v) {
        return v.text();
    }

    @Test
    void guillemetsInTheTextAreNoHits() throws Exception {
        Files.writeString(
                dir.resolve("q.txt"), "Quotes\n\nShe called it «a fair deal» and the council agreed to the deal.\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell());
        v.type(":kwic council").press(KeyType.Enter);
        v.press(KeyType.Enter); // the hit's document
        assertThat(v.line(-2)).contains("hit 1/1");
        assertThat(all(v)).contains("«a fair deal»").contains("«council»");
    }

    @Test
    void aDecomposedQueryFindsComposedText() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "Menu\n\nThe café opened on the square.\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell());
        v.type(":kwic " + Normalizer.normalize("café", Normalizer.Form.NFD)).press(KeyType.Enter);
        assertThat(all(v)).contains("café").contains("1 hit in 1 of 1 document");
    }

    @Test
    void greekCapitalsFindFinalSigma() throws Exception {
        Files.writeString(dir.resolve("g.txt"), "Τίτλος\n\nΗ οδος έκλεισε χθες.\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell());
        v.type(":kwic ΟΔΟΣ").press(KeyType.Enter);
        assertThat(all(v)).contains("οδος").contains("1 hit in 1 of 1 document");
    }

    @Test
    void chineseSentencesSplitAtTheirFullStops() throws Exception {
        Files.writeString(dir.resolve("z.txt"), "标题\n\n阿里巴巴宣布投资。市场反应强烈！投资者怎么看？\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell());
        v.type(":kwic 市场").press(KeyType.Enter);
        String s = all(v);
        assertThat(s).contains("市场").contains("1 hit in 1 of 1 document");
        v.press(KeyType.Enter); // the document: its sentences end at 。 and ！
        assertThat(all(v)).contains("投资。«市场»反应强烈！").contains("hit 1/1");
    }
}
