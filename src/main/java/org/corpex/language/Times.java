package org.corpex.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The time expressions of a sentence, resolved against the document's date: years ("in 2015", "fiscal 2015"), months
 * ("in January", "September's"), quarters and halves ("the fourth quarter", "the last three months of 2015"), spans
 * ("from 2012 to 2014", "between June 2012 and April 2014", "over the past three decades", "since June"), days ("on
 * Saturday", "Tuesday's caucuses", "yesterday", "March 15"), relative ones ("last month", "four years ago"), and the
 * words of a running total ("so far", "to date", "this cycle"). A bound or a deadline ("by 2025", "until June", "next
 * Tuesday") is not the time a figure refers to and is passed over.
 */
public final class Times {
    private Times() {}

    /** A time expression: the tokens it spans and the time it names (null for a running-total word alone). */
    public record Found(int first, int last, When when, boolean total) {}

    /** A word of times.tsv: its type, its value, and for a month whether it is the month's full name. */
    private record Word(String type, int value, boolean name) {}

    private static final Map<String, Word> WORDS = load();

    private static Map<String, Word> load() {
        Map<String, Word> m = new HashMap<>();
        try (InputStream in = Times.class.getResourceAsStream("times.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                m.put(
                        c[0],
                        new Word(
                                c[1],
                                c.length > 2 && !c[2].isEmpty() ? Integer.parseInt(c[2]) : 0,
                                c.length > 3 && c[3].equals("name")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /**
     * The number (1 to 12) of a month's full name in lower case ("march": 3), or 0 for any other word ("mar", "marc").
     */
    public static int monthOfName(String lower) {
        Word w = WORDS.get(lower);
        return w != null && w.name() ? w.value() : 0;
    }

    /** Every word of a month, full or abbreviated, in lower case and without a final dot ("january", "jan", "sept"). */
    public static Set<String> monthWords() {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Word> e : WORDS.entrySet()) {
            if (!e.getValue().type().equals("month")) continue;
            String k = e.getKey();
            out.add(k.endsWith(".") ? k.substring(0, k.length() - 1) : k);
        }
        return Set.copyOf(out);
    }

    /** Words that open a time expression without being in times.tsv. */
    private static final Set<String> OPENERS = Set.of(
            "between",
            "from",
            "quarter",
            "half",
            "yesterday",
            "today",
            "tonight",
            "last",
            "this",
            "past",
            "previous",
            "so",
            "to",
            "all");

    private static boolean quarterCode(String w) {
        return w.length() == 2 && (w.charAt(0) == 'q' || w.charAt(0) == 'h') && Character.isDigit(w.charAt(1));
    }

    private static String type(Tok t) {
        Word w = WORDS.get(t.lower());
        return w == null ? "" : w.type();
    }

    private static int value(Tok t) {
        Word w = WORDS.get(t.lower());
        return w == null ? 0 : w.value();
    }

    private static int year(Tok t) {
        String s = t.lower();
        if (s.length() != 4 || !t.digit()) return -1;
        for (int i = 0; i < 4; i++) if (!Character.isDigit(s.charAt(i))) return -1;
        int y = Integer.parseInt(s);
        return y >= 1700 && y <= 2199 ? y : -1;
    }

    /** A month token: "May" and "March" only capitalised (else they are a verb), others in any case. */
    private static int month(Tok t) {
        if (!type(t).equals("month")) return 0;
        if ((t.is("may") || t.is("march")) && !t.cap()) return 0;
        return value(t);
    }

    private static int number(Tok t) {
        if (t.digit()) {
            try {
                return Integer.parseInt(t.lower().replace(",", ""));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return type(t).equals("number") ? value(t) : -1;
    }

    private static boolean at(List<Tok> toks, int i, String lower) {
        return i >= 0 && i < toks.size() && toks.get(i).is(lower);
    }

    private static boolean phrase(List<Tok> toks, int i, String a, String b) {
        return at(toks, i, a) && at(toks, i + 1, b);
    }

    /** Every time expression of the tokens, resolved against {@code date} (null: absolute years and days only). */
    public static List<Found> find(List<Tok> toks, LocalDate date) {
        List<Found> out = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Tok t = toks.get(i);
            if (!t.word()) continue;
            // most words are no part of a time: passed over with one lookup
            if (!t.digit() && !WORDS.containsKey(t.lower()) && !OPENERS.contains(t.lower()) && !quarterCode(t.lower()))
                continue;
            String type = type(t);
            // running totals
            if (phrase(toks, i, "so", "far")
                    || phrase(toks, i, "to", "date")
                    || phrase(toks, i, "all", "told")
                    || phrase(toks, i, "in", "all")
                            && (i + 2 >= n || !toks.get(i + 2).word())
                    || phrase(toks, i, "in", "total")) {
                out.add(new Found(i, i + 1, null, true));
                i++;
                continue;
            }
            if (type.equals("total")) {
                out.add(new Found(i, i, null, true));
                continue;
            }
            int y = year(t);
            // spans: "from 2012 to 2014", "between June 2012 and April 2014", "2012-2014"
            if (t.is("between") || t.is("from")) {
                int[] a = monthYear(toks, i + 1);
                if (a != null) {
                    int j = a[2] + 1;
                    if (at(toks, j, "and")
                            || at(toks, j, "to")
                            || at(toks, j, "through")
                            || at(toks, j, "until")
                            || at(toks, j, "-")) {
                        int[] b = monthYear(toks, j + 1);
                        if (b != null && b[1] >= a[1]) {
                            LocalDate from = LocalDate.of(a[1], Math.max(1, a[0]), 1);
                            LocalDate to = b[0] > 0
                                    ? LocalDate.of(b[1], b[0], 1).with(TemporalAdjusters.lastDayOfMonth())
                                    : LocalDate.of(b[1], 12, 31);
                            out.add(new Found(
                                    i, b[2], new When(from, to, When.Kind.PERIOD, false, label(from, to)), false));
                            i = b[2];
                            continue;
                        }
                    }
                }
            }
            if (t.digit() && t.lower().length() == 9 && t.lower().charAt(4) == '-') {
                int a = yearOf(t.lower().substring(0, 4)), b = yearOf(t.lower().substring(5));
                if (a > 0 && b >= a) {
                    LocalDate from = LocalDate.of(a, 1, 1), to = LocalDate.of(b, 12, 31);
                    out.add(new Found(i, i, new When(from, to, When.Kind.PERIOD, false, a + "-" + b), false));
                    continue;
                }
            }
            if (y > 0) {
                if (bound(toks, i)) continue;
                int first = i;
                int m = i > 0 ? month(toks.get(i - 1)) : 0;
                // "June 5, 2016": a day
                if (i >= 3 && at(toks, i - 1, ",") && toks.get(i - 2).digit() && month(toks.get(i - 3)) > 0) {
                    int d = number(toks.get(i - 2));
                    int mm = month(toks.get(i - 3));
                    if (d >= 1 && d <= 31 && valid(y, mm, d)) {
                        LocalDate day = LocalDate.of(y, mm, d);
                        out.add(new Found(i - 3, i, new When(day, day, When.Kind.DAY, false, day.toString()), false));
                        continue;
                    }
                }
                if (m > 0) {
                    first = i - 1;
                    LocalDate from = LocalDate.of(y, m, 1), to = from.with(TemporalAdjusters.lastDayOfMonth());
                    boolean since = sinceBefore(toks, first);
                    if (since && date != null && !date.isBefore(from)) out.add(sinceFound(first, i, from, date));
                    else if (!since)
                        out.add(new Found(
                                first,
                                i,
                                new When(
                                        from,
                                        to,
                                        When.Kind.PERIOD,
                                        false,
                                        from.toString().substring(0, 7)),
                                false));
                    continue;
                }
                boolean since = sinceBefore(toks, i);
                LocalDate from = LocalDate.of(y, 1, 1);
                if (since) {
                    if (date != null && !date.isBefore(from)) out.add(sinceFound(i, i, from, date));
                    continue;
                }
                out.add(new Found(
                        i,
                        i,
                        new When(from, LocalDate.of(y, 12, 31), When.Kind.PERIOD, false, String.valueOf(y)),
                        false));
                continue;
            }
            // quarters and halves: "the fourth quarter (of 2015)", "Q4 2015", "the first half"
            if ((t.is("quarter") || t.is("half")) && i > 0) {
                int ord = type(toks.get(i - 1)).equals("ordinal") ? value(toks.get(i - 1)) : 0;
                if (ord != 0) {
                    boolean quarter = t.is("quarter");
                    int yy = i + 2 < n && toks.get(i + 1).is("of")
                            ? year(toks.get(i + 2))
                            : i + 1 < n ? year(toks.get(i + 1)) : -1;
                    int last = yy > 0 ? (toks.get(i + 1).is("of") ? i + 2 : i + 1) : i;
                    When w = part(quarter ? 3 : 6, ord, yy, date);
                    if (w != null) {
                        out.add(new Found(i - 1, last, w, false));
                        i = last;
                    }
                }
                continue;
            }
            if (t.lower().length() == 2
                    && (t.lower().charAt(0) == 'q' || t.lower().charAt(0) == 'h')
                    && Character.isDigit(t.lower().charAt(1))) {
                int ord = t.lower().charAt(1) - '0';
                boolean quarter = t.lower().charAt(0) == 'q';
                if (ord >= 1 && ord <= (quarter ? 4 : 2)) {
                    int yy = i + 1 < n ? year(toks.get(i + 1)) : -1;
                    When w = part(quarter ? 3 : 6, ord, yy, date);
                    if (w != null) {
                        out.add(new Found(i, yy > 0 ? i + 1 : i, w, false));
                        if (yy > 0) i++;
                    }
                }
                continue;
            }
            // "the first (last, final) three months of 2015", "the first four months of this year"
            if (type.equals("ordinal")
                    && i + 2 < n
                    && number(toks.get(i + 1)) > 0
                    && toks.get(i + 2).is("months")) {
                int k = number(toks.get(i + 1));
                int yy = i + 4 < n && toks.get(i + 3).is("of") ? year(toks.get(i + 4)) : -1;
                if (yy < 0
                        && date != null
                        && i + 5 < n
                        && toks.get(i + 3).is("of")
                        && toks.get(i + 5).is("year")) {
                    if (toks.get(i + 4).is("this")) yy = date.getYear();
                    else if (toks.get(i + 4).is("last")) yy = date.getYear() - 1;
                    if (yy > 0) {
                        boolean firstMonths = value(t) == 1;
                        LocalDate from = firstMonths ? LocalDate.of(yy, 1, 1) : LocalDate.of(yy, 12 - k + 1, 1);
                        LocalDate to = firstMonths
                                ? LocalDate.of(yy, Math.min(12, k), 1).with(TemporalAdjusters.lastDayOfMonth())
                                : LocalDate.of(yy, 12, 31);
                        out.add(new Found(
                                i, i + 5, new When(from, to, When.Kind.PERIOD, false, label(from, to)), false));
                        i += 5;
                        continue;
                    }
                }
                if (k >= 1 && k <= 12 && (yy > 0 || date != null)) {
                    int yr = yy > 0 ? yy : date.getYear();
                    boolean firstMonths = value(t) == 1;
                    LocalDate from = firstMonths ? LocalDate.of(yr, 1, 1) : LocalDate.of(yr, 12 - k + 1, 1);
                    LocalDate to = firstMonths
                            ? LocalDate.of(yr, k, 1).with(TemporalAdjusters.lastDayOfMonth())
                            : LocalDate.of(yr, 12, 31);
                    int last = yy > 0 ? i + 4 : i + 2;
                    out.add(new Found(i, last, new When(from, to, When.Kind.PERIOD, false, label(from, to)), false));
                    i = last;
                    continue;
                }
            }
            if (date == null) continue;
            int m = month(t);
            if (m > 0) {
                if (bound(toks, i)) continue;
                // "March 15": a day
                if (i + 1 < n && toks.get(i + 1).digit() && year(toks.get(i + 1)) < 0) {
                    int d = number(toks.get(i + 1));
                    if (d >= 1 && d <= 31) {
                        int yr = i + 3 < n && toks.get(i + 2).is(",") && year(toks.get(i + 3)) > 0
                                ? year(toks.get(i + 3))
                                : recentYear(date, m, d);
                        if (valid(yr, m, d)) {
                            LocalDate day = LocalDate.of(yr, m, d);
                            out.add(new Found(
                                    i, i + 1, new When(day, day, When.Kind.DAY, false, day.toString()), false));
                            i++;
                            continue;
                        }
                    }
                }
                if (i + 1 < n && year(toks.get(i + 1)) > 0) continue; // "June 2012": read at the year
                // "could win in November", "will vote in June": the month to come; else the latest one
                int yr = future(toks, i)
                        ? (m >= date.getMonthValue() ? date.getYear() : date.getYear() + 1)
                        : m <= date.getMonthValue() ? date.getYear() : date.getYear() - 1;
                LocalDate from = LocalDate.of(yr, m, 1);
                if (sinceBefore(toks, i)) {
                    out.add(sinceFound(i, i, from, date));
                    continue;
                }
                LocalDate to = from.with(TemporalAdjusters.lastDayOfMonth());
                out.add(new Found(
                        i,
                        i,
                        new When(
                                from,
                                to,
                                When.Kind.PERIOD,
                                false,
                                from.toString().substring(0, 7)),
                        false));
                continue;
            }
            if (type.equals("weekday")) {
                if (i > 0 && (type(toks.get(i - 1)).equals("skip"))) continue;
                if (!t.cap()) continue;
                LocalDate day = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(value(t))));
                if (i > 0 && toks.get(i - 1).is("since")) {
                    out.add(sinceFound(i - 1, i, day, date));
                    continue;
                }
                out.add(new Found(i, i, new When(day, day, When.Kind.DAY, false, day.toString()), false));
                continue;
            }
            if (t.is("yesterday") || t.is("today") || t.is("tonight")) {
                LocalDate day = t.is("yesterday") ? date.minusDays(1) : date;
                out.add(new Found(i, i, new When(day, day, When.Kind.DAY, false, day.toString()), false));
                continue;
            }
            // "last month", "this year", "last week"
            if ((t.is("last") || t.is("this") || t.is("past") || t.is("previous"))
                    && i + 1 < n
                    && type(toks.get(i + 1)).equals("unit")
                    && !toks.get(i + 1).lower().endsWith("s")) {
                When w = relative(toks.get(i + 1).lower(), t.is("this") ? 0 : -1, date);
                if (w != null) {
                    out.add(new Found(i, i + 1, w, false));
                    i++;
                }
                continue;
            }
            // "over the next five years", "in the next two quarters": the span to come (a plan's), from the document's
            // date
            if (t.is("next")
                    && i + 2 < n
                    && number(toks.get(i + 1)) > 0
                    && type(toks.get(i + 2)).equals("unit")
                    && i > 0
                    && (toks.get(i - 1).is("the") || toks.get(i - 1).is("over"))) {
                long days = (long) number(toks.get(i + 1)) * value(toks.get(i + 2));
                LocalDate to = date.plusDays(days);
                out.add(new Found(
                        i,
                        i + 2,
                        new When(
                                date,
                                to,
                                When.Kind.PERIOD,
                                false,
                                "next " + number(toks.get(i + 1)) + " "
                                        + toks.get(i + 2).lower()),
                        false));
                i += 2;
                continue;
            }
            // "(over) the past three decades", "in the last 12 months", "in 30 years"
            if ((t.is("past") || t.is("last") || t.is("previous") || t.is("in"))
                    && i + 2 < n
                    && number(toks.get(i + 1)) > 0
                    && type(toks.get(i + 2)).equals("unit")
                    && !(i + 3 < n && toks.get(i + 3).is("ago"))) {
                if (t.is("in")
                        && (i + 3 < n
                                && (toks.get(i + 3).is("from")
                                        || toks.get(i + 3).is("time")))) continue; // "in 30 years from now": ahead
                long days = (long) number(toks.get(i + 1)) * value(toks.get(i + 2));
                LocalDate from = date.minusDays(days - 1);
                out.add(new Found(i, i + 2, new When(from, date, When.Kind.PERIOD, false, label(from, date)), false));
                i += 2;
                continue;
            }
            // "four years ago": that year; "three days ago": that day
            if (number(t) > 0
                    && i + 2 < n
                    && type(toks.get(i + 1)).equals("unit")
                    && toks.get(i + 2).is("ago")) {
                int k = number(t);
                String unit = toks.get(i + 1).lower();
                When w;
                if (unit.startsWith("year")) {
                    int yr = date.getYear() - k;
                    w = new When(
                            LocalDate.of(yr, 1, 1),
                            LocalDate.of(yr, 12, 31),
                            When.Kind.PERIOD,
                            false,
                            String.valueOf(yr));
                } else if (unit.startsWith("month")) {
                    LocalDate from = date.minusMonths(k).withDayOfMonth(1);
                    w = new When(
                            from,
                            from.with(TemporalAdjusters.lastDayOfMonth()),
                            When.Kind.PERIOD,
                            false,
                            from.toString().substring(0, 7));
                } else {
                    LocalDate day = date.minusDays((long) k * value(toks.get(i + 1)));
                    w = new When(day, day, When.Kind.DAY, false, day.toString());
                }
                out.add(new Found(i, i + 2, w, false));
                i += 2;
                continue;
            }
            if (t.is("since") && i + 1 < n && !toks.get(i + 1).digit())
                out.add(new Found(i, i, null, true)); // "since clinching the nomination"
        }
        // "through May", "as of last month", "at the end of 2015": where a running total stood, not a period's amount
        for (int k = 0; k < out.size(); k++) {
            Found f = out.get(k);
            if (f.when() != null
                    && f.when().kind() == When.Kind.PERIOD
                    && !f.when().cumulative()
                    && endPoint(toks, f.first())) out.set(k, endOf(f.first(), f.last(), f.when()));
        }
        return out;
    }

    private static boolean valid(int y, int m, int d) {
        return d <= YearMonth.of(y, m).lengthOfMonth();
    }

    private static int yearOf(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return -1;
        int y = Integer.parseInt(s);
        return y >= 1700 && y <= 2199 ? y : -1;
    }

    /** The year of the latest month-day not after the date. */
    private static int recentYear(LocalDate date, int m, int d) {
        return m < date.getMonthValue() || m == date.getMonthValue() && d <= date.getDayOfMonth()
                ? date.getYear()
                : date.getYear() - 1;
    }

    /** Whether the time at i is a bound or a deadline ("by 2025", "until June", "before 2020"). */
    private static boolean bound(List<Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Tok p = toks.get(k);
            if (!p.word()) return false;
            if (type(p).equals("skip")) return !p.is("through");
            if (type(p).equals("lead") || type(p).equals("since") || p.is("the") || type(p).equals("month"))
                return false;
        }
        return false;
    }

    private static final Set<String> FUTURE =
            Set.of("will", "would", "could", "may", "might", "shall", "'ll", "upcoming", "coming", "next");

    /** Whether the words before the time at i, back to a clause boundary, speak of what is to come. */
    private static boolean future(List<Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            Tok t = toks.get(k);
            if (!t.word() && (t.is(",") || t.is(";"))) return false;
            if (FUTURE.contains(t.lower())) return true;
        }
        return false;
    }

    /**
     * Whether the time at i is where a running total stands: "through May", "as of last month", "at the end of 2015".
     */
    private static boolean endPoint(List<Tok> toks, int i) {
        int k = i - 1;
        while (k >= 0
                && (toks.get(k).is("last")
                        || toks.get(k).is("this")
                        || toks.get(k).is("early")
                        || toks.get(k).is("late")
                        || toks.get(k).is("mid")
                        || toks.get(k).is("the"))) k--;
        if (k < 0) return false;
        if (toks.get(k).is("through") || toks.get(k).is("thru")) return true;
        if (toks.get(k).is("of")
                && k > 0
                && (toks.get(k - 1).is("as") || toks.get(k - 1).is("end"))) return true;
        return false;
    }

    /** A running total as of the last day of a time: "through May" is the total on May 31. */
    private static Found endOf(int first, int last, When w) {
        return new Found(first, last, new When(w.to(), w.to(), When.Kind.DAY, true, "to " + w.to()), false);
    }

    /** {month or 0, year, last token} of "June 2012" or "2012" at i, or null. */
    private static int[] monthYear(List<Tok> toks, int i) {
        if (i >= toks.size()) return null;
        int m = month(toks.get(i));
        if (m > 0 && i + 1 < toks.size() && year(toks.get(i + 1)) > 0)
            return new int[] {m, year(toks.get(i + 1)), i + 1};
        int y = year(toks.get(i));
        return y > 0 ? new int[] {0, y, i} : null;
    }

    /**
     * Whether "since" opens the phrase that ends at token i: "since June", "since clinching the nomination in early
     * June".
     */
    private static boolean sinceBefore(List<Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 9); k--) {
            Tok t = toks.get(k);
            if (!t.word() && !t.possessive()) return false;
            if (t.is("since")) return true;
            if (type(t).equals("skip") || t.digit()) return false;
        }
        return false;
    }

    private static Found sinceFound(int first, int last, LocalDate from, LocalDate date) {
        return new Found(first, last, new When(from, date, When.Kind.PERIOD, true, "since " + from), false);
    }

    /**
     * The ord-th quarter (months 3) or half (months 6) of a year, or of the latest year in which it had begun by the
     * date.
     */
    private static When part(int months, int ord, int year, LocalDate date) {
        int parts = 12 / months;
        if (year <= 0) {
            if (date == null) return null;
            year = date.getYear();
            int current = (date.getMonthValue() - 1) / months + 1;
            if (ord == -1) { // "the last quarter": the one before the current
                ord = current - 1;
                if (ord == 0) {
                    ord = parts;
                    year--;
                }
            } else if (ord > current) year--;
        } else if (ord == -1) ord = parts;
        if (ord < 1 || ord > parts) return null;
        LocalDate from = LocalDate.of(year, (ord - 1) * months + 1, 1);
        LocalDate to = from.plusMonths(months - 1).with(TemporalAdjusters.lastDayOfMonth());
        return new When(from, to, When.Kind.PERIOD, false, year + (months == 3 ? "-Q" : "-H") + ord);
    }

    /** "this month" (shift 0) or "last month" (-1), and likewise for week, year. */
    private static When relative(String unit, int shift, LocalDate date) {
        switch (unit) {
            case "year" -> {
                int y = date.getYear() + shift;
                return new When(
                        LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), When.Kind.PERIOD, false, String.valueOf(y));
            }
            case "month" -> {
                LocalDate from = date.plusMonths(shift).withDayOfMonth(1);
                return new When(
                        from,
                        from.with(TemporalAdjusters.lastDayOfMonth()),
                        When.Kind.PERIOD,
                        false,
                        from.toString().substring(0, 7));
            }
            case "week" -> {
                LocalDate from = date.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate to = from.plusDays(6);
                return new When(from, to, When.Kind.PERIOD, false, label(from, to));
            }
            default -> {
                return null;
            }
        }
    }

    private static String label(LocalDate from, LocalDate to) {
        // a quarter or a half however it was written ("the last three months of 2015" is 2015-Q4)
        if (from.getDayOfMonth() == 1
                && from.getYear() == to.getYear()
                && to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            int months = to.getMonthValue() - from.getMonthValue() + 1;
            if (months == 3 && (from.getMonthValue() - 1) % 3 == 0)
                return from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            if (months == 6 && (from.getMonthValue() - 1) % 6 == 0)
                return from.getYear() + "-H" + ((from.getMonthValue() - 1) / 6 + 1);
        }
        if (from.getDayOfMonth() == 1
                && from.getMonthValue() == 1
                && to.getMonthValue() == 12
                && to.getDayOfMonth() == 31) {
            return from.getYear() == to.getYear()
                    ? String.valueOf(from.getYear())
                    : from.getYear() + "-" + to.getYear();
        }
        return from + "/" + to;
    }

    /**
     * The time a figure spanning tokens [first, last] refers to: the nearest time expression of its clause
     * [clauseStart, clauseEnd] (after it on a tie) or of the clause that opens its sentence (tokens up to openerEnd:
     * "In 2015, ..."), leaving out a comparison's baseline ("than in 2008", "compared with 2012"); else the document's
     * date. A running total when its clause says so.
     */
    public static When of(
            List<Tok> toks,
            List<Found> found,
            int first,
            int last,
            int clauseStart,
            int clauseEnd,
            int openerEnd,
            LocalDate date) {
        Found best = null;
        int bestDist = Integer.MAX_VALUE;
        boolean total = false;
        for (Found f : found) {
            boolean inClause = f.first() >= clauseStart && f.last() <= clauseEnd || f.last() <= openerEnd;
            if (!inClause) continue;
            if (f.total()) {
                total = true;
                continue;
            }
            if (f.last() >= first && f.first() <= last) continue; // inside the figure
            if (baseline(toks, f.first())) continue;
            int dist = f.first() > last ? 2 * (f.first() - last) - 1 : 2 * (first - f.last());
            if (dist < bestDist) {
                bestDist = dist;
                best = f;
            }
        }
        // "72% now say he could win in November": what the figure is as of is now, whatever the clause goes on to say
        if (best != null && best.first() > last) {
            for (int k = Math.max(clauseStart, first - 4); k <= Math.min(best.first() - 1, last + 4); k++) {
                if (k >= 0
                        && k < toks.size()
                        && (toks.get(k).is("now") || toks.get(k).is("currently"))) {
                    best = null;
                    break;
                }
            }
        }
        if (best != null) return best.when();
        if (date == null) return total ? new When(null, null, When.Kind.UNKNOWN, true, "to date") : When.UNKNOWN;
        return new When(date, date, When.Kind.AS_OF, total, (total ? "to " : "as of ") + date);
    }

    private static final Set<String> BASELINE = Set.of("than", "compared", "versus", "vs", "vs.", "from");

    /** Whether the time at token i is what a figure is compared with ("than in 2008", "up from 2012"). */
    private static boolean baseline(List<Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Tok t = toks.get(k);
            if (!t.word()) return false;
            if (BASELINE.contains(t.lower())) return !(t.is("from") && k == i - 1 && spanAfter(toks, i));
        }
        return false;
    }

    private static boolean spanAfter(List<Tok> toks, int i) {
        for (int k = i + 1; k < Math.min(toks.size(), i + 4); k++)
            if (toks.get(k).is("to") || toks.get(k).is("through")) return true;
        return false;
    }
}
