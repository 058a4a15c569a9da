package org.corpex.figures;

import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a document's text.
 *
 * <p>A scan with one number pattern proposes candidates; what follows the number (a scale word,
 * %, a currency word, a unit noun, a time unit) and what precedes it (a currency sign, a month,
 * "between") decides the kind. A number glued to letters or to a hyphen after letters is a name,
 * not a figure ("QwQ-32B", "GPT-4", "6G", "Momentum96.32"), and so is a bare number right after a
 * capitalised word ("Qwen 2.5", "Hanguang 800"). Text that lost its separators is recovered where
 * the reading is unambiguous ("$137.810.48%": $137.81 then 0.48%) and flagged where it is not.
 */
public final class Extractor {
    private Extractor() {}

    private static final String CUR = "US\\$|HK\\$|A\\$|C\\$|S\\$|\\$|€|£|¥|RMB ?|CNY ?|USD ?|EUR ?|HKD ?|GBP ?|JPY ?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(?<![\\p{L}\\d][-\u2010\u2011])(?<cur>" + CUR + ")?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d])");
    private static final Pattern SCALE_WORD = Pattern.compile("\\s?(trillion|billion|million|thousand)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCALE_ABBR = Pattern.compile("(?:\\s?(bn|mn|tn|bln|mln)|(B|M|T|K|k|b|m))(?![\\p{L}\\d])");
    private static final Pattern PERCENT = Pattern.compile("\\s?(%|percent\\b|per cent\\b|pct\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_WORD = Pattern.compile("\\s(US dollars|dollars|euros|yuan|renminbi|pounds|yen|Hong Kong dollars)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_UNIT = Pattern.compile("\\s(years?|months?|weeks?|days?|quarters?|decades?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPELLED = Pattern.compile(
            "\\b(?:a dozen|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
                    + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
                    + "(?:\\s(?<scale>hundred|thousand|million|billion|trillion))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_TAIL = Pattern.compile(
            "\\s?(?:-|–|—|to)\\s?(" + CUR + ")?(\\d+(?:\\.\\d+)?)\\s?(trillion|billion|million|bn|mn|B|M)?(?![\\p{L}\\d])");
    private static final Pattern YEAR_TAIL = Pattern.compile("\\s(and|to)\\s(\\d{4})(?![\\p{L}\\d])");
    private static final Pattern DATE_YEAR = Pattern.compile(",?\\s(\\d{4})(?![\\p{L}\\d])");
    private static final Pattern GLUED_PRICE = Pattern.compile("\\$(\\d+\\.\\d{2})(\\d+\\.\\d+)%");
    private static final Pattern EATEN_DOLLARS = Pattern.compile("(?<![\\p{L}\\d$])\\d+(?:\\.\\d+)?[BM](?:and\\d+(?:\\.\\d+)?[BM])+(?![\\p{L}\\d])");

    /** Nouns that make a number a quantity ("30 new data centers"); two-word ones first. */
    private static final List<String> UNITS = List.of(
            "data centers", "data centres", "board seats",
            "parameters", "chips", "employees", "workers", "users", "customers", "people", "jobs", "stores", "shops",
            "countries", "markets", "models", "startups", "companies", "firms", "shares", "units", "facilities", "plants",
            "factories", "gpus", "servers", "vehicles", "cars", "phones", "devices", "subscribers", "members", "votes",
            "seats", "tonnes", "tons", "barrels", "points", "basis points", "engineers", "researchers", "cities", "regions",
            "products", "apps", "deals", "patents", "miles", "kilometres", "kilometers", "acres", "homes", "households");
    private static final Set<String> SKIPPABLE = Set.of("new", "more", "additional", "other", "extra", "own", "large", "small",
            "major", "key", "active", "full-time", "monthly", "daily", "global", "hanguang", "ai", "nvidia");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final String[] QUALIFIERS = {"more than", "less than", "fewer than", "up to", "at least", "at most",
            "just over", "just under", "nearly", "almost", "about", "around", "roughly", "approximately", "over", "under",
            "some", "as much as", "as many as", "close to"};
    private static final String[] SPACED_QUALIFIERS = java.util.Arrays.stream(QUALIFIERS).map(q -> " " + q).toArray(String[]::new);

    public static List<Figure> extract(Document d, int doc) {
        String text = plainSpaces(d.text());
        List<Figure> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        Ctx ctx = new Ctx(d, doc, text, out, taken);

        // Glued text first, so the plain scan does not misread it.
        // Tried only at dollar signs: a find() over the whole text tries the pattern at every character.
        Matcher g = GLUED_PRICE.matcher(text);
        for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) {
            g.region(i, text.length());
            if (!g.lookingAt()) continue;
            i = g.end() - 1;
            int mid = g.start(2);
            ctx.add(g.start(), mid, Figure.Kind.MONEY, Double.parseDouble(g.group(1)), Double.NaN, "USD", "", "",
                    "recovered from glued text '" + g.group() + "' (a price followed by a change)");
            ctx.add(mid, g.end(), Figure.Kind.PERCENT, Double.parseDouble(g.group(2)), Double.NaN, "%", "", "",
                    "recovered from glued text '" + g.group() + "' (a price followed by a change)");
        }
        // The pattern can only match where "Band" or "Mand" stands; most texts have neither.
        Matcher e = EATEN_DOLLARS.matcher(text.indexOf("Band") >= 0 || text.indexOf("Mand") >= 0 ? text : "");
        while (e.find()) {
            ctx.add(e.start(), e.end(), Figure.Kind.MONEY, Double.NaN, Double.NaN, "USD", "", "",
                    "garbled: dollar signs lost ('$30B and $40B'?); the amounts cannot be told apart, so no value is given");
        }

        // The number pattern is tried only where a run of digits begins (with any currency sign
        // before it): trying it at every character costs more than all the rest of extraction.
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!isAsciiDigit(text.charAt(i)) || i > 0 && isAsciiDigit(text.charAt(i - 1))) continue;
            int from = currencyStart(text, i);
            if (taken.get(from)) continue;
            m.region(from, n);
            if (m.lookingAt() && m.end("num") > i) number(ctx, m);
        }
        // Spelled numbers likewise start only at tokens that are number words.
        Matcher s = SPELLED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Layout layout = d.layout();
        for (int t = 0; t < layout.tokenCount(); t++) {
            int ts = layout.tokenStart(t);
            if (taken.get(ts) || !startsNumberWord(text, ts, layout.tokenEnd(t))) continue;
            s.region(ts, n);
            if (!s.lookingAt() || taken.get(s.end() - 1)) continue;
            spelled(ctx, s);
        }
        out.sort(Comparator.comparingInt(Figure::start));
        // "the company's market cap": for whom, when the sentence names no one, is the article's main subject.
        String main = Context.mainEntity(text);
        if (!main.isEmpty()) {
            out.replaceAll(f -> f.entity().isEmpty() && (f.kind() == Figure.Kind.MONEY || f.kind() == Figure.Kind.PERCENT
                    || f.kind() == Figure.Kind.QUANTITY || f.kind() == Figure.Kind.RANGE || f.kind() == Figure.Kind.DURATION)
                    ? new Figure(f.doc(), f.start(), f.end(), f.line(), f.text(), f.kind(), f.value(), f.high(), f.unit(), f.qualifier(),
                    f.direction(), f.subject(), main, f.sentence(), f.flag()) : f);
        }
        return out;
    }

    private static void number(Ctx c, Matcher m) {
        String text = c.text;
        String cur = m.group("cur");
        String numText = m.group("num");
        int start = m.start(), end = m.end();
        double value = Double.parseDouble(numText.replace(",", ""));
        // Right after the number
        double scale = 1;
        Matcher sw = c.at(SCALE_WORD, end);
        Matcher sa = c.at(SCALE_ABBR, end);
        if (sw.lookingAt()) { scale = Numbers.scale(sw.group(1)); end = sw.end(); }
        else if (sa.lookingAt() && (cur != null || sa.group(1) != null || gluedScaleReads(numText, sa.group(2)))) {
            scale = Numbers.scale(sa.group(1) != null ? sa.group(1) : sa.group(2));
            end = sa.end();
        }
        if (end < text.length() && Character.isLetter(text.charAt(end)) && scale == 1) return;   // 6G, 3D, 32B in a name
        String qualifier = "";
        if (end < text.length() && text.charAt(end) == '+') { qualifier = "+"; end++; }
        value *= scale;
        String unit = "";
        Figure.Kind kind = null;
        if (cur != null) {
            kind = Figure.Kind.MONEY;
            unit = currency(cur);
        }
        Matcher pc = c.at(PERCENT, end);
        if (kind == null && pc.lookingAt()) {
            kind = Figure.Kind.PERCENT;
            unit = "%";
            end = pc.end();
        }
        Matcher cw = c.at(CURRENCY_WORD, end);
        if (kind == null && cw.lookingAt()) {
            kind = Figure.Kind.MONEY;
            unit = currency(cw.group(1));
            end = cw.end();
        }
        if (kind == null && scale == 1 && qualifier.isEmpty() && !isYear(numText) && isName(text, start)) return;   // Hanguang 800
        if (kind == null) {
            Matcher tu = c.at(TIME_UNIT, end);
            if (tu.lookingAt() && scale == 1) {
                c.duration(start, tu.end(), value, tu.group(1));
                return;
            }
            int[] u = unitAfter(text, end);
            if (u != null) {
                kind = Figure.Kind.QUANTITY;
                unit = text.substring(u[0], u[1]).toLowerCase(Locale.ROOT);
                end = u[1];
            }
        }
        // Ranges: "$30B to $40B", "2025-2028", "2012–13"
        if (kind == Figure.Kind.MONEY || kind == null) {
            Matcher r = c.at(RANGE_TAIL, end);
            if (r.lookingAt()) {
                double hi = Double.parseDouble(r.group(2));
                if (kind == Figure.Kind.MONEY && r.group(1) != null) {
                    hi *= r.group(3) != null ? Numbers.scale(r.group(3)) : scale;
                    c.add(start, r.end(), Figure.Kind.RANGE, value, hi, unit, "", "", "");
                    return;
                }
                if (kind == null && isYear(numText) && (r.group(2).length() == 4 && isYear(r.group(2)) || r.group(2).length() == 2)) {
                    double h = r.group(2).length() == 2 ? Math.floor(value / 100) * 100 + hi : hi;
                    if (h > value) {
                        c.add(start, r.end(), Figure.Kind.RANGE, value, h, "years", "", "", "");
                        return;
                    }
                }
            }
        }
        if (kind == null) {
            // between 2025 and 2028, from 2025 to 2028
            if (isYear(numText)) {
                Matcher r = c.at(YEAR_TAIL, end);
                String before = wordsBefore(text, start, 1);
                if (r.lookingAt() && isYear(r.group(2)) && (before.equals("between") && r.group(1).equals("and") || before.equals("from") && r.group(1).equals("to"))) {
                    int s0 = start - before.length() - 1;
                    c.add(s0, r.end(), Figure.Kind.RANGE, value, Double.parseDouble(r.group(2)), "years", "", "", "");
                    return;
                }
            }
            String prev = wordsBefore(text, start, 1);
            int month = MONTHS.indexOf(prev.toLowerCase(Locale.ROOT));
            if (month >= 0 && Character.isUpperCase(prev.charAt(0))) {
                int s0 = start - prev.length() - 1;
                if (isYear(numText)) {
                    c.add(s0, end, Figure.Kind.DATE, Double.NaN, Double.NaN, String.format(Locale.ROOT, "%s-%02d", numText, month + 1), "", "", "");
                } else if (value >= 1 && value <= 31 && numText.indexOf('.') < 0) {
                    Matcher y = c.at(DATE_YEAR, end);
                    String iso = String.format(Locale.ROOT, "--%02d-%02d", month + 1, (int) value);
                    int e2 = end;
                    if (y.lookingAt() && isYear(y.group(1))) { iso = y.group(1) + iso.substring(1); e2 = y.end(); }
                    c.add(s0, e2, Figure.Kind.DATE, Double.NaN, Double.NaN, iso, "", "", "");
                }
                return;
            }
            if (isYear(numText) && scale == 1) {
                c.add(start, end, Figure.Kind.YEAR, value, Double.NaN, "", "", "", "");
                return;
            }
            if (isName(text, start) || isListNumber(text, start, end)) return;
            kind = Figure.Kind.NUMBER;
        }
        c.add(start, end, kind, value, Double.NaN, unit, qualifier, "", "");
    }

    /** "one trillion parameters", "three years", "fifty-three billion dollars", "a dozen". */
    private static void spelled(Ctx c, Matcher s) {
        String text = c.text;
        String words = s.group();
        String scaleWord = s.group("scale");
        String base = scaleWord == null ? words : words.substring(0, words.length() - scaleWord.length()).strip();
        double v = Numbers.words(base);
        if (v < 0) return;
        if (scaleWord != null) v *= Numbers.scale(scaleWord);
        int end = s.end();
        Matcher tu = c.at(TIME_UNIT, end);
        if (tu.lookingAt() && scaleWord == null) {
            c.duration(s.start(), tu.end(), v, tu.group(1));
            return;
        }
        Matcher cw = c.at(CURRENCY_WORD, end);
        if (cw.lookingAt()) {
            c.add(s.start(), cw.end(), Figure.Kind.MONEY, v, Double.NaN, currency(cw.group(1)), "", "", "");
            return;
        }
        Matcher pc = c.at(PERCENT, end);
        if (pc.lookingAt() && !pc.group(1).equals("%")) {
            c.add(s.start(), pc.end(), Figure.Kind.PERCENT, v, Double.NaN, "%", "", "", "");
            return;
        }
        int[] u = unitAfter(text, end);
        if (u != null) c.add(s.start(), u[1], Figure.Kind.QUANTITY, v, Double.NaN, text.substring(u[0], u[1]).toLowerCase(Locale.ROOT), "", "", "");
    }

    /**
     * The text with no-break and other Unicode spaces as plain spaces (same length, so offsets
     * hold): news text is full of them ("up to\u00A0one trillion"), and regex \\s does not match them.
     */
    static String plainSpaces(String t) {
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

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Where a figure starting with the digit at {@code i} begins: at its currency sign or code, if any. */
    private static int currencyStart(String text, int i) {
        for (String cur : CURRENCY_PREFIXES) {
            int k = i - cur.length();
            if (k >= 0 && text.startsWith(cur, k)) return k;
        }
        return i;
    }

    private static final String[] CURRENCY_PREFIXES = {"US$", "HK$", "A$", "C$", "S$", "RMB ", "CNY ", "USD ", "EUR ", "HKD ", "GBP ", "JPY ",
            "RMB", "CNY", "USD", "EUR", "HKD", "GBP", "JPY", "$", "€", "£", "¥"};

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("a", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    private static boolean startsNumberWord(String text, int start, int end) {
        int len = end - start;
        if (len < 1 || len > 9) return false;
        // Called for every word of the text, so it compares in place rather than lower-casing a copy.
        char c = Character.toLowerCase(text.charAt(start));
        if (c < 'a' || c > 'z' || (NUMBER_WORD_LENGTHS[c - 'a'] & 1 << len) == 0) return false;
        for (String w : NUMBER_WORDS_BY_INITIAL[c - 'a']) {
            if (w.length() == len && text.regionMatches(true, start, w, 0, len)) {
                return len > 1 || text.regionMatches(true, end, " dozen", 0, 6);
            }
        }
        return false;
    }

    private static final String[][] NUMBER_WORDS_BY_INITIAL = new String[26][];
    /** Per initial, a bit for each length a number word with that initial has. */
    private static final int[] NUMBER_WORD_LENGTHS = new int[26];
    static {
        for (char c = 'a'; c <= 'z'; c++) {
            final char initial = c;
            NUMBER_WORDS_BY_INITIAL[c - 'a'] = NUMBER_WORDS.stream().filter(w -> w.charAt(0) == initial).toArray(String[]::new);
            for (String w : NUMBER_WORDS_BY_INITIAL[c - 'a']) NUMBER_WORD_LENGTHS[c - 'a'] |= 1 << w.length();
        }
    }

    private static boolean isYear(String s) {
        if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) return false;
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }

    /**
     * Without a currency sign, a glued scale letter is read only where a name is unlikely: "65k",
     * or a decimal like "2.8B". A whole number with B/M/T ("32B") stays a possible model name.
     */
    private static boolean gluedScaleReads(String numText, String letter) {
        return letter.equals("k") || letter.equals("K") || numText.indexOf('.') >= 0;
    }

    /** A bare number right after a capitalised word inside a sentence is part of a name: "Qwen 2.5", "Hanguang 800". */
    private static boolean isName(String text, int start) {
        int k = start - 1;
        if (k < 0 || text.charAt(k) != ' ') return false;
        int e = k;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        if (k == e) return false;
        String w = text.substring(k, e);
        if (!Character.isUpperCase(w.charAt(0)) || MONTHS.contains(w.toLowerCase(Locale.ROOT))) return false;
        // Not the first word of a sentence or line
        int p = k - 1;
        while (p >= 0 && text.charAt(p) == ' ') p--;
        return p >= 0 && ".!?\n:".indexOf(text.charAt(p)) < 0;
    }

    /** "1." or "2)" at the start of a line: list numbering. */
    private static boolean isListNumber(String text, int start, int end) {
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p--;
        boolean lineStart = p < 0 || text.charAt(p) == '\n';
        return lineStart && end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')');
    }

    /** The unit noun after a number, skipping a few adjectives: "30 new data centers". */
    private static int[] unitAfter(String text, int end) {
        int k = end;
        for (int hop = 0; hop < 3; hop++) {
            while (k < text.length() && text.charAt(k) == ' ') k++;
            if (k == end && hop == 0) return null;   // glued to letters
            String rest = text.substring(k, Math.min(text.length(), k + 40)).toLowerCase(Locale.ROOT);
            for (String u : UNITS) {
                if (rest.startsWith(u) && (rest.length() == u.length() || !Character.isLetter(rest.charAt(u.length())))) return new int[] {k, k + u.length()};
            }
            int w = k;
            while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '-')) w++;
            if (w == k || !SKIPPABLE.contains(text.substring(k, w).toLowerCase(Locale.ROOT))) return null;
            k = w;
        }
        return null;
    }

    private static String wordsBefore(String text, int pos, int n) {
        int k = pos - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        int e = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) k--;
        return text.substring(k + 1, e);
    }

    static String currency(String c) {
        String s = c.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "$", "us$", "usd", "dollars", "us dollars" -> "USD";
            case "hk$", "hkd", "hong kong dollars" -> "HKD";
            case "a$" -> "AUD";
            case "c$" -> "CAD";
            case "s$" -> "SGD";
            case "€", "eur", "euros" -> "EUR";
            case "£", "gbp", "pounds" -> "GBP";
            case "¥", "rmb", "cny", "yuan", "renminbi" -> "CNY";
            case "jpy", "yen" -> "JPY";
            default -> s.toUpperCase(Locale.ROOT);
        };
    }

    /** Where figures are collected, with the context each one takes from its sentence. */
    private static final class Ctx {
        final Document d;
        final int doc;
        final String text;
        final List<Figure> out;
        final BitSet taken;
        final Layout layout;

        Ctx(Document d, int doc, String text, List<Figure> out, BitSet taken) {
            this.d = d;
            this.doc = doc;
            this.text = text;
            this.out = out;
            this.taken = taken;
            this.layout = d.layout();
        }

        private int textSentence = Integer.MIN_VALUE;
        private String sentenceText = "";

        /** The sentence with whitespace collapsed, made once for all its figures. */
        String sentenceText(int si, int ss, int se) {
            if (si != textSentence || se - ss != lastLength) {
                textSentence = si;
                lastLength = se - ss;
                sentenceText = org.corpex.corpus.Segmenter.collapseWhitespace(text.substring(ss, se));
            }
            return sentenceText;
        }

        private int lastLength = -1;
        private int cueSentence = Integer.MIN_VALUE;
        private List<Context.Cue> cueList = List.of();

        private int lowerSentence = Integer.MIN_VALUE, lowerStart, lowerEnd;
        private String lower = "";

        /** The sentence lower-cased, made once for all its figures (figures come in text order). */
        String lower(int si, int ss, int se) {
            if (si != lowerSentence || ss != lowerStart || se != lowerEnd) {
                lowerSentence = si;
                lowerStart = ss;
                lowerEnd = se;
                lower = text.substring(ss, se).toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        /** Subject cues of a sentence, found once for all its figures. */
        List<Context.Cue> cues(int si, int ss, int se) {
            if (si != cueSentence) {
                cueSentence = si;
                cueList = Context.cues(lower(si, ss, se));
            }
            return cueList;
        }

        private final java.util.Map<Pattern, Matcher> matchers = new java.util.IdentityHashMap<>();

        /**
         * A matcher of p over the text from {@code from} on: one per pattern and document, as
         * making a new one for every figure was a measurable share of extraction.
         */
        Matcher at(Pattern p, int from) {
            return matchers.computeIfAbsent(p, k -> k.matcher(text)).region(from, text.length());
        }

        void duration(int start, int end, double value, String unitWord) {
            String u = unitWord.toLowerCase(Locale.ROOT);
            if (!u.endsWith("s")) u = u + "s";
            // "over the next three years": the span of time is what the figure is
            String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
            int s0 = start;
            String q = "";
            for (String lead : new String[] {"over the next ", "in the next ", "within the next ", "for the next ", "the next ", "over the past ", "in the past ", "within "}) {
                if (before.endsWith(lead)) { s0 = start - lead.length(); q = lead.strip(); break; }
            }
            add(s0, end, Figure.Kind.DURATION, value, Double.NaN, u, q, "", "");
        }

        void add(int start, int end, Figure.Kind kind, double value, double high, String unit, String qualifier, String direction, String flag) {
            int clash = taken.nextSetBit(start);
            if (clash >= 0 && clash < end) return;
            taken.set(start, end);
            int si = layout.sentenceOf(start);
            int ss = si >= 0 ? layout.sentenceStart(si) : 0, se = si >= 0 ? layout.sentenceEnd(si) : text.length();
            if (se < end) se = Math.min(text.length(), end);
            String sentence = sentenceText(si, ss, se);
            int qStart = start;
            if (qualifier.isEmpty() && kind != Figure.Kind.DURATION) {
                // Only the few characters before the figure can hold a qualifier; lower-casing the
                // whole sentence up to each figure was quadratic in long sentences.
                int e = start;
                while (e > ss && Character.isWhitespace(text.charAt(e - 1))) e--;
                int from = Math.max(ss, e - 20);
                String before = text.substring(from, e).toLowerCase(Locale.ROOT);
                for (int k = 0; k < QUALIFIERS.length; k++) {
                    String q = QUALIFIERS[k];
                    if (before.endsWith(SPACED_QUALIFIERS[k]) || from == ss && before.equals(q)) { qualifier = q; qStart = start - q.length() - 1; break; }
                }
            }
            if (direction.isEmpty() && (kind == Figure.Kind.PERCENT || kind == Figure.Kind.MONEY)) direction = Context.direction(text, ss, qStart, end, se);
            String[] subj = Context.subject(text, lower(si, ss, se), ss, se, start, end, kind, unit, cues(si, ss, se));
            out.add(new Figure(doc, start, end, layout.lineOf(start), text.substring(start, end), kind, value, high, unit,
                    qualifier, direction, subj[0], subj[1], sentence, flag));
        }
    }
}
