package org.corpex.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
    private final TestShell shell = TestShell.seeds();

    @Test
    void unknownCommandSuggestsTheNearest() {
        assertThatThrownBy(() -> shell.run("dcos"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("unknown command 'dcos' (did you mean docs?)");
        assertThatThrownBy(() -> shell.run("exprot x.csv"))
                .hasMessage("unknown command 'exprot' (did you mean export?)");
        assertThatThrownBy(() -> shell.run("zzzzzzzz"))
                .hasMessage("unknown command 'zzzzzzzz' (type 'help' for the list)");
    }

    @Test
    void badOptionGivesTheCommandsUsage() {
        assertThatThrownBy(() -> shell.run("show 004 --bogus"))
                .isInstanceOf(CorpexException.class)
                .hasMessageStartingWith("show: Unknown option: '--bogus'")
                .satisfies(e -> assertThat(((CorpexException) e).detail()).startsWith("Usage: corpex show"));
        assertThatThrownBy(() -> shell.run("show")).hasMessageStartingWith("show: Missing required parameter: 'DOC'");
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() {
        Table all = shell.run("help");
        assertThat(TestShell.column(all, "command"))
                .contains("load", "docs", "show", "filter", "unfilter", "reset", "export", "help", "quit");
        assertThat(TestShell.column(all, "command")).doesNotHaveDuplicates();
        Table one = shell.run("help export");
        assertThat(String.join("\n", one.notes()))
                .contains("Usage: corpex export")
                .contains("--force")
                .contains("--excel");
        assertThat(String.join("\n", shell.run("export --help").notes())).contains("Usage: corpex export");
        assertThatThrownBy(() -> shell.run("help nosuch")).hasMessageContaining("no command 'nosuch'");
    }

    @Test
    void blankAndCommentLinesDoNothing() {
        assertThat(shell.shell().execute("   ").table().isMessage()).isTrue();
        assertThat(shell.shell().execute("# docs").table().isMessage()).isTrue();
    }

    @Test
    void quitIsRecognised() {
        assertThat(shell.shell().execute("quit").quit()).isTrue();
        assertThat(shell.shell().execute("exit").quit()).isTrue();
        assertThatThrownBy(() -> shell.run("quit now")).hasMessageContaining("quit: Unmatched argument");
    }

    @Test
    void redirectWritesTheTableInsteadOfShowingIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("docs.csv");
        Table t = shell.run("docs > " + f);
        assertThat(t.isMessage()).isTrue();
        assertThat(t.notes()).containsExactly("wrote 5 rows to " + f);
        assertThat(Files.readAllLines(f)).hasSize(6).first().asString().startsWith("id,title,source,date,words");
        // Glued forms work too, and the last table is the command's table, not the message.
        shell.run("docs >" + dir.resolve("b.json"));
        // A JSON export holds its provenance record beside its rows.
        assertThat(Files.readString(dir.resolve("b.json")))
                .startsWith("{\n\"corpex_provenance\" : {")
                .contains("\"rows\" : [\n{\"id\":\"000_");
        shell.run("set provenance off");
        shell.run("docs >" + dir.resolve("c.json"));
        assertThat(Files.readString(dir.resolve("c.json"))).startsWith("[\n{\"id\":\"000_");
        assertThat(shell.session().lastTable().name()).isEqualTo("docs");
    }

    @Test
    void redirectNeedsAFileWithAKnownExtension(@TempDir Path dir) {
        assertThatThrownBy(() -> shell.run("docs >")).hasMessage("no file named after >");
        assertThatThrownBy(() -> shell.run("docs > " + dir.resolve("out.xls")))
                .hasMessageContaining("cannot tell the format of")
                .hasMessageContaining(".csv, .tsv, .xlsx, .json, .jsonl or .txt");
        assertThatThrownBy(() -> shell.run("docs > 500")).hasMessageContaining("cannot tell the format of '500'");
        // For an expression, '> 500' with no file extension is a comparison, not a redirect.
        assertThat(shell.run("filter words > 500").notes().get(0)).startsWith("3 of 5 documents match words > 500");
        assertThatThrownBy(() -> shell.run("filter billion > " + dir.resolve("f.csv")))
                .hasMessageContaining("filter gives no table to write");
    }

    @Test
    void aQuotedAngleBracketIsAnArgumentNotARedirect() {
        assertThatThrownBy(() -> shell.run("show '>' ")).hasMessageContaining("no document with id '>'");
    }
}
