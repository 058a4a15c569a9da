package org.corpex.compare;

import org.corpex.TestShell;
import org.corpex.figures.Figure;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompareTest {
    private static List<String> rows(Table t, int n) {
        List<String> out = new ArrayList<>();
        for (List<Object> r : t.rows().subList(0, n)) {
            out.add(r.get(0) + " | " + Table.format(r.get(2)).substring(0, 3) + " | " + r.get(3) + " | " + r.get(6));
        }
        return out;
    }

    @Test
    void onTheSeedsTheInvestmentTotalConflictComesFirst() {
        Table t = TestShell.seeds().run("compare");
        assertThat(rows(t, 4)).containsExactly(
                "investment: Alibaba [USD] | 000 | $53B | conflict",
                "investment: Alibaba [USD] | 001 | $53 billion | conflict",
                "investment: Alibaba [USD] | 003 | $53 billion | conflict",
                "investment: Alibaba [USD] | 004 | $52 billion | conflict");
        assertThat(TestShell.column(t, "fact")).contains("stock (up): Alibaba");
    }

    @Test
    void thePeriodFiguresAreConsistent() {
        Table t = TestShell.seeds().run("compare --kind period");
        assertThat(TestShell.column(t, "status")).containsOnly("consistent");
        assertThat(TestShell.column(t, "text")).containsExactly("2025-2028", "over the next three years", "over the next three years");
        assertThat(TestShell.column(t, "value")).containsOnly("3");
    }

    @Test
    void optionsNarrow() {
        TestShell s = TestShell.seeds();
        assertThat(TestShell.column(s.run("compare --conflicts"), "status")).containsOnly("conflict").hasSize(6);
        assertThat(TestShell.column(s.run("compare --subject \"market cap\""), "status")).contains("soft", "one source");
        s.run("filter NOT id:004");
        assertThat(TestShell.column(s.run("compare --subject investment"), "status")).first().isEqualTo("agree");
        assertThatThrownBy(() -> s.run("compare --kind cash")).hasMessageContaining("--kind must be money, percent, quantity or period");
    }

    private static Figure money(int doc, String text, double value, String qualifier) {
        return new Figure(doc, 0, text.length(), 1, text, Figure.Kind.MONEY, value, Double.NaN, "USD", qualifier, "", "investment", "Alibaba", text, "");
    }

    @Test
    void toleranceRulesOnHandBuiltFigures() {
        // "$53B", "$53 billion" and "US$53bn" agree.
        List<Reconcile.Fact> agree = Reconcile.facts(List.of(money(0, "$53B", 53e9, ""), money(1, "$53 billion", 53e9, ""), money(2, "US$53bn", 53e9, "")));
        assertThat(agree).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.AGREE));
        // A qualifier is a soft difference.
        List<Reconcile.Fact> soft = Reconcile.facts(List.of(money(0, "over $100 billion", 100e9, "over"), money(1, "$100 billion", 100e9, "")));
        assertThat(soft).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.SOFT));
        // Close values conflict; far-apart values are different facts.
        List<Reconcile.Fact> mixed = Reconcile.facts(List.of(money(0, "$53 billion", 53e9, ""), money(1, "$52 billion", 52e9, ""), money(2, "$345 billion", 345e9, "")));
        assertThat(mixed).extracting(Reconcile.Fact::status).containsExactly(Reconcile.Status.CONFLICT, Reconcile.Status.ONE_SOURCE);
        // A range and a duration of the same span are consistent; a different span conflicts.
        Figure range = new Figure(0, 0, 9, 1, "2025-2028", Figure.Kind.RANGE, 2025, 2028, "years", "", "", "", "Alibaba", "", "");
        Figure three = new Figure(1, 0, 11, 1, "three years", Figure.Kind.DURATION, 3, Double.NaN, "years", "", "", "", "Alibaba", "", "");
        Figure ten = new Figure(2, 0, 9, 1, "ten years", Figure.Kind.DURATION, 10, Double.NaN, "years", "", "", "", "Alibaba", "", "");
        assertThat(Reconcile.facts(List.of(range, three))).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.CONSISTENT));
        assertThat(Reconcile.facts(List.of(range, three, ten))).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.CONFLICT));
    }

    @Test
    void onAGeneratedPairTheChangedFigureIsTheConflict(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), String.join("\n", DiffTest.ORIGINAL) + "\n");
        Files.writeString(dir.resolve("b.txt"), String.join("\n", DiffTest.REWRITE) + "\n");
        Table t = TestShell.on(dir).run("compare --conflicts");
        assertThat(TestShell.column(t, "text")).containsExactly("$53 billion", "$52 billion");
        assertThat(TestShell.column(t, "doc")).containsExactly("a", "b");
    }

    private static Figure percent(int doc, String text, double value, String qualifier, String period) {
        return new Figure(doc, 0, text.length(), 1, text, Figure.Kind.PERCENT, value, Double.NaN, "%", qualifier, "up", "stock", "Fabrikam",
                text, "", "", period);
    }

    @Test
    void figuresConflictOnlyBeyondWhatTheirWordingAllows() {
        // "$53 billion" stands for 52.5..53.5 billion: "$53.2 billion" lies inside it, "$52 billion" does not.
        assertThat(Reconcile.facts(List.of(money(0, "$53 billion", 53e9, ""), money(1, "$53.2 billion", 53.2e9, ""))))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.SOFT));
        // "nearly 70%" is just under 70: 68% fits it, 84% does not.
        assertThat(Reconcile.facts(List.of(percent(0, "nearly 70%", 70, "nearly", ""), percent(1, "68%", 68, "", ""))))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.SOFT));
        assertThat(Reconcile.facts(List.of(percent(0, "nearly 70%", 70, "nearly", ""), percent(1, "84%", 84, "", ""))))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.CONFLICT));
        // "more than 10%" and "12%" can both be true.
        assertThat(Reconcile.facts(List.of(percent(0, "more than 10%", 10, "more than", ""), percent(1, "12%", 12, "", ""))))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(Reconcile.Status.SOFT));
    }

    @Test
    void figuresOfDifferentPeriodsAreDifferentFacts() {
        List<Reconcile.Fact> facts = Reconcile.facts(List.of(percent(0, "40%", 40, "", "1829"), percent(1, "44%", 44, "", "1863")));
        assertThat(facts).extracting(Reconcile.Fact::status).containsOnly(Reconcile.Status.ONE_SOURCE).hasSize(2);
        assertThat(facts).extracting(Reconcile.Fact::label).containsExactlyInAnyOrder("stock (up): Fabrikam in 1829", "stock (up): Fabrikam in 1863");
    }

    @Test
    void onDatedDocumentsTheYearOfEachFigureKeepsFactsApart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("speeches.jsonl"), String.join("\n",
                "{\"id\": \"y1829\", \"date\": \"1829-12-08\", \"text\": \"The revenue of the Treasury reached $24 millions this year.\"}",
                "{\"id\": \"y1863\", \"date\": \"1863-12-08\", \"text\": \"The revenue of the Treasury reached $26 millions this year.\"}",
                "{\"id\": \"y1864\", \"date\": \"1864-12-06\", \"text\": \"In 1863 the revenue of the Treasury was $29 millions.\"}") + "\n");
        Table t = TestShell.on(dir).run("compare --kind money");
        assertThat(TestShell.column(t, "fact")).contains("revenue: Treasury [USD] in 1829", "revenue: Treasury [USD] in 1863");
        Table conflicts = TestShell.on(dir).run("compare --conflicts");
        // 1863 is stated twice, once by each speech: $26 millions against $29 millions; 1829 stands alone.
        assertThat(TestShell.column(conflicts, "doc")).containsExactly("y1863", "y1864");
    }
}
