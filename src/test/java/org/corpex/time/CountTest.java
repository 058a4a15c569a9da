package org.corpex.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** count's pivots agree with docs and kwic after the matching filters. */
class CountTest {

    @Test
    void documentsBySourceAndMonthAgreeWithDocsAfterTheFilters(@TempDir Path dir) {
        TestShell sh = TestShell.on(DatedCorpus.write(dir, DatedCorpus.articles(80, 5, true)));
        Table t = sh.run("count * --by source,month");
        assertThat(t.columns().get(0).name()).isEqualTo("source");
        List<String> months = t.columns().stream()
                .map(c -> c.name())
                .filter(n -> n.matches("\\d{4}-\\d{2}"))
                .toList();
        assertThat(months).isSorted().hasSize(6);
        assertThat(t.columns().get(t.columns().size() - 2).name())
                .as("undated comes last")
                .isEqualTo("undated");
        long all = 0;
        for (List<Object> row : t.rows()) {
            String source = (String) row.get(0);
            for (String m : months) {
                long cell = ((Number) row.get(t.columnIndex(m))).longValue();
                assertThat(cell).as(source + " " + m).isEqualTo(docsAfter(sh, "source=\"" + source + "\" date=" + m));
            }
            long undated = ((Number) row.get(t.columnIndex("undated"))).longValue();
            assertThat(undated).isEqualTo(docsAfter(sh, "source=\"" + source + "\" NOT has:date"));
            long total = ((Number) row.get(t.columnIndex("total"))).longValue();
            assertThat(total).isEqualTo(docsAfter(sh, "source=\"" + source + "\""));
            all += total;
        }
        assertThat(all).isEqualTo(80);
    }

    @Test
    void hitsByOneFieldAgreeWithKwicAfterTheFilter(@TempDir Path dir) {
        TestShell sh = TestShell.on(DatedCorpus.write(dir, DatedCorpus.articles(50, 9, false)));
        Table t = sh.run("count tariff --by source");
        assertThat(t.columns().stream().map(c -> c.name())).containsExactly("source", "hits", "documents");
        assertThat(TestShell.column(t, "hits").stream().map(Long::parseLong).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        for (List<Object> row : t.rows()) {
            sh.run("filter source=\"" + row.get(0) + "\"");
            Table kwic = sh.run("kwic tariff");
            assertThat(((Number) row.get(1)).longValue()).isEqualTo(kwic.rows().size());
            assertThat(((Number) row.get(2)).longValue())
                    .isEqualTo(TestShell.column(kwic, "doc").stream().distinct().count());
            sh.run("reset");
        }
        // A filter narrows the pivot as it narrows every command.
        sh.run("filter date>=2024-04");
        Table q = sh.run("count * --by quarter");
        assertThat(TestShell.column(q, "quarter")).containsExactly("2024-Q2");
        assertThat(q.notes().get(0)).endsWith("documents by quarter");
    }

    private static long docsAfter(TestShell sh, String filter) {
        sh.run("filter " + filter);
        try {
            return sh.run("docs --no-figures").rows().size();
        } finally {
            sh.run("reset");
        }
    }
}
