package org.corpex.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.language.Times;

/**
 * What a figure measures and for whom, read from its sentence.
 *
 * <p>Subject: the unit noun of a quantity ("parameters", "data centers"); otherwise the nearest cue word of a known
 * measure (invest → investment, "market cap", revenue, "market share", stock, fund, fine, bonds, spending...),
 * preferring cues after the figure in the same clause and then the closest before it (cues: measures.tsv). Entity: the
 * nearest capitalised name in the sentence, found by shape, not by a list of companies (see {@link #entity}).
 * Direction: a word of rise or fall next to the figure (directions.tsv: "surged 8%", "a 10% plunge", "up nearly 70%").
 * Period: the year the figure refers to (see {@link #period}).
 */
final class Context {
    private Context() {}

    /**
     * Where the clause from {@code from} ends: a comma, a semicolon, a parenthesis, or " while ", " but ", " whereas ".
     */
    private static int clauseStop(String lower, int from) {
        for (int i = from, n = lower.length(); i < n; i++) {
            char c = lower.charAt(i);
            if (c == ',' || c == ';' || c == '(') return i;
            if (c == ' '
                    && (lower.startsWith("while ", i + 1)
                            || lower.startsWith("but ", i + 1)
                            || lower.startsWith("whereas ", i + 1))) return i;
        }
        return lower.length();
    }

    private static final Lexicon L = Lexicon.get();

    private static final boolean[] MOVE_INITIALS = new boolean[128];
    /**
     * Per initial, a bit for each length a rise or fall word with that initial has: most words are looked up without a
     * copy.
     */
    private static final int[] MOVE_LENGTHS = new int[128];

    static {
        for (String w : L.directions.keySet()) {
            if (w.charAt(0) < 128) {
                MOVE_INITIALS[w.charAt(0)] = true;
                MOVE_LENGTHS[w.charAt(0)] |= 1 << w.length();
            }
        }
    }

    static String direction(String text, int sentenceStart, int figureStart, int figureEnd, int sentenceEnd) {
        int from = Math.max(sentenceStart, figureStart - 30);
        while (from > sentenceStart && Character.isLetter(text.charAt(from - 1))) from--; // never start inside a word
        // before the figure, too, only in its own clause: "prices had risen, while 15% said" is no rise of the 15%
        for (int i = figureStart - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ')' || c == ':') {
                from = i + 1;
                break;
            }
        }
        // the nearest cue wins: the last cue before the figure, else the first after it
        int last = 0;
        for (int i = from; i < figureStart; ) {
            int end = wordEnd(text, i, figureStart);
            if (end > i) {
                int d = cue(text, i, end);
                if (d != 0) last = d;
                i = end;
            } else i++;
        }
        if (last != 0) return last > 0 ? "up" : "down";
        int limit = Math.min(sentenceEnd, figureEnd + 20);
        // after the figure, only in its own clause: "earned 310 million francs, and margins eased" is no fall of the
        // francs
        for (int i = figureEnd; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ':') {
                limit = i;
                break;
            }
        }
        for (int i = figureEnd; i < limit; ) {
            int end = wordEnd(text, i, limit);
            if (end > i) {
                int d = cue(text, i, end);
                if (d != 0) return d > 0 ? "up" : "down";
                i = end;
            } else i++;
        }
        return "";
    }

    /** The end of the word at i (letters, digits, '_', as regex \\b sees them), or i if none starts there. */
    private static int wordEnd(String text, int i, int limit) {
        int e = i;
        while (e < limit && isWord(text.charAt(e))) e++;
        return e;
    }

    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    /** +1 for a word of rise, -1 for one of fall, 0 otherwise. */
    private static int cue(String text, int start, int end) {
        char c = Character.toLowerCase(text.charAt(start));
        if (end - start < 2
                || end - start > 9
                || c >= 128
                || !MOVE_INITIALS[c]
                || (MOVE_LENGTHS[c] & 1 << (end - start)) == 0) return 0;
        String d = L.directions.get(text.substring(start, end).toLowerCase(Locale.ROOT));
        return d == null ? 0 : d.equals("up") ? 1 : d.equals("down") ? -1 : 0;
    }

    /** A subject cue found in a sentence: where it starts and ends, and the subject it names. */
    record Cue(int start, int end, String subject) {}

    private static final Map<String, String> CUE_WORDS = new HashMap<>();
    private static final Map<String, String> CUE_PAIRS = new HashMap<>();

    static {
        for (Map.Entry<String, String> e : L.measures.entrySet()) {
            (e.getKey().indexOf(' ') >= 0 ? CUE_PAIRS : CUE_WORDS).put(e.getKey(), e.getValue());
        }
    }

    /**
     * Every subject cue in a lower-cased sentence, in one pass over its words (two-word cues such as "market cap" win
     * over their first word).
     */
    static List<Cue> cues(String lower) {
        List<Cue> out = new ArrayList<>();
        int n = lower.length(), i = 0;
        int prevStart = -1, prevEnd = -1;
        boolean prevPairs = false; // whether the previous word begins a two-word cue
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) i++;
            int st = i;
            while (i < n && Character.isLetter(lower.charAt(i))) i++;
            if (st == i) break;
            if (prevPairs && prevEnd + 1 == st) {
                String pair = CUE_PAIRS.get(lower.substring(prevStart, prevEnd) + " " + lower.substring(st, i));
                if (pair != null) {
                    if (!out.isEmpty() && out.get(out.size() - 1).start() == prevStart) out.remove(out.size() - 1);
                    out.add(new Cue(prevStart, i, pair));
                    prevPairs = false;
                    continue;
                }
            }
            // Most words cannot be cues; a copy of each to look it up was most of this method's time.
            char c = lower.charAt(st);
            prevPairs = false;
            if (c < 128 && CUE_INITIALS[c] && i - st < 32 && (CUE_LENGTHS[c] & 1 << (i - st)) != 0) {
                String w = lower.substring(st, i);
                String single = CUE_WORDS.get(w);
                if (single != null) out.add(new Cue(st, i, single));
                prevPairs = PAIR_FIRSTS.contains(w);
            }
            prevStart = st;
            prevEnd = i;
        }
        return out;
    }

    private static final boolean[] CUE_INITIALS = new boolean[128];
    /** Per initial, a bit for each length a cue word (or a pair's first word) with that initial has. */
    private static final int[] CUE_LENGTHS = new int[128];

    private static final Set<String> PAIR_FIRSTS = new HashSet<>();

    static {
        for (String w : CUE_WORDS.keySet()) {
            CUE_INITIALS[w.charAt(0)] = true;
            if (w.length() < 32) CUE_LENGTHS[w.charAt(0)] |= 1 << w.length();
        }
        for (String p : CUE_PAIRS.keySet()) {
            CUE_INITIALS[p.charAt(0)] = true;
            String first = p.substring(0, p.indexOf(' '));
            PAIR_FIRSTS.add(first);
            if (first.length() < 32) CUE_LENGTHS[first.charAt(0)] |= 1 << first.length();
        }
    }

    /** {subject, entity} for a figure at [start, end) in the sentence [ss, se), given lower-cased with its cues. */
    static String[] subject(
            String text,
            String lower,
            int ss,
            int se,
            int start,
            int end,
            Figure.Kind kind,
            String unit,
            List<Cue> cues,
            List<Name> names) {
        String subject = "";
        if (kind == Figure.Kind.QUANTITY) subject = unit;
        else if (kind == Figure.Kind.MONEY
                || kind == Figure.Kind.PERCENT
                || kind == Figure.Kind.NUMBER
                || kind == Figure.Kind.RANGE) {
            int fs = start - ss, fe = end - ss;
            // the clause after the figure, up to a comma or 'while'/'and' joining another clause
            int clauseEnd = lower.length();
            if (fe <= lower.length()) clauseEnd = clauseStop(lower, fe);
            int best = Integer.MAX_VALUE;
            for (Cue cue : cues) {
                int dist;
                if (cue.start() >= fe && cue.start() < clauseEnd) dist = cue.start() - fe; // after, same clause
                else if (cue.end() <= fs) dist = (fs - cue.end()) + 5; // before
                else continue;
                if (dist < best) {
                    best = dist;
                    subject = cue.subject();
                }
            }
            if (kind == Figure.Kind.PERCENT && subject.equals("revenue") && lower.contains("growth"))
                subject = "revenue growth";
        }
        return new String[] {subject, entity(names, start)};
    }

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

    /** Corporate suffixes dropped from a name, so "Contoso Group" and "Contoso" are one entity. */
    private static final Set<String> SUFFIXES = Set.of(
            "group",
            "inc",
            "inc.",
            "corp",
            "corp.",
            "corporation",
            "ltd",
            "ltd.",
            "limited",
            "plc",
            "co",
            "co.",
            "llc",
            "holdings",
            "holding",
            "sa",
            "ag",
            "se",
            "nv",
            "bv",
            "gmbh",
            "company");

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
                        || SUFFIXES.contains(words[b - 1].toLowerCase(Locale.ROOT)))) b--;
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
    private static String entity(List<Name> names, int start) {
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

    /** The year of a document's date ("2019" of "2019-03-02"), or of its "year" field, or "". */
    static String documentYear(Document d) {
        String date = d.date();
        if (date.length() >= 4 && isDigits(date, 0, 4) && (date.length() == 4 || !Character.isDigit(date.charAt(4))))
            return date.substring(0, 4);
        String y = d.meta().getOrDefault("year", "").strip();
        return y.length() == 4 && isDigits(y, 0, 4) ? y : "";
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /**
     * Words that make a time expression a bound ("since 2020", "by the end of 2025"), not the period a figure is in.
     */
    private static final Set<String> BOUNDS =
            Set.of("since", "by", "until", "till", "before", "after", "through", "starting", "beginning", "end");

    /** Whether one of the four words before {@code pos} makes what follows a bound. */
    private static boolean boundaryBefore(String lower, int pos) {
        int k = pos;
        for (int w = 0; w < 4 && k > 0; w++) {
            while (k > 0 && !Character.isLetterOrDigit(lower.charAt(k - 1))) k--;
            int e = k;
            while (k > 0 && Character.isLetterOrDigit(lower.charAt(k - 1))) k--;
            if (e > k && BOUNDS.contains(lower.substring(k, e))) return true;
        }
        return false;
    }

    /**
     * Words before a year that make it the time a figure refers to ("in 2019", "fiscal 2025"), besides the months'
     * names (language/times.tsv: "March 2025"); "by" and "since" do not.
     */
    private static final Set<String> PERIOD_LEADS = Set.of(
            "in", "during", "for", "of", "fiscal", "fy", "year", "early", "late", "mid", "spring", "summer", "autumn",
            "fall", "winter", "quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2");

    /**
     * The time expressions of a sentence (absolute positions and their years) and what a figure without one refers to.
     */
    record Periods(int[] at, String[] label, String fallback) {}

    private static final int[] NO_POSITIONS = {};
    private static final String[] NO_LABELS = {};

    /**
     * The time expressions of a sentence, found once for all its figures: a year after a word that makes it the
     * figure's time ("in 2019", "fiscal 2025" as FY2025), not a bound ("since 2020", "by the end of 2027"). Without
     * one, "last year"/"next year" read against the document's year, else the document's year, else "".
     */
    static Periods periods(String lower, int ss, String docYear) {
        List<Integer> at = null; // made only for a sentence with a time expression: most have none
        List<String> label = null;
        int n = lower.length();
        int next1 = lower.indexOf('1'), next2 = lower.indexOf('2');
        for (int i = 0; i + 4 <= n; i++) {
            // years begin with 1 or 2: jump from one to the next (indexOf scans far faster than a charAt loop)
            if (next1 >= 0 && next1 < i) next1 = lower.indexOf('1', i);
            if (next2 >= 0 && next2 < i) next2 = lower.indexOf('2', i);
            int j = next1 < 0 ? next2 : next2 < 0 ? next1 : Math.min(next1, next2);
            if (j < 0 || j + 4 > n) break;
            i = j;
            if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1)) && !(i >= 2 && lower.startsWith("fy", i - 2)))
                continue;
            if (!isDigits(lower, i, i + 4) || i + 4 < n && Character.isDigit(lower.charAt(i + 4))) {
                i += 3;
                continue;
            }
            int y = Integer.parseInt(lower, i, i + 4, 10);
            if (y < 1600 || y > 2199) {
                i += 3;
                continue;
            }
            int k = i - 1;
            boolean fy = i >= 2 && lower.startsWith("fy", i - 2);
            while (k >= 0 && lower.charAt(k) == ' ') k--;
            int we = k + 1;
            while (k >= 0 && Character.isLetterOrDigit(lower.charAt(k))) k--;
            String lead = lower.substring(k + 1, we);
            if (boundaryBefore(lower, k + 1)) {
                i += 3;
                continue;
            } // "since the beginning of 2025", "by October 2024": a bound, not a period
            boolean fiscal = fy || lead.equals("fiscal") || lead.equals("fy");
            if (fiscal || PERIOD_LEADS.contains(lead) || Times.monthOfName(lead) > 0) {
                if (at == null) {
                    at = new ArrayList<>(2);
                    label = new ArrayList<>(2);
                }
                at.add(ss + i);
                label.add((fiscal ? "FY" : "") + lower.substring(i, i + 4));
            }
            i += 3;
        }
        String fallback = docYear;
        if (!docYear.isEmpty()) {
            int y = Integer.parseInt(docYear);
            if (lower.contains("last year")
                    || lower.contains("a year earlier")
                    || lower.contains("a year ago")
                    || lower.contains("previous year")) {
                fallback = String.valueOf(y - 1);
            } else if (lower.contains("next year")) fallback = String.valueOf(y + 1);
        }
        if (at == null) return new Periods(NO_POSITIONS, NO_LABELS, fallback);
        return new Periods(at.stream().mapToInt(Integer::intValue).toArray(), label.toArray(new String[0]), fallback);
    }

    /**
     * The period of a figure at [start, end): the nearest time expression of its sentence outside it, else the
     * fallback.
     */
    static String period(Periods p, int start, int end) {
        String best = "";
        int bestDist = Integer.MAX_VALUE;
        for (int k = 0; k < p.at().length; k++) {
            int a = p.at()[k];
            if (a >= start && a < end) continue;
            int dist = Math.abs(a - start);
            if (dist < bestDist) {
                bestDist = dist;
                best = p.label()[k];
            }
        }
        return best.isEmpty() ? p.fallback() : best;
    }
}
