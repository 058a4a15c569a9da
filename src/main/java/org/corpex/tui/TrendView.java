package org.corpex.tui;

import org.corpex.shell.Words;
import org.corpex.table.Table;
import org.corpex.time.Period;
import org.corpex.time.TrendCommand;

import java.util.List;
import java.util.Set;

/**
 * A {@code trend} table: periods down, sources (or any --per field) across. Enter on a cell opens
 * the KWIC of that period and that source: the same query, within the documents the cell counted,
 * without stacking a filter. On the period column (or without --per) it is the whole period.
 */
final class TrendView extends TableView {
    /** Columns that are not a --per value: Enter on them means the whole period. */
    private static final Set<String> WHOLE = Set.of("period", "total", "hits", "documents", "with_hits", "tokens", "per_million", "percent_docs");

    private final String query;
    private final Period period;
    private final String per;

    private TrendView(Table t, String query, Period period, String per) {
        super(t);
        this.query = query;
        this.period = period;
        this.per = per;
    }

    /** The view of a trend table, reading --by and --per from the line that made it. */
    static TrendView of(Table t, String line, String query) {
        List<Words.Word> words = Words.split(line);
        Period p = Period.MONTH;
        String per = null;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i).value();
            String value = w.contains("=") ? w.substring(w.indexOf('=') + 1) : i + 1 < words.size() ? words.get(i + 1).value() : null;
            if (w.equals("--by") || w.startsWith("--by=")) p = Period.parse("trend", value);
            if (w.equals("--per") || w.startsWith("--per=")) per = value;
        }
        return new TrendView(t, query, p, per == null ? null : per.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @Override String name() { return "Trend"; }

    @Override
    protected void open(FullScreen fs) {
        Object label = selected("period");
        if (label == null) { fs.say("nothing to open"); return; }
        String column = currentColumn();
        boolean whole = per == null || column == null || WHOLE.contains(column);
        String where = TrendCommand.cellFilter(period, label.toString(), whole ? null : per, whole ? null : column);
        String kase = fs.session().lastQueryCaseSensitive() ? " --case" : "";
        Table t = fs.run("kwic --where " + Words.quote(where) + kase + " -- " + query);
        if (t == null) return;
        fs.push(KwicView.within(query, where, t));
        fs.say(label + (whole ? "" : " · " + column) + ": " + (t.notes().isEmpty() ? "" : t.notes().get(0)));
    }
}
