package org.corpex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare --timeline: who gave each value first, by date, and who repeated it. */
class TimelineTest {

    /** fact | value | doc | source | date | role | days_after, for the rows of one fact. */
    private static List<String> rows(Table t, String fact) {
        List<String> out = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            if (!Table.format(r.get(0)).startsWith(fact)) continue;
            out.add(String.join(
                    "|",
                    Table.format(r.get(t.columnIndex("value"))),
                    first3(Table.format(r.get(t.columnIndex("doc")))),
                    Table.format(r.get(t.columnIndex("source"))),
                    Table.format(r.get(t.columnIndex("date"))),
                    Table.format(r.get(t.columnIndex("role"))),
                    Table.format(r.get(t.columnIndex("days_after")))));
        }
        return out;
    }

    private static String first3(String id) {
        return id.substring(0, Math.min(3, id.length()));
    }

    @Test
    void theSeedsHaveNoDatesSoNoOneIsNamedFirstAndTheNoteSaysWhy() {
        Table t = TestShell.seeds().run("compare --timeline --subject spend");
        // The seeds' files carry no date (no front matter, no sidecar), and corpex reads none from
        // the text: every telling is undated, listed in corpus order, and none is called first.
        assertThat(rows(t, "Alibaba:"))
                .containsExactly(
                        "53000000000|000|||undated|",
                        "53000000000|001|||undated|",
                        "53000000000|003|||undated|",
                        "52000000000|004|||undated|");
        assertThat(t.notes().get(0))
                .contains("0 of the 4 documents that give them have a date")
                .contains("6 values are told only by undated documents, so who told them first cannot be known");
    }

    @Test
    void withDatesFromASidecarTheFirst53BSourceAndThe52BSourceAreNamed(@TempDir Path dir) throws Exception {
        // The seeds' own text, dated and attributed by a metadata.csv as a user would give them.
        try (var files = Files.list(TestShell.SEEDS)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve("metadata.csv"), """
                file,source,date
                000_0ff348a9848a8873.txt,Benzinga,2025-03-10
                001_dbefa102bff5097e.txt,Blog Daily,2025-02-25
                002_58097a45caa298bb.txt,Il Sole,2025-09-13
                003_67367a7755b0d62d.txt,Inc.,2025-02-24
                004_d7751ab62fa77688.txt,Wire Service,2025-02-24
                """);
        Table t = TestShell.on(dir).run("compare --timeline --subject spend");
        // the wire's "announced today" is the day it was written: the others reported that announcement after it
        assertThat(rows(t, "Alibaba:"))
                .containsExactly(
                        "53000000000|003|Inc.|2025-02-24|first|0",
                        "53000000000|001|Blog Daily|2025-02-25|repeated|1",
                        "53000000000|000|Benzinga|2025-03-10|repeated|14",
                        "52000000000|004|Wire Service|2025-02-24|first|0");
        assertThat(t.notes().get(0))
                .contains("4 of the 4 documents that give them have a date")
                .doesNotContain("cannot be known");
    }

    @Test
    void sameDayTellingsAreAllFirstAndUndatedOnesComeLast(@TempDir Path dir) throws Exception {
        String says = "Microsoft will invest $%s billion in new data centers, the company said.";
        Files.writeString(dir.resolve("a.md"), "---\nsource: Alpha\ndate: 2024-05-02\n---\n" + says.formatted("40"));
        Files.writeString(dir.resolve("b.md"), "---\nsource: Beta\ndate: 2024-05-02\n---\n" + says.formatted("40"));
        Files.writeString(dir.resolve("c.md"), "---\nsource: Gamma\n---\n" + says.formatted("40"));
        Files.writeString(dir.resolve("d.md"), "---\nsource: Delta\ndate: 2024-05-09\n---\n" + says.formatted("40"));
        Files.writeString(dir.resolve("e.md"), "---\nsource: Epsilon\ndate: 2024-05-01\n---\n" + says.formatted("45"));
        Table t = TestShell.on(dir).run("compare --timeline");
        assertThat(rows(t, "Microsoft"))
                .containsExactly(
                        "45000000000|e|Epsilon|2024-05-01|first|0",
                        "40000000000|a|Alpha|2024-05-02|first|0",
                        "40000000000|b|Beta|2024-05-02|first|0",
                        "40000000000|d|Delta|2024-05-09|repeated|7",
                        "40000000000|c|Gamma||undated|");
    }
}
