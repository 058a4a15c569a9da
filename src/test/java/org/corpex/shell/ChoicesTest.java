package org.corpex.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.corpex.TestShell;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.session.CorpexCommand;
import org.corpex.table.Format;
import org.corpex.time.Period;
import org.corpex.time.TrendCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Options that take one of a closed set of words read them one way: Choice, in any case, with one message for a word
 * they do not know.
 */
class ChoicesTest {
    @Test
    void everyOptionOfAClosedSetIsAChoice() {
        List<String> found = new ArrayList<>();
        for (Supplier<CorpexCommand> s : Commands.all()) {
            CommandLine cl = new CommandLine(s.get());
            for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
                if (!o.type().isEnum()) continue;
                found.add(cl.getCommandName() + " " + o.longestName());
                assertThat(Choice.class)
                        .as("%s %s", cl.getCommandName(), o.longestName())
                        .isAssignableFrom(o.type());
            }
        }
        assertThat(found)
                .contains(
                        "trend --by",
                        "trend --norm",
                        "keywords --stat",
                        "collocates --stat",
                        "export --format",
                        "export --provenance",
                        "diff --view",
                        "figures --sort",
                        "compare --kind",
                        "dupes --kind",
                        "quotes --by");
    }

    @Test
    void aChoiceIsTakenInAnyCaseAndByItsOtherWords() {
        assertThat(Choice.of(TrendCommand.Norm.class, " PerMillion ")).isEqualTo(TrendCommand.Norm.PERMILLION);
        assertThat(Choice.of(Format.class, "ndjson")).isEqualTo(Format.JSONL);
        assertThat(Choice.of(Format.class, "TXT")).isEqualTo(Format.TEXT);
        assertThat(Choice.words(Period.class)).containsExactly("day", "week", "month", "quarter", "year", "decade");
    }

    @Test
    void aWordNoChoiceKnowsIsNamedWithTheChoicesAndTheOneMostLikelyMeant() {
        assertThatThrownBy(() -> Choice.of(Period.class, "yaer"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("takes day, week, month, quarter, year or decade, not 'yaer' (did you mean year?)");
        TestShell sh = TestShell.seeds();
        assertThatThrownBy(() -> sh.run("trend investment --norm permilion"))
                .hasMessage(
                        "trend: --norm takes count, permillion or docs, not 'permilion' (did you mean permillion?)");
        assertThatThrownBy(() -> sh.run("collocates investment --stat z"))
                .hasMessage("collocates: --stat takes mi, ll or t, not 'z'");
        assertThatThrownBy(() -> sh.run("set format xlsx")).hasMessageContaining("xlsx is written to a file");
        assertThatThrownBy(() -> sh.run("set format xml"))
                .hasMessage("set format takes text, csv, tsv, json or jsonl, not 'xml'");
        // and a word it knows, in any case, runs
        assertThat(sh.run("trend investment --norm DOCS --by Year").columns()).isNotEmpty();
        assertThat(sh.run("collocates investment --stat LL").rows()).isNotNull();
    }
}
