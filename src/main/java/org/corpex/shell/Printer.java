package org.corpex.shell;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.corpex.session.Session;
import org.corpex.table.Display;
import org.corpex.table.Format;
import org.corpex.table.RenderOptions;
import org.corpex.table.Renderers;
import org.corpex.table.Table;
import org.corpex.time.TrendCommand;

/**
 * Puts tables on stdout for the prompt and the batch runner. Text tables are fitted to the terminal; machine formats
 * get every cell whole and no notes, so a pipe gets clean data.
 */
public final class Printer {
    private final PrintStream out;
    private final Session.Settings settings;

    public Printer(PrintStream out, Session.Settings settings) {
        this.out = out;
        this.settings = settings;
    }

    /** Rows a terminal screen shows of one table; files, pipes and other formats get them all. */
    public static final int SCREEN_ROWS = 500;

    /**
     * The table as a terminal screen shows it: at most {@link #SCREEN_ROWS} rows, and when it cuts, a note under the
     * table and a warning (stderr) that say how to get every row.
     */
    public static Table forScreen(Table t) {
        int n = t.rows().size();
        if (n <= SCREEN_ROWS) return t;
        String what = String.format(Locale.ROOT, "showing the first %,d of %,d rows", SCREEN_ROWS, n);
        Table cut = t.withRows(t.rows().subList(0, SCREEN_ROWS));
        return cut.withNotes(List.of(what + " (the screen's limit; '> FILE', --format csv or a pipe get them all)"))
                .withWarnings(List.of(t.name() + ": " + what + " on screen"));
    }

    /**
     * The table with the chart its command leaves to whatever shows it as text (a trend's), drawn here to {@code width}
     * columns (0: 80); files and other formats get the table alone.
     */
    public static Table charted(Table t, int width) {
        List<String> chart = TrendCommand.chart(t, width > 0 ? width : 80);
        return chart.isEmpty() ? t : t.withScreenNotes(List.of(String.join("\n", chart)));
    }

    /** True when tables print as text (where a chart goes under its table). */
    public boolean text() {
        return settings.format == Format.TEXT;
    }

    /** The screen's width in columns (0: unknown). */
    public int width() {
        return settings.width;
    }

    /** True when tables go to a terminal screen as text: the only place a default cut applies. */
    public boolean screen() {
        return settings.format == Format.TEXT && (settings.screen || settings.interactive);
    }

    public void print(Table t) {
        Format f = settings.format;
        if (t.isMessage() && f != Format.TEXT) return;
        Writer w =
                new BufferedWriter(new ClosedCheck(new OutputStreamWriter(out, StandardCharsets.UTF_8), out), 1 << 16);
        try {
            RenderOptions o = new RenderOptions(
                    f == Format.TEXT ? settings.width : 0, settings.color && f == Format.TEXT, true, true, false, ',');
            if (f != Format.TEXT && (settings.screen || settings.interactive) && (f == Format.CSV || f == Format.TSV)) {
                // CSV on a terminal is read, not saved: its cells get the screen's placeholders too.
                StringWriter sw = new StringWriter();
                Renderers.write(t, f, sw, o);
                w.write(Display.lines(sw.toString()));
            } else {
                Renderers.write(t, f, w, o);
            }
            w.flush();
        } catch (Closed e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        if (out.checkError()) throw new Closed();
    }

    /**
     * Standard output went away (the reader of a pipe stopped: {@code corpex ... | head -1}). Nothing more can be
     * shown, so the run ends at once and quietly.
     */
    public static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Closed() {
            super("standard output was closed", null, false, false);
        }
    }

    /** A writer that notices, chunk by chunk, when the stream under it can no longer be written. */
    private static final class ClosedCheck extends FilterWriter {
        private final PrintStream stream;

        ClosedCheck(Writer w, PrintStream stream) {
            super(w);
            this.stream = stream;
        }

        @Override
        public void write(char[] c, int off, int len) throws IOException {
            super.write(c, off, len);
            super.flush();
            // PrintStream keeps errors to itself; ask it after every chunk the buffer hands down.
            if (stream.checkError()) throw new Closed();
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }
    }

    /** A UTF-8 stream over a file descriptor, whatever the locale says. */
    public static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
