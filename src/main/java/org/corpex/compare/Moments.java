package org.corpex.compare;

import java.time.temporal.ChronoUnit;
import org.corpex.language.When;

/**
 * When two figures' times may be one fact's, and when they are one moment of it.
 *
 * <p>A time the text gives (a period, a day) is compared as written; a report that gives none is of its document's
 * date. Two reports of one fact may be weeks apart (the same quarter's revenue told again); they are one
 * <em>moment</em> only when their times are one, or when they were written a few days apart about a measure that does
 * not move from day to day. Values that differ across moments are the fact evolving; within one, a conflict.
 */
final class Moments {
    private Moments() {}

    /** Reports of a figure as of their documents' dates this many days apart or more are never one fact. */
    static final int AS_OF_WINDOW = 14;
    /** The same for a measure that does not move from day to day (a plan announced, a total filed): three weeks. */
    static final int STEADY_WINDOW = 21;
    /** Reports this many days apart or fewer are of one moment, for a measure that does not move from day to day. */
    static final int SAME_MOMENT_DAYS = 7;
    /** For a measure that moves daily, a report this many days after the day another names is still of that day. */
    static final int MOVING_DAY_AFTER = 2;

    /** Whether two times may be one fact's: explicit times that are one, or as-of dates within the window. */
    static boolean sameTimeAllowed(When a, When b, boolean moving) {
        if (a.kind() == When.Kind.UNKNOWN || b.kind() == When.Kind.UNKNOWN) return true;
        if (a.explicit() && b.explicit()) return sameExplicit(a, b) || a.cumulative() && b.cumulative();
        if (a.explicit() || b.explicit()) {
            When e = a.explicit() ? a : b, o = a.explicit() ? b : a;
            // a period's amount is not a running total to date
            if (o.cumulative() && !e.cumulative() && e.kind() == When.Kind.PERIOD) return false;
            return reportsOn(o, e);
        }
        // a document dated by its year or month only: another year or month is another time
        if (a.days() > 1 || b.days() > 1) return a.gap(b) == 0 && a.sameTime(b);
        return a.gap(b) < (moving ? AS_OF_WINDOW : STEADY_WINDOW);
    }

    /**
     * Two times the texts give are one: the same day, a day inside the same week ("released Tuesday", "this week"), or
     * periods that mostly overlap.
     */
    static boolean sameExplicit(When a, When b) {
        if (a.kind() == When.Kind.DAY && b.kind() == When.Kind.DAY)
            return a.from().equals(b.from());
        if (a.kind() != b.kind()) {
            When day = a.kind() == When.Kind.DAY ? a : b, period = a.kind() == When.Kind.DAY ? b : a;
            // a day in its week ("released Tuesday", "this week"), or the day a plan for years was told ("announced
            // today", "for 2025-2028")
            return (period.days() <= 7 || period.days() > 366)
                    && !day.from().isBefore(period.from())
                    && !day.from().isAfter(period.to());
        }
        return a.sameTime(b);
    }

    /**
     * Whether a report that names no time (as of its date) can be of the time another names: a day or a week it was
     * written in or soon after; a longer period (a month, a quarter, a year) only once it had ended, as a total for
     * January cannot be told on the fourth of January; a span of years (a plan "for 2025-2028", a record "over three
     * decades") while it runs.
     */
    static boolean reportsOn(When asOf, When period) {
        if (asOf.to().isBefore(period.from())) return false;
        if (asOf.from().isAfter(period.to().plusDays(AS_OF_WINDOW))) return false;
        if (period.cumulative() || period.days() <= 7) return true;
        if (period.days() > 366) return true;
        return !asOf.to().isBefore(period.to().minusDays(3));
    }

    /**
     * Whether two reports of one fact are of one moment: the same poll, the same time the texts give, a report a day or
     * two after the day another names, or days a few apart for a measure that does not move from day to day.
     */
    static boolean oneMoment(When x, When y, boolean samePoll, boolean moving) {
        if (x.kind() == When.Kind.UNKNOWN || y.kind() == When.Kind.UNKNOWN) return true;
        // one poll is one moment, whenever each outlet reported it
        if (samePoll) return true;
        if (x.explicit() && y.explicit()) return sameExplicit(x, y);
        if (x.explicit() != y.explicit()) {
            When e = x.explicit() ? x : y, o = x.explicit() ? y : x;
            if (e.kind() == When.Kind.DAY) {
                // "Saturday's convention", written on Sunday
                return !o.from().isBefore(e.from())
                        && ChronoUnit.DAYS.between(e.from(), o.from())
                                <= (moving ? MOVING_DAY_AFTER : SAME_MOMENT_DAYS);
            }
            if (!e.cumulative()) return reportsOn(o, e); // a period, and a report that says no time
            // "since June" against "as of": both running totals, one moment if written about the same day
            return Math.abs(ChronoUnit.DAYS.between(e.to(), o.from())) <= (moving ? 0 : SAME_MOMENT_DAYS);
        }
        long gap = x.gap(y);
        if (x.days() > 1 || y.days() > 1) return gap == 0 && x.sameTime(y);
        if (gap == 0) return true;
        return !moving && gap <= SAME_MOMENT_DAYS;
    }

    /**
     * Whether of two running totals within the window the later is the lower (a total cannot shrink); then they
     * conflict.
     */
    static boolean shrinking(When x, double[] xAllowed, When y, double[] yAllowed) {
        if (!x.cumulative() && !y.cumulative() || x.to() == null || y.to() == null || x.to().equals(y.to()))
            return false;
        if (Math.abs(ChronoUnit.DAYS.between(x.to(), y.to())) > AS_OF_WINDOW) return false;
        boolean xFirst = x.to().isBefore(y.to());
        double[] earlier = xFirst ? xAllowed : yAllowed, later = xFirst ? yAllowed : xAllowed;
        return later[1] < earlier[0];
    }
}
