package org.corpex.e2e;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real launcher on a real terminal: the prompt comes up on the seeds and runs a command. */
class ReplSmokeIT {
    @Test
    void promptRunsDocsOnTheSeeds() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        try (Tmux t = Tmux.start(
                120,
                30,
                Map.of("XDG_STATE_HOME", System.getProperty("java.io.tmpdir") + "/corpex-smoke-state"),
                Tmux.LAUNCHER.toString())) {
            t.waitFor("corpex 5/5 >");
            t.type("docs").press("Enter");
            t.waitFor("5 of 5 documents");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void tuiAtThePromptOpensTheFullScreenAndComesBack() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        try (Tmux t = Tmux.start(120, 30, Map.of(), Tmux.LAUNCHER.toString())) {
            t.waitFor("corpex 5/5 >");
            t.type("filter Tencent").press("Enter");
            t.waitFor("2 of 5 documents match Tencent");
            t.type("tui").press("Enter");
            t.waitFor(" corpex › Documents");
            t.waitFor("2/5 docs"); // the same session: the filter holds
            t.press("q");
            t.waitFor(s -> s.strip().endsWith(">"), Duration.ofSeconds(20), "the prompt again");
            t.type("docs").press("Enter");
            t.waitFor("2 of 5 documents, filter depth 1");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
    }
}
