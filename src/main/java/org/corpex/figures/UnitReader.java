package org.corpex.figures;

import static org.corpex.figures.NumberWords.letterAt;
import static org.corpex.figures.NumberWords.skipSpace;

import java.util.Locale;

/**
 * The unit slots: percent and percentage points ("12 percent", "50 bps"; percents.tsv), units of measure after the
 * number ("80km/h", "15 square feet"; units.tsv) or before it ("magnitude 6.1"; units-before.tsv), time units ("18
 * months", "a 15-year-old"; time.tsv), a unit in capitals ("12 TEU"), and the [per UNIT] of a rate ("$60 per barrel",
 * "$5 a share"; rates.tsv).
 */
final class UnitReader {
    private UnitReader() {}

    private static final Lexicon L = Lexicon.get();

    private static final Lexicon.Shape PERCENT_WORDS = new Lexicon.Shape(L.percents.keySet());

    /** Reads a percent or percentage-point sign or word from p; the reading ends after it (at p when there is none). */
    static Reading percent(String text, Reading r, int p) {
        int n = text.length();
        // "12 percent", "a 10-percent rise", "a 0.25-percentage-point cut"
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-' && letterAt(text, p + 1)) ? p + 1 : p;
        if (s >= n) return r.endingAt(p);
        if (text.charAt(s) == '%' || text.charAt(s) == '\uFF05') {
            if (s + 2 < n
                    && NotAFigure.isHex(text.charAt(s + 1))
                    && NotAFigure.isHex(text.charAt(s + 2))
                    && !Character.isWhitespace(text.charAt(s + 1))) {
                return r.endingAt(p); // %25
            }
            return r.as(Figure.Kind.PERCENT, "%").withEnd(s + 1); // "5% points" stays a percent
        }
        int we = NumberWords.wordEnd(text, s);
        if (!PERCENT_WORDS.may(text, s, we)) return r.endingAt(p);
        Lexicon.Percent word = L.percents.get(NumberWords.lower(text, s, we));
        if (word == null) return r.endingAt(p);
        if (word.form().equals("lower") && !Character.isLowerCase(text.charAt(s))) return r.endingAt(p);
        int e = we;
        String unit = word.unit();
        switch (word.form()) {
            case "cent" -> {
                if (!(text.startsWith(" cent", we) || text.startsWith("-cent", we)) || letterAt(text, we + 5))
                    return r.endingAt(p);
                e = we + 5;
            }
            case "point" -> {
                int k = skipSpace(text, we);
                int ke = NumberWords.wordEnd(text, k);
                String x = text.substring(k, ke).toLowerCase(Locale.ROOT);
                if (!(x.equals("point") || x.equals("points")) || k != we + 1) return r.endingAt(p);
                e = ke;
            }
            case "points", "noun" -> {
                int k = we < n && text.charAt(we) == '-' ? we + 1 : skipSpace(text, we);
                int ke = NumberWords.wordEnd(text, k);
                String x = text.substring(k, ke).toLowerCase(Locale.ROOT);
                if ((x.equals("point") || x.equals("points")) && k == we + 1) {
                    e = ke;
                    unit = "pp";
                } else if (word.form().equals("noun") && x.equals("of")) return r.endingAt(p); // "the percentage of"
            }
            default -> {}
        }
        return r.withValue(r.value() * word.factor())
                .as(Figure.Kind.PERCENT, unit)
                .withEnd(e);
    }

    /** Units of measure from p: "80km/h", "275 pound-feet", "10 kW", "15 square feet". */
    static Reading unit(Scan c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-' && letterAt(text, p + 1)) ? p + 1 : p;
        if (s >= n) return r.endingAt(p);
        if (text.charAt(s) == '°') {
            int e = s + 1;
            String u = "°";
            if (e < n && (text.charAt(e) == 'C' || text.charAt(e) == 'F') && !letterAt(text, e + 1)) {
                u = "°" + text.charAt(e);
                e++;
            }
            return r.as(Figure.Kind.QUANTITY, u).withEnd(e);
        }
        if (!Character.isLetter(text.charAt(s))) return r.endingAt(p);
        // up to three words joined by spaces, hyphens or a slash ("km/h", "pound-feet", "square feet")
        int best = -1;
        Lexicon.Unit unit = null;
        int k = s;
        for (int words = 0; words < Math.max(2, L.longestUnitPhrase) + 1 && k < n; words++) {
            int e = k;
            while (e < n
                    && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '²' || text.charAt(e) == 'µ'))
                e++;
            if (e == k) break;
            String phrase = text.substring(s, e);
            Lexicon.Unit u = L.unit(phrase);
            if (u != null && !letterAt(text, e)) {
                best = e;
                unit = u;
            }
            if (e < n
                    && (text.charAt(e) == ' ' || text.charAt(e) == '-' || text.charAt(e) == '/')
                    && e + 1 < n
                    && Character.isLetter(text.charAt(e + 1))) k = e + 1;
            else break;
        }
        if (unit == null) return slashUnit(r, text, p, s);
        String written = text.substring(s, best);
        // single letters spaced from the number are too often words ("5 m" aside): only glued ("5m", "10W"), but for
        // "12 C", "40 F" and "300 t" closing a phrase
        if (written.length() == 1
                && s > p
                && !("CFt".contains(written)
                        && text.charAt(p) == ' '
                        && closes(text, best)
                        && !Grammar.isName(text, r.start()))) {
            return slashUnit(r, text, p, s); // "95 g/km"
        }
        if (s == p + 1 && text.charAt(p) == '-' && written.length() < 2) return r.endingAt(p);
        // (a single "m" gets here only glued to the number: the hyphen above never leaves one)
        if (written.length() == 1 && (written.equals("m") || written.equals("M")) && !r.scaled()) {
            r = r.withFlag("'m' read as metres (not million)");
        }
        return r.as(Figure.Kind.QUANTITY, unit.unit()).withEnd(best);
    }

    /**
     * A unit written as a ratio of symbols, where the lexicon knows the denominator: "1.3 A/cm2", "4 mg/kg", "120
     * g/km". The numerator is a known unit or a symbol of one or two letters.
     */
    private static Reading slashUnit(Reading r, String text, int p, int s) {
        int n = text.length();
        int e = s;
        while (e < n && Character.isLetter(text.charAt(e))) e++;
        if (e == s || e - s > 4 || e >= n || text.charAt(e) != '/' || !letterAt(text, e + 1)) return r.endingAt(p);
        int d = e + 1, de = d;
        while (de < n && Character.isLetter(text.charAt(de))) de++;
        int end = de < n
                        && (text.charAt(de) == '2'
                                || text.charAt(de) == '3'
                                || text.charAt(de) == '²'
                                || text.charAt(de) == '³')
                ? de + 1
                : de;
        if (de - d > 4 || end < n && Character.isLetterOrDigit(text.charAt(end))) return r.endingAt(p);
        String num = text.substring(s, e);
        if (L.unit(text.substring(d, de)) == null
                || L.unit(num) == null && !(num.length() <= 2 && Character.isUpperCase(num.charAt(0))))
            return r.endingAt(p);
        return r.as(Figure.Kind.QUANTITY, text.substring(s, end)).withEnd(end);
    }

    /** Whether a phrase ends at e: the end, a space, a closing mark, or a full stop that ends the sentence. */
    private static boolean closes(String text, int e) {
        if (e >= text.length()) return true;
        char ch = text.charAt(e);
        return ch == ' '
                || ch == ')'
                || ch == ','
                || ch == ';'
                || ch == ':'
                || ch == '.' && (e + 1 >= text.length() || text.charAt(e + 1) == ' ');
    }

    /** Time units from p: "18 months" is a duration; "15-year-old", "50 years old" an age. */
    static Reading time(String text, Reading r, int p) {
        int n = text.length();
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-') ? p + 1 : p;
        if (s == p && p < n && Character.isLetter(text.charAt(p))) return r.endingAt(p);
        int we = NumberWords.wordEnd(text, s);
        if (we == s) return r.endingAt(p);
        String u = L.timeUnits.get(NumberWords.lower(text, s, we));
        if (u == null) return r.endingAt(p);
        // ages
        if ((text.regionMatches(true, we, "-old", 0, 4) || text.regionMatches(true, we, " old", 0, 4))
                && !letterAt(text, we + 4)) {
            return r.as(Figure.Kind.QUANTITY, u + " old")
                    .withEnd(we + 4); // an age: a quantity in "years old" (compare leaves ages out)
        }
        if (r.scaled() && !r.spelled()) return r.endingAt(p);
        return r.as(Figure.Kind.DURATION, u).withEnd(we);
    }

    /** A unit written in capitals after the number and closing the phrase: "(0.5 WAR)", "12 TEU,". */
    static Reading acronym(Scan c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        if (p >= n || text.charAt(p) != ' ' || r.spelled()) return r.endingAt(p);
        int s = p + 1, e = s;
        while (e < n && text.charAt(e) >= 'A' && text.charAt(e) <= 'Z') e++;
        if (e - s < 2 || e - s > 5 || e < n && Character.isLetterOrDigit(text.charAt(e))) return r.endingAt(p);
        if (e < n
                && ").,;:".indexOf(text.charAt(e)) < 0
                && !(text.charAt(e) == ' ' && e + 1 < n && "(".indexOf(text.charAt(e + 1)) >= 0)) return r.endingAt(p);
        String lw = NumberWords.lower(text, s, e);
        if (L.stopwords.contains(lw)
                || L.places.contains(lw)
                || L.notEntities.contains(lw)
                || L.codes.containsKey(text.substring(s, e))) return r.endingAt(p);
        return r.as(Figure.Kind.QUANTITY, text.substring(s, e)).withEnd(e);
    }

    /** "a magnitude 6.1 quake", "Category 4", "Mach 2": a unit written before the number (units-before.tsv). */
    private static final Lexicon.Shape UNITS_BEFORE = new Lexicon.Shape(L.unitsBefore.keySet());

    /** The reading with the unit written before its number, or null when there is none. */
    static Reading before(String text, Reading r) {
        if (r.signed()
                || r.kind() != null
                || r.start() < 2
                || text.charAt(r.start() - 1) != ' '
                || !letterAt(text, r.start() - 2)) return null;
        int b = r.start() - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        if (!UNITS_BEFORE.may(text, b, r.start() - 1)) return null;
        String prev = Grammar.wordBefore(text, r.start());
        if (prev.length() < 2 || prev.length() > 9) return null;
        String unit = L.unitsBefore.get(prev.toLowerCase(Locale.ROOT));
        if (unit == null) return null;
        return r.as(Figure.Kind.QUANTITY, unit).withStart(r.start() - prev.length() - 1);
    }

    /** A rate after the figure's unit: "per barrel", "a share", "an hour", "/h", "a day". */
    static Reading per(Scan c, Reading r) {
        String text = c.text;
        int n = text.length();
        int p = r.end();
        if (r.kind() == null) return r;
        if (p < n && text.charAt(p) == '/' && letterAt(text, p + 1)) {
            int e = NumberWords.wordEnd(text, p + 1);
            String w = text.substring(p + 1, e);
            String t = L.timeUnits.get(w.toLowerCase(Locale.ROOT));
            if (t == null && w.equals("h")) t = "hour";
            Lexicon.Unit u = L.unit(w);
            if (t != null || u != null || L.rateNouns.contains(w.toLowerCase(Locale.ROOT))) {
                return r.withPer(t != null ? singular(t) : u != null ? u.unit() : w.toLowerCase(Locale.ROOT))
                        .withEnd(e);
            }
            return r;
        }
        if (p >= n || text.charAt(p) != ' ') return r;
        int s = p + 1;
        int we = NumberWords.wordEnd(text, s);
        String w = NumberWords.lower(text, s, we);
        boolean perWord = w.equals("per");
        boolean article = w.equals("a") || w.equals("an");
        if (!perWord && !article) return r;
        int k = skipSpace(text, we);
        if (k == we) return r;
        int ke = NumberWords.tokenEnd(text, k);
        if (ke == k) return r;
        String noun = text.substring(k, ke).toLowerCase(Locale.ROOT);
        if (noun.equals("cent")) return r;
        String t = L.timeUnits.get(noun);
        Lexicon.Unit u = L.unit(noun);
        if (article && t == null && u == null && !L.rateNouns.contains(noun)) return r;
        // "a year earlier", "a week ago": a time reference, not a rate (time-references.tsv)
        if (article && ke + 1 < n && text.charAt(ke) == ' ') {
            int ae = NumberWords.wordEnd(text, ke + 1);
            if (L.timeReferences.contains(NumberWords.lower(text, ke + 1, ae))) return r;
        }
        if (perWord && t == null && u == null && (L.stopwords.contains(noun) || noun.length() < 2))
            return r; // "per second" is a rate
        // "per square foot"
        int end = ke;
        if (u == null && t == null && ke + 1 < n && text.charAt(ke) == ' ') {
            int e2 = NumberWords.tokenEnd(text, ke + 1);
            Lexicon.Unit u2 = e2 > ke + 1 ? L.unit(text.substring(k, e2)) : null;
            if (u2 != null) {
                u = u2;
                end = e2;
            }
        }
        return r.withPer(t != null ? singular(t) : L.rateNouns.contains(noun) ? noun : u != null ? u.unit() : noun)
                .withEnd(end);
    }

    private static String singular(String timeUnit) {
        return timeUnit.equals("centuries")
                ? "century"
                : timeUnit.endsWith("s") ? timeUnit.substring(0, timeUnit.length() - 1) : timeUnit;
    }
}
