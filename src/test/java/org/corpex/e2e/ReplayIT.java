package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpex.table.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the real launcher: a session at the prompt saved with history save and run again with -f on another corpus; a
 * script's parameters; corpex provenance and corpex replay on an export, before and after a source file changes.
 */
class ReplayIT {
    @TempDir
    Path work;

    @TempDir
    Path state;

    /** A corpus of some of the seeds' files, copied so that a test may change one. */
    private Path corpus(String name, int files) throws IOException {
        Path c = Files.createDirectories(work.resolve(name));
        try (var s = Files.list(Tmux.ROOT.resolve("seeds"))) {
            for (Path p : s.sorted().limit(files).toList()) Files.copy(p, c.resolve(p.getFileName()));
        }
        return c;
    }

    @Test
    void aSessionSavedAtThePromptReplaysOnAnotherCorpus() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path first = corpus("first", 5), out1 = Files.createDirectories(work.resolve("out1"));
        Path script = work.resolve("session.cx");
        try (Tmux t = Tmux.start(
                120, 40, Map.of("XDG_STATE_HOME", state.toString(), "NO_COLOR", "1"), Tmux.LAUNCHER + " " + first)) {
            t.waitForPrompt();
            for (String line : List.of(
                    "set pager off",
                    "filter billion",
                    "kwic cloud --sort R1 --limit 5",
                    "kwic cloud --sort R1 > " + out1.resolve("k.csv"),
                    "help kwic",
                    "trend billion",
                    "export " + out1.resolve("t.json"),
                    "history",
                    "history save " + script)) {
                t.type(line).press("Enter");
                t.waitForPrompt();
            }
            t.waitFor("saved 6 commands to " + script);
            t.type("quit").press("Enter");
            t.waitFor("[exit 0]");
        }
        List<String> lines = Files.readAllLines(script);
        assertThat(lines.stream().filter(l -> !l.startsWith("#")).toList())
                .containsExactly(
                        "set pager off",
                        "filter billion",
                        "kwic cloud --sort R1 --limit 5",
                        "kwic cloud --sort R1 > " + out1.resolve("k.csv"),
                        "trend billion",
                        "export " + out1.resolve("t.json"));
        assertThat(lines.get(0)).startsWith("# corpex script, saved ");

        // On another corpus, with the exports going elsewhere: the same kinds of tables.
        Path second = corpus("second", 3), out2 = Files.createDirectories(work.resolve("out2"));
        Path replayed = work.resolve("replayed.cx");
        Files.writeString(replayed, Files.readString(script).replace(out1.toString(), out2.toString()));
        Launcher.Run r = Launcher.run(work, Map.of(), null, second.toString(), "-f", replayed.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("3 of 3 documents match billion")
                .contains("wrote ")
                .contains("to " + out2.resolve("k.csv"));
        for (String f : List.of("k.csv", "t.json")) {
            Provenance was = Provenance.read(out1.resolve(f)), now = Provenance.read(out2.resolve(f));
            assertThat(now.table()).isEqualTo(was.table());
            assertThat(now.command()).isEqualTo(was.command());
            assertThat(now.filters()).isEqualTo(was.filters());
            assertThat(now.corpus().sources()).hasSize(3);
        }
    }

    @Test
    void aScriptTakesParameters() throws IOException {
        Path c = corpus("c", 5);
        Path script = work.resolve("p.cx");
        Files.writeString(
                script,
                "filter $1\nkwic ${QUERY:-billion} --limit 2 > " + work.resolve("q.csv") + "\nkwic '$5' --limit 1\n");
        Launcher.Run r = Launcher.run(
                work,
                Map.of(),
                null,
                c.toString(),
                "-f",
                script.toString(),
                "--arg",
                "Morgan",
                "--param",
                "QUERY=cloud");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 of 5 documents match Morgan");
        assertThat(Provenance.read(work.resolve("q.csv")).command()).isEqualTo("kwic cloud --limit 2");
        assertThat(Provenance.read(work.resolve("q.csv")).filters()).containsExactly("Morgan");
        // The default, from nothing given; a bare $1 that no --arg gives stays as written, and says so.
        Launcher.Run d = Launcher.run(work, Map.of(), null, c.toString(), "-f", script.toString());
        assertThat(d.err()).contains(script + ":1: warning: $1 is not given (no --arg 1), so it stays as written");
        Files.writeString(script, "kwic ${QUERY}\n");
        Launcher.Run missing = Launcher.run(work, Map.of(), null, c.toString(), "-f", script.toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains(script + ":1: ${QUERY} is not given (run with --param QUERY=VALUE");
        Launcher.Run env = Launcher.run(
                work, Map.of("QUERY", "cloud"), null, c.toString(), "-f", script.toString(), "--format", "csv");
        assertThat(env.status()).as(env.err()).isZero();
        assertThat(env.out()).contains(",Cloud,");
        Launcher.Run usage = Launcher.run(work, Map.of(), null, c.toString(), "--arg", "x", "-c", "docs");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err().strip())
                .isEqualTo("corpex: --arg and --param give values to a script's parameters; they go with -f FILE");
    }

    @Test
    void provenanceAndReplaySayWhetherTheCorpusAndTheRowsAreTheSame() throws IOException {
        Path c = corpus("c", 5);
        Launcher.Run made = Launcher.run(
                work, Map.of(), null, c.toString(), "-c", "filter billion", "-c", "kwic billion --sort R1 > k.csv");
        assertThat(made.status()).as(made.err()).isZero();
        Launcher.Run shown = Launcher.run(work, Map.of(), null, "provenance", "k.csv");
        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out())
                .contains("engine    memory\n")
                .contains("corpus    " + c + " (5 files), fingerprint ")
                .contains("filters   billion\n")
                .contains("command   kwic billion --sort R1\n")
                .contains("sort      R1\n")
                .endsWith("corpus now: the same fingerprint\n");
        Launcher.Run json = Launcher.run(work, Map.of(), null, "provenance", "--json", "k.csv");
        assertThat(json.out())
                .startsWith("{\n  \"corpex\" : \"corpex ")
                .contains("\"command\" : \"kwic billion --sort R1\"");
        Launcher.Run same = Launcher.run(work, Map.of(), null, "replay", "k.csv.provenance.json", "-o", "again.csv");
        assertThat(same.status()).as(same.err()).isZero();
        assertThat(same.out())
                .contains("corpus: the same fingerprint\n")
                .contains("wrote 20 rows to again.csv\n")
                .endsWith("rows: identical (20 rows)\n");
        assertThat(Files.readString(work.resolve("again.csv"))).isEqualTo(Files.readString(work.resolve("k.csv")));
        assertThat(Provenance.read(work.resolve("again.csv")).command()).isEqualTo("kwic billion --sort R1");

        Path changed = c.resolve("000_0ff348a9848a8873.txt");
        Files.writeString(changed, Files.readString(changed).replace("billion", "trillion"));
        Launcher.Run other = Launcher.run(work, Map.of(), null, "replay", "k.csv");
        assertThat(other.status()).isEqualTo(1);
        assertThat(other.out())
                .contains("corpus: changed since the export: " + changed + ": ")
                .contains("rows: different: 20 then, ");
        Launcher.Run check = Launcher.run(work, Map.of(), null, "provenance", "k.csv");
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).contains("corpus now: changed since the export: " + changed);
        Launcher.Run none = Launcher.run(work, Map.of(), null, "provenance", "nosuch.csv");
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("corpex provenance: nosuch.csv: no such file");
    }
}
