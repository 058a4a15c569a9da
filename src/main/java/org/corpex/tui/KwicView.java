package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.corpex.base.CorpexException;
import org.corpex.kwic.KwicCommand;
import org.corpex.session.Request;
import org.corpex.table.Column;
import org.corpex.table.Table;

/**
 * Keyword in context, live: the query is typed on the bottom line and the lines follow each keystroke (each frame runs
 * {@code kwic QUERY --sort KEY --width N} through the shell, once, however many keys came in since the last).
 * {@code o}/{@code O} switch the sort key, {@code i} edits the query again, Enter opens the document at the hit.
 */
final class KwicView extends TableView {
    /** The sort keys {@code o} steps through, as kwic's --sort takes them. */
    static final List<String> SORTS = List.of("doc", "L1", "L2", "L3", "R1", "R2", "R3");

    private static final List<String> SHOWN = List.of("doc", "line", "left", "match", "right");

    private String query;
    private int sort;
    private boolean stale;
    private String problem = "";
    private int width = 100;
    /** The kwic line (without --width) that made the lines on screen; null while they are none. */
    private Request shown;
    /** A filter expression the lines stay within (a trend cell's period and source), or null. */
    private String where;

    KwicView(String query, String sortKey, Table first) {
        super(first == null ? empty() : first);
        this.query = query;
        int i = SORTS.indexOf(sortKey);
        this.sort = Math.max(0, i);
        this.stale = first == null;
    }

    private static Table empty() {
        return new Table.Builder("kwic")
                .text("doc")
                .integer("line")
                .integer("start")
                .integer("end")
                .column(Column.text("left").aligned(Column.Align.RIGHT))
                .column(Column.text("match").highlighted())
                .text("right")
                .note("type a query")
                .build();
    }

    /** The KWIC of one slice of the selection: the documents matching {@code where}, no filter stacked. */
    static KwicView within(String query, String where, Table first) {
        KwicView k = new KwicView(query, "doc", first);
        k.where = where;
        return k;
    }

    String query() {
        return query;
    }

    String sortKey() {
        return SORTS.get(sort);
    }

    @Override
    protected List<String> shownColumns() {
        return SHOWN;
    }

    @Override
    String name() {
        return "KWIC";
    }

    @Override
    String title() {
        return problem.isEmpty() ? super.title() : problem;
    }

    @Override
    String position() {
        return super.position() + "  key " + sortKey();
    }

    @Override
    String hits() {
        return query.isBlank() ? "" : table.rows().size() + (table.rows().size() == 1 ? " line" : " lines");
    }

    /** The live editor: each change marks the lines stale; the next frame runs the query once. */
    void edit(FullScreen fs) {
        fs.prompt("kwic: ", query, q -> change(q), this::change);
    }

    private void change(String q) {
        if (!q.equals(query)) {
            query = q;
            stale = true;
        }
    }

    @Override
    void settle(FullScreen fs, int screenWidth) {
        if (screenWidth != width) {
            width = screenWidth;
            stale = true;
        }
        if (!stale) return;
        stale = false;
        if (query.isBlank()) {
            problem = "";
            shown = null;
            setTable(empty());
            return;
        }
        // Context to fill the screen: what the id, line and match columns leave, halved.
        int context = Math.max(10, (width - 20 - 5 - 16 - 8) / 2);
        try {
            Table t = fs.runLive(request(context));
            problem = "";
            setTable(t);
            shown = request(null);
        } catch (CorpexException e) {
            // A query half typed ("data cen, /\$\d+(/) is not an error yet: say it, keep the lines.
            problem = e.getMessage().lines().findFirst().orElse("");
        }
    }

    /** The kwic this screen runs, with {@code width} characters of context (null: kwic's own default). */
    private Request request(Integer width) {
        return KwicCommand.request(query, sortKey(), width, where, false);
    }

    /**
     * The lines with kwic's own context, not the screen's (15 characters a side at 80 columns, 75 at 200): the file is
     * what {@code kwic QUERY > FILE} writes, in the order on screen.
     */
    @Override
    Table exported(FullScreen fs) {
        return shown == null ? table() : inViewOrder(fs.runOrThrow(shown));
    }

    @Override
    boolean key(KeyStroke k, FullScreen fs) {
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            switch (k.getCharacter()) {
                case 'o' -> {
                    sort = (sort + 1) % SORTS.size();
                    stale = true;
                    fs.say("sorted by " + sortKey());
                    return true;
                }
                case 'O' -> {
                    sort = (sort + SORTS.size() - 1) % SORTS.size();
                    stale = true;
                    fs.say("sorted by " + sortKey());
                    return true;
                }
                case 'i' -> {
                    edit(fs);
                    return true;
                }
                default -> {}
            }
        }
        if (k.getKeyType() == KeyType.Tab) {
            edit(fs);
            return true;
        }
        return super.key(k, fs);
    }

    /** Enter: the document at this hit; the nth hit of its line when several share it. */
    @Override
    protected void open(FullScreen fs) {
        int r = selectedRow();
        if (r < 0) {
            fs.say("no lines: type a query (i)");
            return;
        }
        int di = table.columnIndex("doc"), li = table.columnIndex("line"), si = table.columnIndex("start");
        List<Object> row = table.rows().get(r);
        String doc = Table.format(row.get(di));
        Object line = row.get(li);
        long start = ((Number) row.get(si)).longValue();
        int nth = 0;
        for (List<Object> other : table.rows()) {
            if (doc.equals(Table.format(other.get(di)))
                    && line.equals(other.get(li))
                    && ((Number) other.get(si)).longValue() < start) nth++;
        }
        fs.openDocument(doc, ((Number) line).intValue(), nth);
    }
}
