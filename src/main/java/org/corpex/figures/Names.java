package org.corpex.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.corpus.Layout;

/**
 * The names a figure's sentence and its article give: capitalised phrases found by shape, not by a list of companies,
 * made entities by dropping what is no name (not-entities.tsv), a corporate suffix (company-suffixes.tsv) and places
 * (places.tsv).
 */
final class Names {
    private Names() {}

    private static final Lexicon L = Lexicon.get();

    /**
     * The name mentioned most often in a text (twice at least, or once when it is the only one), or "": the article's
     * main subject, for figures whose sentence names no one. Names are found as in {@link #entity}.
     */
    static String mainEntity(Layout layout, String text) {
        Map<String, Integer> counts = new HashMap<>();
        // The headline and lead name an article's subject: reading them, not the whole text, keeps the
        // cost of a long document bounded.
        int n = Math.min(text.length(), LEAD);
        int after = -1;
        for (int t = 0, tokens = layout.tokenCount(); t < tokens; t++) {
            int i = layout.tokenStart(t);
            if (i >= n) break;
            if (i < after) continue;
            char c = text.charAt(i);
            if (c < 128 ? c < 'A' || c > 'Z' : !Character.isUpperCase(c)) continue;
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            int[] ph = phrase(text, i, n);
            if (ph == null) continue;
            after = ph[1];
            // A lone word opening a sentence is as often a common word as a name ("Analysts", "Shares"):
            // the subject of an article is named inside sentences too.
            boolean single = text.indexOf(' ', ph[0]) < 0 || text.indexOf(' ', ph[0]) >= ph[1];
            if (single && sentenceInitial(text, i)) continue;
            // count what is written first; a phrase is turned into a name once, not at every mention
            counts.merge(text.substring(ph[0], ph[1]), 1, Integer::sum);
        }
        Map<String, Integer> names = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String t = e.getKey();
            String name = name(t, new int[] {0, t.length(), 0}, false);
            if (!name.isEmpty()) names.merge(name, e.getValue(), Integer::sum);
        }
        // A short text naming one organisation once is about it; otherwise the subject is named twice at least.
        if (names.size() == 1) return names.keySet().iterator().next();
        String best = "";
        int bestCount = 1;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() > bestCount
                    || e.getValue() == bestCount
                            && !best.isEmpty()
                            && e.getKey().compareTo(best) < 0) {
                bestCount = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** How much of an article's beginning is read for its main subject. */
    private static final int LEAD = 4000;

    /**
     * The capitalised phrase starting at i: [start, end, possessive?1:0], or null. Words are capitalised tokens of
     * letters (with inner hyphens, dots or '&'), joined by single spaces.
     */
    private static int[] phrase(String text, int i, int limit) {
        int e = i, last = -1;
        while (e < limit && Character.isUpperCase(text.charAt(e))) {
            int we = e;
            while (we < limit
                    && (Character.isLetter(text.charAt(we))
                            || (text.charAt(we) == '-' || text.charAt(we) == '.' || text.charAt(we) == '&')
                                    && we + 1 < limit
                                    && Character.isLetter(text.charAt(we + 1)))) we++;
            if (we < limit && Character.isDigit(text.charAt(we)))
                return last < 0 ? null : new int[] {i, last, 0}; // "RTX4090", "A-32B": a product
            last = we;
            if (we + 1 < limit && text.charAt(we) == ' ' && Character.isUpperCase(text.charAt(we + 1))) e = we + 1;
            else break;
        }
        if (last < 0) return null;
        boolean possessive = last + 1 < limit
                && (text.charAt(last) == '\'' || text.charAt(last) == '’')
                && text.charAt(last + 1) == 's'
                && (last + 2 >= limit || !Character.isLetter(text.charAt(last + 2)));
        return new int[] {i, last, possessive ? 1 : 0};
    }

    private static boolean sentenceInitial(String text, int i) {
        int p = i - 1;
        while (p >= 0
                && (text.charAt(p) == ' '
                        || text.charAt(p) == '"'
                        || text.charAt(p) == '“'
                        || text.charAt(p) == '\''
                        || text.charAt(p) == '‘')) p--;
        return p < 0 || ".!?\n:;-–—•*(".indexOf(text.charAt(p)) >= 0;
    }

    /**
     * The entity a capitalised phrase names, or "" when it names none: words that are not names (openers, titles,
     * months: not-entities.tsv) are dropped from its ends, corporate suffixes from its tail, and a place or nationality
     * (places.tsv) is no entity.
     */
    private static String name(String text, int[] ph, boolean initial) {
        String whole = text.substring(ph[0], ph[1]);
        String[] words = whole.indexOf(' ') < 0 ? new String[] {whole} : whole.split(" ");
        int a = 0, b = words.length;
        while (a < b && L.notEntities.contains(words[a].toLowerCase(Locale.ROOT))) a++;
        while (b > a
                && (L.notEntities.contains(words[b - 1].toLowerCase(Locale.ROOT))
                        || L.companySuffixes.contains(words[b - 1].toLowerCase(Locale.ROOT)))) b--;
        if (a >= b) return "";
        String name = a == 0 && b == words.length
                ? whole
                : String.join(" ", Arrays.asList(words).subList(a, b));
        String lower = name.toLowerCase(Locale.ROOT);
        if (L.places.contains(lower) || L.stopwords.contains(lower)) return "";
        int dash = lower.lastIndexOf('-');
        if (dash > 0 && L.places.contains(lower.substring(0, dash))) return ""; // "Hong Kong-listed", "US-based"
        // A lone capitalised word opening a sentence is often just a word ("Analysts", "Shares", "Growing").
        if (initial
                && a == 0
                && b - a == 1
                && words.length == 1
                && (Grammar.looksPlural(lower)
                        || lower.endsWith("ly")
                        || lower.endsWith("ing")
                        || lower.endsWith("ed"))) return "";
        if (L.currencyWord(lower) != null || L.measures.containsKey(lower)) return "";
        // a currency prefix or code ("NT$", "Rs 20", "USD") names money, not an organisation
        if (L.codes.containsKey(name) || L.before.containsKey(name) || L.signs.containsKey(name + "$")) return "";
        return name;
    }

    /** A name in a sentence: where it stands, whether it is a possessor ("Fabrikam's"), and the entity it names. */
    record Name(int start, int end, boolean possessive, String name) {}

    /**
     * The names in the sentence [ss, se), found once for all its figures. In a headline in title case every word is
     * capitalised, so only possessors ("Fabrikam's") count there.
     */
    static List<Name> names(String text, int ss, int se, Map<String, String> memo) {
        int caps = 0, words = 0;
        boolean inWord = false;
        for (int i = ss; i < se; i++) {
            char c = text.charAt(i);
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            if (letter && !inWord) {
                words++;
                if (c < 128 ? c <= 'Z' : Character.isUpperCase(c)) caps++;
            }
            inWord = letter || c >= '0' && c <= '9';
        }
        boolean titleCase = words >= 5 && caps * 10 >= words * 7;
        List<Name> out = new ArrayList<>();
        for (int i = ss; i < se; i++) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) || i > ss && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            int[] ph = phrase(text, i, se);
            if (ph == null) continue;
            int phEnd = ph[1];
            if (titleCase && ph[2] == 0) {
                i = phEnd;
                continue;
            }
            if (titleCase) {
                // in a headline the possessor is the last word before "'s": "... As Fabrikam's Sales"
                int w = phEnd;
                while (w > ph[0] && text.charAt(w - 1) != ' ') w--;
                ph = new int[] {w, phEnd, 1};
            }
            boolean initial = i == ss || sentenceInitial(text, i);
            String raw = text.substring(ph[0], ph[1]);
            final int[] p = ph;
            // the same phrase recurs through an article: made a name once
            String name = memo.computeIfAbsent(initial ? "^" + raw : raw, k -> name(text, p, initial));
            i = phEnd;
            if (!name.isEmpty()) out.add(new Name(ph[0], phEnd, ph[2] == 1, name));
        }
        return out;
    }

    /** For whom a figure at {@code start} is: the nearest name in its sentence, before it rather than after. */
    static String entity(List<Name> names, int start) {
        String best = "";
        int bestScore = Integer.MAX_VALUE;
        for (Name n : names) {
            if (n.start() < start && n.end() > start) continue;
            int dist = n.start() < start ? start - n.end() : (n.start() - start) + 40;
            if (dist < bestScore) {
                bestScore = dist;
                best = n.name();
            }
        }
        return best;
    }
}
