package org.corpex.kwic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsCommandsTest {

    private static TestShell corpus(Path dir) throws Exception {
        // 17 tokens in a, 10 in b.
        Files.writeString(
                dir.resolve("a.txt"),
                "The cloud grew. The cloud market grew fast. Cloud computing is the cloud market of the year.");
        Files.writeString(dir.resolve("b.txt"), "Rain fell. The market fell. The rain and the sun.");
        return TestShell.on(dir);
    }

    @Test
    void freqCountsTermsDocumentsAndPerThousand(@TempDir Path dir) throws Exception {
        TestShell s = corpus(dir);
        Table t = s.run("freq --limit 3");
        assertThat(t.columns()).extracting(c -> c.name()).containsExactly("term", "count", "documents", "per_thousand");
        // the: 4 in a + 3 in b = 7 of 27 tokens; cloud: 4 (a only); market: 2 + 1 = 3.
        assertThat(t.rows().get(0)).containsExactly("the", 7, 2, 259.259);
        assertThat(t.rows().get(1)).containsExactly("cloud", 4, 1, 148.148);
        assertThat(t.rows().get(2)).containsExactly("market", 3, 2, 111.111);
        assertThat(t.notes().get(0)).contains("in 27 tokens of 2 documents").contains("showing 3");
        assertThat(TestShell.column(s.run("freq --stop --limit 1"), "term")).containsExactly("cloud");
        assertThat(TestShell.column(s.run("freq --min 3 --limit 0"), "term")).containsExactly("the", "cloud", "market");
        s.run("filter rain");
        assertThat(s.run("freq --limit 1").rows().get(0)).containsExactly("the", 3, 1, 300.0);
    }

    @Test
    void ngramsStayInsideSentences(@TempDir Path dir) throws Exception {
        TestShell s = corpus(dir);
        Table t = s.run("ngrams 2");
        // "the cloud" 3x ("The cloud grew", "The cloud market", "the cloud market"), "cloud market" 2x.
        assertThat(TestShell.column(t, "term")).startsWith("the cloud", "cloud market");
        assertThat(t.rows().get(0)).containsSubsequence("the cloud", 3, 1);
        assertThat(t.rows().get(1)).containsSubsequence("cloud market", 2, 1);
        // "grew the" would cross a sentence end: never counted.
        assertThat(TestShell.column(s.run("ngrams 2 --min 1 --limit 0"), "term"))
                .doesNotContain("grew the", "fell the");
        assertThat(TestShell.column(s.run("ngrams 3 --min 2"), "term")).containsExactly("the cloud market");
        assertThatThrownBy(() -> s.run("ngrams 0"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("between 1 and 8");
    }

    @Test
    void collocatesScoreTheWordsNearTheNode(@TempDir Path dir) throws Exception {
        TestShell s = corpus(dir);
        Table t = s.run("collocates cloud --window 1 --min 1 --stat t");
        assertThat(t.columns())
                .extracting(c -> c.name())
                .containsExactly("term", "count", "left", "right", "freq", "t");
        // Window 1 around the 4 clouds: the (L, 3x), fast (L), grew (R), market (R, 2x), computing (R).
        Table mi = s.run("collocates cloud --window 1 --min 1");
        assertThat(TestShell.column(mi, "term"))
                .containsExactlyInAnyOrder("the", "fast", "grew", "market", "computing");
        List<Object> the = mi.rows().stream()
                .filter(r -> r.get(0).equals("the"))
                .findFirst()
                .orElseThrow();
        assertThat(the).containsSubsequence(3, 3, 0, 7);
        // MI = log2(O / E), E = f(node) * f(the) * span / N = 4 * 7 * 2 / 30.
        assertThat((Double) the.get(5)).isCloseTo(Math.log(3 / (4.0 * 7 * 2 / 27)) / Math.log(2), within(0.001));
        assertThat(TestShell.column(s.run("collocates cloud --window 1 --min 2"), "term"))
                .containsExactlyInAnyOrder("the", "market");
        assertThat(s.run("collocates cloud --window 1 --stat ll --min 1")
                        .columns()
                        .get(5)
                        .name())
                .isEqualTo("ll");
        assertThatThrownBy(() -> s.run("collocates cloud --stat zz")).isInstanceOf(CorpexException.class);
    }

    @Test
    void dispersionPlotsWhereHitsFall(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "needle " + "hay ".repeat(98) + "needle");
        Files.writeString(dir.resolve("b.txt"), "hay ".repeat(50));
        TestShell s = TestShell.on(dir);
        Table t = s.run("dispersion needle --width 10");
        assertThat(t.columns())
                .extracting(c -> c.name())
                .containsExactly("doc", "words", "hits", "per_thousand", "plot");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0)).containsExactly("a", 100, 2, 20.0, "|········|");
        assertThat(s.run("dispersion needle --width 10 --all").rows().get(1))
                .containsExactly("b", 50, 0, 0.0, "··········");
        assertThat(t.notes().get(0)).startsWith("2 hits of needle in 1 of 2 documents");
    }

    @Test
    void aDispersionPlotNeverDependsOnTheTerminalWidth() {
        TestShell s = TestShell.seeds();
        List<String> plots = new ArrayList<>();
        for (int width : new int[] {0, 80, 200}) {
            s.session().settings().width = width;
            plots.add(String.join("\n", TestShell.column(s.run("dispersion billion"), "plot")));
        }
        assertThat(plots).containsOnly(plots.get(0));
        assertThat(plots.get(0).lines().findFirst().orElse("")).hasSize(DispersionCommand.DEFAULT_CELLS);
    }
}
