package org.corpex.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.base.CorpexException;
import org.corpex.index.Corpus;
import org.corpex.query.Fields;

/**
 * One way of sorting documents into groups: the value of a field (source, any metadata field) or the period of the date
 * (day, week, month, quarter, year). A field the corpus has wins over a period of the same name, as in filters: in
 * speeches with a "year" column, {@code --by year} means that column.
 *
 * @param name as the user wrote it, lower-cased
 * @param period the period of the date, or null for a field
 */
public record Grouping(String name, Period period) {

    /** The label of documents whose field is empty. */
    public static final String NONE = "(none)";

    /** The grouping a --by or --per names, or a one-line error listing what may be named. */
    public static Grouping of(String command, String option, Corpus corpus, String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (Fields.FIXED.contains(n) || corpus.metaKeys().contains(n)) return new Grouping(n, null);
        if (Period.isPeriod(n)) return new Grouping(n, Period.parse(command, n));
        List<String> known = new ArrayList<>(Fields.FIXED);
        known.addAll(corpus.metaKeys());
        throw new CorpexException(command + ": " + option + ": unknown field '" + name + "'; fields: "
                + String.join(", ", known) + "; periods of the date: day, week, month, quarter, year");
    }

    /** The group of a document. */
    public String label(Corpus corpus, int doc) {
        if (period != null) {
            String p = period.of(corpus, doc);
            return p == null ? Period.UNDATED : p;
        }
        List<String> v = Fields.values(corpus, doc, name);
        String s = v.isEmpty() ? "" : v.get(0).strip();
        return s.isEmpty() ? NONE : s;
    }

    /**
     * The groups in the order a reader expects: periods in time order with undated last; other values by their total,
     * largest first, then by name.
     */
    public List<String> order(Map<String, ? extends Number> totals) {
        List<String> keys = new ArrayList<>(totals.keySet());
        if (period != null) {
            keys.sort(Comparator.comparing((String k) -> k.equals(Period.UNDATED))
                    .thenComparing(Comparator.naturalOrder()));
        } else {
            keys.sort(Comparator.comparing((String k) -> -totals.get(k).doubleValue())
                    .thenComparing(Comparator.naturalOrder()));
        }
        return keys;
    }
}
