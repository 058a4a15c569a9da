package org.corpex.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.table.Provenance;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A filtered selection written as a corpus and loaded again gives the same docs, kwic and figures tables. */
class SubcorpusTest {
    @TempDir
    Path dir;

    /** The rows of a table with one column left out (a document's path names the file it was read from). */
    private static List<List<Object>> rows(Table t, String without) {
        int skip = t.columnIndex(without);
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            List<Object> c = new ArrayList<>(r);
            if (skip >= 0) c.remove(skip);
            out.add(c);
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "seeds, billion NOT id:003, cloud, sub.jsonl",
        "seeds, billion NOT id:003, cloud, sub",
        "examples/harbor.jsonl, quay OR port, quay, harbor.jsonl",
        "examples/harbor.jsonl, quay OR port, quay, harbor"
    })
    void theSelectionLoadsAgainAsTheSameCorpus(String corpus, String filter, String query, String out) {
        TestShell shell = TestShell.on(Path.of(corpus).toAbsolutePath());
        shell.run("filter " + filter);
        Table docs = shell.run("docs"), kwic = shell.run("kwic " + query), figures = shell.run("figures");
        Path target = dir.resolve(out);
        Table done = shell.run("subcorpus " + target);
        assertThat(done.notes().get(0)).startsWith("wrote " + docs.rows().size() + " documents to " + target);

        TestShell again = TestShell.on(target);
        assertThat(again.session().corpus().size()).isEqualTo(docs.rows().size());
        Table docs2 = again.run("docs");
        assertThat(docs2.columns()).isEqualTo(docs.columns());
        assertThat(rows(docs2, "path")).isEqualTo(rows(docs, "path"));
        assertThat(again.run("kwic " + query).rows()).isEqualTo(kwic.rows());
        assertThat(again.run("figures").rows()).isEqualTo(figures.rows());

        Provenance p = Provenance.read(target.resolveSibling(out + ".provenance.json"));
        assertThat(p.command()).isEqualTo("subcorpus " + target);
        assertThat(p.filters()).containsExactly(filter);
        assertThat(p.rows()).isEqualTo(docs.rows().size());
        assertThat(p.written().format()).isEqualTo(out.endsWith(".jsonl") ? "jsonl" : "folder");
    }

    @Test
    void neverOverwritesAFolderAndRefusesIdsThatAreNoFileNames() throws IOException {
        TestShell shell = TestShell.seeds();
        Files.createDirectories(dir.resolve("taken"));
        assertThatThrownBy(() -> shell.run("subcorpus " + dir.resolve("taken")))
                .isInstanceOf(CorpexException.class)
                .hasMessage(
                        "subcorpus: " + dir.resolve("taken") + " already exists; name a new folder (or FILE.jsonl)");
        shell.run("subcorpus " + dir.resolve("a.jsonl"));
        assertThatThrownBy(() -> shell.run("subcorpus " + dir.resolve("a.jsonl")))
                .hasMessageContaining("already exists; use --force");
        shell.run("subcorpus " + dir.resolve("a.jsonl") + " --force");
        Path odd = dir.resolve("odd.jsonl");
        Files.writeString(odd, "{\"id\": \"a/b\", \"text\": \"One text here.\"}\n");
        TestShell o = TestShell.on(odd);
        assertThatThrownBy(() -> o.run("subcorpus " + dir.resolve("oddfolder")))
                .hasMessage("subcorpus: the id 'a/b' cannot be a file name, so a folder would change it; write "
                        + "FILE.jsonl instead");
        assertThat(dir.resolve("oddfolder")).doesNotExist();
        try (var s = Files.list(dir)) {
            assertThat(s.map(f -> f.getFileName().toString())
                            .filter(n -> n.startsWith("."))
                            .toList())
                    .as("no temporary left")
                    .isEmpty();
        }
        shell.run("filter nosuchwordanywhere");
        assertThatThrownBy(() -> shell.run("subcorpus " + dir.resolve("none.jsonl")))
                .hasMessage("subcorpus: no documents in view; unfilter or reset first");
    }
}
