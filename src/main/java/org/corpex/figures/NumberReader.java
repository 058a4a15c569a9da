package org.corpex.figures;

import static org.corpex.figures.NumberWords.digitAt;
import static org.corpex.figures.NumberWords.letterAt;
import static org.corpex.figures.NumberWords.skipSpace;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The NUMBER and [scale] slots: the digits as written ("1,234.5", "10 000", "12,34,567.89", ".5"), a power of ten after
 * them ("6.02 x 10^23"), and a scale word, abbreviation or letter ("1.5 million", "3bn", "$5m"; scales.tsv).
 */
final class NumberReader {
    private NumberReader() {}

    private static final Lexicon L = Lexicon.get();

    /**
     * Reads the digits at i: "1,234.5", "10 000", "12,34,567.89", ".5". Returns null for a number that is part of
     * something else.
     */
    static Reading number(String text, int i) {
        int n = text.length(), e = i;
        boolean grouped = false, decimal = false;
        StringBuilder digits = new StringBuilder(12);
        while (digitAt(text, e)) digits.append(text.charAt(e++));
        int intLen = e - i;
        // thousands with commas (also Indian grouping 12,34,567)
        if (intLen >= 1 && intLen <= 3 && e + 3 < n + 0 && e < n && text.charAt(e) == ',' && digitAt(text, e + 1)) {
            int k = e;
            StringBuilder d = new StringBuilder(digits);
            int lastGroup = 0;
            while (k < n && text.charAt(k) == ',' && digitAt(text, k + 1)) {
                int g = k + 1, ge = g;
                while (digitAt(text, ge)) ge++;
                if (ge - g != 3 && ge - g != 2) break;
                d.append(text, g, ge);
                lastGroup = ge - g;
                k = ge;
            }
            if (lastGroup == 3) {
                digits = d;
                e = k;
                grouped = true;
            } else if (k > e) {
                // 2-digit groups must end with a 3-digit one; else only the 3-digit groups read
                digits = new StringBuilder(text.substring(i, e));
                int k2 = e;
                while (k2 < n
                        && text.charAt(k2) == ','
                        && digitAt(text, k2 + 1)
                        && digitAt(text, k2 + 3)
                        && !digitAt(text, k2 + 4)) {
                    digits.append(text, k2 + 1, k2 + 4);
                    k2 += 4;
                    grouped = true;
                }
                e = k2;
            }
        } else if (intLen >= 1
                && intLen <= 3
                && e + 3 < n
                && text.charAt(e) == ' '
                && digitAt(text, e + 1)
                && digitAt(text, e + 3)
                && !digitAt(text, e + 4)
                && e + 4 <= n
                && (e + 4 == n || !Character.isLetterOrDigit(text.charAt(e + 4)) || text.charAt(e + 4) == ' ')
                && !(i > 0 && digitAt(text, i - 2))) {
            // thousands with spaces: "10 000"
            int k = e;
            StringBuilder d = new StringBuilder(digits);
            while (k + 3 < n
                    && text.charAt(k) == ' '
                    && digitAt(text, k + 1)
                    && digitAt(text, k + 2)
                    && digitAt(text, k + 3)
                    && !digitAt(text, k + 4)
                    && (k + 4 >= n || text.charAt(k + 4) != '.' || !digitAt(text, k + 5))) {
                d.append(text, k + 1, k + 4);
                k += 4;
            }
            if (k > e && (k >= n || !Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ' ')) {
                digits = d;
                e = k;
                grouped = true;
            }
        }
        if (e < n && text.charAt(e) == '.' && digitAt(text, e + 1)) {
            digits.append('.');
            e++;
            while (digitAt(text, e)) digits.append(text.charAt(e++));
            decimal = true;
            if (e < n && text.charAt(e) == '.' && digitAt(text, e + 1)) return null; // 1.2.3
        }
        if (digits.length() == 0 || digits.charAt(0) == '.' && digits.length() == 1) return null;
        if (digits.length() > 18) return null;
        String written = digits.toString();
        double value = Double.parseDouble(written.startsWith(".") ? "0" + written : written);
        // ordinals and decades: "71st", "2nd", "1990s"
        if (e + 1 < n && !decimal) {
            char a = Character.toLowerCase(text.charAt(e)), b = Character.toLowerCase(text.charAt(e + 1));
            if ((a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h')
                    && !letterAt(text, e + 2)) return null;
        }
        if (e < n && text.charAt(e) == 's' && !letterAt(text, e + 1) && written.length() >= 2 && value % 10 == 0)
            return null;
        if (e < n && text.charAt(e) == '\'' && e + 1 < n && text.charAt(e + 1) == 's') return null;
        return Reading.digits(i, e, value, written, decimal, grouped);
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** A power of ten after the number: "2.998×10^8", "6.02 x 10²³", "1.6×10−19" (the value is multiplied out). */
    static Reading power(String text, Reading r) {
        int n = text.length(), k = r.numEnd();
        if (k < n && text.charAt(k) == ' ') k++;
        if (k >= n || text.charAt(k) != '×' && text.charAt(k) != 'x' && text.charAt(k) != '*') return r;
        k++;
        if (k < n && text.charAt(k) == ' ') k++;
        if (!text.startsWith("10", k) || digitAt(text, k + 2)) return r;
        k += 2;
        boolean caret = k < n && text.charAt(k) == '^';
        if (caret) k++;
        int sign = 1;
        if (k < n && (text.charAt(k) == '-' || text.charAt(k) == '\u2212' || text.charAt(k) == '⁻')) {
            sign = -1;
            k++;
        } else if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '⁺')) k++;
        int exp = 0, d0 = k;
        while (k < n && k - d0 < 3) {
            char ch = text.charAt(k);
            int v = ch >= '0' && ch <= '9' ? ch - '0' : SUPERSCRIPTS.indexOf(ch);
            if (v < 0) break;
            exp = exp * 10 + v;
            k++;
        }
        if (k == d0) return r;
        return r.withPower(
                Double.parseDouble(Double.toString(r.value()) + "E" + sign * exp), k); // 6.02E23, not 6.02 * 1e23
    }

    /** Reads a scale from p, after the number; the reading ends where the scale does (at p when there is none). */
    static Reading scale(String text, Reading r, int p) {
        int n = text.length();
        int s = p < n && text.charAt(p) == ' ' ? p + 1 : p;
        if (s < n && text.charAt(s) == '-' && s == p && letterAt(text, s + 1)) s = p + 1; // "1.5-million"
        int we = NumberWords.wordEnd(text, s);
        if (we == s) return r.endingAt(p);
        String w = text.substring(s, we);
        String lw = NumberWords.lower(text, s, we);
        Double v = L.scaleWords.get(lw);
        if (v == null && lw.endsWith("s")) v = L.scaleWords.get(lw.substring(0, lw.length() - 1));
        if (v != null && !(v == 100 && r.spelled())) {
            r = applyScale(r, v);
            // "3.5 lakh crore", "1.2 thousand billion": a second scale word multiplies again
            if (we + 1 < n && text.charAt(we) == ' ' && letterAt(text, we + 1)) {
                int we2 = NumberWords.wordEnd(text, we + 1);
                String w2 = NumberWords.lower(text, we + 1, we2);
                Double v2 = L.scaleWords.get(w2);
                if (v2 == null && w2.endsWith("s")) v2 = L.scaleWords.get(w2.substring(0, w2.length() - 1));
                if (v2 != null && v2 > 100)
                    return r.withScale(r.value() * v2, r.scale() * v2).withEnd(we2);
            }
            return r.withEnd(we);
        }
        v = L.scaleAbbrs.get(lw);
        if (v != null) return applyScale(r, v).withEnd(we);
        // a single glued letter: k, m, b, t (and their capitals)
        if (s == p && we == p + 1) {
            v = L.scaleLetters.get(lw);
            if (v == null || r.spelled()) return r.endingAt(p);
            char ch = w.charAt(0);
            boolean reads = r.currencyBefore() || ch == 'k' || ch == 'K';
            boolean decimalOnly = !reads && r.decimal() && ch != 't' && ch != 'T';
            if (!reads) {
                // "5M users", "10bn" handled above; "5M" before a currency or a counted noun reads as a scale
                int a = skipSpace(text, we);
                if (a > we && a < n) {
                    int ae = NumberWords.wordEnd(text, a);
                    String next = text.substring(a, ae);
                    reads = ae > a
                            && (L.currencyWord(next.toLowerCase(Locale.ROOT)) != null
                                    || L.codes.containsKey(next)
                                    || Character.isLowerCase(next.charAt(0))
                                            && Grammar.looksPlural(next.toLowerCase(Locale.ROOT))
                                            && !L.stopwords.contains(next.toLowerCase(Locale.ROOT)));
                }
            }
            if (!reads && decimalOnly) {
                // "2.8B", "2.1m a year": a scale by the look of it; "m" could be metres, so say so
                reads = true;
                if (ch == 'm' || ch == 'M') r = r.withFlag("'m' read as million (not metres)");
            }
            if (!reads) return r.endingAt(p);
            return applyScale(r, v).withEnd(we);
        }
        return r.endingAt(p);
    }

    /** Multiplies by a scale exactly: "16.4 million" is 16400000, not 16.4 * 1e6 = 16399999.999999998. */
    private static Reading applyScale(Reading r, double v) {
        int exp = (int) Math.round(Math.log10(v));
        String digits = r.digits();
        String written = digits.startsWith(".") ? "0" + digits : digits;
        if (!r.spelled()
                && !digits.isEmpty()
                && Math.pow(10, exp) == v
                && Math.abs(r.value()) == Double.parseDouble(written)) {
            // the decimal written with its exponent, rounded once to the nearest double: what BigDecimal's
            // scaleByPowerOfTen(exp).doubleValue() gives, without the 20 ms its first use costs a cold JVM
            double exact = written.indexOf('e') < 0 && written.indexOf('E') < 0
                    ? Double.parseDouble(written + "E" + exp)
                    : new BigDecimal(written).scaleByPowerOfTen(exp).doubleValue();
            return r.withScale(r.value() < 0 ? -exact : exact, v);
        }
        return r.withScale(r.value() * v, v);
    }
}
