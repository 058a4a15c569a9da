package org.corpex.figures;

import static org.corpex.figures.NumberWords.digitAt;
import static org.corpex.figures.NumberWords.letterAt;
import static org.corpex.figures.NumberWords.skipSpace;

/**
 * Numbers that are not figures at all, and where the scan goes on after them: a number inside a URL or a
 * percent-escaped string, a clock time ("17:22", "9 am"; clock.tsv), a date or fraction with slashes ("12/05/2020"), a
 * phone number, an IP address or a version ("2.5.1").
 */
final class NotAFigure {
    private NotAFigure() {}

    private static final Lexicon L = Lexicon.get();

    /**
     * Where the scan should go on when the number at i is not a figure at all (a clock time, a phone number, part of a
     * URL or an escape), else i.
     */
    static int skip(String text, int i, boolean spelled) {
        if (spelled) return i;
        int n = text.length();
        // the whitespace-delimited token around the number
        int ts = i, te = i;
        while (ts > 0 && !Character.isWhitespace(text.charAt(ts - 1))) ts--;
        while (te < n && !Character.isWhitespace(text.charAt(te))) te++;
        if (te - ts > 8) {
            for (int k = ts; k < te - 2; k++) {
                char ch = text.charAt(k);
                if (ch == ':' && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/'
                        || ch == '%'
                                && isHex(text.charAt(k + 1))
                                && isHex(text.charAt(k + 2))
                                && k + 3 < te
                                && ch == '%'
                        || ch == '='
                        || ch == '&'
                        || ch == '@'
                        || ch == 'w' && text.startsWith("www.", k)) return te;
            }
        }
        int e = i;
        while (digitAt(text, e)) e++;
        // clock times: 17:22, 9:30
        if (e < n && text.charAt(e) == ':' && digitAt(text, e + 1) && digitAt(text, e + 2) && e - i <= 2) {
            int k = e + 3;
            while (k < n && (digitAt(text, k) || text.charAt(k) == ':')) k++;
            return k;
        }
        // dates and fractions with slashes: 12/05/2020, 1/2
        if (e < n && text.charAt(e) == '/' && digitAt(text, e + 1)) {
            int k = e + 1;
            while (k < n && (digitAt(text, k) || text.charAt(k) == '/')) k++;
            return k;
        }
        // phone numbers: three or more groups of digits joined by hyphens or dots, or (555) 123-4567, or +44 ...
        if (i > 0 && text.charAt(i - 1) == '+' && (i < 2 || text.charAt(i - 2) == ' ')) {
            int k = e, groups = 1;
            while (k + 1 < n && (text.charAt(k) == ' ' || text.charAt(k) == '-') && digitAt(text, k + 1)) {
                k++;
                while (digitAt(text, k)) k++;
                groups++;
            }
            if (groups >= 3) return k;
        }
        if (i > 0 && text.charAt(i - 1) == '(' && e - i == 3 && e + 1 < n && text.charAt(e) == ')') {
            int k = skipSpace(text, e + 1), d0 = k;
            while (digitAt(text, k)) k++;
            if (k - d0 == 3 && k < n && text.charAt(k) == '-') return k + 1;
        }
        {
            int k = e, groups = 1;
            char sep = 0;
            while (k + 1 < n
                    && (text.charAt(k) == '-' || text.charAt(k) == '.')
                    && (sep == 0 || text.charAt(k) == sep)
                    && digitAt(text, k + 1)) {
                sep = text.charAt(k);
                k++;
                while (digitAt(text, k)) k++;
                groups++;
            }
            if (groups >= 3 && !letterAt(text, k)) return k; // 555-123-4567, 192.168.0.1, version 2.5.1
        }
        // clock times with am/pm: 1.05am, 7.30 p.m., 9 am
        int k = e;
        if (k < n && text.charAt(k) == '.' && digitAt(text, k + 1) && digitAt(text, k + 2) && !digitAt(text, k + 3))
            k += 3;
        int a = k < n && text.charAt(k) == ' ' ? k + 1 : k;
        if (clockMark(text, a) && e - i <= 2) return a + 2;
        return i;
    }

    /** Whether a mark of clock.tsv stands at a, in any case; one without a final dot not running on into a word. */
    private static boolean clockMark(String text, int a) {
        for (String mark : L.clockMarks) {
            if (text.regionMatches(true, a, mark, 0, mark.length())
                    && (mark.endsWith(".") || !letterAt(text, a + mark.length()))) return true;
        }
        return false;
    }

    static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}
