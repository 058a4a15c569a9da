package org.corpex.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corpex.kwic.KwicCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import org.corpex.time.Chart;
import org.corpex.time.Period;
import org.corpex.time.TrendCommand;

/**
 * A {@code trend} table: periods down, sources (or any --per field) across. Enter on a cell opens the KWIC of that
 * period and that source: the same query, within the documents the cell counted, without stacking a filter. On the
 * period column (or without --per) it is the whole period.
 */
final class TrendView extends TableView {
    /** Columns that are not a --per value: Enter on them means the whole period. */
    private static final Set<String> WHOLE =
            Set.of("period", "total", "hits", "documents", "with_hits", "tokens", "per_million", "percent_docs");

    private final String query;
    private final Period period;
    private final String per;

    private TrendView(Table t, String query, Period period, String per) {
        super(t);
        this.query = query;
        this.period = period;
        this.per = per;
    }

    /** The view of a trend table, cut as its command's parameters say. */
    static TrendView of(Table t, String query, Session session) {
        TrendCommand.Cut p = t.parameters(TrendCommand.Cut.class)
                .orElseGet(() -> new TrendCommand.Cut(Period.auto(session.corpus(), session.selection()), null, null));
        return new TrendView(t, query, p.period(), p.per());
    }

    @Override
    String name() {
        return "Trend";
    }

    /**
     * The table, and under it the chart the prompt shows after it: a sparkline a column, one mark a period (the undated
     * row aside), as many lines as leave the table room.
     */
    @Override
    void draw(Canvas c) {
        List<String> chart = chart(c.width - 2);
        // Right under the rows when they all fit, else at the foot of the screen.
        int room = Math.min(c.height - chart.size() - 1, table.rows().size() + 1);
        if (chart.isEmpty() || room < Math.min(8, table.rows().size() + 1)) {
            super.draw(c);
            return;
        }
        super.draw(c.first(room));
        for (int i = 0; i < chart.size(); i++) c.put(1, room + 1 + i, chart.get(i), Style.Kind.NORMAL);
    }

    /** Sparklines of the value columns (at most six), over the dated periods. */
    private List<String> chart(int width) {
        int rows = table.rows().size() - 1; // the last row is undated
        if (rows < 2) return List.of();
        // Without --per, the one measure: the norm's column when there is one, else the hits.
        String single = table.columnIndex("per_million") >= 0
                ? "per_million"
                : table.columnIndex("percent_docs") >= 0 ? "percent_docs" : "hits";
        List<String> names = new ArrayList<>();
        List<double[]> series = new ArrayList<>();
        for (int c = 0; c < table.columns().size() && names.size() < 6; c++) {
            String n = table.columns().get(c).name();
            boolean value = per != null ? !WHOLE.contains(n) : n.equals(single);
            if (!value || !table.columns().get(c).numeric()) continue;
            double[] v = new double[rows];
            for (int r = 0; r < rows; r++) v[r] = table.rows().get(r).get(c) instanceof Number x ? x.doubleValue() : 0;
            names.add(n);
            series.add(v);
        }
        return series.isEmpty() ? List.of() : Chart.sparklines(names, series, width);
    }

    @Override
    protected void open(FullScreen fs) {
        if (query.isEmpty() || query.equals("*")) {
            fs.say("a trend of documents (*) has no hits to show in context");
            return;
        }
        Object label = selected("period");
        if (label == null) {
            fs.say("nothing to open");
            return;
        }
        String column = currentColumn();
        boolean whole = per == null || column == null || WHOLE.contains(column);
        String where = TrendCommand.cellFilter(period, label.toString(), whole ? null : per, whole ? null : column);
        Table t = fs.run(
                KwicCommand.request(query, null, null, where, fs.session().lastQueryCaseSensitive()));
        if (t == null) return;
        fs.push(KwicView.within(query, where, t));
        fs.say(label + (whole ? "" : " · " + column) + ": "
                + (t.notes().isEmpty() ? "" : t.notes().get(0)));
    }
}
