package org.corpex.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.index.Corpus;

/**
 * The periods a publication date falls into, as {@code trend --by} and {@code count --by} name them: day
 * {@code 2025-03-09}, ISO week {@code 2025-W10} (Monday to Sunday, weeks numbered as ISO 8601 does, so a week keeps its
 * 7 days across a new year), month {@code 2025-03}, quarter {@code 2025-Q1}, year {@code 2025}, decade {@code 2020s}. A
 * date too coarse for the period (2025-03 by day) or one the loader could not read has no period: it is counted as
 * {@link #UNDATED}.
 */
public enum Period implements Choice {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    DECADE;

    /** The row label of documents with no date, an unreadable one, or one coarser than the period. */
    public static final String UNDATED = "undated";

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String word() {
        return label();
    }

    /** The period by its name (day, week, month, quarter, year), or a one-line error naming them. */
    public static Period parse(String command, String name) {
        try {
            return Choice.of(Period.class, name);
        } catch (Choice.Unknown e) {
            throw new CorpexException(command + ": --by " + e.getMessage());
        }
    }

    /**
     * The period a trend is by when none is asked for: month, unless most dated documents in {@code docs} are dated to
     * the year alone (speeches, reports: 1790), then year, so that their counts do not all fall in "undated".
     */
    public static Period auto(Corpus corpus, BitSet docs) {
        int dated = 0, withMonth = 0;
        for (int d = docs.nextSetBit(0); d >= 0; d = docs.nextSetBit(d + 1)) {
            Matcher m = ISO.matcher(
                    corpus.get(d).date() == null ? "" : corpus.get(d).date().strip());
            if (!m.matches()) continue;
            dated++;
            if (m.group(2) != null) withMonth++;
        }
        return dated > 0 && withMonth * 2 < dated ? YEAR : MONTH;
    }

    /** True for day, week, month, quarter, year and decade: the names --by reads as periods of the date. */
    public static boolean isPeriod(String name) {
        for (Period p : values()) if (p.label().equalsIgnoreCase(name)) return true;
        return false;
    }

    /** Each corpus's documents' periods, worked out once per grain: the corpus never changes. */
    private static final Map<Corpus, String[][]> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** The period of document {@code doc} of a corpus (null: none at this grain), remembered for the corpus. */
    public String of(Corpus corpus, int doc) {
        String[][] all = CACHE.computeIfAbsent(corpus, c -> new String[values().length][]);
        String[] mine = all[ordinal()];
        if (mine == null) {
            String[] labels = new String[corpus.size()];
            for (int d = 0; d < labels.length; d++) labels[d] = of(corpus.get(d).date());
            all[ordinal()] = mine = labels;
        }
        return mine[doc];
    }

    /** The period of a document's date (as the loader normalised it), or null when it has none at this grain. */
    public String of(String date) {
        Matcher m = ISO.matcher(date == null ? "" : date.strip());
        if (!m.matches()) return null;
        String y = m.group(1), mo = m.group(2), d = m.group(3);
        switch (this) {
            case DECADE:
                return y.substring(0, 3) + "0s";
            case YEAR:
                return y;
            case QUARTER:
                return mo == null ? null : y + "-Q" + ((Integer.parseInt(mo) - 1) / 3 + 1);
            case MONTH:
                return mo == null ? null : y + "-" + mo;
            default:
        }
        if (d == null) return null;
        LocalDate day;
        try {
            day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
        return this == DAY ? day.toString() : week(day);
    }

    private static String week(LocalDate day) {
        return String.format(
                Locale.ROOT,
                "%04d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The first day of a period label this enum made. */
    public LocalDate start(String label) {
        switch (this) {
            case DECADE:
                return LocalDate.of(Integer.parseInt(label.substring(0, 4)), 1, 1);
            case YEAR:
                return LocalDate.of(Integer.parseInt(label), 1, 1);
            case QUARTER:
                return LocalDate.of(Integer.parseInt(label.substring(0, 4)), (label.charAt(6) - '1') * 3 + 1, 1);
            case MONTH:
                return LocalDate.of(
                        Integer.parseInt(label.substring(0, 4)), Integer.parseInt(label.substring(5, 7)), 1);
            case DAY:
                return LocalDate.parse(label);
            default:
        }
        int y = Integer.parseInt(label.substring(0, 4)), w = Integer.parseInt(label.substring(6));
        // The Monday of ISO week 1 is the Monday of the week holding January 4th.
        LocalDate week1 = LocalDate.of(y, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return week1.plusWeeks(w - 1L);
    }

    /** The last day of a period. */
    public LocalDate end(String label) {
        LocalDate s = start(label);
        return switch (this) {
            case DAY -> s;
            case WEEK -> s.plusDays(6);
            case MONTH -> s.plusMonths(1).minusDays(1);
            case QUARTER -> s.plusMonths(3).minusDays(1);
            case YEAR -> s.plusYears(1).minusDays(1);
            case DECADE -> s.plusYears(10).minusDays(1);
        };
    }

    /** The period after this one. */
    public String next(String label) {
        return of(end(label).plusDays(1).toString());
    }

    /**
     * The filter expression for the documents of a period: what Enter on a trend cell and the tests use to check a cell
     * against filter and kwic. A date written coarser than the period (2025-03 for a day) also satisfies it, as it does
     * any filter at a finer grain.
     */
    public String filter(String label) {
        return switch (this) {
            case DAY, MONTH, YEAR -> "date=" + label;
            case QUARTER ->
                "date>=" + label.substring(0, 4) + "-"
                        + String.format(Locale.ROOT, "%02d", (label.charAt(6) - '1') * 3 + 1) + " date<="
                        + end(label).toString().substring(0, 7);
            case WEEK -> "date>=" + start(label) + " date<=" + end(label);
            case DECADE -> "date>=" + label.substring(0, 4) + " date<=" + label.substring(0, 3) + "9";
        };
    }
}
