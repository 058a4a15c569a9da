package org.corpex.figures;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern CLAUSE_STOP = Pattern.compile(",|;| while | but | whereas |\\(");

    private static final List<String> ENTITIES = List.of(
            "Alibaba Cloud", "Alibaba", "Amazon Web Services", "AWS", "Amazon", "Microsoft Azure", "Microsoft", "Meta",
            "Google", "OpenAI", "DeepSeek", "Tencent", "Huawei", "Baidu", "Nvidia", "NVIDIA", "Oracle", "Morgan Stanley",
            "Apple", "Azure", "Qwen", "Siemens", "DBS Bank", "Bloomberg Intelligence", "Synergy Research", "Bernstein", "Benzinga");

    private static final Pattern UP = Pattern.compile("\\b(up|rose|rise|rises|risen|rising|surged?|surging|jumped|jump|jumps|gained?|gains|climbed|climb|increased?|grew|growth|grow|added|adding|boosted|soared|soar|higher|rally|triple|doubled)\\b");
    private static final Pattern DOWN = Pattern.compile("\\b(down|fell|fall|falls|falling|dropped|drop|drops|declined?|declines|plunged?|plunges|slid|slide|slump(?:ed)?|lost|loss|decreased?|shrank|shrink|lower|tumbled?|sank)\\b");

    static String direction(String text, int sentenceStart, int figureStart, int figureEnd, int sentenceEnd) {
        int from = Math.max(sentenceStart, figureStart - 30);
        while (from > sentenceStart && Character.isLetter(text.charAt(from - 1))) from--;   // never start inside a word
        String before = text.substring(from, figureStart).toLowerCase(Locale.ROOT);
        String after = text.substring(figureEnd, Math.min(sentenceEnd, figureEnd + 20)).toLowerCase(Locale.ROOT);
        // the nearest cue wins: look at the last cue before and the first after
        int bu = lastMatch(UP, before), bd = lastMatch(DOWN, before);
        if (bu >= 0 || bd >= 0) return bu > bd ? "up" : "down";
        Matcher au = UP.matcher(after), ad = DOWN.matcher(after);
        int fu = au.find() ? au.start() : Integer.MAX_VALUE, fd = ad.find() ? ad.start() : Integer.MAX_VALUE;
        if (fu == Integer.MAX_VALUE && fd == Integer.MAX_VALUE) return "";
        return fu < fd ? "up" : "down";
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) last = m.start();
        return last;
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
        String prev = null;
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) i++;
            int st = i;
            while (i < n && Character.isLetter(lower.charAt(i))) i++;
            if (st == i) break;
            String w = lower.substring(st, i);
            if (prev != null && prevEnd + 1 == st) {
                String pair = CUE_PAIRS.get(prev + " " + w);
                if (pair != null) {
                    if (!out.isEmpty() && out.get(out.size() - 1).start() == prevStart) out.remove(out.size() - 1);
                    out.add(new Cue(prevStart, i, pair));
                    prev = null;
                    continue;
                }
            }
            String single = CUE_WORDS.get(w);
            if (single != null) out.add(new Cue(st, i, single));
            prev = w;
            prevStart = st;
            prevEnd = i;
        }
        return out;
    }

    /** {subject, entity} for a figure at [start, end) in the sentence [ss, se), whose cues are given. */
    static String[] subject(String text, int ss, int se, int start, int end, Figure.Kind kind, String unit, List<Cue> cues) {
        String subject = "";
        if (kind == Figure.Kind.QUANTITY) subject = unit;
        else if (kind == Figure.Kind.MONEY || kind == Figure.Kind.PERCENT || kind == Figure.Kind.NUMBER || kind == Figure.Kind.RANGE) {
            String lower = text.substring(ss, se).toLowerCase(Locale.ROOT);
            int fs = start - ss, fe = end - ss;
            // the clause after the figure, up to a comma or 'while'/'and' joining another clause
            int clauseEnd = lower.length();
            Matcher stop = CLAUSE_STOP.matcher(lower);
            if (fe <= lower.length() && stop.find(fe)) clauseEnd = stop.start();
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
        String best = "";
        int bestCount = 0;
        for (String e : ENTITIES) {
            int n = 0;
            for (int i = text.indexOf(e); i >= 0; i = text.indexOf(e, i + e.length())) n++;
            if (n > bestCount) { bestCount = n; best = e; }
        }
        return best.equals("NVIDIA") ? "Nvidia" : best;
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
