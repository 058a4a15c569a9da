package org.corpex.index;

/**
 * Matches a word pattern with {@code *} (any run, possibly empty) and {@code ?} (one character). The classic
 * two-pointer walk: on a mismatch it resumes just after the last {@code *}, so the work is at most text length times
 * pattern length, and usually linear. A regex built from the glob ({@code .*a.*a.*a.*b}) backtracks polynomially in the
 * word's length instead: a 50,000 letter token made it run for minutes.
 */
public final class Glob {
    private Glob() {}

    public static boolean matches(String glob, CharSequence text) {
        int p = 0, t = 0, star = -1, resume = 0;
        int pn = glob.length(), tn = text.length();
        while (t < tn) {
            if (p < pn && (glob.charAt(p) == '?' || glob.charAt(p) != '*' && glob.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pn && glob.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pn && glob.charAt(p) == '*') p++;
        return p == pn;
    }

    /** True when the word has a * or a ?. */
    public static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }
}
