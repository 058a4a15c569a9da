package org.corpex.tui;

import java.lang.reflect.Method;

/**
 * Lanterna installs its own SIGWINCH handler and never puts the old one back, which would leave the prompt (JLine) deaf
 * to resizes after the full screen. This saves and restores the handler, through reflection because sun.misc.Signal is
 * unsupported API (and may be missing).
 */
final class Winch {
    private Winch() {}

    /** The current SIGWINCH handler (left in place), or null when it cannot be had. */
    static Object save() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object winch = signal.getConstructor(String.class).newInstance("WINCH");
            Method handle = signal.getMethod("handle", signal, handler);
            Object dfl = handler.getField("SIG_DFL").get(null);
            Object old = handle.invoke(null, winch, dfl);
            handle.invoke(null, winch, old);
            return old;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    static void restore(Object old) {
        if (old == null) return;
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            signal.getMethod("handle", signal, handler)
                    .invoke(null, signal.getConstructor(String.class).newInstance("WINCH"), old);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // best effort: the prompt then misses resizes until its next line
        }
    }
}
