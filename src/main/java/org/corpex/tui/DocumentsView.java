package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.corpex.commands.DocsCommand;
import org.corpex.commands.FilterCommand;
import org.corpex.compare.DiffCommand;
import org.corpex.corpus.Document;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.corpex.session.Request;
import org.corpex.session.Session;
import org.corpex.table.Table;

/**
 * The first screen: the {@code docs} table (id, title, source, date, words, figures), a filter line ({@code f}) that
 * runs {@code filter EXPR} through the shell, {@code u} to pop a filter, {@code R} to clear them, Enter to open a
 * document.
 */
final class DocumentsView extends TableView {
    private static final List<String> SHOWN = List.of("id", "title", "source", "date", "words", "figures");

    /**
     * Past this much text the first screen does not wait for the figures column: counting figures extracts them all
     * (seconds for 100 MB), so the documents show at once and the column joins them when a background thread has
     * counted.
     */
    static long waitForFiguresBelowChars = 5_000_000; // tests lower it to see the background path on the seeds

    /** Corpora a background thread is counting the figures of. */
    private static final Set<Corpus> COUNTING = Collections.newSetFromMap(new WeakHashMap<>());

    private Corpus corpus;
    private boolean awaitingFigures; // listed without figures while a background thread counts them
    private String diffFrom; // the A of a diff, marked with d
    private List<String> filters;

    DocumentsView(Table docs, Session session) {
        super(docs);
        remember(session);
    }

    private void remember(Session s) {
        corpus = s.corpus();
        filters = s.filters().stream().map(Session.Filter::expression).toList();
    }

    @Override
    protected List<String> shownColumns() {
        return SHOWN;
    }

    /** The docs command to run now: without the figures column while they are not yet counted on a large corpus. */
    static Request command(Session s) {
        return DocsCommand.request(Figures.ready(s.corpus()) || chars(s.corpus()) < waitForFiguresBelowChars);
    }

    private static long chars(Corpus c) {
        long n = 0;
        for (Document d : c.documents()) n += d.text().length();
        return n;
    }

    /**
     * After listing with {@link #command}: when that left the figures out, counts them on a daemon thread, and this
     * screen brings the column in when they are counted.
     */
    void countFiguresInTheBackground(Session s) {
        Corpus c = s.corpus();
        awaitingFigures = withoutFigures(table) && !Figures.ready(c);
        if (!awaitingFigures) return;
        synchronized (COUNTING) {
            if (!COUNTING.add(c)) return; // a thread is on this corpus already
        }
        Thread t = new Thread(() -> Figures.prepareInBackground(c), "corpex-figures");
        t.setPriority(Thread.MIN_PRIORITY);
        t.setDaemon(true);
        t.start();
    }

    private static boolean withoutFigures(Table t) {
        return t.columnIndex("figures") < 0 && !t.isMessage();
    }

    private boolean withoutFigures() {
        return awaitingFigures && withoutFigures(table);
    }

    @Override
    boolean stale(FullScreen fs) {
        return withoutFigures() && Figures.ready(fs.session().corpus());
    }

    @Override
    void settle(FullScreen fs, int width) {
        if (stale(fs)) {
            Table t = fs.run(DocsCommand.request(true)); // counted: this costs what listing costs
            if (t != null) setTable(t);
            awaitingFigures = false;
        }
    }

    @Override
    String hits() {
        return withoutFigures() ? "counting figures…" : "";
    }

    @Override
    String name() {
        return "Documents";
    }

    @Override
    String title() {
        String base = super.title();
        return filters.isEmpty() ? base : base + " · filter: " + String.join(" › ", filters);
    }

    /** After a command changed the corpus or the filters, lists the documents again. */
    @Override
    void refresh(FullScreen fs) {
        Session s = fs.session();
        List<String> now = s.filters().stream().map(Session.Filter::expression).toList();
        if (s.corpus() == corpus && now.equals(filters)) return;
        Table t = fs.run(command(s));
        if (t != null) setTable(t);
        remember(s);
        countFiguresInTheBackground(s); // a corpus loaded just now may be large
    }

    @Override
    boolean key(KeyStroke k, FullScreen fs) {
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            switch (k.getCharacter()) {
                case 'f' -> {
                    fs.prompt(
                            "filter: ",
                            "",
                            expr -> {
                                if (expr.isBlank()) return;
                                Table msg = fs.run(FilterCommand.request(expr));
                                if (msg != null) {
                                    fs.say(String.join(" ", msg.notes()));
                                    refresh(fs);
                                }
                            },
                            null);
                    return true;
                }
                case 'u' -> {
                    Table msg = fs.run(Request.of("unfilter"));
                    if (msg != null) fs.say(String.join(" ", msg.notes()));
                    refresh(fs);
                    return true;
                }
                case 'd' -> {
                    Object id = selected("id");
                    if (id == null) return true;
                    if (diffFrom == null || diffFrom.equals(id.toString())) {
                        diffFrom = id.toString();
                        fs.say("A = " + diffFrom + "; d on another document shows how it differs (Esc forgets A)");
                    } else {
                        String a = diffFrom;
                        diffFrom = null;
                        fs.command(DiffCommand.sideBySide(a, id.toString()));
                    }
                    return true;
                }
                case 'R' -> {
                    Table msg = fs.run(Request.of("reset"));
                    if (msg != null) fs.say(String.join(" ", msg.notes()));
                    refresh(fs);
                    return true;
                }
                default -> {}
            }
        }
        if (k.getKeyType() == KeyType.Escape && diffFrom != null) {
            diffFrom = null;
            fs.say("diff: A forgotten");
            return true;
        }
        return super.key(k, fs);
    }
}
