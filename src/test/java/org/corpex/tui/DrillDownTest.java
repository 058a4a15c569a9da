package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.commands.ShowCommand;
import org.corpex.compare.DiffCommand;
import org.corpex.session.Request;
import org.corpex.shell.Shell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every drill-down of the full screen on values a command line would have to quote: ids with spaces or a leading dash,
 * a source and a speaker with apostrophes, a filter with double quotes and a '>'. Screens build requests, the shell
 * runs their words as they are; the session's log holds each request's line, and running those lines again gives the
 * same tables.
 */
class DrillDownTest {

    private static final String SOURCE = "O'Hara's Wire";

    private static Path corpus(Path dir) throws Exception {
        Files.writeString(
                dir.resolve("news.jsonl"),
                String.join(
                                "\n",
                                line(
                                        "story one",
                                        SOURCE,
                                        "2024-01-10",
                                        "Port's tariff rose to $40 million.\\n\\u201cThe tariff stays,\\u201d said "
                                                + "Dan O'Brien."),
                                line(
                                        "story two",
                                        "Bay Ledger",
                                        "2024-01-10",
                                        "Port's tariff rose to $45 million.\\nThe tariff will fall, Dan O'Brien "
                                                + "said on Monday."),
                                line("-dash", SOURCE, "2024-02-03", "A tariff again, and no quote at all."))
                        + "\n");
        return dir;
    }

    private static String line(String id, String source, String date, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"date\":\"" + date + "\",\"text\":\"" + text
                + "\"}";
    }

    @Test
    void everyDrillDownRunsItsRequestWordForWordAndTheLogReplaysIt(@TempDir Path dir) throws Exception {
        Shell shell = TestShell.on(corpus(dir)).shell();
        VirtualScreen v = VirtualScreen.of(shell, 150, 30);
        List<Table> seen = new ArrayList<>();

        // Documents: Enter opens "story one" (show, an id with a space).
        v.press(KeyType.Enter);
        assertThat(v.line(0)).contains("› story one");
        seen.add(shell.session().lastTable());
        v.type("q");

        // Documents: d, then d on another: diff side by side of two ids with spaces.
        v.type("d").type("jd");
        assertThat(v.line(0)).contains("› diff").contains("A = story one, B = story two");
        seen.add(shell.session().lastTable());
        v.type("q");

        // The filter line: an expression with quotes and a '>' that is no redirect; then unfilter.
        v.type("f").type("source=\"O'Hara's Wire\" AND date>2024-01-31").press(KeyType.Enter);
        assertThat(v.line(-2)).contains("1/3 docs");
        v.type("u");
        assertThat(v.line(-2)).contains("3/3 docs");

        // Trend: Enter on a cell opens the KWIC of that period and that source (a --where value with both quotes).
        v.type(":trend tariff --per source").press(KeyType.Enter);
        v.type("l").press(KeyType.Enter);
        assertThat(v.line(0)).contains("KWIC").contains("source=\"O'Hara's Wire\" for tariff");
        assertThat(v.rowOf("story one")).isPositive();
        seen.add(shell.session().lastTable());
        v.type("qq");

        // Quotes: Enter on a speaker with an apostrophe gives their quotes.
        v.type(":quotes --by speaker").press(KeyType.Enter);
        assertThat(v.line(2)).startsWith("Dan O'Brien");
        v.press(KeyType.Enter);
        assertThat(v.line(0)).contains("2 attributions");
        seen.add(shell.session().lastTable());
        v.type("qq");

        // Figures and compare from their keys; d on a compare row: the two sources side by side.
        v.type("C");
        assertThat(v.line(0)).contains("Compare");
        v.type("c").type("d");
        assertThat(v.line(0)).contains("› diff");
        seen.add(shell.session().lastTable());

        // What the screens ran is in the log as lines; a new shell reads them back as the same requests.
        List<String> log = shell.session().log();
        assertThat(log)
                .anySatisfy(l -> assertThat(l).startsWith("show --figures").endsWith(" 'story one'"))
                .anySatisfy(l -> assertThat(l).isEqualTo("diff --view side 'story one' 'story two'"))
                .anySatisfy(l -> assertThat(l).startsWith("kwic --where").contains("O'\"'\"'Hara"))
                .anySatisfy(l -> assertThat(l).startsWith("quotes --speaker").contains("O'\"'\"'Brien"));
        Shell again = TestShell.on(dir).shell();
        List<Table> replayed = new ArrayList<>();
        for (String l : log) {
            Table t = again.execute(l).table();
            if (!t.isMessage()) replayed.add(t);
        }
        for (Table t : seen) {
            assertThat(replayed)
                    .as("the log replays " + t.info().made().command())
                    .anySatisfy(r -> {
                        assertThat(r.columns()).isEqualTo(t.columns());
                        assertThat(r.rows()).isEqualTo(t.rows());
                    });
        }
    }

    @Test
    void anIdThatStartsWithADashIsNoOption(@TempDir Path dir) throws Exception {
        Shell shell = TestShell.on(corpus(dir)).shell();
        Request show = ShowCommand.request("-dash", false, false);
        Table t = shell.execute(show, false).table();
        assertThat(t.info().documents()).containsExactly("-dash");
        assertThat(show.line()).isEqualTo("show -- -dash");
        assertThat(shell.execute(show.line()).table().rows()).isEqualTo(t.rows());
        Request diff = DiffCommand.sideBySide("-dash", "story one");
        assertThat(diff.line()).isEqualTo("diff --view side -- -dash 'story one'");
        assertThat(shell.execute(diff.line()).table().rows())
                .isEqualTo(shell.execute(diff, false).table().rows());
    }
}
