package org.corpex.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or a punctuation mark of a sentence, as the language readers see it: "Sen.", "AT&T", "N.H." and "front-runner"
 * are one word each; a possessive "'s" or a lone apostrophe after a name is a token of its own, so that "Clinton's"
 * reads as the name and its possessive.
 *
 * @param start first character in the document text
 * @param end character after it
 * @param text as written
 * @param lower lower case
 * @param cap begins with a capital letter
 * @param word letters or digits (not punctuation)
 */
public record Tok(int start, int end, String text, String lower, boolean cap, boolean word) {

    public boolean digit() {
        return word && Character.isDigit(text.charAt(0));
    }

    public boolean is(String lowerForm) {
        return lower.equals(lowerForm);
    }

    /** Whether this is the possessive mark after a name ("'s", or the apostrophe of "Sanders'"). */
    public boolean possessive() {
        return lower.equals("'s") || lower.equals("’s") || lower.equals("'") || lower.equals("’");
    }

    /** The tokens of the text between from and to. */
    public static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int e = i + 1;
                while (e < to) {
                    char d = text.charAt(e);
                    if (Character.isLetterOrDigit(d)) {
                        e++;
                        continue;
                    }
                    // inner joiners: "AT&T", "front-runner", "N.H.", "3.5", "1,900"
                    if ((d == '&' || d == '-' || d == '.' || d == ',' && Character.isDigit(text.charAt(e - 1)))
                            && e + 1 < to
                            && Character.isLetterOrDigit(text.charAt(e + 1))
                            && (d != ',' || Character.isDigit(text.charAt(e + 1)))) {
                        e += 2;
                        continue;
                    }
                    // an apostrophe inside a name: "O'Brien", "D’Angelo" (not a possessive: "Trump's")
                    if ((d == '\'' || d == '’')
                            && e + 1 < to
                            && Character.isUpperCase(text.charAt(e + 1))
                            && Character.isLetter(text.charAt(e - 1))) {
                        e += 2;
                        continue;
                    }
                    break;
                }
                // a final dot of an abbreviation: "Sen.", "Wyo.", "N.H.", "Jan.", not a sentence's last dot ("in early
                // June.")
                if (e < to
                        && text.charAt(e) == '.'
                        && Character.isLetter(text.charAt(e - 1))
                        && (text.substring(i, e).indexOf('.') > 0
                                || initial(text, i, e, to)
                                || LanguageLexicon.get()
                                        .abbreviation(text.substring(i, e).toLowerCase(Locale.ROOT)))) e++;
                out.add(make(text, i, e));
                i = e;
                continue;
            }
            if ((c == '\'' || c == '’')
                    && i + 1 < to
                    && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))
                    && i > from
                    && Character.isLetter(text.charAt(i - 1))) {
                out.add(make(text, i, i + 2));
                i += 2;
                continue;
            }
            // a typewriter quotation mark, '' or ``, is one token (and no possessive)
            if ((c == '\'' || c == '`') && i + 1 < to && text.charAt(i + 1) == c) {
                out.add(make(text, i, i + 2));
                i += 2;
                continue;
            }
            out.add(make(text, i, i + 1));
            i++;
        }
        return out;
    }

    /** A middle initial: one capital letter, its dot, and a capitalised word after ("Donald J. Trump"). */
    private static boolean initial(String text, int i, int e, int to) {
        return e - i == 1
                && Character.isUpperCase(text.charAt(i))
                && i > 0
                && text.charAt(i - 1) == ' '
                && e + 2 < to
                && text.charAt(e + 1) == ' '
                && Character.isUpperCase(text.charAt(e + 2));
    }

    private static Tok make(String text, int s, int e) {
        String t = text.substring(s, e);
        char c = t.charAt(0);
        return new Tok(s, e, t, lower(t), Character.isUpperCase(c), Character.isLetterOrDigit(c));
    }

    /**
     * {@code t.toLowerCase(Locale.ROOT)}, with ASCII read directly: every token of every sentence read is lowered, and
     * the JDK asks its character tables of each character first. A word already in lower case is its own.
     */
    static String lower(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c >= 0x80) return t.toLowerCase(Locale.ROOT);
            if (c >= 'A' && c <= 'Z') {
                char[] out = new char[n];
                t.getChars(0, n, out, 0);
                for (int k = i; k < n; k++) {
                    char d = out[k];
                    if (d >= 0x80) return t.toLowerCase(Locale.ROOT);
                    if (d >= 'A' && d <= 'Z') out[k] = (char) (d + 32);
                }
                return new String(out);
            }
        }
        return t;
    }
}
