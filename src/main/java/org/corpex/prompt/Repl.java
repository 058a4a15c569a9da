package org.corpex.prompt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.corpex.base.CorpexException;
import org.corpex.base.Failure;
import org.corpex.base.Memory;
import org.corpex.corpus.load.LoadProgress;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.shell.Printer;
import org.corpex.shell.ProgressLine;
import org.corpex.shell.Shell;
import org.corpex.shell.Worker;
import org.corpex.table.Display;
import org.corpex.table.Format;
import org.corpex.table.Table;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.widget.AutosuggestionWidgets;

/**
 * The interactive prompt: JLine line editing with completion and highlighting from the command model, persistent
 * history with Ctrl-R search and suggestions, commands run on a worker thread so Ctrl-C can cancel them, and tall
 * results shown in a pager.
 */
public final class Repl {
    private final Shell shell;
    private final Map<String, String> env;
    static final String CANCELLED = "cancelled (Ctrl-C); the session is as it was";
    private volatile Worker.Job running;
    /**
     * A Ctrl-C that came after the line was read but before its job was known: the job is stopped as soon as it is.
     * (Set before {@link #running} is read, and read after it is set: one of the two sides always sees the other.)
     */
    private volatile boolean interruptPending;

    /** What opens the full screen on a session: Main gives it, so the prompt knows no other front end. */
    @FunctionalInterface
    public interface FullScreenOpener {
        void open(Shell shell) throws IOException;
    }

    private FullScreenOpener fullScreen;

    /** Lets `tui` at this prompt open the full screen. */
    public Repl withFullScreen(FullScreenOpener opener) {
        this.fullScreen = opener;
        return this;
    }

    public Repl(Shell shell, Map<String, String> env) {
        this.shell = shell;
        this.env = env;
    }

    /** Runs on the system terminal until Ctrl-D or quit; returns the exit status. */
    public int run(String greeting) throws IOException {
        try (Terminal terminal = PromptTerminal.open(env);
                PromptTerminal.Registration ignored = PromptTerminal.routeInterrupts(terminal)) {
            systemTerminal = true;
            return run(terminal, PromptTerminal.historyFile(env), greeting);
        }
    }

    /** True when this prompt owns the process's terminal, so `tui` may hand it to the full screen. */
    private boolean systemTerminal;

    /**
     * `tui` at the prompt: JLine's reader would swallow keys meant for Lanterna, so its terminal is paused while the
     * full screen owns the TTY, and resumed after.
     */
    private void fullScreen(Terminal terminal, PrintWriter out) {
        if (fullScreen == null) {
            out.println("error: tui: this prompt has no full screen to open");
            return;
        }
        if (!systemTerminal || PromptTerminal.dumb(terminal)) {
            out.println("error: tui needs a full terminal (this one is "
                    + (systemTerminal ? "dumb" : "not the process's terminal") + ")");
            return;
        }
        terminal.pause();
        try {
            fullScreen.open(shell);
        } catch (IOException | RuntimeException e) {
            out.println("error: the full screen stopped: " + e.getMessage());
        } finally {
            terminal.resume();
        }
    }

    /** Runs on {@code terminal} (tests pass a virtual one), keeping history in {@code historyFile}. */
    public int run(Terminal terminal, Path historyFile, String greeting) {
        Session s = shell.session();
        Session.Settings settings = s.settings();
        boolean dumb = PromptTerminal.dumb(terminal);
        settings.interactive = true;
        settings.color = settings.color && PromptTerminal.colours(terminal);
        LineReader reader = LineReaderBuilder.builder()
                .appName("corpex")
                .terminal(terminal)
                .parser(new LineParser(name -> {
                    picocli.CommandLine c = shell.commands().get(name);
                    return c != null && c.getCommand() instanceof CorpexCommand.RawArguments;
                }))
                .completer(new CommandCompleter(shell.commands(), s))
                .highlighter(new CommandHighlighter(shell, () -> settings.color))
                .variable(LineReader.HISTORY_FILE, prepare(historyFile))
                .variable(LineReader.HISTORY_SIZE, 5_000)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .variable(LineReader.LIST_MAX, 200)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .build();
        if (!dumb) new AutosuggestionWidgets(reader).enable();
        s.setHistory(() -> history(reader.getHistory()));
        Worker worker = new Worker(shell, "corpex-command");
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, sig -> cancel());
        PrintWriter out = terminal.writer();
        if (greeting != null) out.println(greeting);
        out.flush();
        try {
            while (true) {
                String line;
                interruptPending = false; // a Ctrl-C at the prompt is the reader's
                try {
                    line = reader.readLine(prompt(s));
                } catch (UserInterruptException e) {
                    if (dumb) out.println(); // the tty echoed ^C; the next prompt goes below it
                    continue; // Ctrl-C at the prompt clears the line, never exits
                } catch (EndOfFileException e) {
                    return 0; // Ctrl-D on an empty line
                }
                if (line.isBlank()) continue;
                if (settings.autoWidth && terminal.getWidth() > 0) settings.width = terminal.getWidth();
                Shell.Outcome o = execute(worker, line, out);
                if (o == null) continue;
                if (o.fullScreen()) {
                    fullScreen(terminal, out);
                    continue;
                }
                show(terminal, o.table(), settings);
                if (o.quit()) return 0;
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                out.println("warning: history not saved: " + e.getMessage());
            }
            s.setHistory(List::of);
            worker.close();
            out.flush();
        }
    }

    /**
     * Runs a line on the worker; Ctrl-C meanwhile stops it. Null when it failed or was cancelled (already reported).
     */
    private Shell.Outcome execute(Worker worker, String line, PrintWriter out) {
        Worker.Job job = worker.start(line);
        running = job;
        if (interruptPending) job.signal();
        long started = System.nanoTime();
        ProgressLine progress = new ProgressLine(out);
        try {
            while (true) {
                try {
                    // Finished before Ctrl-C could stop it (or it does not stop): its result stands.
                    Shell.Outcome o = job.await(250);
                    progress.clear();
                    return o;
                } catch (TimeoutException e) {
                    // A load that runs past a second shows how far it has got, on one line redrawn in place.
                    LoadProgress p = shell.session().loading();
                    if (p != null && System.nanoTime() - started >= ProgressLine.Ticker.AFTER_MILLIS * 1_000_000L)
                        progress.show(p.line());
                } catch (InterruptedException e) {
                    // the prompt thread is never meant to stop here; keep waiting for the worker
                } catch (CorpexException ce) {
                    report(out, job.cancelled() ? CANCELLED : ce.getMessage(), job.cancelled() ? null : ce.detail());
                    return null;
                } catch (OutOfMemoryError e) {
                    report(out, Memory.advice(), null);
                    return null;
                } catch (RuntimeException | Error e) {
                    report(out, job.cancelled() ? CANCELLED : Failure.describe(e), null);
                    return null;
                }
            }
        } finally {
            progress.clear();
            running = null;
        }
    }

    /** Ctrl-C while a command runs (from the terminal's signal handler): its token fires. */
    private void cancel() {
        interruptPending = true;
        Worker.Job job = running;
        if (job != null) job.signal();
    }

    private void report(PrintWriter out, String message, String detail) {
        Session.Settings st = shell.session().settings();
        String line = (message == CANCELLED ? "\n" : "") + "error: " + Display.lines(message);
        out.println(
                st.color
                        ? new AttributedString(line, AttributedStyle.BOLD.foreground(AttributedStyle.RED)).toAnsi()
                        : line);
        if (detail != null && !detail.isEmpty()) out.println(Display.lines(detail.stripTrailing()));
        out.flush();
    }

    /** Prints a table inline, or in the pager when it is taller than the screen (its notes follow inline). */
    static void show(Terminal terminal, Table t, Session.Settings settings) {
        PrintWriter out = terminal.writer();
        if (settings.format == Format.TEXT) t = Printer.forScreen(Printer.charted(t, settings.width));
        for (String w : t.warnings()) {
            String line = "warning: " + Display.lines(w);
            out.println(
                    settings.color
                            ? new AttributedString(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW))
                                    .toAnsi()
                            : line);
        }
        boolean pager = settings.pager && !t.isMessage() && !PromptTerminal.dumb(terminal);
        Table body = pager
                ? new Table(
                        t.name(),
                        t.columns(),
                        t.rows(),
                        List.of(),
                        List.of(),
                        t.info().screenNotes().isEmpty()
                                ? t.info()
                                : t.forFile().info())
                : new Table(t.name(), t.columns(), t.rows(), t.notes(), List.of(), t.info());
        // A message (set, filter, load) shows even when tables are printed as CSV or JSON.
        String text = render(body, t.isMessage() ? Format.TEXT : settings.format, settings);
        if (pager && Pager.tooTall(text, terminal)) {
            out.flush();
            try {
                Pager.page(terminal, text);
            } catch (IOException e) {
                out.print(text);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (settings.format == Format.TEXT) {
                for (String n : t.notes()) out.println(Display.lines(n));
                for (String n : t.info().screenNotes()) out.println(Display.lines(n));
            }
        } else {
            if (pager && settings.format == Format.TEXT)
                text = render(
                        new Table(t.name(), t.columns(), t.rows(), t.notes(), List.of(), t.info()),
                        Format.TEXT,
                        settings);
            out.print(text);
        }
        out.flush();
    }

    private static String render(Table t, Format format, Session.Settings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session.Settings s = settings;
        if (format != settings.format) {
            s = new Session.Settings();
            s.format = format;
            s.width = settings.width;
            s.color = settings.color;
        }
        new Printer(ps, s).print(t);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code corpex 3/5 >}, or {@code corpex 3/5 [2] >} with two filters in force. */
    static String prompt(Session s) {
        int depth = s.filters().size();
        return "corpex " + s.selectionSize() + "/" + s.corpus().size() + (depth > 0 ? " [" + depth + "]" : "") + " > ";
    }

    private static List<Session.HistoryEntry> history(History h) {
        List<Session.HistoryEntry> out = new ArrayList<>();
        for (History.Entry e : h) out.add(new Session.HistoryEntry(e.index() + 1, e.time(), e.line()));
        return out;
    }

    /** Creates the history folder (private: history holds what was searched for). */
    private static Path prepare(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                try {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException | IOException ignored) {
                    // not a POSIX file system
                }
            }
        } catch (IOException e) {
            // JLine reports an unwritable history itself; the prompt still works
        }
        return file;
    }
}
