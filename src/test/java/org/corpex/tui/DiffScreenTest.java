package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpex.TestShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff A B side by side on the virtual terminal: A left, B right, changed words marked. */
class DiffScreenTest {

    @Test
    void dTwiceShowsTwoDocumentsSideBySide(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("a.txt"),
                "Report A\nAlibaba will invest $53 billion in AI over three years. The stock rose nearly 70% this "
                        + "year.\nAnalysts were cautious.\n");
        Files.writeString(
                dir.resolve("b.txt"),
                "Report B\nAlibaba will invest $52 billion in AI over three years. The stock rose 84% this "
                        + "year.\nA new line only in B.\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell(), 100, 30);
        v.type("d");
        assertThat(v.line(-1)).startsWith("A = a;");
        v.type("jd");
        assertThat(v.line(0)).startsWith(" corpex › Documents › diff").contains("A = a, B = b");
        int mid = (100 - 3) / 2;
        int row = v.rowOf("[-$53-]");
        assertThat(row).isPositive();
        assertThat(v.line(row)).contains("{+$52+}");
        assertThat(v.column(row, "{+$52+}")).isGreaterThan(mid);
        assertThat(v.column(row, "[-$53-]")).isLessThan(mid);
        assertThat(v.from(row, mid + 1)).startsWith("~");
        assertThat(v.at(v.column(row, "[-$53-]") + 2, row).getModifiers()).contains(SGR.UNDERLINE);
        assertThat(v.at(v.column(row, "{+$52+}") + 2, row).getModifiers()).contains(SGR.BOLD);
        int onlyB = v.rowOf("A new line only in B.");
        assertThat(v.from(onlyB, mid + 1)).startsWith("+");
        assertThat(v.line(-2)).contains("pair 1/");
        v.type("n");
        assertThat(v.line(-2)).containsPattern("pair \\d+/\\d+  (changed|only in A|only in B)");
        v.type("q");
        assertThat(v.line(0)).startsWith(" corpex › Documents ");
    }

    @Test
    void colonDiffInTheTableViewIsSplitIntoItsTwoSides() {
        VirtualScreen v = VirtualScreen.of(TestShell.seeds().shell(), 120, 40);
        v.type(":diff 001 004 --changes").press(KeyType.Enter);
        assertThat(v.line(0)).contains("A = 001_dbefa102bff5097e, B = 004_d7751ab62fa77688");
        String screen = v.text();
        assertThat(screen).contains("│");
        assertThat(v.line(-2)).contains("pair 1/");
        v.type("G");
        assertThat(v.line(-2)).doesNotContain("pair 1/");
    }
}
