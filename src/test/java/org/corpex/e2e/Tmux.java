package org.corpex.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Drives a real program in a tmux pane, as a person at a terminal would: type, press keys, resize, and read the screen.
 * Each instance runs its own tmux server (a private socket), so tests cannot see each other's panes or the developer's
 * sessions.
 */
public final class Tmux implements AutoCloseable {
    /** The project folder (tests run there). */
    public static final Path ROOT = Path.of("").toAbsolutePath();
    /** The real launcher. */
    public static final Path LAUNCHER = ROOT.resolve("scripts/corpex");

    private final String socket;
    private final String target;

    private Tmux(String socket, String target) {
        this.socket = socket;
        this.target = target;
    }

    /** True when a tmux binary can be run here. */
    public static boolean available() {
        try {
            Process p =
                    new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Starts {@code command} (run by sh -c) in a new detached pane of the given size, with the environment variables
     * given (TERM defaults to xterm-256color).
     */
    public static Tmux start(int cols, int rows, Map<String, String> env, String command) {
        String socket = "corpex-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Tmux t = new Tmux(socket, "main");
        StringBuilder exports = new StringBuilder();
        env.forEach((k, v) -> exports.append("export ")
                .append(k)
                .append("='")
                .append(v.replace("'", "'\\''"))
                .append("'; "));
        if (!env.containsKey("TERM")) exports.append("export TERM=xterm-256color; ");
        t.tmux(
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "main",
                "-x",
                String.valueOf(cols),
                "-y",
                String.valueOf(rows),
                // trap: Ctrl-C goes to the whole foreground group; like an interactive shell, sh must outlive it.
                "sh",
                "-c",
                "trap : INT; " + exports + "cd '" + ROOT + "' && " + command + "; echo '[exit '$?']'; sleep 600");
        t.tmux("set-option", "-t", "main", "status", "off");
        return t;
    }

    /** Types text literally (no key names). */
    public Tmux type(String text) {
        tmux("send-keys", "-t", target, "-l", "--", text); // -- so text may start with a dash
        return this;
    }

    /** Presses keys by tmux name: Enter, Escape, Tab, C-c, C-d, Up, PageDown, q... */
    public Tmux press(String... keys) {
        List<String> a = new ArrayList<>(List.of("send-keys", "-t", target));
        a.addAll(List.of(keys));
        tmux(a.toArray(new String[0]));
        return this;
    }

    /** The visible screen, one line per row. */
    public String screen() {
        return tmux("capture-pane", "-p", "-t", target);
    }

    /**
     * Waits until the last line of the screen is corpex's prompt, ready for keys: a key pressed while a command is
     * still printing reaches a terminal not yet in the prompt's mode, and is lost.
     */
    public Tmux waitForPrompt() {
        waitFor(
                s -> {
                    String[] lines = s.strip().split("\n");
                    return lines.length > 0 && lines[lines.length - 1].matches("corpex \\d+/\\d+( \\[\\d+\\])? >\\s*");
                },
                Duration.ofSeconds(20),
                "the prompt");
        return this;
    }

    /** The pane's title, which an OSC 0 sequence in the program's output would change. */
    public String paneTitle() {
        return tmux("display-message", "-p", "-t", target, "#{pane_title}").strip();
    }

    /** The visible screen with its colours and styles as escape codes (tmux capture-pane -e). */
    public String styledScreen() {
        return tmux("capture-pane", "-p", "-e", "-t", target);
    }

    /** Waits until the screen satisfies {@code condition}; fails with the last screen if it never does. */
    public String waitFor(Predicate<String> condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        String s = screen();
        while (!condition.test(s)) {
            if (System.nanoTime() > end)
                throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + s);
            sleep(50);
            s = screen();
        }
        return s;
    }

    /** Waits until the screen contains {@code text} (default 20 s: the first run may build the jar). */
    public String waitFor(String text) {
        return waitFor(s -> s.contains(text), Duration.ofSeconds(20), "'" + text + "'");
    }

    /** Resizes the window, as a terminal emulator's resize would. */
    public Tmux resize(int cols, int rows) {
        tmux("resize-window", "-t", target, "-x", String.valueOf(cols), "-y", String.valueOf(rows));
        return this;
    }

    @Override
    public void close() {
        List<Long> processes = new ArrayList<>();
        try {
            for (String pid :
                    tmux("list-panes", "-a", "-F", "#{pane_pid}").strip().split("\\s+")) {
                if (pid.isEmpty()) continue;
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(h -> {
                    processes.add(h.pid());
                    h.descendants().forEach(d -> processes.add(d.pid()));
                });
            }
            tmux("kill-server");
        } catch (AssertionError ignored) {
            // already gone
        }
        // corpex saves its history as it exits on the hang-up: wait, so that a test's temporary
        // folders are not deleted under it.
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (long pid : processes) {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private String tmux(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0)
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + out);
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run tmux: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
