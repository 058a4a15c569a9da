package org.corpex.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.corpex.TestShell;
import org.corpex.prompt.Repl;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real prompt (JLine's LineReader, our parser, completer and signal handling) on a virtual terminal: keys go in
 * through a pipe, the screen comes out as bytes.
 */
class ReplTest {
    @TempDir
    Path dir;

    private Screen screen;
    private PipedOutputStream keys;
    private Terminal terminal;
    private CompletableFuture<Integer> exit;

    /** Everything the prompt wrote, escape codes stripped. */
    static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8)
                    .replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "")
                    .replaceAll("\u001B[=>]", "");
        }

        synchronized void clear() {
            bytes.reset();
        }
    }

    private TestShell start(TestShell t, Path history) throws IOException {
        screen = new Screen();
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        terminal = new ExternalTerminal("test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(120, 40));
        Repl repl = new Repl(t.shell(), Map.of());
        exit = CompletableFuture.supplyAsync(() -> repl.run(terminal, history, "ready"));
        waitFor("corpex 5/5 > ");
        return t;
    }

    private TestShell start() throws IOException {
        return start(TestShell.seeds(), dir.resolve("state/corpex/history"));
    }

    @AfterEach
    void close() throws IOException {
        if (exit != null && !exit.isDone()) {
            type("\u0003"); // clear whatever is on the line (a candidate list, a half-typed command)
            sleepQuietly();
            sleepQuietly();
            for (int i = 0; i < 10 && !exit.isDone(); i++) {
                type("\u0004");
                try {
                    exit.get(1, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                }
            }
        }
        if (terminal != null) terminal.close();
    }

    private void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private String waitFor(String text) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!screen.text().contains(text)) {
            if (System.nanoTime() > end) throw new AssertionError("no '" + text + "' on the screen:\n" + screen.text());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return screen.text();
    }

    private void waitForPrompts(String prompt, int n) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (screen.text().split(Pattern.quote(prompt), -1).length - 1 < n) {
            if (System.nanoTime() > end) throw new AssertionError(n + " prompts expected:\n" + screen.text());
            sleepQuietly();
        }
    }

    @Test
    void tabCompletesACommandAndItsArgumentThenRunsIt() throws IOException {
        start();
        type("sh\t");
        waitFor("show ");
        type("003\t");
        waitFor("show 003_67367a7755b0d62d ");
        type("--li\t");
        waitFor("--lines ");
        type("1-2\r");
        String s = waitFor("003_67367a7755b0d62d: ");
        assertThat(s).contains("Billionaire Jack Ma");
    }

    @Test
    void tabListsCandidatesWithDescriptions() throws IOException {
        start();
        type("show 00\t");
        String s = waitFor("004_d7751ab62fa77688");
        assertThat(s).contains("Unprecedented Investment in Next-Gen Tech");
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndNeverExits() throws IOException {
        start();
        type("docs and more");
        waitFor("docs and more");
        type("\u0003");
        waitForPrompts("corpex 5/5 > ", 2); // a fresh prompt (a person does not type ahead of it)
        type("docs\r");
        waitFor("5 of 5 documents");
        assertThat(exit).isNotDone();
        assertThat(screen.text()).doesNotContain("unknown command");
    }

    @Test
    void ctrlCCancelsARunningCommandAndTheSessionStaysIntact(@TempDir Path corpus) throws IOException {
        // A regex that takes seconds over 6 MB, long enough to be stopped.
        Files.writeString(corpus.resolve("slow.txt"), "slow\n" + ("a".repeat(30) + " x ").repeat(200_000));
        for (int i = 0; i < 4; i++) Files.writeString(corpus.resolve("d" + i + ".txt"), "doc " + i + "\nplain text\n");
        TestShell t = TestShell.on(corpus);
        start(t, dir.resolve("h"));
        type("filter plain\r");
        waitFor("corpex 4/5 [1] > ");
        screen.clear();
        type("filter /(.*a){20}b/\r");
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (t.shell().session().selectionSize() == 4
                && !screen.text().contains("error")
                && System.nanoTime() < end) {
            // wait until the worker is running the command
            if (isRunning()) break;
            sleepQuietly();
        }
        type("\u0003");
        String s = waitFor("cancelled (Ctrl-C)");
        assertThat(s).doesNotContain("took longer than");
        waitFor("corpex 4/5 [1] > ");
        assertThat(t.session().filters()).hasSize(1);
        type("docs\r");
        waitFor("4 of 5 documents");
        assertThat(exit).isNotDone();
    }

    private boolean isRunning() {
        // The worker is inside Shell.execute (the scan itself may run on pool threads meanwhile).
        for (Map.Entry<Thread, StackTraceElement[]> e :
                Thread.getAllStackTraces().entrySet()) {
            if (!e.getKey().getName().equals("corpex-command")) continue;
            for (StackTraceElement f : e.getValue()) {
                if (f.getClassName().equals(Shell.class.getName())
                        && f.getMethodName().equals("execute")) return true;
            }
        }
        return false;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ctrlDOnAnEmptyLineExits() throws Exception {
        start();
        type("\u0004");
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(0);
    }

    @Test
    void quitExitsToo() throws Exception {
        start();
        type("quit\r");
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(0);
    }

    @Test
    void historyIsPersistedAndReloaded() throws Exception {
        Path history = dir.resolve("state/corpex/history");
        start(TestShell.seeds(), history);
        type("filter billion\r");
        waitFor("documents match billion");
        type("kwic_typo '/\\$\\d+/'\r");
        waitFor("unknown command");
        type("\u0004");
        assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(0);
        terminal.close();
        assertThat(Files.readString(history)).contains("filter billion");

        // A new session: Up brings back the last line, backslashes intact; history lists both.
        start(TestShell.seeds(), history);
        screen.clear();
        type("\u001BOA"); // Up, as xterm sends it in keypad mode
        waitFor("kwic_typo '/\\$\\d+/'");
        screen.clear();
        type("\u0003");
        waitForPrompts("corpex 5/5 > ", 1);
        type("history\r");
        waitFor("filter billion"); // the screen was cleared: this comes from the history table
        waitFor("kwic_typo '/\\$\\d+/'");
    }

    @Test
    void ctrlRSearchesHistory() throws Exception {
        Path history = dir.resolve("h2");
        start(TestShell.seeds(), history);
        type("show 004 --lines 1\r");
        waitFor("004_d7751ab62fa77688: ");
        type("docs\r");
        waitFor("5 of 5 documents");
        screen.clear();
        type("\u0012004");
        waitFor("show 004 --lines 1");
        type("\r");
        waitFor("004_d7751ab62fa77688: ");
    }

    @Test
    void tallOutputOpensThePagerAndQReturnsToThePrompt() throws IOException {
        start();
        screen.clear();
        type("show 001\r");
        waitFor("  12  "); // long lines wrap: the first page holds fewer of the 59
        assertThat(screen.text()).doesNotContain("59 lines"); // the note waits until the pager closes
        type("q");
        waitFor("59 lines");
        waitFor("corpex 5/5 > ");
        screen.clear();
        type("show 004 --lines 1-3\r");
        waitFor("004_d7751ab62fa77688: "); // short: inline
    }

    @Test
    void setChangesTheSession() throws IOException {
        TestShell t = start();
        type("set format csv\r");
        waitFor("format is now csv");
        type("docs\r");
        waitFor("id,title,source");
        type("set pager off\r");
        waitFor("pager is now off");
        assertThat(t.session().settings().pager).isFalse();
    }
}
