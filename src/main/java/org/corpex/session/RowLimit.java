package org.corpex.session;

import java.util.List;
import java.util.Locale;
import org.corpex.base.CorpexException;
import org.corpex.table.Provenance;
import org.corpex.table.Table;

/**
 * The one rule for how many rows a command returns: every row, unless the user gave {@code --limit N}. A default cut
 * belongs to the screen (the printer and the full screen cut what they show and say so); a table that goes to a file, a
 * pipe or another format is whole. When the user's limit cuts a result, the table says so in a note and a warning
 * (stderr).
 */
public final class RowLimit {
    private RowLimit() {}

    /** The rows to keep for {@code --limit} as given: null or 0 for all. */
    public static int of(String command, Integer limit) {
        if (limit == null || limit == 0) return Integer.MAX_VALUE;
        if (limit < 0) throw new CorpexException(command + ": --limit takes a number of 0 or more (0 for all)");
        return limit;
    }

    /** "; showing 3 of 16 (--limit 3)", or "" when nothing was cut. */
    public static String note(long shown, long total) {
        return shown < total
                ? String.format(Locale.ROOT, "; showing %,d of %,d (--limit %,d)", shown, total, shown)
                : "";
    }

    /** The warning for a cut result, or null when nothing was cut. */
    public static String warning(String command, long shown, long total, String what) {
        return shown < total
                ? String.format(
                        Locale.ROOT, "%s: %,d of %,d %s" + Provenance.CUT + "%,d)", command, shown, total, what, shown)
                : null;
    }

    /**
     * The first {@code max} rows of a table a command made whole, with a note and a warning when that cut it: for
     * commands whose rows cost nothing to count (figures, docs, compare).
     */
    public static Table apply(Table t, String command, int max, String what) {
        int n = t.rows().size();
        if (n <= max) return t;
        return t.withRows(t.rows().subList(0, max))
                .withNotes(List.of(String.format(Locale.ROOT, "showing %,d of %,d (--limit %,d)", max, n, max)))
                .withWarnings(List.of(warning(command, max, n, what)));
    }
}
