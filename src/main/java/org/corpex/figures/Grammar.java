package org.corpex.figures;

import static org.corpex.figures.NumberWords.digitAt;
import static org.corpex.figures.NumberWords.letterAt;
import static org.corpex.figures.NumberWords.skipSpace;

import java.util.Locale;
import org.corpex.language.Times;

/**
 * The figure grammar, read left to right from a number:
 *
 * <pre>
 *   [sign] [currency before] NUMBER [scale] ['+']
 *       [percent | currency after | subunit | unit | time unit | counted noun] [per UNIT]
 * </pre>
 *
 * Each slot has its reader, and each reader takes an immutable {@link Reading} and returns it with what it read:
 * {@link NumberReader} (the number, its power of ten and scale), {@link CurrencyReader} (a currency before or after, a
 * subunit), {@link UnitReader} (percent, units, time units, a rate), {@link CountReader} (a counted noun, a count of
 * people), {@link BareReader} (a number with nothing after it: a year, a date, a name). {@link NotAFigure} skips clock
 * times, phone numbers and URLs, and {@link Joins} joins a reading with a second one into a range or a compound amount.
 * This class runs them in order and hands the result to the context as one figure.
 */
final class Grammar {
    private Grammar() {}

    private static final Lexicon L = Lexicon.get();

    /**
     * Reads the figure whose number starts at {@code i} and adds it; returns where the scan may go on (past a clock
     * time, a phone number or a URL as well as past a figure).
     */
    static int at(Scan c, int i, boolean spelled) {
        String text = c.text;
        int skip = NotAFigure.skip(text, i, spelled);
        if (skip > i) return skip;
        Reading r = read(c, i, spelled, true);
        if (r == null) return i + 1;
        // A range: the second figure gives the first its unit (and scale) when it is written once.
        Reading hi = null;
        int rangeStart = r.start();
        boolean between = false;
        if (r.kind() != Figure.Kind.DATE) {
            int p = r.end();
            int q = -1;
            boolean fromOrBetween = wordBeforeIs(text, r.start(), "between") || wordBeforeIs(text, r.start(), "from");
            int s = skipSpace(text, p);
            if (s == p && (text.startsWith("- or ", s) || text.startsWith("- to ", s))) {
                q = s + 5; // "7- or 8-inch", "3- to 5-year": the unit written once, on the second
            } else if (s < text.length() && isDash(text.charAt(s)) && (s == p) == (skipSpace(text, s + 1) == s + 1)) {
                q = skipSpace(text, s + 1);
            } else if (s > p && text.startsWith("to ", s)) q = s + 3;
            else if (s > p && text.startsWith("and ", s) && wordBeforeIs(text, r.start(), "between")) {
                q = s + 4;
                between = true;
            } else if (s > p && text.startsWith("or ", s) && (r.kind() == Figure.Kind.NUMBER || r.kind() == null))
                q = s + 3; // "eight or nine euros"
            else if (s > p && text.startsWith("to-", s)) q = s + 3;
            if (q > 0 && q < text.length()) {
                char ch = text.charAt(q);
                boolean digitNext = Extractor.isDigit(ch) || ch == '.' && digitAt(text, q + 1);
                int numAt = q;
                if (!digitNext) {
                    // a currency then a number ("$10 to $15 billion")
                    int k = q;
                    while (k < text.length()
                            && k < q + 6
                            && !Extractor.isDigit(text.charAt(k))
                            && text.charAt(k) != ' ') k++;
                    if (k < text.length() && text.charAt(k) == ' ' && k - q <= 4) k = skipSpace(text, k);
                    if (digitAt(text, k) && k > q) numAt = k;
                }
                boolean wordNext = !digitNext
                        && numAt == q
                        && letterAt(text, q)
                        && NumberWords.startsNumberWord(text, q, NumberWords.wordEnd(text, q));
                if ((digitNext || numAt > q || wordNext) && c.free(q, q + 1)) {
                    Reading r2 = read(c, numAt, wordNext, false);
                    if (r2 != null && r2.kind() != Figure.Kind.DATE && (r2.start() >= q)) {
                        boolean dash = isDash(text.charAt(s));
                        Joins.Join join = Joins.range(r, r2, fromOrBetween || dash);
                        r = join.a(); // what the attempt changed stays, joined or not ("5 to 200 dollars": money)
                        if (join.joined()
                                && (fromOrBetween
                                        || dash
                                        || Joins.comparable(r.value(), join.b().value()))) {
                            hi = join.b();
                        }
                    }
                }
            }
        }
        if (hi != null) {
            if (between) rangeStart = r.start() - "between ".length();
            double lo = Math.min(r.value(), hi.value()), top = Math.max(r.value(), hi.value());
            String per = hi.per().isEmpty() ? r.per() : hi.per();
            String flag = !r.flag().isEmpty() ? r.flag() : hi.flag();
            c.add(rangeStart, hi.end(), Figure.Kind.RANGE, lo, top, r.unit(), r.qualifier(), r.direction(), per, flag);
            return hi.end();
        }
        if (r.kind() == Figure.Kind.MONEY && !r.scaled() && r.value() == Math.rint(r.value()) && !r.decimal())
            r = Joins.compound(c, r);
        if (r.kind() == Figure.Kind.MONEY) r = CurrencyReader.yen(c, r);
        if (r.kind() == null) return r.end();
        if (r.kind() == Figure.Kind.DURATION) {
            duration(c, r);
            return r.end();
        }
        if (r.kind() == Figure.Kind.DATE) {
            c.add(r.start(), r.end(), r.kind(), Double.NaN, Double.NaN, r.unit(), "", "", "", "");
            return r.end();
        }
        c.add(
                r.start(),
                r.end(),
                r.kind(),
                r.value(),
                Double.NaN,
                r.unit(),
                r.qualifier(),
                r.direction(),
                r.per(),
                r.flag());
        return r.end();
    }

    private static boolean isDash(char ch) {
        return ch == '-' || ch == '\u2013' || ch == '\u2014';
    }

    /**
     * "over the next three years": the span of time is what the figure is, with the words that say which
     * (duration-leads.tsv).
     */
    private static void duration(Scan c, Reading r) {
        String text = c.text;
        int start = r.start();
        String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
        int s0 = start;
        String q = "";
        for (String lead : L.durationLeads) {
            if (before.endsWith(lead + " ")) {
                s0 = start - lead.length() - 1;
                q = lead;
                break;
            }
        }
        c.add(
                s0,
                r.end(),
                Figure.Kind.DURATION,
                r.value(),
                Double.NaN,
                r.unit(),
                q.isEmpty() ? r.qualifier() : q,
                r.direction(),
                r.per(),
                r.flag());
    }

    /** Reads the grammar from the number at i; null when what stands there is a name, not a figure. */
    static Reading read(Scan c, int i, boolean spelled, boolean first) {
        String text = c.text;
        int n = text.length();
        Reading r;
        if (spelled) {
            NumberWords.Spelled s = NumberWords.spelled(text, i);
            if (s == null) return null;
            r = Reading.spelled(i, s.end(), s.value(), s.scaled());
            // "minus five percent"
            int sign = signWordBefore(text, i);
            if (sign >= 0) r = r.withSign(sign, true);
            int[] cb = CurrencyReader.before(text, i);
            if (cb != null && !c.free(cb[0], i)) cb = null;
            if (cb != null) r = r.moneyBefore(cb[0], CurrencyReader.code(cb[1]));
        } else {
            r = NumberReader.number(text, i);
            if (r == null) return null;
            r = NumberReader.power(text, r);
            // before: a currency ("$", "US$", "USD ", "Rs", "$US"), or letters (a name: "A-32B", "R1")
            int[] cb = CurrencyReader.before(text, i);
            if (cb != null && !c.free(cb[0], i)) cb = null; // "10 rmb 20 usd": the code belongs to the figure before
            int[] neg = cb == null && i > 1 && text.charAt(i - 1) == '-' ? CurrencyReader.endingAt(text, i - 1) : null;
            if (cb != null) {
                r = r.moneyBefore(cb[0], CurrencyReader.code(cb[1]));
                if (cb.length > 2 && cb[2] == 1) {
                    double v =
                            L.scaleLetters.get(text.substring(cb[0], cb[0] + 1).toLowerCase(Locale.ROOT));
                    r = r.withScale(r.value() * v, v);
                }
            } else if (neg != null && (neg[0] == 0 || !Character.isLetterOrDigit(text.charAt(neg[0] - 1)))) {
                // "$-99.99"
                r = r.moneyBefore(neg[0], CurrencyReader.code(neg[1])).withSign(neg[0], true);
            } else if (i > 0) {
                char p = text.charAt(i - 1);
                if (Character.isLetter(p) || p == '_') return null;
                if ((p == '-' || p == '\u2010' || p == '\u2011' || p == '/') && letterAt(text, i - 2)) {
                    // "sub-300", "now-18", "minus-1.4": a prefix word (prefixes.tsv) glued by a hyphen; else a name
                    // ("A-32B")
                    String word = wordBefore(text, i - 1);
                    String pre = p == '/' ? null : L.prefixes.get(word.toLowerCase(Locale.ROOT));
                    if (pre == null
                            || i - 2 - word.length() >= 0
                                    && Character.isLetterOrDigit(text.charAt(i - 2 - word.length()))) return null;
                    if (pre.equals("minus")) r = r.withSign(i - 1 - word.length(), true);
                }
                if (p == '.' && !r.decimal() && digitAt(text, i - 2)) return null;
                if (p == '#' || p == '№') return null;
            }
            // a sign: "-1.3%", "−5", "minus 5", "-$5"
            int s = r.start();
            if (s > 0) {
                char p = text.charAt(s - 1);
                if ((p == '-' || p == '\u2212' || p == '+')
                        && (s < 2 || " (:[\n\t/".indexOf(text.charAt(s - 2)) >= 0)) {
                    r = r.withSign(s - 1, p != '+');
                    if (p == '+') r = r.withDirection("up");
                } else {
                    int sign = signWordBefore(text, s);
                    if (sign >= 0) r = r.withSign(sign, true);
                }
            }
        }
        if (r.value() < 0) r = r.withDirection("down");
        int p = r.numEnd();
        // scale: "1.5 million", "$2 millions", "3bn", "$5m", "2.5 mln"; a glued letter only where a name is unlikely
        if (!r.spelled() || !r.scaled()) {
            r = NumberReader.scale(text, r, p);
            p = r.end();
        }
        // "$1M+"
        if (p < n && text.charAt(p) == '+' && !digitAt(text, p + 1)) {
            r = r.withQualifier("+");
            p++;
        }
        r = r.endingAt(p);
        if (r.kind() == Figure.Kind.MONEY) return UnitReader.per(c, r); // "US$3.5 million a year"
        if (!r.spelled() && p < n && Character.isLetter(text.charAt(p)) && p == r.numEnd()) {
            // glued letters: a unit, percent or currency may be glued ("24pc", "115usd", "10kW", "43c"); else a name
            // ("6G", "32B")
            Reading s = suffix(c, r, p);
            return s == null ? null : UnitReader.per(c, s);
        }
        if (!r.spelled()) {
            Reading u = UnitReader.before(text, r);
            if (u != null) return u;
        }
        Reading s = suffix(c, r, p);
        if (s == null) return first ? BareReader.bare(c, r) : r.withKind(null);
        return UnitReader.per(c, s);
    }

    /**
     * What follows the number and scale: percent, currency, subunit, unit, time, a counted noun, tried in that order
     * from p (where the reading ends). Returns the reading with it, or null when none is there.
     */
    private static Reading suffix(Scan c, Reading r, int p) {
        String text = c.text;
        Reading e = UnitReader.percent(text, r, p);
        if (e.end() > p) return e;
        e = CurrencyReader.after(c, r, p);
        if (e.end() > p) return e;
        e = CurrencyReader.subunit(text, r, p);
        if (e.end() > p) return e;
        e = UnitReader.unit(c, r, p);
        if (e.end() > p) return e;
        e = UnitReader.time(text, r, p);
        if (e.end() > p) return e;
        e = UnitReader.acronym(c, r, p);
        if (e.end() > p) return e;
        if (p < text.length() && Character.isLetter(text.charAt(p)) && !r.spelled()) return null; // glued to letters
        // "Falcon 9 rockets": a bare number after a capitalised word is a name, whatever noun follows
        if (!r.spelled() && !r.scaled() && !r.signed() && r.qualifier().isEmpty() && isName(text, r.start()))
            return null;
        e = CountReader.counted(c, r, p);
        if (e.end() > p) return e;
        if (e.kind() == Figure.Kind.QUANTITY) return e.endingAt(p); // "12 of the 20 ships": the count ends at 12
        return null;
    }

    /** The index (0 for January) of a month's full name in any case, or -1: the months are language/times.tsv's. */
    static int month(String w) {
        if (w.length() < 3 || w.length() > 9) return -1;
        return Times.monthOfName(w.toLowerCase(Locale.ROOT)) - 1;
    }

    static boolean looksPlural(String lw) {
        int len = lw.length();
        return len > 3
                && lw.charAt(len - 1) == 's'
                && !lw.endsWith("ss")
                && !lw.endsWith("us")
                && !lw.endsWith("is")
                && !lw.endsWith("'s");
    }

    static boolean isYear(String s) {
        if (s.length() != 4) return false;
        for (int k = 0; k < 4; k++) if (!Extractor.isDigit(s.charAt(k))) return false;
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }

    /** A bare number right after a capitalised word inside a sentence is part of a name: "Falcon 9", "Windows 11". */
    static boolean isName(String text, int start) {
        int k = start - 1;
        if (k < 0 || text.charAt(k) != ' ') return false;
        int e = k;
        while (k > 0
                && (Character.isLetter(text.charAt(k - 1))
                        || Character.isDigit(text.charAt(k - 1))
                        || text.charAt(k - 1) == '-')) k--;
        if (k == e) return false;
        String w = text.substring(k, e);
        boolean capital = false; // "Windows", "iPhone", "eBay": a capital anywhere makes a name
        for (int i = 0; i < w.length() && !capital; i++) capital = Character.isUpperCase(w.charAt(i));
        if (!capital || month(w) >= 0) return false;
        int p = k - 1;
        while (p >= 0 && text.charAt(p) == ' ') p--;
        if (p >= 0 && ".!?\n:\"“".indexOf(text.charAt(p)) < 0) return true;
        // Opening a sentence, a capitalised word is a name too ("Route 66 runs..."), unless it is a common
        // word that may stand before a number ("Some 4,300 jobs", "Only 12 seats", "In 2019").
        String lw = w.toLowerCase(Locale.ROOT);
        return !L.stopwords.contains(lw)
                && !L.notEntities.contains(lw)
                && !L.qualifierBounds.containsKey(lw)
                && !L.modifiers.contains(lw)
                && L.directions.get(lw) == null
                && !w.chars().allMatch(Character::isUpperCase)
                && !NumberWords.startsNumberWord(text, k, e)
                && !lw.endsWith("ing")
                && !lw.endsWith("ed")
                && !lw.endsWith("ly"); // "Building 30 new plants"
    }

    /** Whether the word right before pos (one space between) is {@code word}, in any case; compared in place. */
    static boolean wordBeforeIs(String text, int pos, String word) {
        int k = pos - 1 - word.length();
        return k >= 0
                && text.charAt(pos - 1) == ' '
                && text.regionMatches(true, k, word, 0, word.length())
                && (k == 0 || !Character.isLetter(text.charAt(k - 1)));
    }

    /** Where a sign word before pos starts ("minus 5", "negative 3"; directions.tsv), or -1. */
    private static int signWordBefore(String text, int pos) {
        if (pos < 2 || text.charAt(pos - 1) != ' ' || !letterAt(text, pos - 2)) return -1;
        int k = pos - 1;
        while (k > 0 && Character.isLetter(text.charAt(k - 1)) && pos - k < 10) k--;
        if (k > 0 && Character.isLetter(text.charAt(k - 1))) return -1;
        char c = Character.toLowerCase(text.charAt(k));
        if (c != 'm' && c != 'n')
            return -1; // the minus words begin so; a copy of every word before a number is not needed
        return "minus".equals(L.directions.get(NumberWords.lower(text, k, pos - 1))) ? k : -1;
    }

    /** The word of letters right before pos (across spaces), or "". */
    static String wordBefore(String text, int pos) {
        int k = pos - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        int e = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) k--;
        return text.substring(k + 1, e);
    }
}
