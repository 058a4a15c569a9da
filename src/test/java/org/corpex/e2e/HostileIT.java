package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpex under hostile and oversized input, through the real launcher: nothing lost, nothing hung, nothing injected.
 */
class HostileIT {
    @TempDir
    Path dir;

    /** A corpus with 700 hits of "needle" in one document and a few other words. */
    private Path needles() throws IOException {
        Path c = Files.createDirectories(dir.resolve("needles"));
        Files.writeString(c.resolve("hay.txt"), "Hay\n\n" + "A needle in hay. ".repeat(700));
        return c;
    }

    private static Launcher.Run sh(Path cwd, String script) {
        return sh(cwd, Map.of(), script);
    }

    /** Runs a bash script (the launcher on $C) in {@code cwd}. */
    private static Launcher.Run sh(Path cwd, Map<String, String> env, String script) {
        Map<String, String> all = new HashMap<>(env);
        all.put("C", Tmux.LAUNCHER.toString());
        return Launcher.exec(cwd, all, null, List.of("bash", "-c", script));
    }

    @Test
    void everyOutputButTheScreenCarriesEveryRow() throws IOException {
        Path c = needles();
        Launcher.Run csv = Launcher.run(dir, Map.of(), null, c.toString(), "--format", "csv", "-c", "kwic needle");
        assertThat(csv.out().lines().count()).as(csv.err()).isEqualTo(701);
        Launcher.Run tsv = Launcher.run(dir, Map.of(), null, c.toString(), "--format", "tsv", "-c", "kwic needle");
        assertThat(tsv.out().lines().count()).isEqualTo(701);
        Launcher.Run jsonl = Launcher.run(dir, Map.of(), null, c.toString(), "--format", "jsonl", "-c", "kwic needle");
        assertThat(jsonl.out().lines().count()).isEqualTo(700);
        // A pipe in text format is not a screen either.
        Launcher.Run text = Launcher.run(dir, Map.of(), null, c.toString(), "-c", "kwic needle");
        assertThat(text.out().lines().filter(l -> l.contains("needle")).count())
                .isEqualTo(701); // 700 rows and the summary
        assertThat(text.err()).doesNotContain("showing");

        Launcher.Run files = Launcher.run(
                dir, Map.of(), "kwic needle > a.csv\nkwic needle >> a.csv\nexport b.jsonl\n", c.toString());
        assertThat(files.status()).as(files.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).hasSize(1401);
        assertThat(Files.readAllLines(dir.resolve("b.jsonl"))).hasSize(701); // the provenance record, then the rows

        // The user's --limit is honoured, and stderr says the output was cut.
        Launcher.Run cut =
                Launcher.run(dir, Map.of(), null, c.toString(), "--format", "csv", "-c", "kwic needle --limit 3");
        assertThat(cut.out().lines().count()).isEqualTo(4);
        assertThat(cut.err()).contains("-c:1: warning: kwic: 3 of 700 hits kept (--limit 3)");
    }

    @Test
    void theScreenShowsAScreenfulAndSaysSo() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path c = needles();
        try (Tmux t = Tmux.start(
                120,
                20,
                Map.of("XDG_STATE_HOME", dir.toString()),
                Tmux.LAUNCHER + " '" + c + "' -c 'kwic needle' 2>&1 | tail -3")) {
            String s = t.waitFor("[exit 0]");
            assertThat(s).contains("700 hits in 1 of 1 document");
        }
        try (Tmux t = Tmux.start(
                120,
                20,
                Map.of("XDG_STATE_HOME", dir.toString()),
                Tmux.LAUNCHER + " '" + c + "' -c 'kwic needle' 2>" + dir.resolve("err") + " >/dev/tty; tail -2 "
                        + dir.resolve("err"))) {
            String s = t.waitFor("[exit 0]");
            assertThat(s).contains("showing the first 500 of 700 rows");
        }
    }

    @Test
    void theTerminalsWidthNeverChangesAnExport() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path c = Files.createDirectories(dir.resolve("wide"));
        Files.writeString(c.resolve("a.txt"), "T\n\n" + "x ".repeat(200) + "needle" + " y".repeat(200));
        for (int width : new int[] {80, 200}) {
            try (Tmux t = Tmux.start(
                    width,
                    20,
                    Map.of("XDG_STATE_HOME", dir.toString()),
                    Tmux.LAUNCHER + " '" + c + "' -c 'kwic needle > " + dir.resolve("w" + width + ".csv") + "'")) {
                t.waitFor("[exit 0]");
            }
        }
        assertThat(Files.readString(dir.resolve("w80.csv")))
                .isEqualTo(Files.readString(dir.resolve("w200.csv")))
                .contains("\"" + "x ".repeat(20) + "\",needle,");
    }

    @Test
    void writesFollowLinksKeepTheUmaskAndExpandTilde() throws IOException {
        needles();
        Files.writeString(dir.resolve("target.csv"), "");
        Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("target.csv"));
        Launcher.Run r = sh(
                dir,
                Map.of("HOME", dir.toString()),
                "umask 022; $C needles -c 'freq > new.csv' -c 'freq >> link.csv' -c 'freq > ~/home.csv' "
                        + "&& umask 077 && $C needles -c 'freq > private.csv'");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("link.csv"))).isTrue();
        assertThat(Files.readAllLines(dir.resolve("target.csv"))).hasSize(5);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.csv"))))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private.csv"))))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("home.csv")).exists();
    }

    @Test
    void stoppingAnExportMidwayLeavesNoTemporaryFile() throws IOException, InterruptedException {
        Path c = Files.createDirectories(dir.resolve("big"));
        Files.writeString(c.resolve("a.txt"), "Big\n\n" + "the word the word. ".repeat(150_000));
        for (long delay : new long[] {700, 1100, 1600}) {
            Path out = dir.resolve("out" + delay + ".csv");
            Process p = new ProcessBuilder(Tmux.LAUNCHER.toString(), c.toString(), "-c", "kwic the > " + out)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread.sleep(delay);
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())
                                .filter(n -> n.endsWith(".tmp"))
                                .toList())
                        .as("after SIGINT at %d ms", delay)
                        .isEmpty();
            }
            if (Files.exists(out))
                assertThat(Files.readAllLines(out))
                        .as("a file that appears is whole")
                        .hasSize(300_001);
        }
    }

    @Test
    void aClosedPipeEndsCorpexAtOnceAndQuietly() throws IOException {
        needles();
        StringBuilder cmds = new StringBuilder();
        for (int i = 0; i < 40; i++) cmds.append(" -c 'kwic needle --sort R1'");
        long start = System.nanoTime();
        Launcher.Run r = sh(dir, "set -o pipefail; $C needles" + cmds + " | head -1; echo status=${PIPESTATUS[0]}");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.out()).startsWith("doc").contains("status=141");
        assertThat(r.err()).doesNotContain("Exception", "error");
        assertThat(millis)
                .as("stops at the first write that fails, not after 40 commands")
                .isLessThan(30_000);
    }

    @Test
    void controlCharactersInTheDataNeverReachTheTerminal() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path c = Files.createDirectories(dir.resolve("esc"));
        // JSON's own escapes, so the file holds the characters themselves once parsed.
        Files.writeString(
                c.resolve("a.json"),
                "[{\"id\": \"x1\", \"title\": \"Hello \\u001b]0;PWNED\\u0007 there\", "
                        + "\"text\": \"Body \\u001b[31mred\\u001b[0m and \\u202eoverride\\u202c.\"}]");
        try (Tmux t = Tmux.start(100, 20, Map.of("XDG_STATE_HOME", dir.toString()), Tmux.LAUNCHER + " '" + c + "'")) {
            t.waitFor("corpex 1/1 >");
            t.type("show x1").press("Enter");
            String s = t.waitFor("␛]0;PWNED␇");
            assertThat(s).contains("␛[31mred").contains("�override�");
            assertThat(t.paneTitle()).doesNotContain("PWNED");
            t.waitFor(x -> x.strip().endsWith("corpex 1/1 >"), Duration.ofSeconds(10), "the prompt again");
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
        // Files keep the data.
        Launcher.Run r = Launcher.run(dir, Map.of(), "docs > d.jsonl\n", c.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("d.jsonl"))).contains("\\u001B]0;PWNED\\u0007");
    }

    @Test
    void ctrlCStopsALongSearchInTheFullScreen() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path c = Files.createDirectories(dir.resolve("slow"));
        Files.writeString(c.resolve("slow.txt"), "slow\n" + ("a".repeat(30) + " x ").repeat(200_000));
        try (Tmux t =
                Tmux.start(100, 24, Map.of("XDG_STATE_HOME", dir.toString()), Tmux.LAUNCHER + " --tui '" + c + "'")) {
            t.waitFor(" corpex › Documents");
            t.press(":");
            t.type("kwic /(.*a){20}b/").press("Enter");
            t.waitFor("Ctrl-C or Esc stops it");
            t.press("C-c");
            t.waitFor(s -> s.contains("cancelled"), Duration.ofSeconds(5), "the search to stop");
            t.press(":");
            t.type("kwic /(.*a){20}b/").press("Enter");
            t.waitFor("Ctrl-C or Esc stops it");
            t.press("Escape");
            t.waitFor(s -> s.contains("cancelled"), Duration.ofSeconds(5), "Esc to stop the search");
            t.press("q");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void fileNamesLoadInACLocale() throws IOException {
        Path c = Files.createDirectories(dir.resolve("names"));
        Files.writeString(c.resolve("café.txt"), "Un titre\n\nDu texte sur le café.\n");
        Launcher.Run r = Launcher.run(dir, Map.of("LANG", "C", "LC_ALL", "C"), null, c.toString(), "-c", "docs");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("café", "Un titre", "1 of 1 documents");
        Launcher.Run direct = Launcher.run(
                dir,
                Map.of("LANG", "C", "LC_ALL", "C"),
                null,
                c.resolve("café.txt").toString(),
                "-c",
                "docs");
        assertThat(direct.status()).as(direct.err()).isZero();
    }

    @Test
    void aCorpusLargerThanTheHeapEndsWithOneLineThatSaysWhatToDo() throws IOException {
        Path c = Files.createDirectories(dir.resolve("huge"));
        String para = "Words of a long news article about markets, rates and figures such as 4.5 percent. ";
        for (int f = 0; f < 6; f++)
            Files.writeString(c.resolve("f" + f + ".txt"), "Title " + f + "\n\n" + para.repeat(60_000));
        Launcher.Run r = Launcher.run(dir, Map.of("CORPEX_JAVA_OPTS", "-Xmx48m"), null, c.toString(), "-c", "docs");
        assertThat(r.status()).isEqualTo(1);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as(r.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("corpex: out of memory").contains("CORPEX_JAVA_OPTS=-Xmx");
    }

    @Test
    void badInvocationsAreClearErrorsWithTheDocumentedStatus() throws IOException {
        Launcher.Run xml = Launcher.run(null, "--format", "xml", "-c", "docs");
        assertThat(xml.status()).isEqualTo(2);
        assertThat(xml.err()).contains("corpex: --format takes text, csv, tsv, json or jsonl, not 'xml'");
        Launcher.Run folder = Launcher.run(null, "-f", dir.toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder, not a file of commands").doesNotContain("Exception");
        Launcher.Run closed = sh(dir, "$C <&-; echo status=$?");
        assertThat(closed.out()).contains("status=2");
        assertThat(closed.err()).contains("standard input is closed");
        Launcher.Run closedWithCommands = sh(dir, "$C --format csv -c docs <&-; echo status=$?");
        assertThat(closedWithCommands.out()).contains("status=0");
    }
}
