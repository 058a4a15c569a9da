package org.corpex.figures;

import static org.corpex.figures.NumberWords.digitAt;
import static org.corpex.figures.NumberWords.letterAt;
import static org.corpex.figures.NumberWords.skipSpace;

import java.util.Locale;

/**
 * A number with nothing after it that says what it is: a currency word before it ("ringgit 42"), a date ("March 9,
 * 2024", "9 March 2024"), a year ("in 2019"; year-leads.tsv), an age ("Jane Roe, 34,"), a count of people or of a group
 * (see {@link CountReader}), a name ("Falcon 9"), a list number, or a plain number. The months are
 * language/times.tsv's, through {@link Grammar#month}.
 */
final class BareReader {
    private BareReader() {}

    private static final Lexicon L = Lexicon.get();

    /** What the bare number is; null when it is part of a name or a list number. */
    static Reading bare(Scan c, Reading r) {
        String text = c.text;
        if (r.spelled()) return r.withKind(null);
        // a currency word before the number: "dollar 22.5 million", "ringgit 42"
        int[] cw = CurrencyReader.wordBefore(text, r.start());
        if (cw != null) return r.withStart(cw[0]).money(CurrencyReader.code(cw[1]));
        if (r.scaled()) return r.withKind(Figure.Kind.NUMBER);
        String prev = Grammar.wordBefore(text, r.start());
        int month = Grammar.month(prev);
        if (month >= 0
                && Character.isUpperCase(prev.charAt(0))
                && !r.decimal()
                && r.digits().length() <= 4) {
            int s0 = r.start() - prev.length() - 1;
            if (Grammar.isYear(r.digits()) && !r.grouped()) {
                return r.as(Figure.Kind.DATE, String.format(Locale.ROOT, "%s-%02d", r.digits(), month + 1))
                        .withStart(s0);
            }
            if (r.value() >= 1 && r.value() <= 31) {
                String iso = String.format(Locale.ROOT, "--%02d-%02d", month + 1, (int) r.value());
                int e = r.end();
                int k = e < text.length() && text.charAt(e) == ',' ? e + 1 : e;
                if (k < text.length() && text.charAt(k) == ' ' && digitAt(text, k + 1)) {
                    int y = k + 1, ye = y;
                    while (digitAt(text, ye)) ye++;
                    if (ye - y == 4 && Grammar.isYear(text.substring(y, ye)) && !letterAt(text, ye)) {
                        iso = text.substring(y, ye) + iso.substring(1);
                        e = ye;
                    }
                }
                return r.as(Figure.Kind.DATE, iso).withStart(s0).withEnd(e);
            }
        }
        // "9 March 2024"
        if (!r.decimal() && r.value() >= 1 && r.value() <= 31 && r.digits().length() <= 2) {
            int w = skipSpace(text, r.end());
            int we = NumberWords.wordEnd(text, w);
            if (w == r.end() + 1 && we > w) {
                int m = Grammar.month(text.substring(w, we));
                if (m >= 0 && Character.isUpperCase(text.charAt(w))) {
                    String iso = String.format(Locale.ROOT, "--%02d-%02d", m + 1, (int) r.value());
                    int e = we;
                    if (we + 5 <= text.length()
                            && text.charAt(we) == ' '
                            && Grammar.isYear(text.substring(we + 1, we + 5))
                            && !digitAt(text, we + 5)) {
                        iso = text.substring(we + 1, we + 5) + iso.substring(1);
                        e = we + 5;
                    }
                    return r.as(Figure.Kind.DATE, iso).withEnd(e);
                }
            }
        }
        if ((Grammar.isYear(r.digits()) && !r.signed() && !r.grouped()
                        || r.digits().length() == 4
                                && !r.grouped()
                                && !r.decimal()
                                && r.value() >= 1000
                                && r.value() < 1900
                                && L.yearLeads.contains(prev.toLowerCase(Locale.ROOT)))
                && !afterAmountOf(text, r.start())) {
            return r.withKind(Figure.Kind.YEAR);
        }
        if (r.qualifier().isEmpty() && !r.signed() && Grammar.isName(text, r.start())) {
            if (nameAge(text, r)) return r.as(Figure.Kind.QUANTITY, "years old");
            return null; // "Falcon 9"
        }
        if (r.end() < text.length()
                && text.charAt(r.end()) == '-'
                && Character.isUpperCase(text.charAt(Math.min(text.length() - 1, r.end() + 1))))
            return null; // "7-Eleven"
        if (isListNumber(text, r.start(), r.end())) return null;
        if (appositiveAge(text, r)) return r.as(Figure.Kind.QUANTITY, "years old");
        if (CountReader.countsPeople(text, r)) return r.as(Figure.Kind.QUANTITY, "people");
        int c0 = CountReader.collective(text, r);
        if (c0 >= 0)
            return r.as(
                    Figure.Kind.QUANTITY,
                    L.collectives.get(NumberWords.lower(text, c0, NumberWords.wordEnd(text, c0))));
        return r.withKind(Figure.Kind.NUMBER);
    }

    /** "Jane Roe, 34, said": a whole number set off by commas right after a capitalised name is an age. */
    private static boolean appositiveAge(String text, Reading r) {
        int s = r.start(), e = r.end(), n = text.length();
        if (r.decimal()
                || r.signed()
                || r.value() < 1
                || r.value() > 119
                || r.digits().length() > 3
                || !r.qualifier().isEmpty()) return false;
        if (s < 3 || text.charAt(s - 1) != ' ' || text.charAt(s - 2) != ',' || e >= n || text.charAt(e) != ',')
            return false;
        if (!letterAt(text, s - 3)) return false;
        int k = s - 2;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        if (!Character.isUpperCase(text.charAt(k))) return false;
        String w = NumberWords.lower(text, k, s - 2);
        if (Grammar.month(text.substring(k, s - 2)) >= 0
                || L.places.contains(w)
                || L.notEntities.contains(w)
                || L.stopwords.contains(w)) return false;
        // a name is two capitalised words, or one after a lower-case word ("said chef Rossi, 58,")
        int p = k - 1;
        return p > 0 && text.charAt(p) == ' ' && letterAt(text, p - 1);
    }

    /**
     * "Ada Moss 44 has led the team": text that lost its commas still gives an age, as a two-digit number between a
     * name of two capitalised words and a function word (a verb such as "has", "was").
     */
    private static boolean nameAge(String text, Reading r) {
        int s = r.start(), e = r.end(), n = text.length();
        if (r.decimal()
                || r.digits().length() != 2
                || r.value() < 15
                || e + 2 >= n
                || text.charAt(e) != ' '
                || !Character.isLowerCase(text.charAt(e + 1))) return false;
        int we = NumberWords.wordEnd(text, e + 1);
        if (we < n && Character.isLetterOrDigit(text.charAt(we))
                || !L.ageVerbs.contains(NumberWords.lower(text, e + 1, we))) return false;
        // two capitalised words before the number
        int k = s - 1;
        for (int words = 0; words < 2; words++) {
            if (k < 1 || text.charAt(k) != ' ') return false;
            int we2 = k;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
            if (k == we2 || !Character.isUpperCase(text.charAt(k)) || we2 - k < 2) return false;
            String w = NumberWords.lower(text, k, we2);
            if (L.notEntities.contains(w) || L.places.contains(w) || Grammar.month(text.substring(k, we2)) >= 0)
                return false;
            k--;
        }
        return true;
    }

    /** "an average of 1500", "a total of 2000": an amount, not a year, after these words and "of" (amounts-of.tsv). */
    private static boolean afterAmountOf(String text, int start) {
        if (!Grammar.wordBeforeIs(text, start, "of") || start < 5) return false;
        String w = Grammar.wordBefore(text, start - 3).toLowerCase(Locale.ROOT);
        return L.amountsOf.contains(w);
    }

    /** "1." or "2)" at the start of a line: list numbering. */
    private static boolean isListNumber(String text, int start, int end) {
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p--;
        boolean lineStart = p < 0 || text.charAt(p) == '\n';
        return lineStart && end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')');
    }
}
