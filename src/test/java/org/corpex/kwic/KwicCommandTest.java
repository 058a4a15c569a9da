package org.corpex.kwic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.shell.Printer;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KwicCommandTest {

    /**
     * Counts made by hand on the seeds with GNU grep, one whole-word match per hit: {@code grep -oiP
     * '(?<![\p{L}\p{N}])PATTERN(?![\p{L}\p{N}])' seeds/* | wc -l} for hits and {@code grep -liP ... | wc -l} for
     * documents, with PATTERN billion, cloud, alibaba, alibaba['’]s, data\s+centers, invest\w*, \$[0-9]+ billion and
     * \w*ion.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "billion              | 20 | 5",
                "cloud                | 34 | 5",
                "Alibaba              | 87 | 5",
                "\"Alibaba's\"        | 45 | 5",
                "Alibaba’s            | 45 | 5",
                "\"data centers\"     |  6 | 3",
                "data cent?rs         |  6 | 3",
                "invest*              | 30 | 5",
                "*ion                 | 76 | 5",
                "/\\$\\d+ billion/    | 16 | 4",
            })
    void hitCountsOnTheSeedsMatchCountsMadeByHand(String query, long hits, int documents) {
        Table t = TestShell.seeds().run("kwic " + query + " --limit 0");
        assertThat(t.rows()).hasSize((int) hits);
        assertThat(t.notes().get(0)).startsWith(hits + " hits in " + documents + " of 5 documents");
    }

    @Test
    void columnsAndOffsetsPointAtTheMatch() {
        TestShell s = TestShell.seeds();
        Table t = s.run("kwic billion --limit 3 --width 15");
        assertThat(t.columns())
                .extracting(c -> c.name())
                .containsExactly("doc", "line", "start", "end", "left", "match", "right");
        for (List<Object> row : t.rows()) {
            String text = s.session().corpus().find((String) row.get(0)).text();
            int start = (Integer) row.get(2), end = (Integer) row.get(3);
            assertThat(text.substring(start, end)).isEqualToIgnoringCase("billion");
            assertThat(row.get(5)).isEqualTo(text.substring(start, end));
            assertThat((String) row.get(4)).hasSizeLessThanOrEqualTo(15);
            assertThat(text.substring(0, start).replace('\n', '⏎')).endsWith((String) row.get(4));
            assertThat((String) row.get(6)).hasSizeLessThanOrEqualTo(15);
        }
        assertThat(t.notes().get(0)).contains("showing 3");
    }

    @Test
    void everyHitIsKeptUnlessTheUserGivesALimit(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "needle and hay. ".repeat(700));
        TestShell s = TestShell.on(dir);
        Table all = s.run("kwic needle");
        assertThat(all.rows()).hasSize(700);
        assertThat(all.warnings()).isEmpty();
        Table three = s.run("kwic needle --limit 3");
        assertThat(three.rows()).hasSize(3);
        assertThat(three.notes().get(0)).contains("showing 3 of 700");
        assertThat(three.warnings()).containsExactly("kwic: 3 of 700 hits kept (--limit 3)");
        assertThat(s.run("freq").rows()).hasSize(3);
        assertThat(s.run("freq --limit 1").warnings()).containsExactly("freq: 1 of 3 terms kept (--limit 1)");
        // The screen's cut: 500 rows, and a note and a warning that say so.
        Table screen = Printer.forScreen(all);
        assertThat(screen.rows()).hasSize(Printer.SCREEN_ROWS);
        assertThat(screen.notes()).anyMatch(n -> n.startsWith("showing the first 500 of 700 rows"));
        assertThat(screen.warnings()).anyMatch(w -> w.contains("500 of 700"));
    }

    @Test
    void contextNeverDependsOnTheTerminalWidth(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x ".repeat(200) + "needle" + " y".repeat(200));
        TestShell s = TestShell.on(dir);
        assertThat(left(s.run("kwic needle"))).hasSize(40);
        for (int width : new int[] {0, 80, 200}) {
            s.session().settings().width = width;
            Table t = s.run("kwic needle");
            assertThat(left(t)).as("width %d", width).hasSize(40);
            assertThat((String) t.rows().get(0).get(6)).hasSize(40);
        }
        assertThat(left(s.run("kwic needle --width 7"))).isEqualTo(" x x x ");
    }

    private static String left(Table t) {
        return (String) t.rows().get(0).get(4);
    }

    @Test
    void wordsOfContextAndLineBreaksShowAsAMark(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "one two three\nfour needle five\nsix seven");
        Files.writeString(dir.resolve("b.txt"), "needle at the start");
        TestShell s = TestShell.on(dir);
        Table t = s.run("kwic needle --words 2");
        assertThat(t.rows().get(0)).containsExactly("a", 2, 19, 25, "three⏎four ", "needle", " five⏎six");
        // Context never runs into the next or previous document.
        assertThat(t.rows().get(1)).containsExactly("b", 1, 0, 6, "", "needle", " at the");
        assertThatThrownBy(() -> s.run("kwic needle --words 2 --width 5"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("--width or --words");
    }

    @Test
    void sortKeysOrderLinesAntConcStyle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "zeta beta node gamma. alpha alpha node beta. beta node alpha zulu.");
        Files.writeString(dir.resolve("b.txt"), "delta node delta.");
        TestShell s = TestShell.on(dir);
        assertThat(TestShell.column(s.run("kwic node"), "start")).containsExactly("10", "34", "50", "6");
        assertThat(TestShell.column(s.run("kwic node"), "doc")).containsExactly("a", "a", "a", "b");
        // L1: alpha, beta, beta, delta; the two betas keep document order.
        assertThat(rightWords(s.run("kwic node --sort L1"), "left")).containsExactly("alpha", "beta", "beta", "delta");
        // R1: alpha, beta, delta, gamma.
        assertThat(rightWords(s.run("kwic node --sort R1"), "right"))
                .containsExactly("alpha", "beta", "delta", "gamma");
        // L1 then R1 breaks the tie between the betas: beta node alpha < beta node gamma.
        assertThat(TestShell.column(s.run("kwic node --sort L1,R1"), "start")).containsExactly("34", "50", "10", "6");
        // L2: "" (b starts with "delta node"), alpha, beta, zeta; key names in any case.
        assertThat(TestShell.column(s.run("kwic node --sort l2,doc"), "start")).containsExactly("6", "34", "50", "10");
        Table sorted = s.run("kwic node --sort R1 --limit 2");
        assertThat(sorted.rows()).hasSize(2);
        assertThat(sorted.notes().get(0))
                .contains("4 hits")
                .contains("showing 2")
                .contains("sorted by R1");
        assertThatThrownBy(() -> s.run("kwic node --sort L4"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("unknown key 'L4'");
    }

    private static List<String> rightWords(Table t, String column) {
        return TestShell.column(t, column).stream()
                .map(c -> column.equals("left")
                        ? c.strip().replaceAll(".*[ ⏎]", "")
                        : c.strip().split("[ .]")[0])
                .toList();
    }

    @Test
    void offsetsStayRightInLongDocuments(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            if (i % 7_000 == 0) {
                at.add(b.length());
                b.append("needle ");
            } else b.append("hay ");
        }
        Files.writeString(dir.resolve("long.txt"), b.toString());
        Table t = TestShell.on(dir).run("kwic needle --limit 0 --words 1");
        assertThat(TestShell.column(t, "start"))
                .containsExactlyElementsOf(at.stream().map(String::valueOf).toList());
        assertThat(TestShell.column(t, "right")).containsOnly(" hay");
    }

    @Test
    void limitsAndTheSummary() {
        TestShell s = TestShell.seeds();
        assertThat(s.run("kwic cloud --limit 5").rows()).hasSize(5);
        assertThat(s.run("kwic cloud --limit 0").rows()).hasSize(34);
        assertThat(s.run("kwic cloud").rows()).hasSize(34);
        assertThat(s.run("kwic nosuchwordanywhere").notes().get(0)).startsWith("0 hits in 0 of 5 documents");
        assertThatThrownBy(() -> s.run("kwic cloud --limit -1")).isInstanceOf(CorpexException.class);
    }

    @Test
    void caseAndTheSelection(@TempDir Path dir) throws Exception {
        TestShell seeds = TestShell.seeds();
        int all = seeds.run("kwic cloud --limit 0").rows().size();
        int exact = seeds.run("kwic Cloud --case --limit 0").rows().size();
        assertThat(exact).isPositive().isLessThan(all);
        assertThat(TestShell.column(seeds.run("kwic Cloud --case --limit 0"), "match"))
                .containsOnly("Cloud");
        Files.writeString(dir.resolve("a.txt"), "cloud and rain");
        Files.writeString(dir.resolve("b.txt"), "cloud and sun, cloud");
        TestShell s = TestShell.on(dir);
        s.run("filter sun");
        Table t = s.run("kwic cloud --limit 0");
        assertThat(TestShell.column(t, "doc")).containsExactly("b", "b");
        assertThat(t.notes().get(0)).startsWith("2 hits in 1 of 1 document");
    }

    @Test
    void showHitsMarksTheLastKwic() {
        TestShell s = TestShell.seeds();
        s.run("kwic \"data centers\"");
        Table shown = s.run("show 001 --hits");
        assertThat(String.join("\n", TestShell.column(shown, "text"))).contains("«data centers»");
    }

    @Test
    void regexesThatBacktrackWithoutEndInOtherEnginesFinish(@TempDir Path dir) throws Exception {
        // A backtracking engine tries an exponential number of ways before failing on these;
        // RE2 is linear in the text, so each is answered at once.
        Files.writeString(dir.resolve("a.txt"), "a".repeat(20_000) + "! and " + "a".repeat(30) + "b.");
        TestShell s = TestShell.on(dir);
        assertThat(s.run("kwic /((a+)+)+$/").rows()).isEmpty();
        assertThat(s.run("kwic /^(a+a+)+b$/").rows()).hasSize(1);
        assertThat(s.run("kwic *a*a*a*a*b").rows()).hasSize(1);
        assertThat(s.run("kwic /(a|aa)+!/").rows()).hasSize(1);
        assertThat(s.run("filter /^(a+a+)+c$/").notes().get(0)).startsWith("0 of 1");
    }

    @Test
    void aSearchPastItsDeadlineStopsWithAClearMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "word and more words. ".repeat(400_000));
        TestShell s = TestShell.on(dir);
        s.run("set timeout 0.001");
        assertThatThrownBy(() -> s.run("kwic /w[a-z]+s/"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("stopped after")
                .hasMessageContaining("set timeout");
        s.run("set timeout 0");
        assertThat(s.run("kwic /w[a-z]+s/ --limit 2").rows()).hasSize(2);
    }

    @Test
    void regexSyntaxErrorsNameWhatRe2Lacks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "one two");
        TestShell s = TestShell.on(dir);
        assertThatThrownBy(() -> s.run("kwic /one(?=two)/"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("RE2");
        assertThatThrownBy(() -> s.run("kwic /(o)\\1/"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("bad regex");
    }

    @Test
    void aQuotedRegexIsARegex(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "It cost $5 billion, then $7bn.");
        TestShell s = TestShell.on(dir);
        assertThat(TestShell.column(s.run("kwic '/\\$\\d+ ?b(illion|n)/'"), "match"))
                .containsExactly("$5 billion", "$7bn");
        assertThat(TestShell.column(s.run("kwic \"/\\$\\d+ ?b(illion|n)/\""), "match"))
                .containsExactly("$5 billion", "$7bn");
        assertThat(s.run("filter '/\\$\\d+bn/'").notes().get(0)).startsWith("1 of 1");
    }

    @Test
    void aMisspeltOptionIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "billion and more");
        TestShell s = TestShell.on(dir);
        assertThatThrownBy(() -> s.run("kwic billion --limt 3"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("unknown option '--limt'")
                .hasMessageContaining("--limit")
                .satisfies(e -> assertThat(((CorpexException) e).detail()).contains("Usage: corpex kwic"));
        assertThatThrownBy(() -> s.run("filter billion --bogus"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("unknown option '--bogus'");
        assertThat(s.session().filters()).isEmpty();
        assertThat(s.run("filter billion -more").notes().get(0)).startsWith("0 of 1");
    }

    @Test
    void curlyAndStraightApostrophesAccentsAndHan(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Alibaba’s CAFÉ and café, not cafe. 阿里巴巴的云 Alibaba's");
        TestShell s = TestShell.on(dir);
        assertThat(s.run("kwic \"alibaba's\"").rows()).hasSize(2);
        assertThat(s.run("kwic Alibaba’s").rows()).hasSize(2);
        assertThat(TestShell.column(s.run("kwic café"), "match")).containsExactly("CAFÉ", "café");
        assertThat(TestShell.column(s.run("kwic 巴巴"), "match")).containsExactly("巴巴");
        assertThat(TestShell.column(s.run("kwic 云"), "match")).containsExactly("云");
    }
}
