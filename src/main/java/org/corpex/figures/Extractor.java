package org.corpex.figures;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.language.SentenceTokens;

/**
 * Finds the figures in a document's text by one grammar:
 *
 * <pre>
 *   [qualifier] [sign or direction] [currency before] NUMBER [scale]
 *       [currency after | subunit | percent | unit] [per UNIT]
 * </pre>
 *
 * then joins a figure with a second one into a range ("$10 to $15 billion", the unit written once) or a compound amount
 * ("3 dollars 50 cents"). The words each slot accepts come from the lexicon files (see {@link Lexicon}); nothing here
 * names a company, product or corpus.
 *
 * <p>A number glued to letters, or to a hyphen after letters, is a name ("RTX4090", "A-32B"), and so is a bare number
 * right after a capitalised word inside a sentence ("Falcon 9"): a figure there needs a currency, percent, unit or
 * scale. Clock times, phone numbers, ordinals, dates with slashes, and anything inside a URL or a percent-escaped
 * string are not figures. Text that lost its separators is recovered where the reading is unambiguous ("$137.810.48%":
 * $137.81 then 0.48%) and flagged where it is not.
 */
public final class Extractor {
    private Extractor() {}

    private static final Lexicon L = Lexicon.get();

    private static final Pattern GLUED_PRICE = Pattern.compile("\\$(\\d+\\.\\d{2})(\\d+\\.\\d+)%");
    private static final Pattern EATEN_DOLLARS =
            Pattern.compile("(?<![\\p{L}\\d$])\\d+(?:\\.\\d+)?[BM](?:and\\d+(?:\\.\\d+)?[BM])+(?![\\p{L}\\d])");

    public static List<Figure> extract(Document d, int doc) {
        return extract(d, doc, null);
    }

    /**
     * The figures of a document, its sentences' tokens taken from {@code tokens} (or null): a build that also finds the
     * document's attributions tokenises each sentence once for both.
     */
    public static List<Figure> extract(Document d, int doc, SentenceTokens tokens) {
        String text = plainSpaces(d.text());
        List<Figure> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        Scan ctx = new Scan(d, doc, text, out, taken);

        // Glued text first, so the plain scan does not misread it.
        // Tried only at dollar signs: a find() over the whole text tries the pattern at every character.
        Matcher g = GLUED_PRICE.matcher(text);
        for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) {
            g.region(i, text.length());
            if (!g.lookingAt()) continue;
            i = g.end() - 1;
            int mid = g.start(2);
            ctx.add(
                    g.start(),
                    mid,
                    Figure.Kind.MONEY,
                    Double.parseDouble(g.group(1)),
                    Double.NaN,
                    "USD",
                    "",
                    "",
                    "",
                    "recovered from glued text '" + g.group() + "' (a price followed by a change)");
            ctx.add(
                    mid,
                    g.end(),
                    Figure.Kind.PERCENT,
                    Double.parseDouble(g.group(2)),
                    Double.NaN,
                    "%",
                    "",
                    "",
                    "",
                    "recovered from glued text '" + g.group() + "' (a price followed by a change)");
        }
        // The pattern can only match where "Band" or "Mand" stands; most texts have neither.
        Matcher e = EATEN_DOLLARS.matcher(text.indexOf("Band") >= 0 || text.indexOf("Mand") >= 0 ? text : "");
        while (e.find()) {
            ctx.add(
                    e.start(),
                    e.end(),
                    Figure.Kind.MONEY,
                    Double.NaN,
                    Double.NaN,
                    "USD",
                    "",
                    "",
                    "",
                    "garbled: dollar signs lost ('$30B and $40B'?); the amounts cannot be told apart, so no value "
                            + "is given");
        }

        // Numbers in words first, so that "twenty dollars and 43" joins the digits after it; they start only at number
        // words.
        Layout layout = d.layout();
        for (int t = 0; t < layout.tokenCount(); t++) {
            int ts = layout.tokenStart(t);
            int te = layout.tokenEnd(t);
            if (te - ts >= 7 && (text.charAt(te - 1) | 0x20) == 'd' && !taken.get(ts)) {
                int times = NumberWords.fold(text, ts, te); // "sixfold": a count of times
                if (times > 0) ctx.add(ts, te, Figure.Kind.QUANTITY, times, Double.NaN, "times", "", "", "", "");
                continue;
            }
            if (taken.get(ts) || !NumberWords.startsNumberWord(text, ts, te)) continue;
            Grammar.at(ctx, ts, true);
        }
        // Numbers in digits: tried only where a run of digits begins (or a leading decimal point).
        int n = text.length();
        // One copy of the characters: charAt on a text with non-Latin letters checks its index on every call.
        char[] cs = text.toCharArray();
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c > '9' || c != '.' && c < '0') continue; // most characters: neither a digit nor a point
            boolean start = c != '.'
                    ? i == 0 || !isDigit(cs[i - 1]) && cs[i - 1] != '.' && cs[i - 1] != ','
                    : i + 1 < n
                            && isDigit(cs[i + 1])
                            && (i == 0 || cs[i - 1] == ' ' || L.signInitials.contains(cs[i - 1]));
            if (!start || taken.get(i)) continue;
            int skip = Grammar.at(ctx, i, false);
            if (skip > i) i = skip - 1;
        }
        out.sort(Comparator.comparingInt(Figure::start));
        shareUnits(text, layout, out);
        // "the company's market cap": for whom, when the sentence names no one, is the article's main subject.
        boolean anyWithout = false;
        for (Figure f : out) anyWithout |= f.entity().isEmpty() && measured(f);
        if (anyWithout) {
            String main = Names.mainEntity(d.layout(), text);
            if (!main.isEmpty()) {
                out.replaceAll(f -> f.entity().isEmpty() && measured(f) ? f.withEntity(main) : f);
            }
        }
        return FrameReader.read(d, text, layout, out, tokens);
    }

    /**
     * A bare number that counts what a figure beside it counts. In a sentence about an index (levels.tsv) or with a
     * figure in points, a level is in points too ("fell 162 points to 7,410.5"). Else a bare number joined to a counted
     * figure by a link word (links.tsv) with no other figure between them counts the same noun: "435 homes by sale and
     * 187 by tender" (187 homes), "1.5 million of the 6 million homes"; before the counted figure only when unscaled
     * ("2,400 in May while June saw 1,900 strikes"), as a scaled number before a count is likelier an amount of money
     * whose sign was lost.
     */
    static void shareUnits(String text, Layout layout, List<Figure> out) {
        int n = out.size();
        int indexSentence = Integer.MIN_VALUE;
        boolean aboutIndex = false;
        for (int i = 0; i < n; i++) {
            Figure f = out.get(i);
            if (f.kind() != Figure.Kind.NUMBER || !f.unit().isEmpty() || Double.isNaN(f.value())) continue;
            int si = layout.sentenceOf(f.start());
            int ss = si >= 0 ? layout.sentenceStart(si) : 0, se = si >= 0 ? layout.sentenceEnd(si) : text.length();
            String unit = null;
            // the nearest counted figure before and after, in the same sentence, past years and dates only
            for (int dir = 1; dir >= -1 && unit == null; dir -= 2) {
                for (int j = i + dir; j >= 0 && j < n; j += dir) {
                    Figure g = out.get(j);
                    if (g.start() < ss || g.end() > se) break;
                    if (g.kind() == Figure.Kind.YEAR || g.kind() == Figure.Kind.DATE) continue;
                    if ((g.kind() == Figure.Kind.MONEY || g.kind() == Figure.Kind.PERCENT)
                            && dir == -1
                            && !Double.isNaN(g.value())
                            && f.start() - g.end() <= 60
                            && linkedBy(text, g.end(), f.start(), AMOUNT_LINKS)
                            && !scaled(f)) {
                        // "the high was 84.75 cents and the low 71.5": the same unit, and the same subunit
                        double written = leadingNumber(g.text());
                        // an elided amount is of a like size and closes its clause ("and the low 71.5."): not "and 32
                        // is the count"
                        if (!(written > 0
                                && f.value() / written >= 0.05
                                && f.value() / written <= 20
                                && closesClause(text, f.end()))) break;
                        double ratio = g.value() / written < 1 ? g.value() / written : 1;
                        out.set(
                                i,
                                new Figure(
                                        f.doc(),
                                        f.start(),
                                        f.end(),
                                        f.line(),
                                        f.text(),
                                        g.kind(),
                                        f.value() * ratio,
                                        f.high(),
                                        g.unit(),
                                        f.qualifier(),
                                        g.direction(),
                                        g.subject(),
                                        g.entity(),
                                        f.sentence(),
                                        "unit taken from '" + g.text() + "' before it",
                                        g.per(),
                                        g.period()));
                        unit = "";
                        break;
                    }
                    if (g.kind() == Figure.Kind.PERCENT && dir == -1) continue; // "lost 162 points, or 2.1%, to 7,410"
                    boolean counted = (g.kind() == Figure.Kind.QUANTITY
                                    || g.kind() == Figure.Kind.RANGE
                                            && !g.unit().isEmpty()
                                            && !isCurrency(g.unit()))
                            && !g.unit().endsWith(" old");
                    if (!counted) break;
                    if (g.unit().equals("points") && level(f)) {
                        unit = "points";
                        break;
                    }
                    boolean after = dir == -1; // the bare number comes after the counted figure
                    int a = after ? g.end() : f.end(), b = after ? f.start() : g.start();
                    // "Of the 1,500 applicants, 320 were hired": the group, then the number out of it
                    String lead =
                            after && b - a <= 3 && text.substring(a, b).strip().equals(",")
                                    ? Grammar.wordBefore(text, g.start())
                                    : "";
                    boolean outOf = lead.equalsIgnoreCase("of")
                            || lead.equalsIgnoreCase("the")
                                    && g.start() >= 7
                                    && text.regionMatches(true, g.start() - 7, "of the ", 0, 7);
                    if (b - a > 80 || !outOf && !linked(text, a, b)) break;
                    if (!after && scaled(f)) break;
                    unit = g.unit();
                    break;
                }
            }
            if (unit != null && unit.isEmpty()) continue; // took money or percent
            if (unit == null && level(f)) {
                if (si != indexSentence) {
                    indexSentence = si;
                    aboutIndex = aboutIndex(text, ss, se);
                }
                if (aboutIndex) unit = "points";
            }
            if (unit != null) {
                out.set(
                        i,
                        new Figure(
                                f.doc(),
                                f.start(),
                                f.end(),
                                f.line(),
                                f.text(),
                                Figure.Kind.QUANTITY,
                                f.value(),
                                f.high(),
                                unit,
                                f.qualifier(),
                                f.direction(),
                                unit,
                                f.entity(),
                                f.sentence(),
                                f.flag(),
                                f.per(),
                                f.period()));
            }
        }
    }

    private static boolean isCurrency(String unit) {
        return unit.length() == 3 && Character.isUpperCase(unit.charAt(0)) && Character.isUpperCase(unit.charAt(2));
    }

    private static boolean scaled(Figure f) {
        return f.text().indexOf(' ') >= 0
                || Character.isLetter(f.text().charAt(f.text().length() - 1));
    }

    /** A level of an index: with decimals, or 100 or more, unscaled. */
    private static boolean level(Figure f) {
        return !scaled(f) && (f.value() >= 100 || f.text().indexOf('.') >= 0);
    }

    /**
     * Whether a clause ends at e: the end, or a stop, comma, semicolon or bracket (not a decimal point with a space).
     */
    private static boolean closesClause(String text, int e) {
        int k = e;
        while (k < text.length() && text.charAt(k) == ' ') k++;
        if (k >= text.length()) return true;
        char c = text.charAt(k);
        if (c == '.')
            return k + 2 >= text.length()
                    || !isDigit(text.charAt(k + 1)) && !(text.charAt(k + 1) == ' ' && isDigit(text.charAt(k + 2)));
        return c == ',' || c == ';' || c == ')' || c == '(' || c == '\n' || c == '!' || c == '?';
    }

    /** The number a figure's text begins with, as written ("84.75" of "84.75 cents"), or 0. */
    private static double leadingNumber(String t) {
        int k = 0, n = t.length();
        while (k < n && !isDigit(t.charAt(k))) k++;
        int e = k;
        while (e < n && (isDigit(t.charAt(e)) || t.charAt(e) == '.' || t.charAt(e) == ',')) e++;
        if (e == k) return 0;
        try {
            return Double.parseDouble(t.substring(k, e).replace(",", ""));
        } catch (NumberFormatException x) {
            return 0;
        }
    }

    private static final String[] LINKS = L.links.toArray(new String[0]);
    private static final String[] AMOUNT_LINKS = L.amountLinks.toArray(new String[0]);

    /** Whether a word of the list stands between a and b; compared in place, as most gaps hold none. */
    private static boolean linkedBy(String text, int a, int b, String[] words) {
        for (int k = a; k < b; ) {
            while (k < b && !Character.isLetter(text.charAt(k))) k++;
            int e = k;
            while (e < b && Character.isLetter(text.charAt(e))) e++;
            for (String w : words) {
                if (w.length() == e - k && text.regionMatches(true, k, w, 0, e - k)) return true;
            }
            k = e;
        }
        return false;
    }

    private static boolean linked(String text, int a, int b) {
        return linkedBy(text, a, b, LINKS);
    }

    /** Whether the sentence names an index (levels.tsv), as a word. */
    private static boolean aboutIndex(String text, int ss, int se) {
        for (int k = ss; k < se; ) {
            while (k < se && !Character.isLetter(text.charAt(k))) k++;
            int e = k;
            while (e < se && Character.isLetter(text.charAt(e))) e++;
            for (String cue : L.levelCues.keySet()) {
                if (cue.length() == e - k && text.regionMatches(true, k, cue, 0, e - k)) return true;
            }
            k = e;
        }
        return false;
    }

    private static boolean measured(Figure f) {
        return f.kind() == Figure.Kind.MONEY
                || f.kind() == Figure.Kind.PERCENT
                || f.kind() == Figure.Kind.QUANTITY
                || f.kind() == Figure.Kind.RANGE
                || f.kind() == Figure.Kind.DURATION;
    }

    /**
     * The text with no-break and other Unicode spaces as plain spaces (same length, so offsets hold): news text is full
     * of them ("up to\u00A0one trillion").
     */
    public static String plainSpaces(String t) {
        // Usually there is none: indexOf finds that fastest (at once for a char a Latin-1 string cannot hold).
        boolean any = t.indexOf('\u00A0') >= 0 || t.indexOf('\u2007') >= 0 || t.indexOf('\u202F') >= 0;
        for (char ch = '\u2000'; !any && ch <= '\u200A'; ch++) any = t.indexOf(ch) >= 0;
        if (!any) return t;
        char[] c = null;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '\u00A0' || ch == '\u2007' || ch == '\u202F' || ch >= '\u2000' && ch <= '\u200A') {
                if (c == null) c = t.toCharArray();
                c[i] = ' ';
            }
        }
        return c == null ? t : new String(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
