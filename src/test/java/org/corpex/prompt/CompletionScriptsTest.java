package org.corpex.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corpex.Main;
import org.corpex.e2e.Tmux;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell completion scripts in completions/: generated from Main's picocli model, checked in, and exercised in real
 * bash, zsh and fish (zsh and fish where installed; CI installs both).
 */
class CompletionScriptsTest {
    static final Path DIR = Path.of("completions").toAbsolutePath();

    @Test
    void checkedInScriptsMatchTheCommandLineModel() throws IOException {
        picocli.CommandLine.Model.CommandSpec main = new picocli.CommandLine(new Main()).getCommandSpec();
        if (Boolean.getBoolean("completions.update")) CompletionScripts.write(main, Main.indexSpec(), DIR);
        for (Map.Entry<String, String> e :
                CompletionScripts.all(main, Main.indexSpec()).entrySet()) {
            Path file = DIR.resolve(e.getKey());
            assertThat(file).as("completions/%s exists", e.getKey()).exists();
            assertThat(Files.readString(file))
                    .as(
                            "completions/%s is stale: regenerate with ./mvnw -o -q test "
                                    + "-Dtest=CompletionScriptsTest -Dcompletions.update=true",
                            e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    record Run(int status, String out) {}

    static Run run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return new Run(p.exitValue(), out);
    }

    static boolean installed(String shell) {
        try {
            return run(Path.of("."), shell, "-c", "exit 0").status() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** What bash's completion function offers for the words typed, the last being completed. */
    static List<String> bash(Path cwd, String... words) throws Exception {
        StringBuilder w = new StringBuilder();
        for (String s : words) w.append(" '").append(s).append("'");
        String script =
                "source '" + DIR.resolve("corpex.bash") + "' && complete -p corpex >/dev/null && COMP_WORDS=(corpex" + w
                        + "); COMP_CWORD=" + words.length + "; _corpex; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Run r = run(cwd, "bash", "-c", script);
        assertThat(r.status()).as(r.out()).isZero();
        List<String> out = new ArrayList<>(
                r.out().lines().filter(l -> !l.isEmpty()).sorted().toList());
        return out;
    }

    @Test
    void bashCompletesOptionsFormatsAndFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("day.txt"), "x");
        assertThat(bash(dir, "--fo")).containsExactly("--format");
        assertThat(bash(dir, "--f")).containsExactly("--fail-fast", "--file", "--format");
        assertThat(bash(dir, "--format", "")).containsExactly("csv", "json", "jsonl", "text", "tsv");
        assertThat(bash(dir, "--format", "js")).containsExactly("json", "jsonl");
        assertThat(bash(dir, "da")).containsExactly("data", "day.txt");
        assertThat(bash(dir, "-f", "day")).containsExactly("day.txt");
        assertThat(bash(dir, "--text-field", "")).isEmpty();
    }

    @Test
    void bashCompletesTheIndexToolAndItsOptions(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("inbox"));
        assertThat(bash(dir, "in")).containsExactly("inbox", "index");
        assertThat(bash(dir, "re")).containsExactly("replay");
        Files.writeString(dir.resolve("k.csv"), "doc\n");
        assertThat(bash(dir, "provenance", "k")).containsExactly("k.csv");
        assertThat(bash(dir, "index", "--up")).containsExactly("--update");
        assertThat(bash(dir, "index", "--s")).containsExactly("--shards", "--source-field");
        assertThat(bash(dir, "index", "data", "-o", "in")).containsExactly("inbox");
        // The session's options are not the index tool's, nor the other way round.
        assertThat(bash(dir, "--up")).isEmpty();
        assertThat(bash(dir, "index", "--tu")).isEmpty();
        assertThat(bash(dir, "data", "in")).containsExactly("inbox");
    }

    @Test
    void fishCompletesOptionsFormatsAndFiles(@TempDir Path dir) throws Exception {
        assumeThat(installed("fish")).as("fish is installed (CI installs it)").isTrue();
        Files.writeString(dir.resolve("day.txt"), "x");
        String src = "source '" + DIR.resolve("corpex.fish") + "'; ";
        assertThat(run(dir, "fish", "-c", src + "complete -C 'corpex --for'").out())
                .startsWith("--format\t");
        assertThat(run(dir, "fish", "-c", src + "complete -C 'corpex --format j'")
                        .out()
                        .lines()
                        .map(l -> l.split("\t")[0]))
                .containsExactly("json", "jsonl");
        assertThat(run(dir, "fish", "-c", src + "complete -C 'corpex -f da'").out())
                .contains("day.txt");
        assertThat(run(dir, "fish", "-c", src + "complete -C 'corpex ind'").out())
                .contains("index\t");
        assertThat(run(dir, "fish", "-c", src + "complete -C 'corpex index --upd'")
                        .out())
                .startsWith("--update\t");
        assertThat(run(dir, "fish", "-c", src + "complete -C 'corpex --upd'").out())
                .doesNotContain("--update");
    }

    @Test
    void zshCompletesOptionsAndFormats(@TempDir Path dir) throws Exception {
        assumeThat(installed("zsh")).as("zsh is installed (CI installs it)").isTrue();
        assumeThat(Tmux.available()).as("tmux drives zsh's line editor").isTrue();
        Files.writeString(dir.resolve("dayfile.txt"), "x");
        // compinit only runs in an interactive zsh with its line editor: drive one in tmux.
        try (Tmux t = Tmux.start(100, 20, Map.of("TERM", "xterm"), "cd '" + dir + "' && zsh -f")) {
            t.type("fpath=('" + DIR + "' $fpath); autoload -U compinit; compinit -u -D; PS1='zsh%% '")
                    .press("Enter");
            t.waitFor(s -> s.lines().anyMatch(l -> l.equals("zsh%")), Duration.ofSeconds(10), "the zsh prompt");
            t.type("corpex --form").press("Tab");
            t.waitFor(s -> s.contains("corpex --format"), Duration.ofSeconds(10), "--format completed");
            t.type("tsv -f dayf").press("Tab");
            t.waitFor(
                    s -> s.contains("corpex --format tsv -f dayfile.txt"),
                    Duration.ofSeconds(10),
                    "the file completed");
            t.press("C-u").type("corpex ind").press("Tab");
            // (tmux drops the space zsh puts after a completed word)
            t.waitFor(
                    s -> s.lines().anyMatch(l -> l.equals("zsh% corpex index")),
                    Duration.ofSeconds(10),
                    "index completed");
            t.type("--upd").press("Tab");
            t.waitFor(s -> s.contains("corpex index --update"), Duration.ofSeconds(10), "an option of index completed");
        }
    }
}
