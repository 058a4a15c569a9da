package org.corpex.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corpex.TestShell;
import org.corpex.table.Column;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;

class FiguresCommandTest {
    private final TestShell s = TestShell.seeds();

    @Test
    void columnsInTheDesignedOrder() {
        assertThat(s.run("figures").columns().stream().map(Column::name).toList())
                .startsWith(
                        "doc",
                        "line",
                        "start",
                        "end",
                        "text",
                        "kind",
                        "value",
                        "unit",
                        "qualifier",
                        "subject",
                        "sentence");
    }

    @Test
    void kindMinMaxAndSort() {
        Table t = s.run("figures --kind money --min 50bn --sort value");
        List<String> values = TestShell.column(t, "value");
        assertThat(values).first().isEqualTo("52000000000");
        assertThat(values).last().isEqualTo("1500000000000");
        assertThat(values.stream().mapToDouble(Double::parseDouble)).isSorted().allMatch(v -> v >= 50e9);
        assertThat(TestShell.column(s.run("figures --kind percent,range --max 10"), "kind"))
                .containsOnly("percent");
        assertThat(TestShell.column(s.run("figures -k quantity --min 1e6 --max 1e12"), "text"))
                .containsExactly(
                        "32 billion parameters",
                        "671 billion parameters",
                        "one trillion parameters",
                        "2 million Hanguang chips");
        assertThat(TestShell.column(s.run("figures --kind year --sort kind"), "kind"))
                .containsOnly("year");
    }

    @Test
    void uniqueCountsDocuments() {
        Table t = s.run("figures --unique --kind money --subject investment");
        int text = t.columnIndex("text"), count = t.columnIndex("count"), docs = t.columnIndex("docs");
        List<Object> fiftyThree = t.rows().stream()
                .filter(r -> r.get(text).equals("$53B"))
                .findFirst()
                .orElseThrow();
        assertThat(fiftyThree.get(count)).isEqualTo(8);
        assertThat((String) fiftyThree.get(docs))
                .isEqualTo("000_0ff348a9848a8873 001_dbefa102bff5097e 003_67367a7755b0d62d");
    }

    @Test
    void followsTheSelectionAndFeedsDocsAndFilter() {
        s.run("filter money>52.5e9");
        assertThat(TestShell.column(s.run("docs"), "id"))
                .containsExactly("000_0ff348a9848a8873", "001_dbefa102bff5097e", "003_67367a7755b0d62d");
        s.run("reset");
        s.run("filter has:duration");
        assertThat(TestShell.column(s.run("figures --kind duration"), "doc"))
                .containsExactly("003_67367a7755b0d62d", "004_d7751ab62fa77688");
        assertThat(TestShell.column(s.run("docs"), "figures"))
                .containsExactly("8", "21"); // 004 also counts "four key areas"
        s.run("reset");
        s.run("filter percent>=80");
        assertThat(TestShell.column(s.run("docs"), "id"))
                .containsExactly("002_58097a45caa298bb", "004_d7751ab62fa77688");
    }

    @Test
    void showMarksFigures() {
        String text = String.join("\n", TestShell.column(s.run("show 004 --figures --lines 2"), "text"));
        assertThat(text).contains("⟦$52 billion⟧ investment plan ⟦over the next three years⟧");
    }

    @Test
    void docsCountsFiguresUnlessToldNotTo() {
        assertThat(s.run("docs").columns().stream().map(c -> c.name()).toList())
                .containsSubsequence("words", "figures", "path");
        Table without = s.run("docs --no-figures");
        assertThat(without.columns().stream().map(c -> c.name()).toList())
                .startsWith("id", "title", "source", "date", "words", "path");
        assertThat(without.rows().get(0)).hasSize(without.columns().size());
    }

    @Test
    void aHitInsideAFigureNestsInItsMarks() {
        s.run("kwic billion");
        Table t = s.run("show 004 --figures --hits --lines 2");
        assertThat(String.join("\n", TestShell.column(t, "text")))
                .contains("⟦$52 «billion»⟧ investment plan ⟦over the next three years⟧");
        assertThat(t.notes().get(0)).endsWith(", 1 hit of billion, 2 figures");
    }

    @Test
    void badOptions() {
        assertThatThrownBy(() -> s.run("figures --kind cash")).hasMessageContaining("unknown kind 'cash'");
        assertThatThrownBy(() -> s.run("figures --min lots")).hasMessageContaining("--min 'lots' is not an amount");
        assertThatThrownBy(() -> s.run("figures --sort size"))
                .hasMessageContaining("figures: --sort takes doc, value or kind, not");
    }
}
