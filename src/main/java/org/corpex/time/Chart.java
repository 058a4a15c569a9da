package org.corpex.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpex.table.Table;
import org.corpex.table.TextTable;

/**
 * Text charts for the screen: horizontal bars (one line a period) and sparklines (one line a series, one character a
 * period). Both fit a given width; they go into a table's notes, which only text output shows, so an export carries the
 * numbers alone.
 */
public final class Chart {
    private Chart() {}

    private static final char[] LEVELS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};
    private static final char FULL = '█';
    private static final char[] PARTS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'};

    /**
     * One bar per label, scaled so the largest value fills what the width leaves after the labels and values; eighths
     * of a character keep small differences visible.
     */
    public static List<String> bars(List<String> labels, List<Double> values, int width) {
        int lw = 0, vw = 0;
        double max = 0;
        for (int i = 0; i < labels.size(); i++) {
            lw = Math.max(lw, TextTable.width(labels.get(i)));
            vw = Math.max(vw, Table.format(values.get(i)).length());
            max = Math.max(max, values.get(i));
        }
        int room = Math.max(1, width - lw - vw - 4);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i);
            int eighths = max <= 0 ? 0 : (int) Math.round(v / max * room * 8);
            if (v > 0 && eighths == 0) eighths = 1; // something is never drawn as nothing
            String bar = String.valueOf(FULL).repeat(eighths / 8)
                    + (eighths % 8 == 0 ? "" : String.valueOf(PARTS[eighths % 8]));
            String label = labels.get(i);
            out.add((label + " ".repeat(lw - TextTable.width(label)) + "  "
                            + " ".repeat(vw - Table.format(v).length()) + Table.format(v) + "  " + bar)
                    .stripTrailing());
        }
        return out;
    }

    /**
     * One sparkline per series, every series on one scale (so heights compare across lines); zero is a space-like dot
     * so gaps show. When there are more periods than room, the last ones are drawn and the first line says so.
     */
    public static List<String> sparklines(List<String> names, List<double[]> series, int width) {
        int nw = 0;
        double max = 0;
        for (int i = 0; i < names.size(); i++) {
            nw = Math.max(nw, TextTable.width(names.get(i)));
            for (double v : series.get(i)) max = Math.max(max, v);
        }
        nw = Math.min(nw, Math.max(8, width / 3));
        int periods = series.isEmpty() ? 0 : series.get(0).length;
        int room = Math.max(1, width - nw - 2);
        int from = Math.max(0, periods - room);
        List<String> out = new ArrayList<>();
        if (from > 0) out.add(String.format(Locale.ROOT, "(the last %d of %d periods)", periods - from, periods));
        for (int i = 0; i < names.size(); i++) {
            String name = TextTable.cut(names.get(i), nw);
            StringBuilder b = new StringBuilder(name)
                    .append(" ".repeat(nw - TextTable.width(name)))
                    .append("  ");
            double[] s = series.get(i);
            for (int p = from; p < periods; p++) b.append(level(s[p], max));
            out.add(b.toString());
        }
        return out;
    }

    /** The block for one value: · for zero, else one of eight heights. */
    static char level(double v, double max) {
        if (v <= 0 || max <= 0) return '·';
        int k = (int) Math.ceil(v / max * LEVELS.length) - 1;
        return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, k))];
    }
}
