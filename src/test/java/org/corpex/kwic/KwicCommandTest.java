package org.corpex.kwic;

import org.corpex.CorpexException;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KwicCommandTest {

    /**
     * Counts made by hand on the seeds with GNU grep, one whole-word match per hit:
     * {@code grep -oiP '(?<![\p{L}\p{N}])PATTERN(?![\p{L}\p{N}])' seeds/* | wc -l} for hits and
     * {@code grep -liP ... | wc -l} for documents, with PATTERN billion, cloud, alibaba,
     * alibaba['’]s, data\s+centers, invest\w*, \$[0-9]+ billion and \w*ion.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
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
        assertThat(t.columns()).extracting(c -> c.name()).containsExactly("doc", "line", "start", "end", "left", "match", "right");
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
    void widthDefaultsToTheTerminalAndTo40Without(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x ".repeat(200) + "needle" + " y".repeat(200));
        TestShell s = TestShell.on(dir);
        assertThat(left(s.run("kwic needle"))).hasSize(40);
        s.session().settings().width = 100;
        Table fitted = s.run("kwic needle");
        int w = left(fitted).length();
        assertThat(w).isBetween(10, 40);
        // The whole row fits in 100 columns: doc, line, start, end, left, match, right and 6 gaps of 2.
        assertThat(1 + 4 + 5 + 3 + 2 * w + 6 + 12).isLessThanOrEqualTo(100);
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
        assertThatThrownBy(() -> s.run("kwic needle --words 2 --width 5")).isInstanceOf(CorpexException.class)
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
        assertThat(rightWords(s.run("kwic node --sort R1"), "right")).containsExactly("alpha", "beta", "delta", "gamma");
        // L1 then R1 breaks the tie between the betas: beta node alpha < beta node gamma.
        assertThat(TestShell.column(s.run("kwic node --sort L1,R1"), "start")).containsExactly("34", "50", "10", "6");
        // L2: "" (b starts with "delta node"), alpha, beta, zeta; key names in any case.
        assertThat(TestShell.column(s.run("kwic node --sort l2,doc"), "start")).containsExactly("6", "34", "50", "10");
        Table sorted = s.run("kwic node --sort R1 --limit 2");
        assertThat(sorted.rows()).hasSize(2);
        assertThat(sorted.notes().get(0)).contains("4 hits").contains("showing 2").contains("sorted by R1");
        assertThatThrownBy(() -> s.run("kwic node --sort L4")).isInstanceOf(CorpexException.class).hasMessageContaining("unknown key 'L4'");
    }

    private static List<String> rightWords(Table t, String column) {
        return TestShell.column(t, column).stream()
                .map(c -> column.equals("left") ? c.strip().replaceAll(".*[ ⏎]", "") : c.strip().split("[ .]")[0]).toList();
    }

    @Test
    void offsetsStayRightInLongDocuments(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            if (i % 7_000 == 0) { at.add(b.length()); b.append("needle "); } else b.append("hay ");
        }
        Files.writeString(dir.resolve("long.txt"), b.toString());
        Table t = TestShell.on(dir).run("kwic needle --limit 0 --words 1");
        assertThat(TestShell.column(t, "start")).containsExactlyElementsOf(at.stream().map(String::valueOf).toList());
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
        assertThat(TestShell.column(seeds.run("kwic Cloud --case --limit 0"), "match")).containsOnly("Cloud");
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
    void regexScansStopWithAClearMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a".repeat(40) + "!");
        TestShell s = TestShell.on(dir);
        // Java's engine copes with (a+)+$, which finds nothing at once; ((a+)+)+$ backtracks
        // through an exponential number of ways before failing: the deadline stops it.
        assertThat(s.run("kwic /(a+)+$/").rows()).isEmpty();
        assertThatThrownBy(() -> s.run("kwic /((a+)+)+$/")).isInstanceOf(CorpexException.class)
                .hasMessageContaining("took longer than").hasMessageContaining("((a+)+)+$");
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
