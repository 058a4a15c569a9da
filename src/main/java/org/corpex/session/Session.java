package org.corpex.session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.corpex.base.Cancellation;
import org.corpex.corpus.Document;
import org.corpex.corpus.load.LoadProgress;
import org.corpex.index.Corpus;
import org.corpex.index.Query;
import org.corpex.table.Format;
import org.corpex.table.Provenance;
import org.corpex.table.Table;

/**
 * What a user is looking at: the corpus, the stack of filters narrowing it, the last table and the last query (for
 * {@code show --hits} and {@code export}), and the output settings. The corpus itself is immutable; a filter is a
 * bitset over it.
 */
public final class Session {

    /** One applied filter: the expression as typed and the documents it leaves. */
    public record Filter(String expression, BitSet selection) {}

    private Corpus corpus = Corpus.empty();
    private final Deque<Filter> filters = new ArrayDeque<>();
    private Table lastTable;
    private List<Query> lastQuery = List.of();
    private boolean lastQueryCaseSensitive;
    private final Settings settings;
    private Supplier<List<HistoryEntry>> history = List::of;

    /** A line typed at the prompt: its number, when it was typed, and the line. */
    public record HistoryEntry(int number, Instant time, String line) {}

    /** Output settings the front ends read and {@code set} changes. */
    public static final class Settings {
        public Format format = Format.TEXT;
        public boolean color;
        public int width; // 0: do not cut cells
        public boolean interactive; // a person at a terminal (REPL or full screen)
        public boolean screen; // stdout is a terminal: text tables are cut to a screenful
        public boolean pager = true; // the prompt shows tables taller than the screen in a pager
        public boolean autoWidth = true; // the prompt follows the terminal's width (set width N fixes it)
        /** Where exports put their provenance record (set provenance on, off, header). */
        public Provenance.Placement provenance = Provenance.Placement.AUTO;

        public long timeoutMillis = Cancellation.DEFAULT_TIMEOUT_MILLIS; // a command's search stops after this; 0 never
    }

    public Session() {
        this(new Settings());
    }

    public Session(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public Settings settings() {
        return settings;
    }

    private final List<String> log = new ArrayList<>();

    /**
     * The session's log: every line that changed the session or made a table, in order, as typed (options, filters,
     * sorts, exports and set included; help, history and quit left out). What {@code history save} writes as a script.
     */
    public List<String> log() {
        return List.copyOf(log);
    }

    public void log(String line) {
        log.add(line);
        liveCommand = null;
    }

    /** Logs a line run as it is typed: it replaces the last entry when that was a live run of the same command. */
    public void logLive(String line, String command) {
        if (command.equals(liveCommand) && !log.isEmpty()) log.set(log.size() - 1, line);
        else log.add(line);
        liveCommand = command;
    }

    private String liveCommand;

    /** Lines typed at the prompt, oldest first (empty outside the prompt, which supplies them). */
    public List<HistoryEntry> history() {
        return history.get();
    }

    public void setHistory(Supplier<List<HistoryEntry>> source) {
        history = Objects.requireNonNull(source);
    }

    public Corpus corpus() {
        return corpus;
    }

    /** Replaces the corpus; filters and results refer to the old one, so they go. */
    public void setCorpus(Corpus c) {
        Corpus old = corpus;
        corpus = Objects.requireNonNull(c);
        if (old != null && old.index() != c.index()) old.index().close();
        filters.clear();
        lastTable = null;
        lastQuery = List.of();
    }

    /** The documents in view: the top filter's, or all. */
    public BitSet selection() {
        if (filters.isEmpty()) {
            BitSet all = new BitSet(corpus.size());
            all.set(0, corpus.size());
            return all;
        }
        return (BitSet) filters.peek().selection().clone();
    }

    public int selectionSize() {
        return filters.isEmpty() ? corpus.size() : filters.peek().selection().cardinality();
    }

    /** Documents in view, in corpus order. */
    public List<Document> selectedDocuments() {
        List<Document> out = new ArrayList<>();
        BitSet s = selection();
        for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) out.add(corpus.get(i));
        return out;
    }

    public void pushFilter(Filter f) {
        filters.push(f);
    }

    /** Removes the top filter; returns it, or null when there was none. */
    public Filter popFilter() {
        return filters.poll();
    }

    public void clearFilters() {
        filters.clear();
    }

    /** Filters from the first applied to the last. */
    public List<Filter> filters() {
        List<Filter> l = new ArrayList<>(filters);
        Collections.reverse(l);
        return l;
    }

    public Table lastTable() {
        return lastTable;
    }

    /** How a table made now is made: {@code command} as typed, on this corpus under these filters. */
    public Table.Made made(String command) {
        return made(command, "");
    }

    /** How a table made now is made, with the sort its command was given. */
    public Table.Made made(String command, String sort) {
        List<String> f = new ArrayList<>();
        for (Filter x : filters()) f.add(x.expression());
        return new Table.Made(
                command,
                sort,
                f,
                corpus.engine(),
                corpus.fingerprint(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The load running now (the load command's), for a front end to show its progress; null when none. */
    private volatile LoadProgress loading;

    public LoadProgress loading() {
        return loading;
    }

    public void setLoading(LoadProgress p) {
        loading = p;
    }

    public void setLastTable(Table t) {
        lastTable = t;
    }

    /** The queries of the last kwic or filter, whose hits {@code show --hits} marks; empty when none. */
    public List<Query> lastQuery() {
        return lastQuery;
    }

    public boolean lastQueryCaseSensitive() {
        return lastQueryCaseSensitive;
    }

    public void setLastQuery(List<Query> q, boolean caseSensitive) {
        lastQuery = List.copyOf(q);
        lastQueryCaseSensitive = caseSensitive;
    }
}
