package org.corpex.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare on small archives written for these tests: several outlets on several days, each family of phrasing in a
 * corpus of its own. A fact is what is measured, of whom, where and when; the tests state each of those in other words
 * in another outlet, or change one of them.
 */
class CompareTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article: its id, outlet, date and text. */
    private record Article(String id, String source, String date, String text) {}

    private static Article a(String id, String source, String date, String text) {
        return new Article(id, source, date, text);
    }

    private static TestShell archive(Path dir, Article... articles) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Article x : articles) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", x.id());
            m.put("source", x.source());
            if (!x.date().isEmpty()) m.put("date", x.date());
            m.put("text", x.text());
            lines.add(JSON.writeValueAsString(m));
        }
        Files.writeString(dir.resolve("news.jsonl"), String.join("\n", lines) + "\n");
        return TestShell.on(dir);
    }

    /** The status of the fact that holds the figure written {@code text} in document {@code doc} ("" when in none). */
    private static String status(Table t, String doc, String text) {
        int d = t.columnIndex("doc"), x = t.columnIndex("text"), s = t.columnIndex("status");
        for (List<Object> r : t.rows())
            if (r.get(d).equals(doc) && r.get(x).equals(text)) return Table.format(r.get(s));
        return "";
    }

    /** Whether two figures are in one fact. */
    private static boolean together(Table t, String doc1, String text1, String doc2, String text2) {
        int f = t.columnIndex("fact"), d = t.columnIndex("doc"), x = t.columnIndex("text");
        String a = null, b = null;
        for (List<Object> r : t.rows()) {
            if (r.get(d).equals(doc1) && r.get(x).equals(text1)) a = (String) r.get(f);
            if (r.get(d).equals(doc2) && r.get(x).equals(text2)) b = (String) r.get(f);
        }
        return a != null && a.equals(b);
    }

    @Test
    void onTheSeedsTheInvestmentTotalConflictComesFirst() {
        Table t = TestShell.seeds().run("compare");
        List<String> first = new ArrayList<>();
        for (List<Object> r : t.rows().subList(0, 4))
            first.add(((String) r.get(2)).substring(0, 3) + " " + r.get(3) + " " + r.get(6));
        assertThat(first)
                .containsExactly(
                        "000 $53 billion conflict",
                        "001 $53 billion conflict",
                        "003 $53 billion conflict",
                        "004 $52 billion conflict");
        assertThat(TestShell.column(t, "fact").get(0)).startsWith("Alibaba: spend [USD]");
        assertThat(TestShell.column(t, "entity").get(0)).isEqualTo("Alibaba");
        assertThat(TestShell.column(t, "measure").get(0)).isEqualTo("spend");
    }

    @Test
    void aFigureToldInOtherWordsByAnotherOutletIsOneFactAndTheirValuesConflict(@TempDir Path dir) throws IOException {
        // whom: "Sen. Ann Marlow" / "Marlow's campaign"; what: "raised" / "took in"; when: "the last three months of
        // 2019" / "the fourth quarter" a week later
        TestShell s = archive(
                dir,
                a(
                        "herald-1",
                        "Herald",
                        "2020-01-03",
                        "Sen. Ann Marlow raised more than $12 million during the last three months of 2019, her "
                                + "campaign said."),
                a(
                        "ledger-1",
                        "Ledger",
                        "2020-01-09",
                        "On the Democratic side, Marlow's campaign said it took in roughly $8 million in the "
                                + "fourth quarter, mostly from small donors."),
                a(
                        "courier-1",
                        "Courier",
                        "2020-01-04",
                        "The senator from Oregon, Ann Marlow, hauled in 12 million dollars over the final three "
                                + "months of 2019."));
        Table t = s.run("compare");
        assertThat(status(t, "herald-1", "$12 million")).isEqualTo("conflict");
        assertThat(together(t, "herald-1", "$12 million", "ledger-1", "$8 million"))
                .isTrue();
        assertThat(together(t, "herald-1", "$12 million", "courier-1", "12 million dollars"))
                .isTrue();
        // every row says why its figures are one fact
        int row = TestShell.column(t, "text").indexOf("$8 million");
        assertThat(TestShell.column(t, "entity").get(row)).isEqualTo("Ann Marlow");
        assertThat(TestShell.column(t, "measure").get(row)).contains("raise");
        assertThat(TestShell.column(t, "time").get(row)).isEqualTo("2019-Q4");
        assertThat(TestShell.column(t, "source")).contains("Herald", "Ledger", "Courier");
    }

    @Test
    void theSameFigureInOtherWordsAgrees(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-2",
                        "Herald",
                        "2021-05-10",
                        "Relatives of the 31 people killed in the Dunmore mine collapse gathered on Sunday."),
                a(
                        "ledger-2",
                        "Ledger",
                        "2021-05-11",
                        "The collapse at the Dunmore mine killed 31 people, the state inspector said."));
        Table t = s.run("compare");
        assertThat(together(t, "herald-2", "31 people", "ledger-2", "31 people"))
                .isTrue();
        assertThat(status(t, "herald-2", "31 people")).isEqualTo("agree");
    }

    @Test
    void anotherPeriodIsAnotherFact(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-3",
                        "Herald",
                        "2020-02-02",
                        "Marlow's campaign says it raised roughly $15 million in January."),
                a(
                        "ledger-3",
                        "Ledger",
                        "2020-02-03",
                        "Marlow, for her part, has a cushion, having raised about $37 million in the final three "
                                + "months of 2019."),
                a("courier-3", "Courier", "2019-11-06", "The jobless rate ticked down to 5 percent in October."),
                a(
                        "gazette-3",
                        "Gazette",
                        "2019-11-08",
                        "The Labor Department put September's unemployment rate at 5.4 percent."));
        Table t = s.run("compare --conflicts");
        assertThat(t.rows()).isEmpty();
    }

    @Test
    void anotherEntityIsAnotherFact(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-4",
                        "Herald",
                        "2018-08-20",
                        "Brightwater Energy donated more than $10 million to the Marlow Foundation, its filings show."),
                a(
                        "ledger-4",
                        "Ledger",
                        "2018-08-21",
                        "Among other companies, Harrow Mining gave the Marlow Foundation at least $6 million, "
                                + "according to its donor list."));
        assertThat(s.run("compare --conflicts").rows()).isEmpty();
    }

    @Test
    void aShareInOnePollIsOneFactHoweverEachOutletNamesThePoll(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-5",
                        "Herald",
                        "2019-10-08",
                        "A Halden University poll released Tuesday found 41 percent of likely voters backing Marlow."),
                a(
                        "ledger-5",
                        "Ledger",
                        "2019-10-10",
                        "Marlow's support stood at 47 percent in a Halden University survey this week."),
                a(
                        "courier-5",
                        "Courier",
                        "2019-10-09",
                        "A Brookfield College poll put Marlow at 47 percent. Her rival, Tom Keane, drew 38 "
                                + "percent in the same survey."),
                a("gazette-5", "Gazette", "2019-10-09", "In a Brookfield College poll, Keane registered 44 percent."));
        Table t = s.run("compare");
        assertThat(together(t, "herald-5", "41 percent", "ledger-5", "47 percent"))
                .isTrue();
        assertThat(status(t, "herald-5", "41 percent")).isEqualTo("conflict");
        // another poll's 47 percent is another fact
        assertThat(together(t, "herald-5", "41 percent", "courier-5", "47 percent"))
                .isFalse();
        // "the same survey": the poll the sentence before named
        assertThat(together(t, "courier-5", "38 percent", "gazette-5", "44 percent"))
                .isTrue();
        assertThat(status(t, "gazette-5", "44 percent")).isEqualTo("conflict");
    }

    @Test
    void aCountThatMovesDayByDayEvolvesAndIsShownInOrder(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-6",
                        "Herald",
                        "2020-03-04",
                        "Marlow has won 410 delegates so far, according to a tally by the Associated Press."),
                a(
                        "ledger-6",
                        "Ledger",
                        "2020-03-09",
                        "After Tuesday's primaries, Marlow has now won 520 delegates, the Associated Press tally "
                                + "shows."),
                a(
                        "courier-6",
                        "Courier",
                        "2020-03-14",
                        "Marlow has won 640 delegates so far, by the count of the Associated Press."));
        Table t = s.run("compare");
        assertThat(status(t, "herald-6", "410 delegates")).isEqualTo("evolving");
        assertThat(together(t, "herald-6", "410 delegates", "courier-6", "640 delegates"))
                .isTrue();
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++)
            if (TestShell.column(t, "status").get(r).equals("evolving"))
                texts.add(TestShell.column(t, "text").get(r));
        assertThat(texts).containsExactly("410 delegates", "520 delegates", "640 delegates");
        assertThat(t.notes().get(0)).contains("0 in conflict").contains("1 evolving");
    }

    @Test
    void aRunningTotalReportedLowerLaterIsAConflict(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-7",
                        "Herald",
                        "2020-05-25",
                        "The Tollan Party has raised about $180 million so far this election cycle, according to "
                                + "its filings."),
                a(
                        "ledger-7",
                        "Ledger",
                        "2020-05-26",
                        "After collecting roughly $137 million throughout the current cycle, the Tollan Party has "
                                + "little cash left."));
        assertThat(status(s.run("compare"), "herald-7", "$180 million")).isEqualTo("conflict");
    }

    @Test
    void oneOutletNeverConflictsWithItself(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-8",
                        "Herald",
                        "2020-01-03",
                        "Marlow raised $12 million in the fourth quarter. Her rival raised $8 million in the "
                                + "fourth quarter."),
                a(
                        "herald-9",
                        "Herald",
                        "2020-01-04",
                        "Marlow raised $9 million in the fourth quarter, a revised count shows."));
        assertThat(s.run("compare --conflicts").rows()).isEmpty();
    }

    @Test
    void speechesOfDifferentYearsNeverConflict(@TempDir Path dir) throws IOException {
        // dated by their year only, as annual addresses often are; each states the year's revenue
        TestShell s = archive(
                dir,
                a(
                        "1901",
                        "",
                        "1901",
                        "The revenue of the Treasury reached $24 millions this year. It reached $24 millions in "
                                + "the year before."),
                a("1902", "", "1902", "The revenue of the Treasury reached $26 millions this year."),
                a(
                        "1903",
                        "",
                        "1903",
                        "In 1902 the revenue of the Treasury was $29 millions, and this year it reached $31 "
                                + "millions."));
        Table t = s.run("compare --conflicts");
        // 1902 is told twice, by two speeches: $26 millions and $29 millions
        assertThat(TestShell.column(t, "doc")).containsExactly("1902", "1903");
        assertThat(TestShell.column(t, "text")).containsExactly("$26 millions", "$29 millions");
    }

    @Test
    void aBoundSaysItsNumberAsNewsWritesIt(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-10",
                        "Herald",
                        "2020-06-02",
                        "The Tollan flood displaced more than 34 million people, the relief agency said on Monday."),
                a(
                        "ledger-10",
                        "Ledger",
                        "2020-06-02",
                        "At least 41 million people were displaced by the Tollan flood, the relief agency said."),
                a(
                        "courier-10",
                        "Courier",
                        "2020-06-02",
                        "The Tollan flood displaced about 35 million people, relief officials said."));
        Table t = s.run("compare");
        assertThat(status(t, "herald-10", "34 million people")).isEqualTo("conflict");
        // "more than 34 million" allows about 35 million
        assertThat(together(t, "herald-10", "34 million people", "courier-10", "35 million people"))
                .isTrue();
    }

    @Test
    void aSuppositionIsNoFact(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                a(
                        "herald-11",
                        "Herald",
                        "2020-03-11",
                        "If Marlow wins 60 percent of the vote in Idaho, she will take every delegate."),
                a("ledger-11", "Ledger", "2020-03-11", "Marlow won 52 percent of the vote in Idaho on Tuesday."));
        assertThat(s.run("compare --conflicts").rows()).isEmpty();
    }

    @Test
    void optionsNarrow(@TempDir Path dir) throws IOException {
        TestShell s = TestShell.seeds();
        assertThat(TestShell.column(s.run("compare --conflicts"), "status"))
                .containsOnly("conflict")
                .hasSize(6);
        assertThat(TestShell.column(s.run("compare --subject alibaba"), "entity"))
                .allMatch(e -> e.contains("Alibaba"));
        s.run("filter NOT id:004");
        Table spend = s.run("compare --subject spend");
        assertThat(TestShell.column(spend, "text")).startsWith("$53 billion", "$53 billion", "$53 billion");
        assertThat(TestShell.column(spend, "status")).first().isEqualTo("agree");
        assertThat(TestShell.column(s.run("compare --kind percent"), "kind")).containsOnly("percent");
        assertThatThrownBy(() -> s.run("compare --kind cash"))
                .hasMessageContaining("compare: --kind takes money, percent, quantity or duration, not");
    }
}
