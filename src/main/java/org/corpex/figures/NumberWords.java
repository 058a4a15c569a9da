package org.corpex.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reading words and numbers in words ("fifty-three", "a dozen", "half a billion") at a position of a text. */
final class NumberWords {
    private NumberWords() {}

    /** Numbers in words and their values ("fifty": 50), from the lexicon (number-words.tsv). */
    static final Map<String, Integer> SMALL = Lexicon.get().numberWords;

    /** Fractions after a number in words ("three quarters", "two thirds"): the denominator. */
    private static final Map<String, Integer> FRACTIONS = Lexicon.get().fractions;

    /** Words a number in words may begin with: the numbers, and "a", "half", "dozen"... */
    private static final Set<String> FIRST = first();

    private static Set<String> first() {
        Set<String> s = new HashSet<>(SMALL.keySet());
        s.addAll(Lexicon.get().numberStarts);
        return Set.copyOf(s);
    }

    private static final String[][] BY_INITIAL = new String[26][];
    /** Per initial, a bit for each length a first word with that initial has. */
    private static final int[] LENGTHS = new int[26];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            final char initial = c;
            BY_INITIAL[c - 'a'] =
                    FIRST.stream().filter(w -> w.charAt(0) == initial).toArray(String[]::new);
            for (String w : BY_INITIAL[c - 'a']) LENGTHS[c - 'a'] |= 1 << w.length();
        }
    }

    /** Initials of the words that may follow "a"/"an" in a number ("a dozen", "a million", "a dollar"). */
    private static final boolean[] AFTER_ARTICLE = new boolean[26];
    /** Per initial, a bit for each length of a first word that may follow "a"/"an" (31 for longer words). */
    private static final int[] AFTER_ARTICLE_LENGTHS = new int[26];

    static {
        Lexicon l = Lexicon.get();
        List<String> after = new ArrayList<>(l.scaleWords.keySet());
        after.addAll(l.words.keySet());
        after.addAll(l.subunits.keySet());
        // "a dozen", "a half", "a quarter": the starts that are no article
        for (String w : l.numberStarts) if (!w.equals("a") && !w.equals("an")) after.add(w);
        for (String w : after) {
            char c = w.charAt(0);
            if (c >= 'a' && c <= 'z') {
                AFTER_ARTICLE[c - 'a'] = true;
                int first = w.indexOf(' ') < 0 ? w.length() : w.indexOf(' ');
                AFTER_ARTICLE_LENGTHS[c - 'a'] |= 1 << Math.min(31, first);
            }
        }
    }

    /** Whether the token [start, end) may begin a number in words. Called for every token, so it compares in place. */
    static boolean startsNumberWord(String text, int start, int end) {
        int len = end - start;
        if (len < 1 || len > 9) return false;
        char c = Character.toLowerCase(text.charAt(start));
        if (c < 'a' || c > 'z' || (LENGTHS[c - 'a'] & 1 << len) == 0) return false;
        if (c == 'a' && len <= 2) {
            // "a"/"an" is the commonest word: go on only when the next word may make it a number
            if (len == 2 && Character.toLowerCase(text.charAt(start + 1)) != 'n') return false;
            if (end + 1 >= text.length() || text.charAt(end) != ' ') return false;
            char n = Character.toLowerCase(text.charAt(end + 1));
            if (n < 'a' || n > 'z' || !AFTER_ARTICLE[n - 'a']) return false;
            // the next word's length must be one such a word has: most words after "a" are not money, scale or dozen
            int e = end + 1, lim = text.length();
            while (e < lim && Character.isLetter(text.charAt(e))) e++;
            return (AFTER_ARTICLE_LENGTHS[n - 'a'] & 1 << Math.min(31, e - end - 1)) != 0;
        }
        // most words share no first two letters with a number word; the rest are packed five bits a letter and looked
        // up
        if (len > 1) {
            int c2 = text.charAt(start + 1) | 0x20;
            if (c2 < 'a' || c2 > 'z' || (SECONDS[c - 'a'] & 1 << (c2 - 'a')) == 0) return false;
            if (len > 2) { // "their", "these", "there" begin as "three" does: the third letter tells them apart
                int c3 = text.charAt(start + 2) | 0x20;
                if (c3 < 'a' || c3 > 'z' || !PREFIX3[(c - 'a') * 676 + (c2 - 'a') * 26 + (c3 - 'a')]) return false;
            }
        }
        long key = 0;
        for (int k = start; k < end; k++) {
            int ch = text.charAt(k) | 0x20;
            if (ch < 'a' || ch > 'z') return false;
            key = key << 5 | (ch - 'a' + 1);
        }
        return Arrays.binarySearch(FIRST_KEYS, key) >= 0;
    }

    /** Per initial, a bit for each second letter a first word with that initial has; and the first three letters. */
    private static final int[] SECONDS = new int[26];

    private static final boolean[] PREFIX3 = new boolean[26 * 26 * 26];

    static {
        for (String w : FIRST) {
            if (w.length() > 1) SECONDS[w.charAt(0) - 'a'] |= 1 << (w.charAt(1) - 'a');
            if (w.length() > 2)
                PREFIX3[(w.charAt(0) - 'a') * 676 + (w.charAt(1) - 'a') * 26 + (w.charAt(2) - 'a')] = true;
        }
    }

    private static final long[] FIRST_KEYS = FIRST.stream()
            .mapToLong(w -> {
                long key = 0;
                for (int k = 0; k < w.length(); k++) key = key << 5 | (w.charAt(k) - 'a' + 1);
                return key;
            })
            .sorted()
            .toArray();

    /** The number of "threefold", "tenfold", "twentyfold" (a number word glued to "fold"), or -1. */
    static int fold(String text, int start, int end) {
        // compared a letter at a time: most words of seven letters ending in "d" are past tenses
        if (end - start < 7
                || (text.charAt(end - 2) | 0x20) != 'l'
                || (text.charAt(end - 3) | 0x20) != 'o'
                || (text.charAt(end - 4) | 0x20) != 'f') return -1;
        Integer v = SMALL.get(lower(text, start, end - 4));
        return v == null || v < 2 ? -1 : v;
    }

    /** A number read in words: its value and where it ends; {@code scaled} when a scale word was part of it. */
    record Spelled(double value, int end, boolean scaled) {}

    /**
     * The number in words at {@code i} ("fifty-three", "one hundred and twenty", "three billion", "a dozen", "a
     * million", "half a billion"), or null. A lone "a"/"an"/"half" is not a number.
     */
    static Spelled spelled(String text, int i) {
        int n = text.length();
        double total = 0, current = 0;
        boolean any = false, scaled = false, article = false, half = false, lastSmall = false;
        double fraction = 1;
        int lastSmallValue = 0;
        int end = i, p = i;
        while (p < n) {
            int we = wordEnd(text, p);
            if (we == p) break;
            String w = text.substring(p, we).toLowerCase(Locale.ROOT);
            Integer small = SMALL.get(w);
            Double scale = L().scaleWords.get(w);
            if (small != null) {
                // "twenty one" goes on; "one two" and "twenty thirty" do not
                if (lastSmall && !(lastSmallValue >= 20 && lastSmallValue % 10 == 0 && small < 10 && small > 0)) break;
                current += small;
                any = true;
                lastSmall = true;
                lastSmallValue = small;
                if (we < n
                        && (text.charAt(we) == ' ' || text.charAt(we) == '-')
                        && we + 1 < n
                        && Character.isLetter(text.charAt(we + 1))) {
                    end = we;
                    p = we + 1;
                    continue;
                }
                end = we;
                break;
            } else if (lastSmall && FRACTIONS.containsKey(w) && total == 0 && current < 10) {
                // "three quarters of a billion", "two-thirds of a million": a fraction of a scale
                int q = we < n && text.charAt(we) == ' ' ? we + 1 : we;
                if (text.regionMatches(true, q, "of a ", 0, 5)) q += 5;
                else if (text.regionMatches(true, q, "of an ", 0, 6)) q += 6;
                int qe = wordEnd(text, q);
                Double sc = qe > q ? L().scaleWords.get(text.substring(q, qe).toLowerCase(Locale.ROOT)) : null;
                if (sc == null || sc < 1000) break;
                return new Spelled(current / FRACTIONS.get(w) * sc, qe, true);
            } else if ((w.equals("a") || w.equals("an")) && !any && !article) {
                article = true;
            } else if ((w.equals("half") || w.equals("quarter")) && !any && !half) {
                half = true;
                fraction = w.equals("half") ? 0.5 : 0.25;
            } else if (w.equals("dozen") && (any || article) && current <= 12 && !half) {
                current = (any ? current : 1) * 12;
                any = true;
            } else if (scale != null && (any || article || half)) {
                double base = any ? current : 1;
                if (scale == 100) current = base * 100;
                else {
                    total += base * scale;
                    current = 0;
                    scaled = true;
                }
                any = true;
            } else if (w.equals("and") && any && current >= 100 && current % 100 == 0) {
                // "one hundred and twenty": go on only when a number word follows
                int q = we;
                if (q < n && text.charAt(q) == ' ') q++;
                int qe = wordEnd(text, q);
                if (qe == q || !SMALL.containsKey(text.substring(q, qe).toLowerCase(Locale.ROOT))) break;
            } else break;
            lastSmall = false;
            if (scale != null || w.equals("dozen")) end = we;
            // next word: after one space or a hyphen ("fifty-three")
            if (we < n
                    && (text.charAt(we) == ' ' || text.charAt(we) == '-')
                    && we + 1 < n
                    && Character.isLetter(text.charAt(we + 1))) p = we + 1;
            else break;
            if (half && !any && !article && !text.regionMatches(true, p, "a ", 0, 2) && !isScale(text, p)) break;
            // "a dollar", "a penny": the article is one of a currency
            if (article && !any && !half && p == we + 1 && isMoneyWord(text, p)) return new Spelled(1, we, false);
        }
        if (!any) return null;
        double v = total + current;
        if (half) v *= fraction;
        if (half && !scaled) return null; // "half the staff", "a quarter of": not a number here
        return new Spelled(v, end, scaled);
    }

    private static Lexicon L() {
        return Lexicon.get();
    }

    private static boolean isScale(String text, int p) {
        int e = wordEnd(text, p);
        String w = text.substring(p, e).toLowerCase(Locale.ROOT);
        return L().scaleWords.containsKey(w) && !w.equals("hundred");
    }

    private static boolean isMoneyWord(String text, int p) {
        int e = wordEnd(text, p);
        String w = text.substring(p, e).toLowerCase(Locale.ROOT);
        return L().currencyWord(w) != null && !w.equals("real") && !w.equals("mark")
                || L().subunits.containsKey(w) && w.length() > 2;
    }

    /** The last few words lower-cased, per thread: the grammar's steps look at the same word after a number in turn. */
    private static final ThreadLocal<Object[]> LOWER = ThreadLocal.withInitial(() -> new Object[12]);

    /** text[s, e) in lower case, remembered for the next few calls on the same text and span. */
    static String lower(String text, int s, int e) {
        Object[] c = LOWER.get();
        for (int k = 0; k < c.length; k += 3) {
            if (c[k] == text && c[k + 1] != null && (int) c[k + 1] == (s << 16 ^ e) && c[k + 2] != null) {
                String v = (String) c[k + 2];
                if (v.length() == e - s) return v;
            }
        }
        String v = text.substring(s, e).toLowerCase(Locale.ROOT);
        // shift the entries down and put this one first
        System.arraycopy(c, 0, c, 3, c.length - 3);
        c[0] = text;
        c[1] = s << 16 ^ e;
        c[2] = v;
        return v;
    }

    /** The end of the word of letters at i (i when none starts there). */
    static int wordEnd(String text, int i) {
        int e = i, n = text.length();
        while (e < n && Character.isLetter(text.charAt(e))) e++;
        return e;
    }

    /** The end of the word at i, letters with inner hyphens, apostrophes and dots ("full-time", "U.S."). */
    static int tokenEnd(String text, int i) {
        int e = wordEnd(text, i), n = text.length();
        while (e > i
                && e + 1 < n
                && (text.charAt(e) == '-' || text.charAt(e) == '\'' || text.charAt(e) == '.')
                && Character.isLetter(text.charAt(e + 1))) {
            e = wordEnd(text, e + 1);
        }
        return e;
    }

    static int skipSpace(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i;
    }

    static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && Extractor.isDigit(text.charAt(i));
    }
}
