package org.corpex.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyness on corpora whose counts are known: "quay" 10 times in a target of 1,000 tokens and 5 times in a reference of
 * 2,000. Worked by hand: E1 = 1000 * 15 / 3000 = 5, E2 = 2000 * 15 / 3000 = 10; LL = 2 (10 ln(10/5) + 5 ln(5/10)) = 2
 * (10 - 5) ln 2 = 10 ln 2 = 6.931471806; chi2 = 3000 (10 * 1995 - 5 * 990)^2 / (15 * 2985 * 1000 * 2000) = 6.75e11 /
 * 8.955e10 = 7.537688442; log ratio = log2((10/1000) / (5/2000)) = log2 4 = 2; simple maths (N = 1) = (10,000 + 1) /
 * (2,500 + 1) = 3.998800480; p of 6.931471806 for chi-squared with 1 df = erfc(sqrt(6.931471806 / 2)) = 0.008468.
 */
class KeywordsTest {

    private static TestShell corpus(Path dir) {
        String target = "quay ".repeat(10) + "mill ".repeat(990);
        String reference = "quay ".repeat(5) + "mill ".repeat(1985) + "ferry ".repeat(10);
        return TestShell.on(DatedCorpus.write(
                dir,
                List.of(
                        new DatedCorpus.Article("t", "Target Times", "2024-01-01", target.strip()),
                        new DatedCorpus.Article("r", "Other Gazette", "2024-01-02", reference.strip()))));
    }

    private static Map<String, Object> row(Table t, String term) {
        int c = t.columnIndex("term");
        for (List<Object> r : t.rows()) {
            if (r.get(c).equals(term)) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < r.size(); i++) m.put(t.columns().get(i).name(), r.get(i));
                return m;
            }
        }
        throw new AssertionError("no row for " + term + " in " + t.rows());
    }

    private static double num(Map<String, Object> row, String col) {
        return ((Number) row.get(col)).doubleValue();
    }

    @Test
    void everyStatisticEqualsTheHandWorkedValue(@TempDir Path dir) {
        TestShell sh = corpus(dir);
        sh.run("filter source:target");
        Table t = sh.run("keywords");
        Map<String, Object> quay = row(t, "quay");
        assertThat(quay)
                .containsEntry("keyness", "positive")
                .containsEntry("target", 10L)
                .containsEntry("reference", 5L)
                .containsEntry("target_total", 1000L)
                .containsEntry("reference_total", 2000L);
        assertThat(num(quay, "ll")).isCloseTo(6.931471806, within(1e-6));
        assertThat(num(quay, "chi2")).isCloseTo(7.537688442, within(1e-6));
        assertThat(num(quay, "logratio")).isCloseTo(2.0, within(1e-6));
        assertThat(num(quay, "simplemaths")).isCloseTo(3.998800480, within(1e-6));
        assertThat(num(quay, "p")).isCloseTo(0.008468, within(1e-6));
        // ferry: 0 in the target, 10 of 2,000 in the reference: a negative keyword. By hand:
        // E1 = 1000 * 10 / 3000, E2 = 2000 * 10 / 3000; LL = 2 * 10 ln(10 / 6.6667) = 20 ln 1.5 = 8.109302162;
        // log ratio with 0.5 for the zero: log2((0.5/1000) / (10/2000)) = log2 0.1 = -3.321928095.
        Map<String, Object> ferry = row(t, "ferry");
        assertThat(ferry).containsEntry("keyness", "negative").containsEntry("target", 0L);
        assertThat(num(ferry, "ll")).isCloseTo(8.109302162, within(1e-6));
        assertThat(num(ferry, "logratio")).isCloseTo(-3.321928095, within(1e-6));
        assertThat(num(ferry, "simplemaths")).isCloseTo(1.0 / 5001, within(1e-6));
        // mill is 990 of 1,000 against 1,985 of 2,000: a little rarer in the target, so negative too.
        assertThat(TestShell.column(t, "term")).containsExactly("quay", "ferry", "mill");
        assertThat(TestShell.column(t, "keyness")).containsExactly("positive", "negative", "negative");
        assertThat(t.notes().get(0)).contains("simple maths N = 1");
        Table n100 = sh.run("keywords --smooth 100 --stat simplemaths");
        assertThat(num(row(n100, "quay"), "simplemaths")).isCloseTo((10_000 + 100) / (2_500 + 100.0), within(1e-6));
    }

    @Test
    void aReferenceCanBeAFilterExpressionOrAFrequencyList(@TempDir Path dir) throws Exception {
        TestShell sh = corpus(dir.resolve("c"));
        sh.run("filter source:target");
        Table byExpr = sh.run("keywords --reference source:other");
        assertThat(num(row(byExpr, "quay"), "ll")).isCloseTo(6.931471806, within(1e-6));
        Path list = dir.resolve("reference.tsv");
        Files.writeString(list, "term\tcount\nQuay\t5\nmill\t1985\nferry\t10\n# a comment\n\nharbour\t0\n");
        Table byFile = sh.run("keywords --reference " + list);
        assertThat(byFile.rows()).isEqualTo(byExpr.rows());
        assertThat(byFile.notes().get(0)).contains("against the frequency list");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "term,count\nquay,5\nmill,lots\n");
        assertThatThrownBy(() -> sh.run("keywords --reference " + bad))
                .isInstanceOf(CorpexException.class)
                .hasMessage("keywords: " + bad + ":3: expected a term and a count, got 'mill,lots'");
    }

    @Test
    void ranksByTheChosenStatisticAndSaysWhatIsWrong(@TempDir Path dir) {
        TestShell sh = corpus(dir);
        assertThatThrownBy(() -> sh.run("keywords"))
                .hasMessage("keywords: the selection is the whole corpus, so the rest is empty: filter first, or give "
                        + "--reference EXPR or FILE");
        sh.run("filter source:target");
        assertThatThrownBy(() -> sh.run("keywords --stat tfidf"))
                .hasMessage("keywords: --stat takes ll, chi2, logratio or simplemaths, not 'tfidf'");
        assertThatThrownBy(() -> sh.run("keywords --reference 'nosuchfield:x'"))
                .hasMessageStartingWith("filter: unknown field 'nosuchfield'");
        assertThat(TestShell.column(sh.run("keywords --stat logratio --min 10"), "term"))
                .containsExactly("quay", "ferry", "mill");
        assertThat(TestShell.column(sh.run("keywords --stat logratio --min 11"), "term"))
                .as("quay and ferry are seen 10 times")
                .containsExactly("mill");
        assertThat(TestShell.column(sh.run("keywords --limit 1"), "term")).containsExactly("quay");
    }

    @Test
    void pValuesMatchTheChiSquaredTable() {
        assertThat(Keyness.pValue(3.841458820694124)).isCloseTo(0.05, within(1e-12));
        assertThat(Keyness.pValue(6.634896601021214)).isCloseTo(0.01, within(1e-12));
        assertThat(Keyness.pValue(10.827566170662733)).isCloseTo(0.001, within(1e-12));
        assertThat(Keyness.pValue(0.45493642311957283)).isCloseTo(0.5, within(1e-12));
        assertThat(Keyness.pValue(0)).isEqualTo(1.0);
    }
}
