package org.corpex.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.corpex.shell.Shell;
import org.corpex.tui.FullScreen;

/**
 * Keystroke to screen in the full screen: the time to handle a key and draw the frame (refresh() sending the changed
 * cells to a 120x40 virtual terminal), median and worst of the runs, on the loaded corpus. The target is 50 ms.
 */
final class TuiSection implements Bench.Section {
    private FullScreen fs;

    @Override
    public void run(Bench.Context c, Bench.Results out) throws Exception {
        Shell shell = c.shell();
        shell.session().settings().color = true;
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        long t0 = System.nanoTime();
        fs = FullScreen.on(shell, screen);
        fs.render();
        int docs = shell.session().selectionSize();
        out.add(
                "tui",
                "open: docs table, first frame",
                (System.nanoTime() - t0) / 1e6,
                "ms",
                Double.NaN,
                docs + " documents");

        measure(out, "j/k in Documents", keys("j"), keys("k"));
        measure(out, "PgDn/PgUp in Documents", new KeyStroke[] {new KeyStroke(KeyType.PageDown)}, new KeyStroke[] {
            new KeyStroke(KeyType.PageUp)
        });
        measure(out, "s: sort " + docs + " rows by title", keys("s"), keys("s"));
        keys(fs, "l", "l", "l", "l", "0");
        measure(out, "G/g in Documents", keys("G"), keys("g"));
        // A query, so a document opens with its hits marked.
        keys(fs, "f");
        for (char ch : "investment".toCharArray()) key(fs, new KeyStroke(ch, false, false));
        long f0 = System.nanoTime();
        key(fs, new KeyStroke(KeyType.Enter));
        out.add(
                "tui",
                "f investment Enter (the filter command + frame)",
                (System.nanoTime() - f0) / 1e6,
                "ms",
                Double.NaN,
                shell.session().selectionSize() + " documents match");
        measure(
                out,
                "Enter: open a document with hits / q back",
                new KeyStroke[] {new KeyStroke(KeyType.Enter)},
                keys("q"));
        key(fs, new KeyStroke(KeyType.Enter));
        measure(out, "n/N between hits in a document", keys("n"), keys("N"));
        measure(out, "j/k in a document", keys("j"), keys("k"));
        key(fs, new KeyStroke(KeyType.Escape));
        if (shell.commandNames().contains("kwic")) kwic(out);
        screen.stopScreen();
    }

    /** The live KWIC screen: each key typed runs kwic and draws its lines. */
    private void kwic(Bench.Results out) {
        String[] words = {"investment", "billion", "data centers"};
        double[] all = new double[64];
        int n = 0;
        double worst = 0;
        for (int round = 0; round < 3; round++) {
            for (String w : words) {
                keys(fs, "K");
                for (char ch : w.toCharArray()) {
                    long t0 = System.nanoTime();
                    key(fs, new KeyStroke(ch, false, false));
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (round > 0 && n < all.length) {
                        all[n++] = ms;
                        worst = Math.max(worst, ms);
                    }
                }
                key(fs, new KeyStroke(KeyType.Enter));
                key(fs, new KeyStroke(KeyType.Escape));
            }
        }
        double[] t = Arrays.copyOf(all, n);
        Arrays.sort(t);
        out.add(
                "tui",
                "KWIC: a key typed in the live query (kwic + frame)",
                t[n / 2],
                "ms",
                Double.NaN,
                String.format(
                        Locale.ROOT, "median of %d keys typing %s; worst %.1f ms", n, String.join(", ", words), worst));
        keys(fs, "K");
        for (char ch : "billion".toCharArray()) key(fs, new KeyStroke(ch, false, false));
        key(fs, new KeyStroke(KeyType.Enter));
        measure(out, "KWIC: o/O switch the sort key (kwic --sort)", keys("o"), keys("O"));
        measure(
                out,
                "KWIC: Enter opens the document at the hit / q back",
                new KeyStroke[] {new KeyStroke(KeyType.Enter)},
                keys("q"));
    }

    /** Times each of {@code forth} then {@code back} in turn, so the screen ends where it began. */
    private void measure(Bench.Results out, String what, KeyStroke[] forth, KeyStroke[] back) {
        // Warm up as a session does (a few hundred keys compile the drawing code), within 3 s;
        // then up to 41 runs within 15 s: a slow key is measured fewer times, never skipped.
        long warm = System.nanoTime() + 3_000_000_000L;
        for (int w = 0; w < 100 && System.nanoTime() < warm; w++) {
            key(fs, forth[0]);
            key(fs, back[0]);
        }
        double[] t = new double[41];
        int n = 0;
        long end = System.nanoTime() + 15_000_000_000L;
        while (n < t.length && (n < 5 || System.nanoTime() < end)) {
            KeyStroke k = (n % 2 == 0 ? forth : back)[0];
            long t0 = System.nanoTime();
            key(fs, k);
            t[n++] = (System.nanoTime() - t0) / 1e6;
        }
        t = Arrays.copyOf(t, n);
        Arrays.sort(t);
        out.add(
                "tui",
                what + " (key + frame)",
                t[n / 2],
                "ms",
                Double.NaN,
                String.format(Locale.ROOT, "median of %d; worst %.1f ms", n, t[n - 1]));
    }

    private static KeyStroke[] keys(String s) {
        return new KeyStroke[] {new KeyStroke(s.charAt(0), false, false)};
    }

    private static void keys(FullScreen fs, String... ks) {
        for (String k : ks) key(fs, new KeyStroke(k.charAt(0), false, false));
    }

    private static void key(FullScreen fs, KeyStroke k) {
        fs.handle(k);
        try {
            fs.render();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
