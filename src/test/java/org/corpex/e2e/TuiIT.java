package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real launcher with --tui in tmux: every state is read back from capture-pane. */
class TuiIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void searchOpenResizeBackAndQuit() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        try (Tmux t = Tmux.start(100, 30, Map.of("NO_COLOR", "1", "LANG", "C.UTF-8"), Tmux.LAUNCHER + " --tui")) {
            String s = t.waitFor(" corpex › Documents");
            assertThat(s).contains("000_0ff348a9848a8873").contains("Documents  row 1/5");

            // Search: the filter line narrows the documents with the filter language.
            t.press("f");
            t.waitFor("filter:");
            t.type("Microsoft").press("Enter");
            s = t.waitFor("4/5 docs");
            assertThat(s)
                    .contains("filter: Microsoft")
                    .contains("query: Microsoft")
                    .doesNotContain("002_58097a45caa298bb");

            // Open the second document; its hits are marked and n walks them.
            t.press("j", "Enter");
            s = t.waitFor("hit 1/");
            assertThat(s).contains("corpex › Documents › 001_dbefa102bff5097e").contains("«Microsoft»");
            t.press("n");
            t.waitFor("hit 2/");

            // Too small, then larger: the screen follows the window.
            t.resize(60, 20);
            t.waitFor("corpex needs a window of at least 80x24");
            t.resize(140, 40);
            s = t.waitFor(
                    x -> x.contains("hit 2/") && x.lines().anyMatch(l -> l.length() > 110),
                    WAIT,
                    "the document at 140 columns");
            assertThat(s.lines().count()).isGreaterThanOrEqualTo(40);

            // A / search inside the document.
            t.press("/");
            t.type("Momentum").press("Enter");
            t.waitFor("/Momentum");

            // Back to the documents, the cursor where it was; then leave.
            t.press("q");
            s = t.waitFor("Documents  row 2/4");
            assertThat(s).doesNotContain("hit 2/");
            t.press("q");
            s = t.waitFor("[exit 0]");
            assertThat(s)
                    .as("the terminal is restored: the full screen is gone")
                    .doesNotContain("corpex › Documents");
        }
    }

    @Test
    void kwicFollowsTheQueryAsItIsTyped() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        try (Tmux t = Tmux.start(120, 30, Map.of("LANG", "C.UTF-8"), Tmux.LAUNCHER + " --tui")) {
            t.waitFor(" corpex › Documents");
            t.press("K");
            t.waitFor("kwic:");
            t.type("billio");
            t.waitFor("0 hits in 0 of 5 documents for billio");
            t.type("n");
            String s = t.waitFor("20 hits in 5 of 5 documents for billion");
            assertThat(s).contains("$53   billion   to AI and cloud");
            t.press("Enter", "o");
            t.waitFor("key L1");
            t.press("Enter");
            s = t.waitFor("KWIC › ");
            assertThat(s).contains("«billion»").contains("query: billion");
            t.press("q", "q", "q");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void figuresNarrowedByKindAndConflictsInCompare() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        try (Tmux t = Tmux.start(120, 30, Map.of("LANG", "C.UTF-8"), Tmux.LAUNCHER + " --tui")) {
            t.waitFor(" corpex › Documents");
            t.press("F");
            t.waitFor("69 figures in 5 documents");
            t.press("t");
            String s = t.waitFor("25 money figures of 69");
            assertThat(s).contains("$53B").doesNotContain("32 billion parameters");
            t.press("Enter");
            s = t.waitFor("Figures › 000_0ff348a9848a8873");
            assertThat(s).doesNotContain("⟦");
            t.press("q", "q", "C");
            // The title and the status bar can reach tmux a moment apart: wait for both.
            s = t.waitFor(
                    x -> x.contains("33 facts, 2 in conflict") && x.contains("6 conflicting claims"),
                    WAIT,
                    "compare and its status");
            assertThat(s).contains("$52 billion");
            t.press("c");
            t.waitFor("conflicts only");
            t.press("q", "q");
            t.waitFor("[exit 0]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "screen", "vt100"})
    void worksOnCommonTerminalTypes(String term) {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        try (Tmux t = Tmux.start(80, 24, Map.of("TERM", term, "LANG", "C.UTF-8"), Tmux.LAUNCHER + " --tui")) {
            t.waitFor(" corpex › Documents");
            t.press("?");
            t.waitFor("Keys of the full screen");
            t.press("Escape");
            t.waitFor(x -> !x.contains("Keys of the full screen"), WAIT, "back from the keys");
            t.press(":");
            t.type("help").press("Enter");
            t.waitFor("corpex › Documents › help");
            t.press("C-c");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void tuiNeedsATerminal() {
        Launcher.Run r = Launcher.run("", "--tui");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--tui needs a terminal");
        r = Launcher.run(null, "--tui", "-c", "docs");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--tui cannot be combined with -c or -f");
    }
}
