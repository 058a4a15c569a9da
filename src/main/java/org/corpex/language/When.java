package org.corpex.language;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The time a figure refers to: a period the text gives ("in the fourth quarter", "from 2012 to 2014"), a day it names
 * ("on Saturday", "yesterday"), or, when it names none, the document's date (the figure as of the day it was written).
 * Relative times are resolved against that date.
 *
 * @param from first day (null when unknown)
 * @param to last day (null when unknown)
 * @param kind what the text says of the time
 * @param cumulative a running total ("so far", "to date", "since June", "throughout the cycle")
 * @param label the time as shown ("2015-Q4", "2016-04-16", "as of 2016-05-05")
 */
public record When(LocalDate from, LocalDate to, Kind kind, boolean cumulative, String label) {

    public enum Kind {
        /** A period the text gives: a year, a quarter, a month, a span. */
        PERIOD,
        /** A day the text names. */
        DAY,
        /** No time in the text: the document's date. */
        AS_OF,
        /** No time in the text and no date on the document. */
        UNKNOWN
    }

    public static final When UNKNOWN = new When(null, null, Kind.UNKNOWN, false, "");

    public boolean explicit() {
        return kind == Kind.PERIOD || kind == Kind.DAY;
    }

    /** Days the period spans (1 for a day). */
    public long days() {
        return from == null ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Whether two explicit times are one: their overlap is at least half their union ("2015-Q4" and "the last three
     * months of 2015"; "2012 to 2014" and "June 2012 to April 2014"), so that a year and one of its quarters are two
     * times.
     */
    public boolean sameTime(When o) {
        if (from == null || o.from == null) return false;
        LocalDate a = from.isAfter(o.from) ? from : o.from, b = to.isBefore(o.to) ? to : o.to;
        if (a.isAfter(b)) return false;
        long overlap = ChronoUnit.DAYS.between(a, b) + 1;
        LocalDate u0 = from.isBefore(o.from) ? from : o.from, u1 = to.isAfter(o.to) ? to : o.to;
        long union = ChronoUnit.DAYS.between(u0, u1) + 1;
        return overlap * 2 >= union;
    }

    /** Days between the ends of two times (0 when they overlap). */
    public long gap(When o) {
        if (from == null || o.from == null) return Long.MAX_VALUE;
        if (to.isBefore(o.from)) return ChronoUnit.DAYS.between(to, o.from);
        if (o.to.isBefore(from)) return ChronoUnit.DAYS.between(o.to, from);
        return 0;
    }

    /** A compact form for storage: kind, from, to, cumulative, label. */
    public String encode() {
        if (kind == Kind.UNKNOWN) return "";
        return kind.ordinal() + "|" + from + "|" + to + "|" + (cumulative ? 1 : 0) + "|" + label;
    }

    public static When decode(String s) {
        if (s == null || s.isEmpty()) return UNKNOWN;
        String[] p = s.split("\\|", 5);
        return new When(
                LocalDate.parse(p[1]),
                LocalDate.parse(p[2]),
                Kind.values()[Integer.parseInt(p[0])],
                p[3].equals("1"),
                p[4]);
    }
}
