package org.corpex.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corpex.base.CorpexException;
import org.corpex.base.Failure;
import org.corpex.base.UserInput;
import org.corpex.commands.ShowCommand;
import org.corpex.compare.DiffCommand;
import org.corpex.index.Query;
import org.corpex.session.Request;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.shell.ShellWords;
import org.corpex.shell.Worker;
import org.corpex.table.Exporter;
import org.corpex.table.Format;
import org.corpex.table.RenderOptions;
import org.corpex.table.Table;

/**
 * The full-screen explorer: a stack of screens over one {@link Shell}, so every screen shows a Table that a command
 * returned, exactly as the prompt would. One thread reads keys and draws; each frame rewrites the back buffer and
 * {@code refresh()} sends only the cells that changed.
 *
 * <p>Entry points: {@link #run(Shell)} on the process's terminal, {@link #run(Shell, Terminal)} on any Lanterna
 * terminal. Both return when the user leaves, with the terminal restored.
 */
public final class FullScreen {
    public static final int MIN_COLUMNS = 80, MIN_ROWS = 24;

    private final Shell shell;
    private final Screen screen;
    private final Style style;
    private final Deque<View> stack = new ArrayDeque<>();
    private final List<String> commandHistory = new ArrayList<>();
    private LineEditor editor;
    private String message = "";
    private boolean error;
    private boolean running = true;
    /** Runs commands so that this thread can watch for Ctrl-C meanwhile; null: run them on this thread. */
    private Worker worker;
    /** Keys typed while a command ran, handled once it is done. */
    private final Deque<KeyStroke> typeahead = new ArrayDeque<>();

    static final String CANCELLED = "cancelled (Ctrl-C)";

    /**
     * Runs the full screen on the terminal this process is attached to (stdin and stdout), as a text terminal even when
     * DISPLAY is set, and returns 0 when the user leaves. The caller must not read stdin meanwhile (the prompt pauses
     * its JLine terminal around this call).
     */
    public static int run(Shell shell) throws IOException {
        if (!utf8Locale(System.getenv())) {
            System.err.println(
                    "corpex: warning: the locale is not UTF-8 (LANG/LC_ALL); wide characters may show as '?'");
        }
        Terminal terminal = new DefaultTerminalFactory(
                        new TerminalOutput(new FileOutputStream(FileDescriptor.out)),
                        new FileInputStream(FileDescriptor.in),
                        StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
        Object winch = Winch.save();
        try {
            return run(shell, terminal);
        } finally {
            terminal.close();
            Winch.restore(winch);
        }
    }

    /** Runs the full screen on {@code terminal} until the user leaves; the screen is stopped in any case. */
    public static int run(Shell shell, Terminal terminal) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        Thread restore = new Thread(
                () -> {
                    try {
                        screen.stopScreen();
                    } catch (Exception ignored) {
                        /* the JVM is going down */
                    }
                },
                "corpex-tui-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            screen.startScreen();
            try (Worker worker = new Worker(shell, "corpex-tui-command")) {
                FullScreen fs = new FullScreen(shell, screen);
                fs.worker = worker;
                fs.loop();
            }
            return 0;
        } finally {
            try {
                screen.stopScreen();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(restore);
                } catch (IllegalStateException ignored) {
                    /* shutting down */
                }
            }
        }
    }

    /**
     * A full screen over {@code screen}, which must be started, showing the Documents screen; for drivers that feed
     * keys themselves (tests, the bench): {@link #handle} then {@link #render}.
     */
    public static FullScreen on(Shell shell, Screen screen) {
        return new FullScreen(shell, screen);
    }

    FullScreen(Shell shell, Screen screen) {
        this.shell = shell;
        this.screen = screen;
        this.style = new Style(shell.session().settings().color && !monochromeTerminal(System.getenv("TERM")));
        shell.session().settings().interactive = true;
        Table docs = run(DocumentsView.command(shell.session()));
        DocumentsView first = new DocumentsView(docs == null ? Table.message("docs") : docs, shell.session());
        stack.push(first);
        first.countFiguresInTheBackground(shell.session());
        screen.setCursorPosition(null);
    }

    private void loop() throws IOException {
        render();
        while (running) {
            boolean dirty = screen.doResizeIfNecessary() != null;
            KeyStroke k;
            // Take every key already typed before drawing: fast typing costs one frame, not one per key.
            while (running && (k = typeahead.isEmpty() ? screen.pollInput() : typeahead.poll()) != null) {
                if (k.getKeyType() == KeyType.EOF) {
                    running = false;
                    break;
                }
                handle(k);
                dirty = true;
            }
            if (!running) break;
            if (dirty || top().stale(this)) render();
            else {
                try {
                    Thread.sleep(8);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** False once the user has left (q on the first screen, :quit, Ctrl-C). */
    public boolean running() {
        return running;
    }

    Session session() {
        return shell.session();
    }

    /** The screen on top of the back stack. */
    View top() {
        return stack.peek();
    }

    int depth() {
        return stack.size();
    }

    String message() {
        return message;
    }

    /** Handles one key: the line editor when one is open, else the screen on top, else the global keys. */
    public void handle(KeyStroke k) {
        try {
            if (editor != null) {
                LineEditor e = editor;
                LineEditor.Result r = e.key(k);
                if (r != LineEditor.Result.KEEP) editor = null;
                if (r == LineEditor.Result.SUBMIT) {
                    message = "";
                    error = false;
                    e.submit();
                }
                return;
            }
            message = "";
            error = false;
            boolean ctrlC = k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c';
            if (ctrlC) {
                running = false;
                return;
            }
            if (tooSmall()) {
                if (isChar(k, 'q') || k.getKeyType() == KeyType.Escape) running = false;
                return;
            }
            if (top().key(k, this)) return;
            if (k.getKeyType() == KeyType.Escape) {
                back(false);
                return;
            }
            if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) return;
            switch (k.getCharacter()) {
                case 'q' -> back(true);
                case ':' -> prompt(":", "", commandHistory, this::command, null);
                case 'e' -> export();
                case 'K' -> openKwic();
                case 'F' -> {
                    Table t = run(Request.of("figures"));
                    if (t != null) stack.push(new FiguresView(t));
                }
                case 'C' -> {
                    Table t = run(Request.of("compare"));
                    if (t != null) stack.push(new CompareView(t));
                }
                case '?' -> {
                    if (!(top() instanceof Keys.View)) stack.push(new Keys.View());
                }
                default -> say("no key " + k.getCharacter() + " here; ? lists the keys");
            }
        } catch (CorpexException e) {
            fail(e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not leave the terminal in raw mode: say it and carry on.
            fail(Failure.describe(e));
        }
    }

    private static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && k.getCharacter() == c;
    }

    private void back(boolean quitAtRoot) {
        if (stack.size() > 1) {
            stack.pop();
            top().refresh(this);
        } else if (quitAtRoot) {
            running = false;
        } else {
            say("this is the first screen: q leaves");
        }
    }

    /** Puts a message on the bottom line. */
    void say(String m) {
        message = m == null ? "" : m;
        error = false;
    }

    /** Puts an error on the bottom line (one line: the CorpexException's message). */
    void fail(String m) {
        message = m.lines().findFirst().orElse("");
        error = true;
    }

    /** Opens the line editor on the bottom row. */
    void prompt(String label, String initial, Consumer<String> onSubmit, Consumer<String> onChange) {
        prompt(label, initial, null, onSubmit, onChange);
    }

    private void prompt(
            String label, String initial, List<String> history, Consumer<String> onSubmit, Consumer<String> onChange) {
        editor = new LineEditor(label, initial, history, onSubmit, onChange);
    }

    /** Runs a request a screen built (a drill-down): its table, or null after putting its error on screen. */
    Table run(Request r) {
        return shown(() -> execute(r, false));
    }

    /** Runs a request; a user error is thrown, not shown (for screens that show it their way). */
    Table runOrThrow(Request r) {
        return execute(r, false).table();
    }

    /** Runs a request the screen runs as the user types (the live kwic): it replaces the last such run in the log. */
    Table runLive(Request r) {
        return execute(r, true).table();
    }

    /** Runs a request as if typed at ':' (its table gets the screen it calls for). */
    void command(Request r) {
        show(shown(() -> execute(r, false)));
    }

    /** ':' — runs a line the user typed and shows its table; a message goes to the bottom line. */
    void command(String line) {
        if (line.isBlank()) return;
        show(shown(() -> execute(line)));
    }

    /** An outcome's table, or null after putting its error (or a control outcome) on screen. */
    private Table shown(Supplier<Shell.Outcome> run) {
        try {
            Shell.Outcome o = run.get();
            if (o.quit()) running = false;
            if (o.fullScreen()) {
                say("this is the full screen already");
                return null;
            }
            if (!o.table().warnings().isEmpty())
                say("warning: " + o.table().warnings().get(0));
            return o.table();
        } catch (CorpexException e) {
            fail(e.getMessage());
            return null;
        }
    }

    /** A request runs as the words it is made of: nothing is joined into a line and split again. */
    private Shell.Outcome execute(Request r, boolean live) {
        return execute(r.line(), () -> shell.execute(r, live), w -> live ? w.startLive(r) : w.start(r));
    }

    /** A line typed at ':'. */
    private Shell.Outcome execute(String line) {
        return execute(line, () -> shell.execute(line, false), w -> w.start(line));
    }

    /**
     * Runs a command on the worker while this thread watches the keys: Ctrl-C interrupts the command (commands stop at
     * their next check and leave the session as it was); other keys wait their turn. Only this thread draws: the bottom
     * line says what is running ({@code shown}).
     */
    private Shell.Outcome execute(String shown, Supplier<Shell.Outcome> here, Function<Worker, Worker.Job> start) {
        if (worker == null) return here.get();
        Worker.Job job = start.apply(worker);
        long started = System.nanoTime();
        boolean said = false;
        try {
            while (true) {
                try {
                    return job.await(15);
                } catch (TimeoutException e) {
                    if (!said && System.nanoTime() - started > 150_000_000L) {
                        said = true;
                        busy("running " + shown + " … Ctrl-C or Esc stops it");
                    }
                    KeyStroke k;
                    while ((k = screen.pollInput()) != null) {
                        boolean stop = k.getKeyType() == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'c'
                                || k.getKeyType() == KeyType.Escape;
                        if (stop) {
                            job.cancel();
                            try {
                                return job.await(0); // it finished before it saw the stop: its result stands
                            } catch (CorpexException | TimeoutException stopped) {
                                throw new CorpexException(CANCELLED);
                            }
                        }
                        typeahead.add(k);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpexException(CANCELLED);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** While a command runs: only the bottom line changes (the session is the worker's until it is done). */
    private void busy(String what) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        TextGraphics g = screen.newTextGraphics();
        Canvas all = new Canvas(g, style, 0, size.getColumns(), size.getRows());
        all.fill(0, size.getRows() - 1, size.getColumns(), Style.Kind.NORMAL);
        all.put(0, size.getRows() - 1, Canvas.cut(Canvas.printable(what), size.getColumns() - 1), Style.Kind.NORMAL);
        screen.setCursorPosition(null);
        screen.refresh();
    }

    /** Shows a table a command gave: a message on the bottom line (or a screen when it is long), else its screen. */
    private void show(Table t) {
        if (t == null || !running) return;
        if (t.isMessage()) {
            List<String> lines = new ArrayList<>();
            for (String n : t.notes()) lines.addAll(n.lines().toList());
            if (lines.size() > 1) stack.push(new TableView(t));
            else if (!error && message.isEmpty()) say(lines.isEmpty() ? "" : lines.get(0));
            top().refresh(this);
            return;
        }
        stack.push(viewFor(t));
    }

    /** Puts a screen on top (a view that opens another: a trend cell's KWIC). */
    void push(View v) {
        stack.push(v);
    }

    /** The screen for a table, chosen by its kind. */
    private View viewFor(Table t) {
        return switch (t.kind()) {
            case TREND ->
                TrendView.of(t, t.info().query().isEmpty() ? "*" : t.info().query(), session());
            case DOCUMENTS -> new DocumentsView(t, session());
            case DOCUMENT ->
                new DocumentView(
                        t,
                        t.info().documents().isEmpty()
                                ? "show"
                                : t.info().documents().get(0),
                        0,
                        0);
            case COMPARE -> new CompareView(t);
            // A figures diff is a list of facts with a status; a text diff pairs sentences side by side.
            case DIFF ->
                t.parameters(DiffCommand.Shape.class)
                        .<View>map(p -> p.figures()
                                ? new CompareView(t)
                                : p.layout() == DiffCommand.Layout.UNIFIED ? new TableView(t) : new DiffView(t))
                        .orElseGet(() -> new TableView(t));
            case FIGURES -> new FiguresView(t);
            case KWIC -> new KwicView(t.info().query(), "doc", t);
            case QUOTES -> new QuotesView(t);
            default -> new TableView(t);
        };
    }

    /** Opens a document at a line (0: the top, or its first hit), hits marked when there is a query. */
    void openDocument(String id, int line) {
        openDocument(id, line, 0);
    }

    /** Opens a document at a line, the current hit being the nth (from 0) of that line. */
    void openDocument(String id, int line, int nth) {
        boolean hits = !session().lastQuery().isEmpty();
        Table t = run(ShowCommand.request(id, true, hits));
        if (t == null) return;
        stack.push(new DocumentView(t, id, line, nth));
    }

    /** Opens the live KWIC screen with the query editor on the bottom line. */
    void openKwic() {
        KwicView k = new KwicView("", "doc", null);
        stack.push(k);
        k.edit(this);
    }

    /** 'e' — writes the table on screen, with export's rules: never overwrite without a yes. */
    private void export() {
        Table t;
        try {
            t = top().exported(this);
        } catch (CorpexException e) {
            fail(e.getMessage());
            return;
        }
        if (t.isMessage()) {
            fail("nothing to export on this screen: it shows no table");
            return;
        }
        prompt(
                "export " + t.rows().size() + " rows of " + t.name() + " to: ",
                "",
                name -> {
                    if (name.isBlank()) return;
                    Path file = Path.of(UserInput.expandHome(name.strip()));
                    Format f = Format.fromFileName(file);
                    if (f == null) {
                        fail("cannot tell the format of '" + name.strip()
                                + "' from its extension; use .csv, .tsv, .xlsx, .json, .jsonl or .txt");
                        return;
                    }
                    if (Files.exists(file)) {
                        prompt(
                                name.strip() + " exists; overwrite it? (y/N) ",
                                "",
                                answer -> {
                                    String a = answer.strip().toLowerCase(Locale.ROOT);
                                    if (a.equals("y") || a.equals("yes")) write(t, file, f, Exporter.Mode.OVERWRITE);
                                    else say("not written: " + name.strip() + " is unchanged");
                                },
                                null);
                    } else {
                        write(t, file, f, Exporter.Mode.CREATE);
                    }
                },
                null);
    }

    private void write(Table t, Path file, Format f, Exporter.Mode mode) {
        try {
            Exporter.Result r = Exporter.write(
                    t, file, f, mode, RenderOptions.file(), shell.session().settings().provenance);
            // In the session's log as the line that writes the same file: a saved script makes it again.
            Table.Made made = t.info().made();
            if (made != null && made.resort() == null)
                shell.session().log(made.command() + " > " + ShellWords.quote(file.toString()));
            // Rows sorted on screen are no command's: the script says where they went, and how to make them again.
            else if (made != null)
                shell.session()
                        .log("# " + made.command() + ", sorted on screen by "
                                + made.resort().column() + (made.resort().descending() ? " descending" : "")
                                + ", written to " + file + " (corpex replay " + file + " makes it again)");
            say(r.message()
                    + (r.warnings().isEmpty()
                            ? ""
                            : "; warning: " + r.warnings().get(0)));
        } catch (CorpexException e) {
            fail(e.getMessage());
        }
    }

    private boolean tooSmall() {
        TerminalSize s = screen.getTerminalSize();
        return s.getColumns() < MIN_COLUMNS || s.getRows() < MIN_ROWS;
    }

    /** Draws the whole frame into the back buffer; refresh() then sends what differs from the last one. */
    public void render() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        int w = size.getColumns(), h = size.getRows();
        TextGraphics g = screen.newTextGraphics();
        style.apply(g, Style.Kind.NORMAL);
        g.fill(' ');
        Canvas all = new Canvas(g, style, 0, w, h);
        if (tooSmall()) {
            String[] lines = {
                "corpex needs a window of at least " + MIN_COLUMNS + "x" + MIN_ROWS + ";",
                "this one is " + w + "x" + h + ".",
                "Make it larger, or press q to leave."
            };
            for (int i = 0; i < lines.length; i++)
                all.put(0, i, lines[i], i == 0 ? Style.Kind.ERROR : Style.Kind.NORMAL);
            screen.setCursorPosition(null);
            screen.refresh();
            return;
        }
        View v = top();
        v.settle(this, w);
        // Title bar: the back stack as a trail, and what this screen shows.
        all.fill(0, 0, w, Style.Kind.BAR);
        List<String> names = new ArrayList<>();
        for (Iterator<View> it = stack.descendingIterator(); it.hasNext(); )
            names.add(it.next().name());
        String trail = " corpex › " + String.join(" › ", names);
        String title = Canvas.printable(v.title());
        // The trail keeps what it needs up to two thirds of the width; the title gets the rest.
        int x = all.put(0, 0, Canvas.cut(trail, Math.max(w - Canvas.width(title) - 3, 2 * w / 3)), Style.Kind.BAR);
        title = Canvas.cut(title, Math.max(0, w - x - 3));
        all.put(w - Canvas.width(title) - 1, 0, title, Style.Kind.BAR);

        v.draw(new Canvas(g, style, 1, w, h - 3));

        // Status bar: where the cursor is, then the query, the hits and the selection.
        all.fill(0, h - 2, w, Style.Kind.BAR);
        String left = " " + v.name() + "  " + v.position();
        Session s = session();
        String q = queries();
        String hits = v.hits(), docs = s.selectionSize() + "/" + s.corpus().size() + " docs";
        // Where the cursor is wins the space; then the selection, the hits, the query, the hint.
        String right = status(q, hits, docs, true);
        if (Canvas.width(left) + Canvas.width(right) + 2 > w) right = status(q, hits, docs, false);
        int room = w - Canvas.width(left) - 2 - Canvas.width(status("", hits, docs, false));
        if (Canvas.width(left) + Canvas.width(right) + 2 > w && !q.isEmpty())
            right = status(Canvas.cut(q, Math.max(1, room - 12)), hits, docs, false);
        int rw = Canvas.width(right);
        all.put(0, h - 2, Canvas.cut(left, Math.max(0, w - rw - 2)), Style.Kind.BAR);
        all.put(Math.max(0, w - rw), h - 2, Canvas.cut(right, w), Style.Kind.BAR);

        // Bottom line: the line editor, or the last message or error.
        if (editor != null) {
            String label = editor.label;
            String text = editor.text();
            int before = Canvas.width(label) + Canvas.width(text.substring(0, editor.cursor()));
            // Keep the cursor on screen when the line is longer than the window.
            int shift = Math.max(0, before - (w - 2));
            String shown = shift == 0 ? label + text : Canvas.clip(dropColumns(label + text, shift), w);
            all.put(0, h - 1, shown, Style.Kind.NORMAL);
            screen.setCursorPosition(new TerminalPosition(before - shift, h - 1));
        } else {
            all.put(
                    0,
                    h - 1,
                    Canvas.cut(Canvas.printable(message), w - 1),
                    error ? Style.Kind.ERROR : Style.Kind.NORMAL);
            screen.setCursorPosition(null);
        }
        screen.refresh();
    }

    private static String status(String query, String hits, String docs, boolean hint) {
        List<String> parts = new ArrayList<>();
        if (!query.isEmpty()) parts.add("query: " + query);
        if (!hits.isEmpty()) parts.add(hits);
        parts.add(docs);
        if (hint) parts.add("? keys");
        return String.join("  │  ", parts) + " ";
    }

    private static String dropColumns(String s, int cols) {
        int w = 0, i = 0;
        while (i < s.length() && w < cols) {
            int cp = s.codePointAt(i);
            w += Canvas.width(cp);
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    private String queries() {
        List<String> q = new ArrayList<>();
        for (Query x : session().lastQuery()) q.add(x.source());
        return String.join(", ", q);
    }

    /** vt100-style terminals draw no colour: bold, underline and reverse carry the marks there. */
    static boolean monochromeTerminal(String term) {
        return term != null && term.matches("vt\\d+.*");
    }

    static boolean utf8Locale(Map<String, String> env) {
        for (String k : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String v = env.get(k);
            if (v != null && !v.isEmpty())
                return v.toUpperCase(Locale.ROOT).replace("-", "").contains("UTF8");
        }
        return false;
    }
}
