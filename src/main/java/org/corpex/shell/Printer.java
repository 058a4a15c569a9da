package org.corpex.shell;

import org.corpex.table.Format;
import org.corpex.table.RenderOptions;
import org.corpex.table.Renderers;
import org.corpex.table.Table;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Puts tables on stdout for the prompt and the batch runner. Text tables are fitted to the
 * terminal; machine formats get every cell whole and no notes, so a pipe gets clean data.
 */
public final class Printer {
    private final PrintStream out;
    private final Session.Settings settings;

    public Printer(PrintStream out, Session.Settings settings) {
        this.out = out;
        this.settings = settings;
    }

    public void print(Table t) {
        Format f = settings.format;
        if (t.isMessage() && f != Format.TEXT) return;
        Writer w = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        try {
            RenderOptions o = new RenderOptions(f == Format.TEXT ? settings.width : 0, settings.color && f == Format.TEXT,
                    true, true, false, ',');
            Renderers.write(t, f, w, o);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** A UTF-8 stream over a file descriptor, whatever the locale says. */
    public static PrintStream utf8(java.io.FileDescriptor fd) {
        return new PrintStream(new java.io.FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
