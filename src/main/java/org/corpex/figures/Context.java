package org.corpex.figures;

import java.util.List;
import java.util.Locale;

/**
 * What a figure measures and for whom, read from its sentence.
 *
 * <p>Subject: the unit noun of a quantity ("parameters", "data centers"); otherwise the nearest
 * cue word of a known measure (invest → investment, "market cap", revenue, "market share", stock,
 * fund, fine, bonds, spending...), preferring cues after the figure in the same clause and then the
 * closest before it. Entity: the nearest known organisation in the sentence (Alibaba, Microsoft,
 * Meta, AWS...), else the nearest capitalised name before the figure. Direction: a verb or noun of
 * rise or fall next to the figure ("surged 8%", "a 10% plunge", "up nearly 70%").
 */
final class Context {
    private Context() {}

    /** Where the clause from {@code from} ends: a comma, a semicolon, a parenthesis, or " while ", " but ", " whereas ". */
    private static int clauseStop(String lower, int from) {
        for (int i = from, n = lower.length(); i < n; i++) {
            char c = lower.charAt(i);
            if (c == ',' || c == ';' || c == '(') return i;
            if (c == ' ' && (lower.startsWith("while ", i + 1) || lower.startsWith("but ", i + 1) || lower.startsWith("whereas ", i + 1))) return i;
        }
        return lower.length();
    }

    private static final List<String> ENTITIES = List.of(
            "Alibaba Cloud", "Alibaba", "Amazon Web Services", "AWS", "Amazon", "Microsoft Azure", "Microsoft", "Meta",
            "Google", "OpenAI", "DeepSeek", "Tencent", "Huawei", "Baidu", "Nvidia", "NVIDIA", "Oracle", "Morgan Stanley",
            "Apple", "Azure", "Qwen", "Siemens", "DBS Bank", "Bloomberg Intelligence", "Synergy Research", "Bernstein", "Benzinga");

    // Words of rise and fall, looked up whole: a regex alternation tried at every position of the
    // text around each figure was a fifth of extraction time.
    private static final java.util.Set<String> UP = java.util.Set.of("up", "rose", "rise", "rises", "risen", "rising", "surge",
            "surged", "surging", "jumped", "jump", "jumps", "gain", "gained", "gains", "climbed", "climb", "increase", "increased",
            "grew", "growth", "grow", "added", "adding", "boosted", "soared", "soar", "higher", "rally", "triple", "doubled");
    private static final java.util.Set<String> DOWN = java.util.Set.of("down", "fell", "fall", "falls", "falling", "dropped",
            "drop", "drops", "decline", "declined", "declines", "plunge", "plunged", "plunges", "slid", "slide", "slump", "slumped",
            "lost", "loss", "decrease", "decreased", "shrank", "shrink", "lower", "tumble", "tumbled", "sank");

    private static final boolean[] MOVE_INITIALS = new boolean[128];
    static {
        for (String w : UP) MOVE_INITIALS[w.charAt(0)] = true;
        for (String w : DOWN) MOVE_INITIALS[w.charAt(0)] = true;
    }

    static String direction(String text, int sentenceStart, int figureStart, int figureEnd, int sentenceEnd) {
        int from = Math.max(sentenceStart, figureStart - 30);
        while (from > sentenceStart && Character.isLetter(text.charAt(from - 1))) from--;   // never start inside a word
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
        if (end - start < 2 || end - start > 9 || c >= 128 || !MOVE_INITIALS[c]) return 0;
        String w = text.substring(start, end).toLowerCase(Locale.ROOT);
        return UP.contains(w) ? 1 : DOWN.contains(w) ? -1 : 0;
    }

    /** A subject cue found in a sentence: where it starts and ends, and the subject it names. */
    record Cue(int start, int end, String subject) {}

    private static final java.util.Map<String, String> CUE_WORDS = new java.util.HashMap<>();
    private static final java.util.Map<String, String> CUE_PAIRS = new java.util.HashMap<>();
    static {
        for (String w : List.of("invest", "invests", "invested", "investing", "investment", "investments", "commit", "commits",
                "committed", "commitment", "pledge", "pledged", "bet")) CUE_WORDS.put(w, "investment");
        for (String w : List.of("spend", "spends", "spending", "capex")) CUE_WORDS.put(w, "spending");
        CUE_WORDS.put("revenue", "revenue");
        CUE_WORDS.put("ebitda", "EBITDA");
        for (String w : List.of("fund", "funds")) CUE_WORDS.put(w, "fund");
        for (String w : List.of("fine", "fined", "penalty")) CUE_WORDS.put(w, "fine");
        for (String w : List.of("bond", "bonds", "raised")) CUE_WORDS.put(w, "bonds");
        for (String w : List.of("share", "shares", "stock", "price")) CUE_WORDS.put(w, "stock");
        CUE_WORDS.put("parameters", "parameters");
        for (String w : List.of("renewable", "renewables")) CUE_WORDS.put(w, "renewable energy");
        CUE_WORDS.put("market", "market size");
        for (String w : List.of("market cap", "market capitalization", "market capitalisation", "market value")) CUE_PAIRS.put(w, "market cap");
        CUE_PAIRS.put("market share", "market share");
        CUE_PAIRS.put("revenue share", "revenue share");
        CUE_PAIRS.put("capital expenditure", "spending");
    }

    /**
     * Every subject cue in a lower-cased sentence, in one pass over its words (two-word cues such
     * as "market cap" win over their first word).
     */
    static List<Cue> cues(String lower) {
        List<Cue> out = new java.util.ArrayList<>();
        int n = lower.length(), i = 0;
        int prevStart = -1, prevEnd = -1;
        boolean prevPairs = false;      // whether the previous word begins a two-word cue
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
            if (c < 128 && CUE_INITIALS[c]) {
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
    private static final java.util.Set<String> PAIR_FIRSTS = new java.util.HashSet<>();
    static {
        for (String w : CUE_WORDS.keySet()) CUE_INITIALS[w.charAt(0)] = true;
        for (String p : CUE_PAIRS.keySet()) {
            CUE_INITIALS[p.charAt(0)] = true;
            PAIR_FIRSTS.add(p.substring(0, p.indexOf(' ')));
        }
    }

    /** {subject, entity} for a figure at [start, end) in the sentence [ss, se), given lower-cased with its cues. */
    static String[] subject(String text, String lower, int ss, int se, int start, int end, Figure.Kind kind, String unit, List<Cue> cues) {
        String subject = "";
        if (kind == Figure.Kind.QUANTITY) subject = unit;
        else if (kind == Figure.Kind.MONEY || kind == Figure.Kind.PERCENT || kind == Figure.Kind.NUMBER || kind == Figure.Kind.RANGE) {
            int fs = start - ss, fe = end - ss;
            // the clause after the figure, up to a comma or 'while'/'and' joining another clause
            int clauseEnd = lower.length();
            if (fe <= lower.length()) clauseEnd = clauseStop(lower, fe);
            int best = Integer.MAX_VALUE;
            for (Cue cue : cues) {
                int dist;
                if (cue.start() >= fe && cue.start() < clauseEnd) dist = cue.start() - fe;       // after, same clause
                else if (cue.end() <= fs) dist = (fs - cue.end()) + 5;                         // before
                else continue;
                if (dist < best) { best = dist; subject = cue.subject(); }
            }
            if (kind == Figure.Kind.PERCENT && subject.equals("revenue") && lower.contains("growth")) subject = "revenue growth";
        }
        return new String[] {subject, entity(text, ss, se, start)};
    }

    /** The known organisation named most often in a text, or "". */
    static String mainEntity(String text) {
        // One indexOf scan per initial (they run as vector instructions) instead of one per name,
        // or a charAt loop over the whole text. No name can overlap itself, so counting every
        // position where it matches counts its occurrences.
        int[] counts = new int[ENTITIES.size()];
        for (int k = 0; k < INITIALS.length(); k++) {
            char c = INITIALS.charAt(k);
            int[] names = ENTITIES_BY_INITIAL[c - 'A'];
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                for (int e : names) if (text.startsWith(ENTITIES.get(e), i)) counts[e]++;
            }
        }
        String best = "";
        int bestCount = 0;
        for (int e = 0; e < counts.length; e++) {
            if (counts[e] > bestCount) { bestCount = counts[e]; best = ENTITIES.get(e); }
        }
        return best.equals("NVIDIA") ? "Nvidia" : best;
    }

    private static final int[][] ENTITIES_BY_INITIAL = new int[26][];
    private static final String INITIALS;
    static {
        StringBuilder initials = new StringBuilder();
        for (char c = 'A'; c <= 'Z'; c++) {
            final char initial = c;
            ENTITIES_BY_INITIAL[c - 'A'] = java.util.stream.IntStream.range(0, ENTITIES.size())
                    .filter(e -> ENTITIES.get(e).charAt(0) == initial).toArray();
            if (ENTITIES_BY_INITIAL[c - 'A'].length > 0) initials.append(c);
        }
        INITIALS = initials.toString();
    }

    private static String entity(String text, int ss, int se, int start) {
        String sentence = text.substring(ss, se);
        int fs = start - ss;
        String best = "";
        int bestDist = Integer.MAX_VALUE;
        for (String e : ENTITIES) {
            int i = -1;
            while ((i = sentence.indexOf(e, i + 1)) >= 0) {
                boolean word = (i == 0 || !Character.isLetter(sentence.charAt(i - 1)))
                        && (i + e.length() >= sentence.length() || !Character.isLetter(sentence.charAt(i + e.length())));
                if (!word) continue;
                int dist = i < fs ? fs - i : (i - fs) + 40;     // prefer names before the figure
                if (dist < bestDist || dist == bestDist && e.length() > best.length()) { bestDist = dist; best = e; }
            }
        }
        if (best.equals("NVIDIA")) best = "Nvidia";
        return best;
    }
}
