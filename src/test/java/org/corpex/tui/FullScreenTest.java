package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corpex.ProvenanceTools;
import org.corpex.TestShell;
import org.corpex.table.Exporter;
import org.corpex.table.Format;
import org.corpex.table.Provenance;
import org.corpex.table.RenderOptions;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each screen and each navigation, rendered on Lanterna's virtual terminal and read back. */
class FullScreenTest {
    private static final List<String> SEED_IDS = List.of(
            "000_0ff348a9848a8873",
            "001_dbefa102bff5097e",
            "002_58097a45caa298bb",
            "003_67367a7755b0d62d",
            "004_d7751ab62fa77688");

    private static VirtualScreen seeds() {
        return VirtualScreen.of(TestShell.seeds().shell());
    }

    @Test
    void documentsScreenListsTheSelectionWithTitleAndStatusBars() {
        VirtualScreen v = seeds();
        assertThat(v.line(0)).startsWith(" corpex › Documents").endsWith("5 of 5 documents");
        assertThat(v.line(1))
                .containsSubsequence("id", "title", "source", "date", "words")
                .doesNotContain("path");
        for (int i = 0; i < 5; i++) assertThat(v.line(2 + i)).startsWith(SEED_IDS.get(i));
        assertThat(v.line(-2))
                .contains("Documents  row 1/5")
                .contains("5/5 docs")
                .contains("? keys");
        // The cursor row is drawn reversed, the others are not.
        assertThat(v.reversed(0, 2)).isTrue();
        assertThat(v.reversed(0, 3)).isFalse();
    }

    @Test
    void jkgGAndArrowsMoveTheCursor() {
        VirtualScreen v = seeds();
        v.type("jj");
        assertThat(v.line(-2)).contains("row 3/5");
        assertThat(v.reversed(0, 4)).isTrue();
        assertThat(v.reversed(0, 2)).isFalse();
        v.type("k");
        assertThat(v.line(-2)).contains("row 2/5");
        v.type("G");
        assertThat(v.line(-2)).contains("row 5/5");
        v.type("j");
        assertThat(v.line(-2)).as("the cursor stops at the last row").contains("row 5/5");
        v.type("g");
        assertThat(v.line(-2)).contains("row 1/5");
        v.press(KeyType.ArrowDown).press(KeyType.PageDown);
        assertThat(v.line(-2)).contains("row 5/5");
        v.press(KeyType.PageUp);
        assertThat(v.line(-2)).contains("row 1/5");
        v.press(KeyType.End);
        assertThat(v.line(-2)).contains("row 5/5");
        v.press(KeyType.Home);
        assertThat(v.line(-2)).contains("row 1/5");
    }

    @Test
    void sortsByTheCurrentColumnBothWays() {
        VirtualScreen v = seeds();
        v.type("llll"); // id title source date [words]
        assertThat(v.reversed(v.column(1, "words"), 1))
                .as("the current column's header")
                .isTrue();
        v.type("s");
        assertThat(v.line(1)).contains("words↑");
        assertThat(v.line(2)).startsWith("002_58097a45caa298bb").matches(".*\\s306\\s+\\d+"); // words, then figures
        assertThat(v.line(6)).startsWith("001_dbefa102bff5097e").matches(".*\\s1370\\s+\\d+");
        assertThat(v.line(-2)).contains("sort words ↑");
        v.type("s");
        assertThat(v.line(1)).contains("words↓");
        assertThat(v.line(2)).startsWith("001_dbefa102bff5097e");
        v.type("0");
        assertThat(v.line(2)).as("0: the command's order again").startsWith(SEED_IDS.get(0));
        v.press(KeyType.ArrowLeft)
                .press(KeyType.ArrowLeft)
                .press(KeyType.ArrowLeft)
                .type("]");
        assertThat(v.line(1)).contains("title↓");
        assertThat(v.line(2)).startsWith("004_d7751ab62fa77688"); // "Unprecedented ..." sorts last
    }

    @Test
    void filterLineRunsTheFilterLanguageThroughTheShell() {
        VirtualScreen v = seeds();
        v.type("f");
        assertThat(v.line(-1)).isEqualTo("filter:");
        v.type("Microsoft").press(KeyType.Enter);
        assertThat(v.line(0)).contains("4 of 5 documents, filter depth 1 · filter: Microsoft");
        assertThat(v.text()).doesNotContain("002_58097a45caa298bb");
        assertThat(v.line(-2)).contains("query: Microsoft").contains("4/5 docs");
        assertThat(v.line(-1)).contains("4 of 5 documents match Microsoft");
        v.type("fQwQ*").press(KeyType.Enter);
        assertThat(v.line(0)).contains("filter: Microsoft › QwQ*");
        assertThat(v.line(-2)).contains("1/5 docs");
        v.type("u");
        assertThat(v.line(-2)).contains("4/5 docs");
        v.type("R");
        assertThat(v.line(-2)).contains("5/5 docs");
        assertThat(v.line(0)).doesNotContain("filter:");
        // The session is the prompt's: the filters went through the shell.
        assertThat(v.fs.session().filters()).isEmpty();
    }

    @Test
    void aBadFilterShowsItsErrorOnOneLineAndKeepsTheSelection() {
        VirtualScreen v = seeds();
        v.type("f\"cloud").press(KeyType.Enter);
        assertThat(v.line(-1)).isEqualTo("unclosed double quote");
        assertThat(v.at(0, v.rows() - 1).getModifiers()).contains(SGR.BOLD);
        assertThat(v.line(-2)).contains("5/5 docs");
        assertThat(v.fs.running()).isTrue();
    }

    @Test
    void enterOpensTheDocumentWithLineNumbersAndHitsAndNWalksThem() {
        VirtualScreen v = seeds();
        v.type("fbillion").press(KeyType.Enter).type("j").press(KeyType.Enter);
        assertThat(v.line(0)).startsWith(" corpex › Documents › 001_dbefa102bff5097e");
        assertThat(v.line(1)).matches("\\s+1  - Alibaba commits \\$53 «billion» to AI.*");
        assertThat(v.line(-2))
                .contains("001_dbefa102bff5097e  line 1/59")
                .contains("query: billion")
                .contains("hit 1/5");
        int col = v.column(1, "«billion»");
        assertThat(v.reversed(col + 1, 1)).as("the current hit").isTrue();
        assertThat(v.at(0, 2).getCharacterString()).isEqualTo(" "); // a wrapped line has no number
        v.type("n");
        assertThat(v.line(-2)).contains("hit 2/5");
        int row = v.rowOf("$53 «billion» to artificial");
        assertThat(row).isPositive();
        assertThat(v.reversed(v.column(row, "«billion»") + 1, row)).isTrue();
        assertThat(v.reversed(col + 1, 1))
                .as("the first hit is no longer current")
                .isFalse();
        v.type("nnn");
        assertThat(v.line(-2)).contains("hit 5/5");
        v.type("n");
        assertThat(v.line(-2)).contains("hit 1/5");
        assertThat(v.line(-1)).isEqualTo("back to the first hit");
        v.type("N");
        assertThat(v.line(-2)).contains("hit 5/5");
    }

    @Test
    void documentScrollsAndSearchesWithSlash() {
        VirtualScreen v = seeds();
        v.press(KeyType.Enter);
        assertThat(v.line(1)).contains("1  Jack Ma, Xi Jinping");
        v.type("j");
        assertThat(v.line(1)).doesNotContain("Jack Ma, Xi Jinping");
        v.type("G");
        assertThat(v.line(-2)).doesNotContain("line 1/");
        v.type("g");
        assertThat(v.line(1)).contains("Jack Ma, Xi Jinping");
        v.type("/Momentum").press(KeyType.Enter);
        int row = v.rowOf("Momentum");
        assertThat(row).isBetween(1, v.rows() - 3);
        assertThat(v.line(-2)).contains("/Momentum");
        v.type("/no such words here").press(KeyType.Enter);
        assertThat(v.line(-1)).isEqualTo("not found: no such words here");
    }

    @Test
    void qAndEscGoBackThroughTheStackAndQLeavesFromTheFirstScreen() {
        VirtualScreen v = seeds();
        v.type("jj").press(KeyType.Enter);
        assertThat(v.line(0)).contains("Documents › 002_58097a45caa298bb");
        v.type("?");
        assertThat(v.line(0)).contains("Documents › 002_58097a45caa298bb › keys");
        v.press(KeyType.Escape);
        assertThat(v.line(0)).contains("Documents › 002_58097a45caa298bb").doesNotContain("keys");
        v.type("q");
        assertThat(v.line(0)).startsWith(" corpex › Documents ");
        assertThat(v.line(-2)).as("the cursor is where it was").contains("row 3/5");
        v.press(KeyType.Escape);
        assertThat(v.fs.running()).as("Esc on the first screen does not leave").isTrue();
        assertThat(v.line(-1)).isEqualTo("this is the first screen: q leaves");
        v.type("q");
        assertThat(v.fs.running()).isFalse();
    }

    @Test
    void colonRunsAnyCommandAndShowsItsTable() {
        VirtualScreen v = seeds();
        v.type(":help").press(KeyType.Enter);
        assertThat(v.line(0)).startsWith(" corpex › Documents › help");
        assertThat(v.line(1)).containsSubsequence("command", "description");
        assertThat(v.text()).contains("filter").contains("export");
        // The generic table: sortable and searchable like any other.
        assertThat(v.line(2)).startsWith("load");
        v.type("s");
        for (int r = 2; r < 6; r++)
            assertThat(v.line(r).split(" ")[0]).isLessThan(v.line(r + 1).split(" ")[0]);
        v.type("/export").press(KeyType.Enter);
        assertThat(v.reversed(0, v.rowOf("export  "))).isTrue();
        v.type("q:show 004 --lines 2-3").press(KeyType.Enter);
        assertThat(v.line(0)).contains("Documents › 004_d7751ab62fa77688");
        assertThat(v.line(1)).matches("\\s+2  .*");
        v.type("q:filter Microsoft").press(KeyType.Enter);
        assertThat(v.line(-1)).startsWith("4 of 5 documents match Microsoft");
        assertThat(v.line(0)).as("Documents follows the new filter").contains("4 of 5 documents");
        v.type(":dcos").press(KeyType.Enter);
        assertThat(v.line(-1)).isEqualTo("unknown command 'dcos' (did you mean docs?)");
        v.type(":").press(KeyType.ArrowUp).press(KeyType.ArrowUp);
        assertThat(v.line(-1)).isEqualTo(":filter Microsoft");
        v.press(KeyType.Escape);
        assertThat(v.line(-1)).isEmpty();
        v.type(":help show").press(KeyType.Enter);
        assertThat(v.text()).as("a message of several lines gets a screen").contains("Usage: corpex show");
        v.type("q:quit").press(KeyType.Enter);
        assertThat(v.fs.running()).isFalse();
    }

    @Test
    void exportWritesTheTableOnScreenAndNeverOverwritesWithoutAYes(@TempDir Path dir) throws Exception {
        VirtualScreen v = seeds();
        v.type("llll]"); // words, descending: the export follows the order on screen
        Path out = dir.resolve("docs.csv");
        v.type("e");
        assertThat(v.line(-1)).startsWith("export 5 rows of docs to:");
        v.type(out.toString()).press(KeyType.Enter);
        assertThat(v.line(-1)).isEqualTo(v.fs.message()).contains("wrote 5 rows to " + out);
        List<String> csv = Files.readAllLines(out);
        assertThat(csv.get(0)).startsWith("id,title,source,date,words,figures,path");
        assertThat(csv.get(1)).startsWith("001_dbefa102bff5097e");
        assertThat(csv).hasSize(6);

        v.type("0e" + out).press(KeyType.Enter);
        assertThat(v.line(-1)).contains("exists; overwrite it? (y/N)");
        v.type("n").press(KeyType.Enter);
        assertThat(v.line(-1)).contains("not written");
        assertThat(Files.readAllLines(out).get(1)).startsWith("001_dbefa102bff5097e");
        v.type("e" + out).press(KeyType.Enter).type("y").press(KeyType.Enter);
        assertThat(v.line(-1)).contains("overwrote 5 rows");
        assertThat(Files.readAllLines(out).get(1)).startsWith("000_0ff348a9848a8873");

        v.type("e" + dir.resolve("docs.xls")).press(KeyType.Enter);
        assertThat(v.line(-1)).contains("cannot tell the format");
        v.type("e" + dir.resolve("no/such/folder.csv")).press(KeyType.Enter);
        assertThat(v.line(-1)).startsWith("cannot write");

        // A document exports as its show table; the keys screen as its own table.
        v.press(KeyType.Enter).type("e" + dir.resolve("doc.tsv")).press(KeyType.Enter);
        assertThat(Files.readAllLines(dir.resolve("doc.tsv")).get(0)).isEqualTo("line\ttext");
        v.type("?e" + dir.resolve("keys.json")).press(KeyType.Enter);
        assertThat(Files.readString(dir.resolve("keys.json")))
                .contains("\"key\"")
                .contains("export the table on screen");
    }

    @Test
    void aTableSortedOnScreenExportsWithThatSortInItsProvenanceAndReplaysAlike(@TempDir Path dir) throws Exception {
        TestShell shell = TestShell.seeds();
        VirtualScreen v = VirtualScreen.of(shell.shell());
        v.type(":figures").press(KeyType.Enter);
        v.type("llll"); // to the fifth column, text
        v.type("]"); // descending
        Path out = dir.resolve("f.csv");
        v.type("e" + out).press(KeyType.Enter);
        assertThat(v.line(-1)).contains("wrote ");
        Provenance p = Provenance.read(out);
        assertThat(p.command()).isEqualTo("figures");
        assertThat(p.resort()).isNotNull();
        assertThat(p.resort().descending()).isTrue();
        Table again = ProvenanceTools.run(p, System.err);
        byte[] bytes = Exporter.bytes(again, Format.CSV, RenderOptions.file(), p, "sidecar");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(Files.readString(out));
        byte[] commandOrder =
                Exporter.bytes(TestShell.seeds().run("figures"), Format.CSV, RenderOptions.file(), p, "sidecar");
        assertThat(new String(commandOrder, StandardCharsets.UTF_8))
                .as("the screen's sort changed the order")
                .isNotEqualTo(Files.readString(out));
        assertThat(shell.session().log())
                .last()
                .asString()
                .startsWith("# figures, sorted on screen by " + p.resort().column() + " descending, written to " + out);
    }

    @Test
    void helpListsEveryKey() {
        VirtualScreen v = VirtualScreen.of(TestShell.seeds().shell(), 120, 40);
        v.type("?");
        String screen = v.text();
        for (String[] k : Keys.ALL) assertThat(screen).contains(k[0]);
        assertThat(v.line(0)).contains("Keys of the full screen");
    }

    @Test
    void followsResizesAndExplainsWhenTheWindowIsTooSmall() {
        VirtualScreen v = seeds();
        v.press(KeyType.Enter);
        v.resize(60, 20);
        assertThat(v.line(0)).isEqualTo("corpex needs a window of at least 80x24;");
        assertThat(v.line(1)).isEqualTo("this one is 60x20.");
        v.type("j"); // keys are ignored, not acted on blind
        v.resize(80, 24);
        assertThat(v.line(0)).startsWith(" corpex › Documents › 000_0ff348a9848a8873");
        assertThat(v.line(23)).isEmpty();
        assertThat(v.line(22)).contains("line 1/");
        v.resize(160, 50);
        assertThat(v.line(48)).contains("line 1/");
        assertThat(v.line(1)).contains("1  Jack Ma, Xi Jinping, And The $53B AI Bet");
        v.resize(3, 1);
        assertThat(v.line(0)).isEqualTo("cor");
        v.resize(100, 30).type("q");
        assertThat(v.line(0)).startsWith(" corpex › Documents ");
        v.resize(50, 10).type("q");
        assertThat(v.fs.running())
                .as("q leaves even when the window is too small")
                .isFalse();
    }

    @Test
    void wideCharactersKeepColumnsAligned(@TempDir Path dir) throws Exception {
        // Plain text files: the stem is the id and the first line the title, so both are wide here.
        Files.writeString(dir.resolve("新华社报道.txt"), "阿里巴巴投资人工智能\n阿里巴巴将在三年内投资530亿美元。\n");
        Files.writeString(dir.resolve("reuters.txt"), "Alibaba invests\nAlibaba will invest $53 billion in AI.\n");
        VirtualScreen v = VirtualScreen.of(TestShell.on(dir).shell());
        int a = v.rowOf("阿里巴巴投资"), b = v.rowOf("Alibaba invests");
        assertThat(a).isPositive();
        assertThat(v.column(a, "阿里巴巴投资"))
                .isEqualTo(v.column(b, "Alibaba invests"))
                .isEqualTo(v.column(1, "title"));
        // The words column is the one before figures, the last.
        String wa = v.line(a).replaceAll(".*\\s(\\d+)\\s+\\d+$", "$1"),
                wb = v.line(b).replaceAll(".*\\s(\\d+)\\s+\\d+$", "$1");
        assertThat(v.column(a, wa) + wa.length())
                .as("words end in the same column")
                .isEqualTo(v.column(b, wb) + wb.length())
                .isEqualTo(v.column(1, "words") + "words".length());
        v.type(a == 2 ? "" : "j").press(KeyType.Enter);
        assertThat(v.line(0)).contains("新华社报道");
        assertThat(v.line(2)).contains("2  阿里巴巴将在三年内投资530亿美元。");
    }

    @Test
    void monochromeWithoutColourAndColouredHitsWithIt() {
        TestShell mono = TestShell.seeds();
        VirtualScreen v = VirtualScreen.of(mono.shell());
        v.type("fbillion").press(KeyType.Enter).type("j").press(KeyType.Enter);
        assertThat(colours(v)).as("NO_COLOR: only default colours").containsOnly(TextColor.ANSI.DEFAULT);
        int row = v.rowOf("«billion» to artificial");
        assertThat(v.at(v.column(row, "«billion»") + 1, row).getModifiers())
                .as("a hit in monochrome")
                .contains(SGR.UNDERLINE, SGR.BOLD);
        assertThat(v.at(v.column(1, "«billion»") + 1, 1).getModifiers())
                .as("the current hit")
                .contains(SGR.REVERSE);

        TestShell colour = TestShell.seeds();
        colour.session().settings().color = true;
        VirtualScreen c = VirtualScreen.of(colour.shell());
        c.type("fbillion").press(KeyType.Enter).type("j").press(KeyType.Enter);
        int crow = c.rowOf("«billion» to artificial");
        TextCharacter hit = c.at(c.column(crow, "«billion»") + 1, crow);
        assertThat(hit.getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW);
    }

    private static Set<TextColor> colours(VirtualScreen v) {
        Set<TextColor> s = new HashSet<>();
        for (int r = 0; r < v.rows(); r++) {
            for (int c = 0; c < v.cols(); c++) {
                s.add(v.at(c, r).getForegroundColor());
                s.add(v.at(c, r).getBackgroundColor());
            }
        }
        return s;
    }

    @Test
    void ctrlCCancelsTheLineFirstThenLeaves() {
        VirtualScreen v = seeds();
        v.type(":doc").ctrl('c');
        assertThat(v.fs.running()).isTrue();
        assertThat(v.line(-1)).isEmpty();
        v.ctrl('c');
        assertThat(v.fs.running()).isFalse();
    }
}
