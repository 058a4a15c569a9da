package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prompt of the real launcher in tmux, as a person uses it: Tab, Ctrl-C, Ctrl-D, history, pager, terminals. */
class PromptIT {
    @TempDir
    Path state;

    @TempDir
    Path work;

    @TempDir
    Path logs;

    @BeforeEach
    void needTmux() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
    }

    private Tmux start(Map<String, String> extra, String args) {
        Map<String, String> env = new HashMap<>(Map.of("XDG_STATE_HOME", state.toString()));
        env.putAll(extra);
        // stderr goes to a file so a test can say nothing was warned.
        return Tmux.start(100, 30, env, Tmux.LAUNCHER + " " + args + " 2>'" + logs.resolve("stderr") + "'");
    }

    private String stderr() throws IOException {
        Path f = logs.resolve("stderr");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    @Test
    void tabCompletesACommandItsDocumentAndOptionThenRunsIt() throws IOException {
        try (Tmux t = start(Map.of(), "")) {
            t.waitFor("corpex 5/5 >");
            t.type("sh").press("Tab");
            t.waitFor("corpex 5/5 > show");
            t.type("003").press("Tab");
            t.waitFor("show 003_67367a7755b0d62d");
            t.type("--li").press("Tab");
            t.waitFor("show 003_67367a7755b0d62d --lines");
            t.type("1-2").press("Enter");
            String s = t.waitFor("003_67367a7755b0d62d: Billionaire");
            assertThat(s)
                    .contains("corpex 5/5 > show 003_67367a7755b0d62d --lines 1-2")
                    .contains("   1  Billionaire Jack Ma");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
        assertThat(stderr()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "screen", "tmux-256color", "vt100", "dumb"})
    void worksOnEachTerminalWithoutWarnings(String term) throws IOException {
        try (Tmux t = start(Map.of("TERM", term), "")) {
            t.waitFor("corpex 5/5 >");
            t.type("filter Morgan").press("Enter");
            t.waitFor("corpex 1/5 [1] >");
            t.type("docs").press("Enter");
            t.waitFor("1 of 5 documents, filter depth 1");
            t.waitFor(s -> s.strip().endsWith("corpex 1/5 [1] >"), Duration.ofSeconds(10), "the prompt");
            String styled = t.styledScreen();
            if (term.equals("vt100") || term.equals("dumb")) {
                assertThat(styled).as("no colour on " + term).doesNotContain("\u001B[3");
            } else {
                assertThat(styled).as("a colour terminal shows colour").contains("\u001B[");
            }
            t.type("unfilter").press("Enter");
            t.waitFor(s -> s.strip().endsWith("corpex 5/5 >"), Duration.ofSeconds(10), "the prompt after unfilter");
            interruptAtPrompt(t, "corpex 5/5 >");
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
        assertThat(stderr()).as("stderr on " + term).isEmpty();
    }

    @Test
    void noColourWithNoColorOrTheFlag() {
        for (String how : new String[] {"env", "flag"}) {
            try (Tmux t = start(
                    how.equals("env") ? Map.of("NO_COLOR", "1") : Map.of(), how.equals("flag") ? "--no-color" : "")) {
                t.waitFor("corpex 5/5 >");
                t.type("docs --nope").press("Enter");
                t.waitFor("error:");
                t.type("docs").press("Enter");
                t.waitFor("5 of 5 documents");
                assertThat(t.styledScreen()).as(how).doesNotContain("\u001B[");
            }
        }
    }

    @Test
    void ctrlCCancelsASlowCommandAndTheSessionGoesOn() throws IOException {
        Files.writeString(work.resolve("slow.txt"), "slow\n" + ("a".repeat(30) + " x ").repeat(200_000));
        Files.writeString(work.resolve("other.txt"), "other\nplain text\n");
        try (Tmux t = start(Map.of(), "'" + work + "'")) {
            t.waitFor("corpex 2/2 >");
            t.type("filter /(.*a){20}b/").press("Enter");
            t.waitFor(s -> s.contains("filter /(.*a){20}b/"), Duration.ofSeconds(5), "the command to start");
            sleep(500);
            t.press("C-c");
            String s = t.waitFor("cancelled (Ctrl-C)");
            assertThat(s).doesNotContain("took longer than");
            t.waitFor(x -> x.strip().endsWith("corpex 2/2 >"), Duration.ofSeconds(10), "a fresh prompt");
            t.type("docs").press("Enter");
            t.waitFor("2 of 2 documents");
            interruptAtPrompt(t, "corpex 2/2 >"); // at an empty prompt: a fresh prompt, corpex stays
            t.type("docs --format").press("Enter");
            t.waitFor("Unknown option");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void historyIsKeptAcrossRunsWithSearchAndSuggestions() {
        try (Tmux t = start(Map.of(), "")) {
            t.waitFor("corpex 5/5 >");
            t.type("show 004 --lines 1").press("Enter");
            t.waitFor("004_d7751ab62fa77688: ");
            t.type("docs").press("Enter");
            t.waitFor("5 of 5 documents");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
        assertThat(state.resolve("corpex/history")).exists();
        try (Tmux t = start(Map.of(), "")) {
            t.waitFor("corpex 5/5 >");
            t.press("Up");
            t.waitFor("corpex 5/5 > docs");
            t.press("C-u");
            // Ctrl-R finds the older line by a part of it.
            t.press("C-r").type("lines");
            t.waitFor("show 004 --lines 1");
            t.press("Enter");
            t.waitFor("004_d7751ab62fa77688: ");
            // The suggestion from history appears as you type; Right takes it.
            t.type("show 0");
            t.waitFor("corpex 5/5 > show 004 --lines 1");
            t.press("Right").press("Enter");
            t.waitFor(
                    s -> s.split("004_d7751ab62fa77688: ", -1).length >= 3,
                    Duration.ofSeconds(10),
                    "the suggested command to run");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void tallResultsOpenInThePager() {
        try (Tmux t = start(Map.of(), "")) {
            t.waitFor("corpex 5/5 >");
            t.type("show 001").press("Enter");
            // Long lines wrap at the window's width: the first page holds the first ten.
            t.waitFor("  10  ");
            String first = t.screen();
            assertThat(first).doesNotContain("corpex 5/5 > \n").doesNotContain("59 lines");
            t.press("Space");
            t.waitFor(
                    x -> x.lines().anyMatch(l -> l.matches(" +(1[2-9]|[2-5]\\d)  \\S.*"))
                            && !x.contains("   1  - Alibaba"),
                    Duration.ofSeconds(20),
                    "the next page");
            t.type("/Qwen").press("Enter");
            t.press("q");
            t.waitFor("59 lines, 1370 words");
            t.waitFor(s -> s.strip().endsWith("corpex 5/5 >"), Duration.ofSeconds(10), "the prompt after the pager");
            t.type("show 004 --lines 1-3").press("Enter");
            t.waitFor("   3  ");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
    }

    /** Ctrl-C at the prompt, then waits for the fresh prompt it gives (a person does not type ahead of it). */
    private static void interruptAtPrompt(Tmux t, String prompt) {
        long before = prompts(t.screen(), prompt);
        t.press("C-c");
        t.waitFor(s -> prompts(s, prompt) > before, Duration.ofSeconds(10), "a fresh prompt after Ctrl-C");
    }

    private static long prompts(String screen, String prompt) {
        return screen.split(Pattern.quote(prompt), -1).length - 1;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
