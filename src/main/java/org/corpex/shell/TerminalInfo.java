package org.corpex.shell;

import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * What the process is attached to. The launcher passes what the shell knows ({@code [ -t 0 ]}, {@code [ -t 1 ]}, the
 * width), because on Java 17 {@code System.console()} is null as soon as either stream is redirected, which would make
 * {@code corpex | less} look like a batch.
 *
 * @param stdinTty a person can type at stdin
 * @param stdoutTty output goes to a terminal (so cells may be cut to fit and coloured)
 * @param width terminal columns, or 0 when output is not a terminal
 * @param color ANSI colour allowed: a terminal, TERM not dumb, no NO_COLOR, no --no-color
 */
public record TerminalInfo(boolean stdinTty, boolean stdoutTty, int width, boolean color) {

    public static TerminalInfo detect(Map<String, String> env, boolean noColorFlag) {
        boolean console = System.console() != null;
        // Without the launcher: System.console() needs both streams to be terminals; ask JLine about each.
        boolean in = flag(env.get("CORPEX_STDIN_TTY"), () -> console || systemStream(SystemStream.Input));
        boolean out = flag(env.get("CORPEX_STDOUT_TTY"), () -> console || systemStream(SystemStream.Output));
        int width = 0;
        if (out) {
            width = parse(env.get("CORPEX_COLUMNS"), parse(env.get("COLUMNS"), 80));
        }
        String term = env.getOrDefault("TERM", "");
        boolean color = out
                && !noColorFlag
                && !term.equals("dumb")
                && !term.isEmpty()
                && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
        return new TerminalInfo(in, out, width, color);
    }

    /** Whether JLine's native (or, failing that, exec) provider sees a terminal on the stream. */
    static boolean systemStream(SystemStream stream) {
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(provider).isSystemStream(stream);
            } catch (Throwable e) {
                // provider not usable here: try the next
            }
        }
        return false;
    }

    private static boolean flag(String v, BooleanSupplier fallback) {
        if (v == null || v.isEmpty()) return fallback.getAsBoolean();
        return v.equals("1") || v.equalsIgnoreCase("true");
    }

    private static int parse(String v, int fallback) {
        try {
            int n = Integer.parseInt(v == null ? "" : v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
