package org.corpex.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a figure measures and for whom, read from its sentence.
 *
 * <p>Subject: the unit noun of a quantity ("parameters", "data centers"); otherwise the nearest cue word of a known
 * measure (invest → investment, "market cap", revenue, "market share", stock, fund, fine, bonds, spending...),
 * preferring cues after the figure in the same clause and then the closest before it (cues: measures.tsv). Entity: the
 * nearest capitalised name in the sentence, found by shape, not by a list of companies (see {@link Names#entity}).
 * Direction: a word of rise or fall next to the figure (directions.tsv: "surged 8%", "a 10% plunge", "up nearly 70%").
 * Period: the year the figure refers to (see {@link Periods#periodOf}).
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
            List<Names.Name> names) {
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
        return new String[] {subject, Names.entity(names, start)};
    }
}
