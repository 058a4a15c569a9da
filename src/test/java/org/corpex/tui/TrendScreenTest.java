package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpex.TestShell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trend screen on the virtual terminal: Enter on a cell opens the KWIC of that period and source. */
class TrendScreenTest {

    private static Path corpus(Path dir) throws Exception {
        Files.writeString(
                dir.resolve("news.jsonl"),
                String.join(
                                "\n",
                                "{\"id\":\"p1\",\"source\":\"Harbor Post\",\"date\":\"2024-01-10\",\"text\":\"The "
                                        + "tariff on barley rose. A second tariff followed.\"}",
                                "{\"id\":\"l1\",\"source\":\"Daily "
                                        + "Ledger\",\"date\":\"2024-01-21\",\"text\":\"Millers fear the tariff.\"}",
                                "{\"id\":\"p2\",\"source\":\"Harbor Post\",\"date\":\"2024-03-03\",\"text\":\"No "
                                        + "tariff this spring, said the quay master.\"}",
                                "{\"id\":\"l2\",\"source\":\"Daily "
                                        + "Ledger\",\"date\":\"2024-03-30\",\"text\":\"Ferries and lanterns, and "
                                        + "a tariff again.\"}",
                                "{\"id\":\"u1\",\"source\":\"Daily Ledger\",\"text\":\"An undated tariff story.\"}")
                        + "\n");
        return dir;
    }

    @Test
    void enterOnACellOpensTheKwicOfThatPeriodAndSource(@TempDir Path dir) throws Exception {
        VirtualScreen v = VirtualScreen.of(TestShell.on(corpus(dir)).shell(), 150, 30);
        v.type(":trend tariff --per source").press(KeyType.Enter);
        assertThat(v.line(0)).startsWith(" corpex › Documents › Trend").contains("6 hits of tariff");
        assertThat(v.line(1)).containsSubsequence("period", "Daily Ledger", "Harbor Post", "total");
        assertThat(v.line(2)).matches("2024-01 +1 +2 +3");
        assertThat(v.line(3)).matches("2024-02 +0 +0 +0");
        assertThat(v.line(5)).matches("undated +1 +0 +1");
        // Under the table, the chart the prompt prints after it: a sparkline a source.
        assertThat(v.line(7)).isEqualTo(" Daily Ledger  ▄·▄");
        assertThat(v.line(8)).isEqualTo(" Harbor Post   █·▄");

        v.type("ll").press(KeyType.Enter); // 2024-01, Harbor Post: the two hits of p1
        assertThat(v.line(0))
                .startsWith(" corpex › Documents › Trend › KWIC")
                .contains("2 hits in 1 of 1 document matching date=2024-01 source=\"Harbor Post\" for tariff");
        assertThat(v.line(2)).startsWith("p1");
        assertThat(v.line(3)).startsWith("p1");
        assertThat(v.line(4)).isEmpty();
        assertThat(v.line(-1)).startsWith("2024-01 · Harbor Post: 2 hits");

        v.press(KeyType.Enter); // and on to the document, at that hit
        assertThat(v.line(0)).contains("p1");
        v.type("qq");
        assertThat(v.line(0)).startsWith(" corpex › Documents › Trend").doesNotContain("KWIC");

        v.type("jjjh").press(KeyType.Enter); // the undated row, Daily Ledger
        assertThat(v.line(0)).contains("1 hit in 1 of 1 document matching NOT date>=1000 source=\"Daily Ledger\"");
        assertThat(v.line(2)).startsWith("u1");
        v.type("q");

        v.type("khh").press(KeyType.Enter); // the period column: all of 2024-03
        assertThat(v.line(0)).contains("2 hits in 2 of 2 documents matching date=2024-03 for tariff");
        // The session's filters are untouched: the KWIC was a slice, not a filter.
        assertThat(v.line(-2)).contains("5/5 docs");
        v.type("qq:trend * --per source").press(KeyType.Enter);
        assertThat(v.line(2)).matches("2024-01 +1 +1 +2");
        v.press(KeyType.Enter);
        assertThat(v.line(-1)).isEqualTo("a trend of documents (*) has no hits to show in context");
        assertThat(v.line(0)).doesNotContain("KWIC");
    }
}
