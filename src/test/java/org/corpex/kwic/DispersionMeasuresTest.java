package org.corpex.kwic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Juilland's D and Gries's DP against values worked by hand. A word seen 2, 0 and 1 times in parts of 10, 10 and 20
 * tokens: DP = (|2/3 - 1/4| + |0 - 1/4| + |1/3 - 1/2|) / 2 = (5/12 + 3/12 + 2/12) / 2 = 5/12 = 0.416667; relative
 * frequencies 0.2, 0, 0.05: mean 0.25/3, population variance (0.0425/3 - (0.25/3)^2), V = sqrt(0.0072222) / 0.0833333 =
 * 1.019804; D = 1 - V / sqrt(2) = 0.278889.
 */
class DispersionMeasuresTest {

    @Test
    void bothMeasuresEqualTheHandWorkedValues() {
        long[] f = {2, 0, 1}, s = {10, 10, 20};
        assertThat(Dispersion.dp(f, s)).isCloseTo(5.0 / 12, within(1e-9));
        double mean = 0.25 / 3, sd = Math.sqrt(0.0425 / 3 - mean * mean);
        assertThat(Dispersion.juillandD(f, s))
                .isCloseTo(1 - sd / mean / Math.sqrt(2), within(1e-9))
                .isCloseTo(0.278889, within(1e-6));
        // Even: as frequent as the text is long, everywhere.
        assertThat(Dispersion.dp(new long[] {1, 2}, new long[] {10, 20})).isCloseTo(0, within(1e-12));
        assertThat(Dispersion.juillandD(new long[] {1, 2}, new long[] {10, 20})).isCloseTo(1, within(1e-12));
        // All in one part.
        assertThat(Dispersion.juillandD(new long[] {0, 0, 5}, new long[] {10, 10, 10}))
                .isCloseTo(0, within(1e-12));
        assertThat(Dispersion.juillandD(new long[] {3}, new long[] {10})).isNaN();
    }

    @Test
    void dispersionAndFreqReportTheSameMeasuresOverTheDocumentsInView(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "quay mill quay mill mill mill mill mill mill mill");
        Files.writeString(dir.resolve("b.txt"), "mill mill mill mill mill mill mill mill mill mill");
        Files.writeString(dir.resolve("c.txt"), "quay " + "mill ".repeat(19).strip());
        TestShell sh = TestShell.on(dir);
        Table d = sh.run("dispersion quay");
        assertThat(d.notes())
                .anySatisfy(n -> assertThat(n)
                        .isEqualTo("Juilland's D 0.279, Gries's DP 0.417 over the 3 documents in view (parts "
                                + "of unequal size; D 1 and DP 0 are even)"));
        Table f = sh.run("freq --dispersion");
        int quay = TestShell.column(f, "term").indexOf("quay"),
                mill = TestShell.column(f, "term").indexOf("mill");
        assertThat(f.rows().get(quay).get(f.columnIndex("juilland_d"))).isEqualTo(0.279);
        assertThat(f.rows().get(quay).get(f.columnIndex("dp"))).isEqualTo(0.417);
        // mill: 8, 10 and 19 of 10, 10 and 20 tokens.
        long[] mf = {8, 10, 19}, sizes = {10, 10, 20};
        assertThat((Double) f.rows().get(mill).get(f.columnIndex("dp")))
                .isCloseTo(Dispersion.dp(mf, sizes), within(0.0005));
        assertThat((Double) f.rows().get(mill).get(f.columnIndex("juilland_d")))
                .isCloseTo(Dispersion.juillandD(mf, sizes), within(0.0005));
        sh.run("filter quay");
        Table narrowed = sh.run("freq --dispersion");
        assertThat(narrowed.rows()
                        .get(TestShell.column(narrowed, "term").indexOf("quay"))
                        .get(narrowed.columnIndex("dp")))
                .as("over a and c alone: 2/3 against 10/30 and 1/3 against 20/30")
                .isEqualTo(0.333);
        assertThat(List.of(sh.run("freq").columns().size())).containsExactly(4);
    }
}
