package org.corpex.figures;

import static org.corpex.figures.NumberWords.digitAt;
import static org.corpex.figures.NumberWords.letterAt;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The currency slots: a currency before the number ("$5", "USD 200", "Rs 20", "malaysian ringgit 42"), after it ("10$",
 * "110 JPY", "10.5 million Australian dollars"), a subunit ("19 cents", "43c"), "pounds" as money or a mass, and "¥" as
 * the yen or the yuan. The words are the lexicon's (currencies.tsv, subunits.tsv, currency-homographs.tsv, weights.tsv,
 * money-cues.tsv, yen-cues.tsv).
 */
final class CurrencyReader {
    private CurrencyReader() {}

    private static final Lexicon L = Lexicon.get();

    /** The codes of currencies found before a number, by index (a small intern table keeps int[] results cheap). */
    private static final String[] CODES;

    private static final Map<String, Integer> CODE_INDEX = new HashMap<>();

    static {
        TreeSet<String> all = new TreeSet<>();
        all.addAll(L.signs.values());
        all.addAll(L.before.values());
        all.addAll(L.codes.values());
        all.addAll(L.words.values());
        for (Lexicon.Subunit s : L.subunits.values()) all.add(s.code());
        CODES = all.toArray(new String[0]);
        for (int k = 0; k < CODES.length; k++) CODE_INDEX.put(CODES[k], k);
    }

    /** The code at an index of {@link #before} or {@link #endingAt}. */
    static String code(int index) {
        return CODES[index];
    }

    /** {start, code index} of a currency right before the number at i (glued or one space), or null. */
    static int[] before(String text, int i) {
        // glued ("$5", "USD200") or after one space ("$ 5", "USD 200"); "-$5" and "$-5" are read by the sign
        int[] m = endingAt(text, i);
        if (m == null && i > 1 && text.charAt(i - 1) == ' ') m = endingAt(text, i - 1);
        if (m == null) return null;
        // "US $", "HK $", "c $", "NZ $": letters before a spaced sign
        int s = m[0];
        if (s > 1
                && text.charAt(s - 1) == ' '
                && text.charAt(s) == '$'
                && s - 1 >= 1
                && Character.isLetter(text.charAt(s - 2))) {
            int ws = s - 1;
            while (ws > 0 && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.')) ws--;
            String pre = text.substring(ws, s - 1);
            // any case ("hk $ 10"), but "a $5 fee" is not Australian
            String up = pre.toUpperCase(Locale.ROOT);
            String code = pre.equals("a") ? null : L.signs.get(up + "$");
            if (code == null && pre.equals(up)) code = L.codes.get(pre);
            if (code != null
                    && pre.length() <= 4
                    && (ws == 0 || Character.isWhitespace(text.charAt(ws - 1)) || text.charAt(ws - 1) == '(')) {
                return new int[] {ws, CODE_INDEX.get(code)};
            }
        }
        return m;
    }

    /**
     * {start, code index} of a currency word or phrase right before the number at i ("malaysian ringgit 42"), or null.
     */
    static int[] wordBefore(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ' ' || !letterAt(text, i - 2)) return null;
        int e = i - 1, k = e;
        int[] found = null;
        for (int words = 0; words < L.longestWordPhrase; words++) {
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
            String phrase = text.substring(k, e).toLowerCase(Locale.ROOT);
            String code = L.currencyWord(phrase);
            // in lower case only: "Euro 2020" is a tournament, a capitalised word before a number a name; and not
            // "won 3-1": before a number more currency words are English words than after one (currency-homographs.tsv)
            if (code != null
                    && !L.currenciesAfterOnly.contains(phrase)
                    && !phrase.startsWith("pound")
                    && Character.isLowerCase(text.charAt(k))) {
                found = new int[] {k, CODE_INDEX.get(code)};
            }
            if (k < 2 || text.charAt(k - 1) != ' ' || !letterAt(text, k - 2)) break;
            k--;
        }
        return found;
    }

    /**
     * A currency sign, prefix or code whose last character is at e - 1: {start, code index, 1 when a scale letter leads
     * it}, or null.
     */
    static int[] endingAt(String text, int e) {
        if (e <= 0) return null;
        char last = text.charAt(e - 1);
        if (Character.isDigit(last) || last == ' ') return null;
        // the run of non-space, non-digit characters before e, at most 7
        int s = e;
        while (s > 0
                && e - s < 7
                && !Character.isWhitespace(text.charAt(s - 1))
                && !Character.isDigit(text.charAt(s - 1))) s--;
        boolean letters = true;
        for (int k = s; k < e && letters; k++) letters = Character.isLetter(text.charAt(k));
        if (letters) {
            // a word: only as a whole can it be a code or a currency prefix ("USD", "Rs", "usd", "MUSD"); most words
            // are neither
            if (e - s < 2 || e - s > 4) return null;
            String t = text.substring(s, e);
            String code = L.before.get(t);
            if (code == null) code = L.codes.get(t);
            if (code != null) return new int[] {s, CODE_INDEX.get(code), 0};
            if (t.length() == 4
                    && L.scaleLetters.containsKey(t.substring(0, 1).toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(t.charAt(0)) == Character.isUpperCase(t.charAt(1))) {
                String cc = L.codes.get(t.substring(1));
                if (cc == null && isLowerAlpha(t))
                    cc = L.codes.get(t.substring(1).toUpperCase(Locale.ROOT));
                if (cc != null) return new int[] {s, CODE_INDEX.get(cc), 1};
            }
            return null;
        }
        for (int k = s; k < e; k++) {
            String t = text.substring(k, e);
            // what stands before the currency must not be a letter (else "GPT4", "abc$5" are names)
            if (k > 0 && Character.isLetter(text.charAt(k - 1))) continue;
            String code = L.signs.get(t);
            if (code == null) code = L.signs.get(t.toUpperCase(Locale.ROOT));
            if (code == null) code = L.before.get(t);
            if (code == null) code = L.codes.get(t);
            if (code == null && t.length() == 3 && isLowerAlpha(t)) code = L.codes.get(t);
            if (code == null
                    && t.length() == 4
                    && (t.charAt(3) == '$')
                    && L.codes.containsKey(t.substring(0, 3).toUpperCase(Locale.ROOT))) {
                code = L.codes.get(t.substring(0, 3).toUpperCase(Locale.ROOT)); // "nzd$15"
            }
            if (code != null) return new int[] {k, CODE_INDEX.get(code), 0};
            if (t.length() == 4
                    && L.scaleLetters.containsKey(t.substring(0, 1).toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(t.charAt(0)) == Character.isUpperCase(t.charAt(1))) {
                // "MUSD 5", "maud 60": a scale letter glued to a code
                String cc = L.codes.get(t.substring(1));
                if (cc == null && isLowerAlpha(t))
                    cc = L.codes.get(t.substring(1).toUpperCase(Locale.ROOT));
                if (cc != null) return new int[] {k, CODE_INDEX.get(cc), 1};
            }
        }
        return null;
    }

    private static boolean isLowerAlpha(String t) {
        for (int k = 0; k < t.length(); k++) if (t.charAt(k) < 'a' || t.charAt(k) > 'z') return false;
        return true;
    }

    /**
     * Reads a currency from p, after the number (sign, code, "MUSD", currency word with its adjective); the reading
     * ends after it.
     */
    static Reading after(Scan c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        int s = p < n && text.charAt(p) == ' ' ? p + 1 : p;
        if (s < n && text.charAt(s) == '-' && s == p && r.spelled() && letterAt(text, s + 1)) s = p + 1; // "one-yen"
        if (s >= n) return r.endingAt(p);
        // signs, glued or spaced: "10$", "1,200€", "100 ₡", "3.14US$"
        char first = text.charAt(s);
        boolean maySign = L.signInitials.contains(first) || L.signInitials.contains(Character.toUpperCase(first));
        for (int len = maySign ? Math.min(L.longestSign, n - s) : 0; len >= 1; len--) {
            String t = text.substring(s, s + len);
            String code = L.signs.get(t);
            if (code == null && len > 1) code = L.signs.get(t.toUpperCase(Locale.ROOT));
            if (code != null && s > p && digitAt(text, s + len))
                return r.endingAt(p); // "1 $10": the sign is the next figure's
            if (code != null
                    && (!letterAt(text, s + len) || t.charAt(t.length() - 1) > 0x2000)
                    && (t.length() > 1 || t.charAt(0) > 0x2000 || !Character.isLetter(t.charAt(0)))) {
                return r.money(code).withEnd(s + len);
            }
        }
        int we = NumberWords.wordEnd(text, s);
        if (we == s) return r.endingAt(p);
        String w = text.substring(s, we);
        // ISO codes: "110 JPY", "115usd", "USD million"
        String code = L.codes.get(w);
        if (code == null && w.length() == 3 && s == p && isLowerAlpha(w))
            code = L.codes.get(w.toUpperCase(Locale.ROOT));
        if (code != null) {
            r = r.money(code);
            int e = we;
            if (!r.scaled()) {
                Reading scaled = NumberReader.scale(text, r, e);
                if (scaled.end() > e) {
                    r = scaled;
                    e = scaled.end();
                }
            }
            return r.withEnd(e);
        }
        // a scale letter glued to a code: "MUSD", "musd", "KEUR"
        if (w.length() == 4 && !r.scaled()) {
            Double v = L.scaleLetters.get(w.substring(0, 1).toLowerCase(Locale.ROOT));
            String cc = L.codes.get(w.substring(1));
            if (cc == null && isLowerAlpha(w)) cc = L.codes.get(w.substring(1).toUpperCase(Locale.ROOT));
            if (v != null && cc != null && (Character.isUpperCase(w.charAt(0)) == Character.isUpperCase(w.charAt(1)))) {
                return r.withScale(r.value() * v, v).money(cc).withEnd(we);
            }
        }
        String b = L.before.get(w);
        if (b != null && (s == p || w.length() >= 2 && Character.isUpperCase(w.charAt(1))))
            return r.money(b).withEnd(we); // "20Rs", "42 RM"
        if (s == p && !r.spelled()) {
            if (!"s".equals(w) && L.currencyWord(w.toLowerCase(Locale.ROOT)) == null) return r.endingAt(p);
        }
        // currency words, longest phrase first: "10.5 million Australian dollars", "7,199 Chinese yuan"
        int[] ends = new int[L.longestWordPhrase];
        int count = 0, k = s;
        while (count < ends.length) {
            int e = NumberWords.tokenEnd(text, k);
            if (e == k) break;
            ends[count++] = e;
            if (e + 1 < n && text.charAt(e) == ' ' && letterAt(text, e + 1)) k = e + 1;
            else break;
        }
        for (int m = count; m >= 1; m--) {
            String phrase = NumberWords.lower(text, s, ends[m - 1]);
            String cw = L.currencyWord(phrase);
            if (cw == null) continue;
            if (phrase.equals("pound") || phrase.equals("pounds")) return pounds(c, r, s, ends[m - 1]);
            if (L.englishCurrencies.contains(phrase)
                    && !phrase.startsWith("buck")
                    && !Character.isUpperCase(text.charAt(s))
                    && !r.scaled()) {
                // words that are English words too ("5 real ones", "3 won"): only after a scale or capitalised
                continue;
            }
            return r.money(cw).withEnd(ends[m - 1]);
        }
        return r.endingAt(p);
    }

    /** "208 pounds" at [s, e): a mass after a word of weight, money after a word of money, else money flagged. */
    private static Reading pounds(Scan c, Reading r, int s, int e) {
        String text = c.text;
        int ss = c.sentenceStart(r.start()), se = c.sentenceEnd(r.start());
        // five words before the number
        int k = r.start(), words = 0;
        boolean weight = false;
        while (k > ss && words < 6) {
            while (k > ss && !Character.isLetter(text.charAt(k - 1))) k--;
            int we = k;
            while (k > ss && Character.isLetter(text.charAt(k - 1))) k--;
            if (we > k) {
                words++;
                String w = text.substring(k, we).toLowerCase(Locale.ROOT);
                if (L.weights.contains(w)) {
                    weight = true;
                    break;
                }
                if (L.moneyCues.contains(w)) break;
            }
        }
        // "a twenty-pound bag", "one pound of coal": a weight
        weight |= s > 0 && text.charAt(s - 1) == '-' || text.startsWith(" of ", e) && !r.scaled();
        if (weight) return r.as(Figure.Kind.QUANTITY, "lb").withEnd(e);
        r = r.money("GBP");
        boolean cue = r.scaled() || text.startsWith(" sterling", e);
        if (!cue) {
            String sentence = text.substring(ss, Math.max(ss, Math.min(se, text.length())))
                    .toLowerCase(Locale.ROOT);
            int i = 0;
            while (!cue && i < sentence.length()) {
                while (i < sentence.length() && !Character.isLetter(sentence.charAt(i))) i++;
                int j = i;
                while (j < sentence.length() && Character.isLetter(sentence.charAt(j))) j++;
                if (j > i && L.moneyCues.contains(sentence.substring(i, j))) cue = true;
                i = j;
            }
            cue |= sentence.indexOf('£') >= 0;
        }
        if (!cue) r = r.withFlag("'pounds' read as money (GBP); it could be a weight");
        return r.withEnd(e);
    }

    /**
     * "¥" is the sign of both the yen and the yuan: the document decides when it names one country's money or the
     * country (yen-cues.tsv), else the figure is read as yen and flagged.
     */
    static Reading yen(Scan c, Reading r) {
        if (!r.unit().equals("JPY") || c.text.indexOf('¥') < 0 && c.text.indexOf('￥') < 0) return r;
        String t = c.text;
        boolean cn = false, jp = false;
        for (Map.Entry<String, String> cue : L.yenCues.entrySet()) {
            if (!t.contains(cue.getKey())) continue;
            if (cue.getValue().equals("CNY")) cn = true;
            else jp = true;
        }
        boolean sign = false;
        for (int i = r.start(); i < r.end(); i++) if (t.charAt(i) == '¥' || t.charAt(i) == '￥') sign = true;
        if (!sign) return r;
        if (cn && !jp) return r.withUnit("CNY");
        if (cn == jp) return r.withFlag("'¥' read as yen (JPY); it is the yuan's sign too");
        return r;
    }

    /** "19 cents", "43c", "50p", "18 sen" from p: the amount in the whole unit. */
    static Reading subunit(String text, Reading r, int p) {
        int n = text.length();
        if (p < n
                && p == r.numEnd()
                && !r.spelled()
                && (text.charAt(p) == 'c' || text.charAt(p) == 'p' || text.charAt(p) == '¢')
                && !letterAt(text, p + 1)) {
            Lexicon.Subunit s = L.subunits.get(String.valueOf(text.charAt(p)));
            if (text.charAt(p) == 'p' && r.decimal()) return r.endingAt(p); // "2.5p" is odd; leave it
            return r.withValue(r.value() * s.fraction()).money(s.code()).withEnd(p + 1);
        }
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-' && letterAt(text, p + 1)) ? p + 1 : p;
        if (s < n && text.charAt(s) == '¢')
            return r.withValue(r.value() * 0.01).money("USD").withEnd(s + 1);
        int we = NumberWords.wordEnd(text, s);
        if (we - s < 3) return r.endingAt(p);
        Lexicon.Subunit sub = L.subunits.get(NumberWords.lower(text, s, we));
        if (sub == null) return r.endingAt(p);
        return r.withValue(r.value() * sub.fraction()).money(sub.code()).withEnd(we);
    }
}
