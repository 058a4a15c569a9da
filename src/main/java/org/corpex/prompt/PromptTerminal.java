package org.corpex.prompt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Signals;

/** Opens the terminal the prompt runs on, and says where its history lives. */
public final class PromptTerminal {
    private PromptTerminal() {}

    /**
     * The system terminal. {@code dumb(true)} lets JLine fall back to plain line input quietly (TERM=dumb, or no usable
     * terminal) instead of warning "Unable to create a system terminal".
     */
    public static Terminal open(Map<String, String> env) throws IOException {
        TerminalBuilder b = TerminalBuilder.builder()
                .name("corpex")
                .system(true)
                .dumb(true)
                .nativeSignals(true)
                .encoding(StandardCharsets.UTF_8);
        String term = env.getOrDefault("TERM", "");
        if (term.isEmpty() || term.equals("dumb")) b.type(Terminal.TYPE_DUMB);
        return b.build();
    }

    /** Undoes {@link #routeInterrupts}. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A dumb terminal reads in cooked mode, where the tty turns Ctrl-C into SIGINT, and JLine's dumb terminal does not
     * catch it: the JVM would die. This routes SIGINT to the terminal's handlers (the line reader's: clear the line;
     * the prompt's: cancel the command).
     */
    public static Registration routeInterrupts(Terminal t) {
        if (!dumb(t)) return () -> {};
        Object registration = Signals.register("INT", () -> t.raise(Terminal.Signal.INT));
        return () -> Signals.unregister("INT", registration);
    }

    /** True on a terminal that can only take plain lines. */
    public static boolean dumb(Terminal t) {
        return t.getType() == null || t.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /** Whether the terminal shows colours (vt100 shows none; dumb takes no escapes at all). */
    public static boolean colours(Terminal t) {
        if (dumb(t)) return false;
        Integer n = t.getNumericCapability(Capability.max_colors);
        return n != null && n >= 8;
    }

    /** $XDG_STATE_HOME/corpex/history, else ~/.local/state/corpex/history (XDG: a relative value is ignored). */
    public static Path historyFile(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        Path base;
        if (state != null && !state.isEmpty() && Path.of(state).isAbsolute()) {
            base = Path.of(state);
        } else {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            base = Path.of(home, ".local", "state");
        }
        return base.resolve("corpex").resolve("history");
    }
}
