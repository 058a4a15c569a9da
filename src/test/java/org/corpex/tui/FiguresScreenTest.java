package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Figures and Compare screens on the virtual terminal, over the seeds. */
class FiguresScreenTest {

    /** The screen row where the document line shown on {@code row} begins: the one with a number in the gutter. */
    private static int lineStart(VirtualScreen v, int row) {
        while (row > 1 && !v.line(row).matches("\\s*\\d+ .*")) row--;
        return row;
    }

    private static VirtualScreen seeds() {
        return VirtualScreen.of(TestShell.seeds().shell(), 120, 30);
    }

    @Test
    void figuresAreNarrowedByKindSortedAndOpenAtTheirSentence(@TempDir Path dir) throws Exception {
        VirtualScreen v = seeds();
        v.type("F");
        assertThat(v.line(0)).startsWith(" corpex › Documents › Figures").endsWith("69 figures in 5 documents");
        assertThat(v.line(1))
                .startsWith("doc")
                .contains("text")
                .contains("kind")
                .contains("value")
                .contains("subject");
        assertThat(v.line(-2)).contains("row 1/69").contains("kind all").contains("69 figures");

        v.type("t");
        assertThat(v.line(0)).endsWith("25 money figures of 69");
        assertThat(v.line(-2)).contains("row 1/25").contains("kind money");
        int kindColumn = v.column(1, "kind");
        for (int row = 2; row < 27; row++)
            assertThat(v.from(row, kindColumn)).as("row %d", row).startsWith("money");

        v.type("llll]"); // doc line text kind [value], descending
        assertThat(v.line(1)).contains("value↓");
        assertThat(v.line(2)).startsWith("001_dbefa102bff5097e").contains("$1.5 trillion");
        assertThat(v.line(3)).startsWith("000_0ff348a9848a8873").contains("$345 billion");

        // e writes what is on screen: the money rows, largest first.
        Path out = dir.resolve("money.csv");
        v.type("e" + out).press(KeyType.Enter);
        List<String> csv = Files.readAllLines(out);
        assertThat(csv).hasSize(26);
        assertThat(csv.get(1)).contains("$1.5 trillion");
        assertThat(csv.subList(1, 26)).allSatisfy(l -> assertThat(l).contains(",money,"));

        v.type("g").press(KeyType.Enter); // the $1.5 trillion of 001, line 31 (sorting kept the cursor on its row)
        assertThat(v.line(0))
                .startsWith(" corpex › Documents › Figures › 001_dbefa102bff5097e")
                .contains("1370 words, 14 figu");
        int row = v.rowOf("$1.5 trillion");
        assertThat(row).isPositive();
        int start = lineStart(v, row);
        assertThat(v.line(start).strip())
                .as("the figure is on line 31 (wrapped lines carry no number)")
                .startsWith("31 ");
        assertThat(v.text())
                .as("figure marks are drawn as underlining, not printed")
                .doesNotContain("⟦")
                .doesNotContain("⟧");
        int x = v.column(row, "$1.5 trillion");
        assertThat(v.at(x + 1, row).getModifiers())
                .as("the figure is underlined")
                .contains(SGR.UNDERLINE);
        assertThat(v.at(x - 2, row).getModifiers())
                .as("the text before it is not")
                .doesNotContain(SGR.UNDERLINE);
        assertThat(v.reversed(v.column(start, "31"), start))
                .as("the figure's line is marked in the gutter")
                .isTrue();

        v.type("q");
        assertThat(v.line(-2))
                .as("back keeps the kind and the sort")
                .contains("kind money")
                .contains("sort value ↓");
        v.type("T");
        assertThat(v.line(-2)).contains("kind all").contains("row ").contains("/69");
    }

    @Test
    void colonFiguresShowsTheFiguresScreen() {
        VirtualScreen v = seeds();
        v.type(":figures --kind percent").press(KeyType.Enter);
        assertThat(v.line(0)).startsWith(" corpex › Documents › Figures");
        assertThat(v.line(-2)).contains("kind all").contains(" figures");
        v.type("t");
        assertThat(v.line(-2)).as("kinds with no rows here are passed over").contains("kind percent");
    }

    @Test
    void compareHighlightsConflictsAndDiffsTwoSourcesOfAFact() {
        VirtualScreen v = seeds();
        v.type("C");
        assertThat(v.line(0)).startsWith(" corpex › Documents › Compare").contains("33 facts, 2 in conflict");
        assertThat(v.line(1)).startsWith("fact").contains("status").doesNotContain("unit");
        assertThat(v.line(-2)).contains("row 1/38").contains("6 conflicting claims");
        int conflict = v.rowOf("$52 billion"), soft = v.rowOf("soft");
        assertThat(v.line(conflict)).contains("conflict");
        int textColumn = v.column(1, "text");
        assertThat(v.at(textColumn + 1, conflict).getModifiers())
                .as("a conflicting claim stands out")
                .contains(SGR.BOLD);
        assertThat(v.at(textColumn + 1, soft).getModifiers())
                .as("a soft difference does not")
                .doesNotContain(SGR.BOLD);

        v.type("c");
        assertThat(v.line(-2)).contains("row 1/6").contains("conflicts only");
        assertThat(v.rowOf("soft")).isNegative();
        v.type("c");
        assertThat(v.line(-2)).contains("row 1/38");

        // d on 004's $52 billion: diffed with the first source that gives the investment another value.
        v.type("c");
        v.type("jjj");
        assertThat(v.line(5)).contains("$52 billion");
        v.type("d");
        assertThat(v.line(0))
                .startsWith(" corpex › Documents › Compare › diff")
                .contains("A = 004_d7751ab62fa77688, B = 000_0ff348a9848a8873");
        v.type("q");
        assertThat(v.line(-2)).contains("conflicts only");

        v.press(KeyType.Enter); // 004, line 2
        assertThat(v.line(0)).contains("› 004_d7751ab62fa77688");
        assertThat(v.line(lineStart(v, v.rowOf("$52 billion"))).strip()).startsWith("2 ");
    }

    @Test
    void aFiguresDiffHighlightsWhatChanged() {
        VirtualScreen v = seeds();
        v.type(":diff 003 004 --figures").press(KeyType.Enter);
        assertThat(v.line(0)).contains("diff figures");
        int changed = v.rowOf("$52 billion");
        assertThat(v.line(changed)).startsWith("changed");
        v.type("j"); // off the cursor row, which is drawn reversed
        assertThat(v.at(1, changed).getModifiers()).contains(SGR.BOLD);
        assertThat(v.at(1, changed + 1).getModifiers()).doesNotContain(SGR.BOLD);
        v.type("k");
        assertThat(v.line(-2)).contains(" changed");
        assertThat(v.line(1))
                .startsWith("status")
                .contains("a_text")
                .contains("b_text")
                .contains("difference");
        assertThat(v.line(changed)).contains("$53 billion").contains("-1000000000");
        v.type("c");
        assertThat(v.line(-2)).contains("row 1/1");
        v.press(KeyType.Enter);
        assertThat(v.line(0)).as("Enter opens A at A's line").contains("› 003_67367a7755b0d62d");
        assertThat(v.line(lineStart(v, v.rowOf("$53 billion"))).strip()).startsWith("1 ");
    }

    @Test
    void onALargeCorpusTheDocumentsShowAtOnceAndTheFiguresColumnJoinsWhenCounted() throws Exception {
        long before = DocumentsView.waitForFiguresBelowChars;
        DocumentsView.waitForFiguresBelowChars = 0; // the seeds count as large
        try {
            TestShell shell = TestShell.seeds();
            VirtualScreen v = VirtualScreen.of(shell.shell(), 120, 30);
            Corpus corpus = shell.session().corpus();
            // Either the first frame came before the count (no column, said in the status bar) or after it.
            if (!Figures.ready(corpus)) {
                assertThat(v.line(1)).doesNotContain("figures");
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!Figures.ready(corpus) && System.nanoTime() < deadline) Thread.sleep(10);
            assertThat(Figures.ready(corpus)).as("counted in the background").isTrue();
            assertThat(v.fs.top().stale(v.fs) || v.line(1).contains("figures")).isTrue();
            v.type("j"); // any frame brings the column in (the real loop also draws one unasked)
            assertThat(v.line(1)).contains("words").contains("figures");
            assertThat(v.line(-2)).doesNotContain("counting figures");
            assertThat(v.line(2)).endsWith("16");
        } finally {
            DocumentsView.waitForFiguresBelowChars = before;
        }
    }
}
