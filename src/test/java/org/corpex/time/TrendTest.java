package org.corpex.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.shell.Printer;
import org.corpex.table.Format;
import org.corpex.table.RenderOptions;
import org.corpex.table.Renderers;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trend on generated dated corpora: every cell is what filter then kwic count for that period and source. */
class TrendTest {

    @Test
    void everyCellIsTheKwicCountAfterFilteringOnItsPeriodAndSource(@TempDir Path dir) {
        TestShell sh = TestShell.on(DatedCorpus.write(dir, DatedCorpus.articles(90, 17, false)));
        for (String by : List.of("day", "week", "month", "quarter", "year")) {
            Table t = sh.run("trend tariff* --by " + by + " --per source");
            assertThat(TestShell.column(t, "period")).last().isEqualTo("undated");
            long sum = 0;
            for (List<Object> row : t.rows()) {
                String period = (String) row.get(0);
                for (String source : DatedCorpus.SOURCES) {
                    long cell = ((Number) row.get(t.columnIndex(source))).longValue();
                    String filter = (period.equals("undated") ? "NOT has:date" : periodFilter(by, period))
                            + " source=\"" + source + "\"";
                    assertThat(cell).as(by + " " + period + " " + source).isEqualTo(kwicCount(sh, filter));
                    // The expression the full screen opens a cell with counts the same.
                    assertThat(cell)
                            .as("cellFilter " + by + " " + period)
                            .isEqualTo(kwicCount(
                                    sh, TrendCommand.cellFilter(Period.parse("trend", by), period, "source", source)));
                    sum += cell;
                }
                assertThat(((Number) row.get(t.columnIndex("total"))).longValue())
                        .isEqualTo(DatedCorpus.SOURCES.stream()
                                .mapToLong(s -> ((Number) row.get(t.columnIndex(s))).longValue())
                                .sum());
            }
            assertThat(sum)
                    .as("every hit is in one cell")
                    .isEqualTo(TestShell.column(sh.run("kwic tariff*"), "doc").size());
        }
    }

    /** The filter for a period, written from java.time, not from the code under test. */
    private static String periodFilter(String by, String period) {
        switch (by) {
            case "day", "month", "year":
                return "date=" + period;
            case "quarter": {
                int q = period.charAt(6) - '0';
                return String.format(
                        "date>=%s-%02d date<=%s-%02d",
                        period.substring(0, 4), q * 3 - 2, period.substring(0, 4), q * 3);
            }
            default: {
                int year = Integer.parseInt(period.substring(0, 4)), week = Integer.parseInt(period.substring(6));
                LocalDate monday = LocalDate.of(year, 6, 1)
                        .with(WeekFields.ISO.weekOfWeekBasedYear(), week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return "date>=" + monday + " date<=" + monday.plusDays(6);
            }
        }
    }

    private static long kwicCount(TestShell sh, String filter) {
        sh.run("filter " + filter);
        try {
            return TestShell.column(sh.run("kwic tariff*"), "doc").size();
        } finally {
            sh.run("reset");
        }
    }

    @Test
    void periodsRunWithoutGapsAndTheUndatedRowTakesWhatHasNoDateAtThatGrain(@TempDir Path dir) {
        List<DatedCorpus.Article> a = List.of(
                new DatedCorpus.Article("x1", "A", "2024-01-30", "tariff tariff quay"),
                new DatedCorpus.Article("x2", "A", "2024-03-02", "tariff"),
                new DatedCorpus.Article("x3", "B", "2024-03", "tariff quay quay"),
                new DatedCorpus.Article("x4", "B", null, "tariff tariff tariff"));
        TestShell sh = TestShell.on(DatedCorpus.write(dir, a));
        Table month = sh.run("trend tariff");
        assertThat(TestShell.column(month, "period")).containsExactly("2024-01", "2024-02", "2024-03", "undated");
        assertThat(TestShell.column(month, "hits")).containsExactly("2", "0", "2", "3");
        assertThat(TestShell.column(month, "documents")).containsExactly("1", "0", "2", "1");
        Table docs = sh.run("trend * --per source");
        assertThat(TestShell.column(docs, "A")).containsExactly("1", "0", "1", "0");
        assertThat(TestShell.column(docs, "B")).containsExactly("0", "0", "1", "1");
        assertThat(docs.notes().get(0)).startsWith("4 documents in 4 of 4 documents, by month per source");
        Table day = sh.run("trend tariff --by day");
        // 2024-03 says no day: by day it is undated, with the document that has no date at all.
        assertThat(TestShell.column(day, "period")).hasSize(33 + 1).endsWith("2024-03-02", "undated");
        assertThat(TestShell.column(day, "hits")).last().isEqualTo("4");
        assertThat(day.notes().get(0)).contains("2 undated (no date, or none as fine as a day)");
        assertThat(TestShell.column(sh.run("trend tariff --by quarter"), "period"))
                .containsExactly("2024-Q1", "undated");
        assertThat(TestShell.column(sh.run("trend tariff --by week"), "period"))
                .startsWith("2024-W05", "2024-W06")
                .contains("2024-W09");
    }

    @Test
    void normsDivideByTheCellsTokensOrDocuments(@TempDir Path dir) {
        List<DatedCorpus.Article> a = List.of(
                new DatedCorpus.Article(
                        "x1",
                        "A",
                        "2024-01-05",
                        "tariff quay tariff mill mill mill mill mill mill mill"), // 10 tokens, 2 hits
                new DatedCorpus.Article("x2", "A", "2024-01-09", "quay mill mill mill mill"), // 5 tokens, 0 hits
                new DatedCorpus.Article("x3", "B", "2024-01-20", "tariff mill mill mill")); // 4 tokens, 1 hit
        TestShell sh = TestShell.on(DatedCorpus.write(dir, a));
        Table pm = sh.run("trend tariff --per source --norm permillion");
        assertThat(pm.rows().get(0).get(pm.columnIndex("A"))).isEqualTo(133333.333); // 2 * 1e6 / 15
        assertThat(pm.rows().get(0).get(pm.columnIndex("B"))).isEqualTo(250000.0); // 1 * 1e6 / 4
        assertThat(pm.rows().get(0).get(pm.columnIndex("total"))).isEqualTo(157894.737); // 3 * 1e6 / 19
        Table docs = sh.run("trend tariff --per source --norm docs");
        assertThat(docs.rows().get(0).get(docs.columnIndex("A"))).isEqualTo(50.0);
        assertThat(docs.rows().get(0).get(docs.columnIndex("total"))).isEqualTo(66.667);
        Table single = sh.run("trend tariff --norm permillion");
        assertThat(TestShell.column(single, "per_million")).first().isEqualTo("157894.737");
        assertThat(TestShell.column(single, "tokens")).first().isEqualTo("19");
    }

    @Test
    void theChartIsForTheScreenAndExportsCarryTheTableAlone(@TempDir Path dir) throws Exception {
        TestShell sh = TestShell.on(DatedCorpus.write(dir, DatedCorpus.articles(60, 3, false)));
        // The command leaves the chart to the screen, which draws it to its own width.
        Table t = sh.run("trend tariff* --per source");
        assertThat(t.info().screenNotes()).isEmpty();
        Table shown = Printer.charted(t, 60);
        String text = render(shown, Format.TEXT);
        assertThat(text).contains("one mark a period").containsPattern("Harbor Post +[·▁▂▃▄▅▆▇█]{6}\n");
        for (String line : shown.info().screenNotes().get(0).split("\n"))
            assertThat(line.length()).as(line).isLessThanOrEqualTo(60);
        String csv = render(t, Format.CSV);
        assertThat(csv).startsWith("period,").doesNotContain("█").doesNotContain("one mark");
        assertThat(csv.lines().count()).isEqualTo(t.rows().size() + 1);
        // A file gets the table alone, in any format: the chart is for the screen.
        Path txt = dir.resolve("trend.txt"), json = dir.resolve("trend.json");
        sh.run("trend tariff* --per source > " + txt);
        sh.run("trend tariff* --per source > " + json);
        assertThat(Files.readString(txt))
                .startsWith("period")
                .contains("hits of tariff*")
                .doesNotContain("one mark")
                .doesNotContain("▁");
        assertThat(Files.readString(json)).doesNotContain("one mark");
        String bars = render(Printer.charted(sh.run("trend tariff* --by quarter"), 80), Format.TEXT);
        assertThat(bars).containsPattern("2024-Q1 +\\d+  █+");
    }

    @Test
    void barsAndSparklinesFitTheWidthAndScaleToTheLargest() {
        List<String> bars = Chart.bars(List.of("2024-01", "2024-02", "2024-03"), List.of(10.0, 5.0, 0.0), 30);
        assertThat(bars).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
        // 30 columns less the label (7), the value (2) and two gaps of two leave 17 for the largest bar.
        assertThat(bars.get(0)).isEqualTo("2024-01  10  " + "█".repeat(17));
        assertThat(bars.get(1)).isEqualTo("2024-02   5  " + "█".repeat(8) + "▌");
        assertThat(bars.get(2)).isEqualTo("2024-03   0");
        List<String> s =
                Chart.sparklines(List.of("A", "B"), List.of(new double[] {0, 4, 8}, new double[] {8, 1, 0}), 40);
        assertThat(s).containsExactly("A  ·▄█", "B  █▁·");
        List<String> cut = Chart.sparklines(List.of("A"), List.of(new double[100]), 20);
        assertThat(cut.get(0)).isEqualTo("(the last 17 of 100 periods)");
        assertThat(cut.get(1)).hasSize(20);
    }

    @Test
    void badOptionsAreOneClearLine(@TempDir Path dir) {
        TestShell sh = TestShell.on(DatedCorpus.write(dir, DatedCorpus.articles(10, 1, false)));
        assertThatThrownBy(() -> sh.run("trend tariff --by fortnight"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("trend: --by takes day, week, month, quarter, year or decade, not 'fortnight'");
        assertThatThrownBy(() -> sh.run("trend tariff --norm percent"))
                .hasMessage("trend: --norm takes count, permillion or docs, not 'percent'");
        assertThatThrownBy(() -> sh.run("trend tariff --per sauce"))
                .hasMessageStartingWith("trend: --per: unknown field 'sauce'; fields: id, title, source");
        assertThatThrownBy(() -> sh.run("trend tariff --per month")).hasMessageContaining("--per takes a field");
        assertThatThrownBy(() -> sh.run("trend")).hasMessageContaining("trend: Missing required parameter");
        assertThatThrownBy(() -> sh.run("count tariff")).hasMessageContaining("Missing required option: '--by");
        assertThatThrownBy(() -> sh.run("count * --by source,month,year"))
                .hasMessage(
                        "count: --by takes one or two fields, comma separated (source,month), not 'source,month,year'");
        assertThatThrownBy(() -> sh.run("count * --by colour"))
                .hasMessageStartingWith("count: --by: unknown field 'colour'");
        for (String bad : List.of("trend tariff --by fortnight", "trend tariff --per sauce", "count * --by a,b,c")) {
            try {
                sh.run(bad);
            } catch (CorpexException e) {
                assertThat(e.getMessage()).as(bad).doesNotContain("\n");
            }
        }
    }

    static String render(Table t, Format f) throws Exception {
        StringWriter w = new StringWriter();
        Renderers.write(t, f, w, new RenderOptions(0, false, true, false, false, ','));
        return w.toString();
    }
}
