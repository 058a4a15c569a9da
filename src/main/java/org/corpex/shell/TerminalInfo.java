package org.corpex.shell;

import java.util.Map;

/**
 * What the process is attached to. The launcher passes what the shell knows ({@code [ -t 0 ]},
 * {@code [ -t 1 ]}, the width), because on Java 17 {@code System.console()} is null as soon as
 * either stream is redirected, which would make {@code corpex | less} look like a batch.
 *
 * @param stdinTty  a person can type at stdin
 * @param stdoutTty output goes to a terminal (so cells may be cut to fit and coloured)
 * @param width     terminal columns, or 0 when output is not a terminal
 * @param color     ANSI colour allowed: a terminal, TERM not dumb, no NO_COLOR, no --no-color
 */
public record TerminalInfo(boolean stdinTty, boolean stdoutTty, int width, boolean color) {

    public static TerminalInfo detect(Map<String, String> env, boolean noColorFlag) {
        boolean console = System.console() != null;
        boolean in = flag(env.get("CORPEX_STDIN_TTY"), console);
        boolean out = flag(env.get("CORPEX_STDOUT_TTY"), console);
        int width = 0;
        if (out) {
            width = parse(env.get("CORPEX_COLUMNS"), parse(env.get("COLUMNS"), 80));
        }
        String term = env.getOrDefault("TERM", "");
        boolean color = out && !noColorFlag && !term.equals("dumb") && !term.isEmpty()
                && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
        return new TerminalInfo(in, out, width, color);
    }

    private static boolean flag(String v, boolean fallback) {
        if (v == null || v.isEmpty()) return fallback;
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
