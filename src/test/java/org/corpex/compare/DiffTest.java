package org.corpex.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffTest {
    static final List<String> ORIGINAL = List.of(
            "Alibaba Group said on Monday it would invest heavily in cloud computing.",
            "The company plans to build new data centers across Asia and Europe.",
            "Analysts expect the spending to weigh on margins for several quarters.",
            "Shares of the company rose sharply in Hong Kong trading after the news.",
            "The chief executive called artificial intelligence a generational opportunity.",
            "Rivals in China have announced similar plans in recent months.",
            "The total investment will reach $53 billion over three years.",
            "Regulators in Beijing have eased their scrutiny of large technology firms.");

    /**
     * B: s2 one word changed, s4 moved to the end, s6 dropped, one sentence added after s3, the figure in s7 changed.
     */
    static final List<String> REWRITE = List.of(
            "Alibaba Group said on Monday it would invest heavily in cloud computing.",
            "The company plans to build new data centers across Asia and Africa.",
            "Analysts expect the spending to weigh on margins for several quarters.",
            "Investors have waited years for a clear growth plan from the group.",
            "The chief executive called artificial intelligence a generational opportunity.",
            "The total investment will reach $52 billion over three years.",
            "Regulators in Beijing have eased their scrutiny of large technology firms.",
            "Shares of the company rose sharply in Hong Kong trading after the news.");

    static TestShell pair(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), String.join("\n", ORIGINAL) + "\n");
        Files.writeString(dir.resolve("b.txt"), String.join("\n", REWRITE) + "\n");
        return TestShell.on(dir);
    }

    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (List<Object> r : t.rows()) out.add(r.get(0) + " " + Table.format(r.get(1)) + "/" + Table.format(r.get(2)));
        return out;
    }

    @Test
    void everyEditIsReportedAndNothingElse(@TempDir Path dir) throws IOException {
        Table t = pair(dir).run("diff a b");
        assertThat(rows(t))
                .containsExactly(
                        "same 1/1",
                        "changed 2/2",
                        "same 3/3",
                        "only in B /4",
                        "moved 4/8",
                        "same 5/5",
                        "only in A 6/",
                        "changed 7/6",
                        "same 8/7");
        int diff = t.columnIndex("diff");
        assertThat(t.rows().get(1).get(diff))
                .isEqualTo("The company plans to build new data centers across Asia and [-Europe.-] {+Africa.+}");
        assertThat(t.rows().get(7).get(diff))
                .isEqualTo("The total investment will reach [-$53-] {+$52+} billion over three years.");
        assertThat(t.notes().get(0)).startsWith("A = a, B = b: 4 same, 2 changed, 1 moved, 1 only in A, 1 only in B");
        assertThat(t.columns().stream().map(c -> c.name()).toList())
                .startsWith("kind", "a_line", "b_line", "a_text", "b_text", "similarity");
    }

    @Test
    void figuresOfTheTwoSourcesMatched(@TempDir Path dir) throws IOException {
        assertThat(TestShell.column(pair(dir).run("diff a b --figures"), "status"))
                .containsExactly("changed", "same");
        Table t = pair(dir).run("diff a b --figures --changes");
        assertThat(TestShell.column(t, "status")).containsExactly("changed");
        assertThat(TestShell.column(t, "a_text")).containsExactly("$53 billion");
        assertThat(TestShell.column(t, "b_text")).containsExactly("$52 billion");
        assertThat(TestShell.column(t, "difference")).containsExactly("-1000000000");
        Table seeds = TestShell.seeds().run("diff 003 004 --figures");
        List<String> rows = new ArrayList<>();
        for (List<Object> r : seeds.rows()) rows.add(r.get(0) + " " + r.get(4) + " -> " + r.get(7));
        assertThat(rows)
                .contains(
                        "changed $53 billion -> $52 billion",
                        "same over the next three years -> over the next three years");
    }

    @Test
    void aDocumentComparedWithItselfIsAllSame(@TempDir Path dir) throws IOException {
        Table t = pair(dir).run("diff a a");
        assertThat(TestShell.column(t, "kind")).hasSize(8).containsOnly("same");
        assertThat(pair(dir).run("diff a a --changes").rows()).isEmpty();
    }

    @Test
    void unifiedAndSideViews(@TempDir Path dir) throws IOException {
        TestShell s = pair(dir);
        Table u = s.run("diff a b --view unified --changes");
        assertThat(TestShell.column(u, "mark")).containsExactly("~", "+", ">", "-", "~");
        assertThat(TestShell.column(u, "text").get(0)).contains("[-Europe.-] {+Africa.+}");
        Table side = s.run("diff a b --view side");
        assertThat(TestShell.column(side, "a_text").get(1)).endsWith("Asia and [-Europe.-]");
        assertThat(TestShell.column(side, "b_text").get(1)).endsWith("Asia and {+Africa.+}");
        assertThatThrownBy(() -> s.run("diff a b --view sideways"))
                .hasMessageContaining("diff: --view takes table, unified or side, not 'sideways'");
    }

    @Test
    void onTheSeedsTheRewriteIsReadSentenceBySentence() {
        TestShell s = TestShell.seeds();
        Table t = s.run("diff 000 000");
        assertThat(TestShell.column(t, "kind")).containsOnly("same");
        Table other = s.run("diff 003 004 --changes");
        assertThat(TestShell.column(other, "kind"))
                .contains("only in A", "only in B")
                .doesNotContain("same");
        assertThatThrownBy(() -> s.run("diff 00 004"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("ambiguous");
    }
}
