package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpex.TestShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live KWIC screen on the virtual terminal: lines follow each keystroke of the query. */
class KwicScreenTest {

    @Test
    void linesFollowEachKeystrokeOfTheQuery() {
        VirtualScreen v = VirtualScreen.of(TestShell.seeds().shell(), 120, 30);
        v.type("K");
        assertThat(v.line(0)).startsWith(" corpex › Documents › KWIC");
        assertThat(v.line(-1)).isEqualTo("kwic:");
        v.type("billio");
        assertThat(v.line(0)).contains("0 hits");
        v.type("n");
        assertThat(v.line(0)).containsPattern("\\d+ hits in \\d+ of 5 documents for billion");
        assertThat(v.line(1)).containsSubsequence("doc", "line", "left", "match", "right");
        assertThat(v.line(2)).contains("billion");
        assertThat(v.line(-2)).contains("key doc").contains("query: billion");
        // The match column lines up under its header on every row.
        int col = v.column(1, "match");
        for (int r = 2; r < 8; r++) assertThat(v.from(r, col)).as("row " + r).startsWithIgnoringCase("billion");
        v.press(KeyType.Backspace).press(KeyType.Backspace).type("on");
        assertThat(v.line(2)).contains("billion");
        // A query half typed is said, not shouted; the lines stay.
        v.type(" \"data cen");
        assertThat(v.line(0)).contains("unclosed double quote");
        assertThat(v.line(2)).contains("billion");
        v.ctrl('u');
        assertThat(v.line(2)).isEqualTo(" (no rows)");
        v.type("\"data centers\"");
        assertThat(v.line(0)).contains("for \"data centers\"");
        assertThat(v.line(2)).containsIgnoringCase("data centers");
        v.press(KeyType.Enter);
        assertThat(v.line(-1)).isEmpty();
        v.type("i");
        assertThat(v.line(-1)).isEqualTo("kwic: \"data centers\"");
        v.press(KeyType.Escape);
    }

    @Test
    void theSessionLogHoldsTheQueryTypedNotEachLetterAndTheExport(@TempDir Path dir) {
        TestShell shell = TestShell.seeds();
        VirtualScreen v = VirtualScreen.of(shell.shell(), 120, 30);
        v.type("K").type("bil").type("lion").press(KeyType.Enter);
        Path out = dir.resolve("k.csv");
        v.type("e" + out).press(KeyType.Enter);
        assertThat(v.line(-1)).contains("wrote ");
        List<String> kwic =
                shell.session().log().stream().filter(l -> l.startsWith("kwic")).toList();
        assertThat(kwic).hasSize(3);
        assertThat(kwic.get(0)).matches("kwic --sort doc --width \\d+ -- billion");
        assertThat(kwic.get(2)).isEqualTo("kwic --sort doc -- billion > " + out);
        v.press(KeyType.Escape);
    }

    @Test
    void oSwitchesTheSortKeyAndEnterOpensTheDocumentAtThatHit() {
        VirtualScreen v = VirtualScreen.of(TestShell.seeds().shell(), 120, 30);
        v.type("Kbillion").press(KeyType.Enter);
        v.type("o");
        assertThat(v.line(-2)).contains("key L1");
        assertThat(v.line(0)).contains("sorted by L1");
        v.type("oooooo");
        assertThat(v.line(-2)).contains("key doc");
        v.type("O");
        assertThat(v.line(-2)).contains("key R3");
        v.type("O0"); // R2, then the command's own order within it
        // Open the third line's hit: the document opens with that very hit current.
        v.type("gjj");
        String doc = v.line(4).split(" ")[0];
        v.press(KeyType.Enter);
        assertThat(v.line(0)).contains("KWIC › " + doc);
        int row = -1;
        for (int r = 1; r < v.rows() - 2; r++) {
            int c = v.line(r).indexOf("«billion»");
            if (c >= 0 && v.reversed(v.column(r, "«billion»") + 1, r)) row = r;
        }
        assertThat(row).as("the current hit is on screen, reversed").isPositive();
        v.type("q");
        assertThat(v.line(0)).startsWith(" corpex › Documents › KWIC");
        assertThat(v.line(-2)).contains("row 3/");
    }

    @Test
    void colonKwicShowsTheKwicScreenAndWideContextsStayAligned(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("zh.txt"), "标题\n阿里巴巴宣布投资 AI 云计算，阿里巴巴将在三年内投资 AI。\n");
        Files.writeString(
                dir.resolve("en.txt"), "Title\nAlibaba will invest in AI and cloud computing, and more AI.\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell(), 100, 30);
        v.type(":kwic AI").press(KeyType.Enter);
        assertThat(v.line(0)).startsWith(" corpex › Documents › KWIC");
        int col = v.column(1, "match");
        int rows = 0;
        for (int r = 2; r < v.rows() - 2; r++) {
            if (v.line(r).isEmpty()) continue;
            rows++;
            assertThat(v.from(r, col)).as(v.line(r)).startsWith("AI");
        }
        assertThat(rows).isEqualTo(4);
    }
}
