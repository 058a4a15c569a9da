package org.corpex.figures;

import java.util.Locale;

import static org.corpex.figures.Words.digitAt;
import static org.corpex.figures.Words.letterAt;
import static org.corpex.figures.Words.skipSpace;

/**
 * The figure grammar, read left to right from a number:
 *
 * <pre>
 *   [sign] [currency before] NUMBER [scale] ['+'] [percent | currency after | subunit | unit | time unit | counted noun] [per UNIT]
 * </pre>
 *
 * One {@link Reading} holds what was read; {@link #at} then tries to join it with a second reading
 * into a range or a compound amount, and hands the result to the context as one figure.
 */
final class Grammar {
    private Grammar() {}

    private static final Lexicon L = Lexicon.get();

    /** What the grammar read from one number. */
    static final class Reading {
        int start, end;           // the figure's span
        int numStart, numEnd;     // the number's span
        double value;
        boolean spelled, decimal, scaled, signed;
        boolean grouped;          // written with thousands separators ("2,000"): never a year
        String digits = "";       // the number as written, digits only ("" when spelled)
        Figure.Kind kind;         // null while nothing says what it is
        String unit = "";
        String per = "";
        String flag = "";
        String qualifier = "";
        String direction = "";
        boolean currencyBefore;
        double scale = 1;
    }

    /**
     * Reads the figure whose number starts at {@code i} and adds it; returns where the scan may go on
     * (past a clock time, a phone number or a URL as well as past a figure).
     */
    static int at(Extractor.Ctx c, int i, boolean spelled) {
        String text = c.text;
        int skip = notAFigure(text, i, spelled);
        if (skip > i) return skip;
        Reading r = read(c, i, spelled, true);
        if (r == null) return i + 1;
        // A range: the second figure gives the first its unit (and scale) when it is written once.
        Reading hi = null;
        int rangeStart = r.start;
        boolean between = false;
        if (r.kind != Figure.Kind.DATE) {
            int p = r.end;
            int q = -1;
            boolean fromOrBetween = wordBeforeIs(text, r.start, "between") || wordBeforeIs(text, r.start, "from");
            int s = skipSpace(text, p);
            if (s == p && (text.startsWith("- or ", s) || text.startsWith("- to ", s))) {
                q = s + 5;   // "7- or 8-inch", "3- to 5-year": the unit written once, on the second
            } else if (s < text.length() && (text.charAt(s) == '-' || text.charAt(s) == '\u2013' || text.charAt(s) == '\u2014') && (s == p) == (skipSpace(text, s + 1) == s + 1)) {
                q = skipSpace(text, s + 1);
            } else if (s > p && text.startsWith("to ", s)) q = s + 3;
            else if (s > p && text.startsWith("and ", s) && wordBeforeIs(text, r.start, "between")) { q = s + 4; between = true; }
            else if (s > p && text.startsWith("or ", s) && (r.kind == Figure.Kind.NUMBER || r.kind == null)) q = s + 3;   // "eight or nine euros"
            else if (s > p && text.startsWith("to-", s)) q = s + 3;
            if (q > 0 && q < text.length()) {
                char ch = text.charAt(q);
                boolean digitNext = Extractor.isDigit(ch) || ch == '.' && digitAt(text, q + 1);
                int numAt = q;
                if (!digitNext) {
                    // a currency then a number ("$10 to $15 billion")
                    int k = q;
                    while (k < text.length() && k < q + 6 && !Extractor.isDigit(text.charAt(k)) && text.charAt(k) != ' ') k++;
                    if (k < text.length() && text.charAt(k) == ' ' && k - q <= 4) k = skipSpace(text, k);
                    if (digitAt(text, k) && k > q) numAt = k;
                }
                boolean wordNext = !digitNext && numAt == q && letterAt(text, q) && Words.startsNumberWord(text, q, Words.wordEnd(text, q));
                if ((digitNext || numAt > q || wordNext) && c.free(q, q + 1)) {
                    Reading r2 = read(c, numAt, wordNext, false);
                    if (r2 != null && r2.kind != Figure.Kind.DATE && (r2.start >= q)) {
                        boolean dash = text.charAt(s) == '-' || text.charAt(s) == '\u2013' || text.charAt(s) == '\u2014';
                        if (joinRange(r, r2, fromOrBetween || dash) && (fromOrBetween || dash || comparable(r.value, r2.value))) {
                            hi = r2;
                        }
                    }
                }
            }
        }
        if (hi != null) {
            if (between) rangeStart = r.start - "between ".length();
            double lo = Math.min(r.value, hi.value), top = Math.max(r.value, hi.value);
            String per = hi.per.isEmpty() ? r.per : hi.per;
            String flag = !r.flag.isEmpty() ? r.flag : hi.flag;
            c.add(rangeStart, hi.end, Figure.Kind.RANGE, lo, top, r.unit, r.qualifier, r.direction, per, flag);
            return hi.end;
        }
        if (r.kind == Figure.Kind.MONEY && !r.scaled && r.value == Math.rint(r.value) && !r.decimal) compound(c, r);
        if (r.kind == Figure.Kind.MONEY) yen(c, r);
        if (r.kind == null) return r.end;
        if (r.kind == Figure.Kind.DURATION) {
            duration(c, r);
            return r.end;
        }
        if (r.kind == Figure.Kind.DATE) {
            c.add(r.start, r.end, r.kind, Double.NaN, Double.NaN, r.unit, "", "", "", "");
            return r.end;
        }
        c.add(r.start, r.end, r.kind, r.value, Double.NaN, r.unit, r.qualifier, r.direction, r.per, r.flag);
        return r.end;
    }

    /**
     * Whether two values may be the ends of one range written "X to Y" with no "from" or "between":
     * "slipped 27 cents to $78.10" is a change and the level it reached, not a range.
     */
    private static boolean comparable(double a, double b) {
        double lo = Math.min(Math.abs(a), Math.abs(b)), hi = Math.max(Math.abs(a), Math.abs(b));
        return lo > 0 && hi / lo <= 20;
    }

    /** Joins two readings into a range when their kinds agree or one lacks what the other has. */
    private static boolean joinRange(Reading a, Reading b, boolean bareAllowed) {
        if (a.kind == Figure.Kind.YEAR || a.kind == Figure.Kind.NUMBER && isYear(a.digits) && !a.grouped && !a.scaled) {
            // 2025-2028, 2012–13, 2025 to 2028
            double h = b.digits.length() == 2 ? Math.floor(a.value / 100) * 100 + b.value : b.value;
            if (!b.spelled && !b.grouped && (b.unit.isEmpty() || b.kind == Figure.Kind.YEAR) && (b.digits.length() == 2 || isYear(b.digits)) && h > a.value) {
                a.unit = "years";
                b.value = h;
                return true;
            }
            if (kindOf(b) == null) return false;
            // "revenue of $362 million in 2014 to $557 million": a year, then where the figure went
            if (!bareAllowed) return false;
            // "2000 - 2500 calories": not years after all
            a.kind = null;
        }
        Figure.Kind ka = kindOf(a), kb = kindOf(b);
        if (ka == null && kb == null) {
            if (!bareAllowed || a.spelled || b.spelled) return false;
            a.kind = b.kind = Figure.Kind.NUMBER;
            return true;
        }
        if (ka == null) {
            if (b.scaled && !a.scaled && sharesScale(a, b)) a.value *= b.scale;
            // "5 to 10 dollars" ranges; "500 to 10 dollars" does not
            if (b.kind == Figure.Kind.MONEY && !b.currencyBefore && a.value > b.value * 50) return false;
            a.kind = b.kind;
            a.unit = b.unit;
            a.per = b.per;
            if (a.kind == Figure.Kind.DURATION) a.unit = b.unit;
            return true;
        }
        if (kb == null) {
            if (a.kind == Figure.Kind.QUANTITY || a.kind == Figure.Kind.DURATION) return false;   // "5 people to 3" is not a range
            // "rose 0.7 percent to 6,327.80": after "to", a bare number is where the figure went, not a range's end
            if (!bareAllowed) return false;
            if (a.scaled && !b.scaled) b.value *= a.scale;
            b.kind = a.kind;
            b.unit = a.unit;
            return true;
        }
        if (ka != kb || !a.unit.equals(b.unit)) return false;
        if (b.scaled && !a.scaled && sharesScale(a, b)) a.value *= b.scale;
        return true;
    }

    /** "$10 to $15 billion": the first end takes the scale written once; "$500,000 to $1 million" has its own. */
    private static boolean sharesScale(Reading a, Reading b) {
        double bare = b.value / b.scale;
        return a.value < 1000 && a.value <= bare * 2;
    }

    private static Figure.Kind kindOf(Reading r) {
        return r.kind == Figure.Kind.NUMBER || r.kind == Figure.Kind.YEAR ? null : r.kind;
    }

    /** "3 dollars 50 cents", "$20 and 43c", "15 dollars 50.": the cents make one amount with the whole. */
    private static void compound(Extractor.Ctx c, Reading r) {
        String text = c.text;
        int p = skipSpace(text, r.end);
        if (p == r.end) return;
        if (text.startsWith("and ", p)) p = skipSpace(text, p + 4);
        if (!c.free(p, p + 1)) {
            // "1 dollar and forty-two cents": the cents, read first as their own figure, join the dollar
            for (int k = c.out.size() - 1; k >= 0; k--) {
                Figure f = c.out.get(k);
                if (f.start() == p && f.kind() == Figure.Kind.MONEY && f.value() < 1 && f.value() > 0 && f.unit().equals(r.unit) || f.start() == p && f.kind() == Figure.Kind.MONEY && f.value() < 1 && f.value() > 0 && L.subunits.containsKey(lastWord(f.text()))) {
                    c.out.remove(k);
                    c.taken.clear(f.start(), f.end());
                    r.value += f.value();
                    r.end = f.end();
                    return;
                }
            }
            return;
        }
        double cents;
        int e;
        if (digitAt(text, p)) {
            e = p;
            while (digitAt(text, e)) e++;
            if (e - p > 2 || e < text.length() && (text.charAt(e) == '.' || text.charAt(e) == ',') && digitAt(text, e + 1)) return;
            cents = Integer.parseInt(text.substring(p, e));
        } else if (letterAt(text, p) && Words.startsNumberWord(text, p, Words.wordEnd(text, p))) {
            Words.Spelled s = Words.spelled(text, p);
            if (s == null || s.value() >= 100 || s.scaled()) return;
            cents = s.value();
            e = s.end();
        } else return;
        // a subunit after it, or the end of the clause
        int u = e;
        Lexicon.Subunit sub = null;
        if (u < text.length() && (text.charAt(u) == 'c' || text.charAt(u) == 'p') && !letterAt(text, u + 1)) {
            sub = L.subunits.get(String.valueOf(text.charAt(u)));
            u++;
        } else {
            int w = skipSpace(text, u);
            int we = Words.wordEnd(text, w);
            if (we > w && w > u) {
                Lexicon.Subunit s = L.subunits.get(text.substring(w, we).toLowerCase(Locale.ROOT));
                if (s != null && s.fraction() == 0.01) { sub = s; u = we; }
            }
        }
        if (sub == null) {
            int w = skipSpace(text, u);
            boolean end = w >= text.length() || ".,;:!?)\n".indexOf(text.charAt(w)) >= 0 && !digitAt(text, w + 1)
                    || w > u && (text.startsWith("and ", w) || text.startsWith("or ", w));
            if (!end) return;
        }
        r.value += cents / 100;
        r.end = u;
    }

    private static String lastWord(String s) {
        int k = s.length();
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) k--;
        return s.substring(k).toLowerCase(Locale.ROOT);
    }

    /** "over the next three years": the span of time is what the figure is. */
    private static void duration(Extractor.Ctx c, Reading r) {
        String text = c.text;
        int start = r.start;
        String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT);
        int s0 = start;
        String q = "";
        for (String lead : new String[] {"over the next ", "in the next ", "within the next ", "for the next ", "the next ", "over the past ",
                "in the past ", "within "}) {
            if (before.endsWith(lead)) { s0 = start - lead.length(); q = lead.strip(); break; }
        }
        c.add(s0, r.end, Figure.Kind.DURATION, r.value, Double.NaN, r.unit, q.isEmpty() ? r.qualifier : q, r.direction, r.per, r.flag);
    }

    /**
     * Where the scan should go on when the number at i is not a figure at all (a clock time, a
     * phone number, part of a URL or an escape), else i.
     */
    private static int notAFigure(String text, int i, boolean spelled) {
        if (spelled) return i;
        int n = text.length();
        // the whitespace-delimited token around the number
        int ts = i, te = i;
        while (ts > 0 && !Character.isWhitespace(text.charAt(ts - 1))) ts--;
        while (te < n && !Character.isWhitespace(text.charAt(te))) te++;
        if (te - ts > 8) {
            for (int k = ts; k < te - 2; k++) {
                char ch = text.charAt(k);
                if (ch == ':' && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/' || ch == '%' && isHex(text.charAt(k + 1)) && isHex(text.charAt(k + 2))
                        && k + 3 < te && ch == '%' || ch == '=' || ch == '&' || ch == '@'
                        || ch == 'w' && text.startsWith("www.", k)) return te;
            }
        }
        int e = i;
        while (digitAt(text, e)) e++;
        // clock times: 17:22, 9:30
        if (e < n && text.charAt(e) == ':' && digitAt(text, e + 1) && digitAt(text, e + 2) && e - i <= 2) {
            int k = e + 3;
            while (k < n && (digitAt(text, k) || text.charAt(k) == ':')) k++;
            return k;
        }
        // dates and fractions with slashes: 12/05/2020, 1/2
        if (e < n && text.charAt(e) == '/' && digitAt(text, e + 1)) {
            int k = e + 1;
            while (k < n && (digitAt(text, k) || text.charAt(k) == '/')) k++;
            return k;
        }
        // phone numbers: three or more groups of digits joined by hyphens or dots, or (555) 123-4567, or +44 ...
        if (i > 0 && text.charAt(i - 1) == '+' && (i < 2 || text.charAt(i - 2) == ' ')) {
            int k = e, groups = 1;
            while (k + 1 < n && (text.charAt(k) == ' ' || text.charAt(k) == '-') && digitAt(text, k + 1)) {
                k++;
                while (digitAt(text, k)) k++;
                groups++;
            }
            if (groups >= 3) return k;
        }
        if (i > 0 && text.charAt(i - 1) == '(' && e - i == 3 && e + 1 < n && text.charAt(e) == ')' ) {
            int k = skipSpace(text, e + 1), d0 = k;
            while (digitAt(text, k)) k++;
            if (k - d0 == 3 && k < n && text.charAt(k) == '-') return k + 1;
        }
        {
            int k = e, groups = 1;
            char sep = 0;
            while (k + 1 < n && (text.charAt(k) == '-' || text.charAt(k) == '.') && (sep == 0 || text.charAt(k) == sep) && digitAt(text, k + 1)) {
                sep = text.charAt(k);
                k++;
                while (digitAt(text, k)) k++;
                groups++;
            }
            if (groups >= 3 && !letterAt(text, k)) return k;   // 555-123-4567, 192.168.0.1, version 2.5.1
        }
        // clock times with am/pm: 1.05am, 7.30 p.m., 9 am
        int k = e;
        if (k < n && text.charAt(k) == '.' && digitAt(text, k + 1) && digitAt(text, k + 2) && !digitAt(text, k + 3)) k += 3;
        int a = k < n && text.charAt(k) == ' ' ? k + 1 : k;
        if (a + 1 < n && (text.regionMatches(true, a, "am", 0, 2) || text.regionMatches(true, a, "pm", 0, 2)) && !letterAt(text, a + 2)
                || a + 3 < n && (text.regionMatches(true, a, "a.m.", 0, 4) || text.regionMatches(true, a, "p.m.", 0, 4))) {
            if (e - i <= 2) return a + 2;
        }
        return i;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }

    /** Reads the grammar from the number at i; null when what stands there is a name, not a figure. */
    static Reading read(Extractor.Ctx c, int i, boolean spelled, boolean first) {
        String text = c.text;
        int n = text.length();
        Reading r = new Reading();
        r.numStart = i;
        if (spelled) {
            Words.Spelled s = Words.spelled(text, i);
            if (s == null) return null;
            r.value = s.value();
            r.numEnd = s.end();
            r.spelled = true;
            r.scaled = s.scaled();
            r.start = i;
            // "minus five percent"
            int sign = signWordBefore(text, i);
            if (sign >= 0) { r.signed = true; r.value = -r.value; r.start = sign; }
            int[] cb = currencyBefore(text, i);
            if (cb != null && !c.free(cb[0], i)) cb = null;
            if (cb != null) { r.start = cb[0]; r.unit = CODES[cb[1]]; r.kind = Figure.Kind.MONEY; r.currencyBefore = true; }
        } else {
            if (!number(text, i, r)) return null;
            power(text, r);
            r.start = i;
            // before: a currency ("$", "US$", "USD ", "Rs", "$US"), or letters (a name: "A-32B", "R1")
            int[] cb = currencyBefore(text, i);
            if (cb != null && !c.free(cb[0], i)) cb = null;   // "10 rmb 20 usd": the code belongs to the figure before
            int[] neg = cb == null && i > 1 && text.charAt(i - 1) == '-' ? currencyEndingAt(text, i - 1) : null;
            if (cb != null) {
                r.start = cb[0];
                r.unit = CODES[cb[1]];
                r.kind = Figure.Kind.MONEY;
                r.currencyBefore = true;
                if (cb.length > 2 && cb[2] == 1) {
                    double v = L.scaleLetters.get(text.substring(cb[0], cb[0] + 1).toLowerCase(Locale.ROOT));
                    r.value *= v;
                    r.scale = v;
                    r.scaled = true;
                }
            } else if (neg != null && (neg[0] == 0 || !Character.isLetterOrDigit(text.charAt(neg[0] - 1)))) {
                // "$-99.99"
                r.start = neg[0];
                r.unit = CODES[neg[1]];
                r.kind = Figure.Kind.MONEY;
                r.currencyBefore = true;
                r.signed = true;
                r.value = -r.value;
            } else if (i > 0) {
                char p = text.charAt(i - 1);
                if (Character.isLetter(p) || p == '_') return null;
                if ((p == '-' || p == '\u2010' || p == '\u2011' || p == '/') && letterAt(text, i - 2)) {
                    // "sub-300", "now-18", "minus-1.4": a prefix word (prefixes.tsv) glued by a hyphen; else a name ("A-32B")
                    String pre = p == '/' ? null : L.prefixes.get(wordBefore(text, i - 1).toLowerCase(Locale.ROOT));
                    if (pre == null || i - 2 - wordBefore(text, i - 1).length() >= 0 && Character.isLetterOrDigit(text.charAt(i - 2 - wordBefore(text, i - 1).length()))) return null;
                    if (pre.equals("minus")) {
                        r.signed = true;
                        r.value = -r.value;
                        r.start = i - 1 - wordBefore(text, i - 1).length();
                    }
                }
                if (p == '.' && !r.decimal && digitAt(text, i - 2)) return null;
                if (p == '#' || p == '№') return null;
            }
            // a sign: "-1.3%", "−5", "minus 5", "-$5"
            int s = r.start;
            if (s > 0) {
                char p = text.charAt(s - 1);
                if ((p == '-' || p == '\u2212' || p == '+') && (s < 2 || " (:[\n\t/".indexOf(text.charAt(s - 2)) >= 0)) {
                    r.signed = true;
                    if (p != '+') r.value = -r.value;
                    else r.direction = "up";
                    r.start = s - 1;
                } else {
                    int sign = signWordBefore(text, s);
                    if (sign >= 0) {
                        r.signed = true;
                        r.value = -r.value;
                        r.start = sign;
                    }
                }
            }
        }
        if (r.value < 0) r.direction = "down";
        int p = r.numEnd;
        // scale: "1.5 million", "$2 millions", "3bn", "$5m", "2.5 mln"; a glued letter only where a name is unlikely
        if (!r.spelled || !r.scaled) p = scale(text, r, p);
        // "$1M+"
        if (p < n && text.charAt(p) == '+' && !digitAt(text, p + 1)) { r.qualifier = "+"; p++; }
        r.end = p;
        if (r.kind == Figure.Kind.MONEY) {
            per(c, r);   // "US$3.5 million a year"
            return r;
        }
        if (!r.spelled && p < n && Character.isLetter(text.charAt(p)) && p == r.numEnd) {
            // glued letters: a unit, percent or currency may be glued ("24pc", "115usd", "10kW", "43c"); else a name ("6G", "32B")
            if (!suffix(c, r, p)) return null;
            per(c, r);
            return r;
        }
        if (!r.spelled && unitBefore(text, r)) return r;
        if (!suffix(c, r, p)) {
            if (!first) { r.kind = null; return r; }
            return bare(c, r);
        }
        per(c, r);
        return r;
    }

    /** What follows the number and scale: percent, currency, subunit, unit, time, a counted noun. Returns whether one was read. */
    private static boolean suffix(Extractor.Ctx c, Reading r, int p) {
        String text = c.text;
        int e = percent(text, r, p);
        if (e > p) { r.end = e; return true; }
        e = currencyAfter(c, r, p);
        if (e > p) { r.end = e; return true; }
        e = subunit(text, r, p);
        if (e > p) { r.end = e; return true; }
        e = unit(c, r, p);
        if (e > p) { r.end = e; return true; }
        e = time(text, r, p);
        if (e > p) { r.end = e; return true; }
        e = acronym(c, r, p);
        if (e > p) { r.end = e; return true; }
        if (p < text.length() && Character.isLetter(text.charAt(p)) && !r.spelled) return false;   // glued to letters
        // "Falcon 9 rockets": a bare number after a capitalised word is a name, whatever noun follows
        if (!r.spelled && !r.scaled && !r.signed && r.qualifier.isEmpty() && isName(text, r.start)) return false;
        e = counted(c, r, p);
        if (e > p) { r.end = e; return true; }
        if (r.kind == Figure.Kind.QUANTITY) { r.end = p; return true; }
        return false;
    }

    /** A number with nothing after it that says what it is: a year, a date, a name, a list number, or a plain number. */
    private static Reading bare(Extractor.Ctx c, Reading r) {
        String text = c.text;
        if (r.spelled) { r.kind = null; return r; }
        // a currency word before the number: "dollar 22.5 million", "ringgit 42"
        int[] cw = currencyWordBefore(text, r.start);
        if (cw != null) {
            r.start = cw[0];
            money(r, CODES[cw[1]]);
            return r;
        }
        if (r.scaled) { r.kind = Figure.Kind.NUMBER; return r; }
        String prev = wordBefore(text, r.start);
        int month = MONTHS_INDEX(prev);
        if (month >= 0 && Character.isUpperCase(prev.charAt(0)) && !r.decimal && r.digits.length() <= 4) {
            int s0 = r.start - prev.length() - 1;
            if (isYear(r.digits) && !r.grouped) {
                r.kind = Figure.Kind.DATE;
                r.unit = String.format(Locale.ROOT, "%s-%02d", r.digits, month + 1);
                r.start = s0;
                return r;
            }
            if (r.value >= 1 && r.value <= 31) {
                String iso = String.format(Locale.ROOT, "--%02d-%02d", month + 1, (int) r.value);
                int e = r.end;
                int k = e < text.length() && text.charAt(e) == ',' ? e + 1 : e;
                if (k < text.length() && text.charAt(k) == ' ' && digitAt(text, k + 1)) {
                    int y = k + 1, ye = y;
                    while (digitAt(text, ye)) ye++;
                    if (ye - y == 4 && isYear(text.substring(y, ye)) && !letterAt(text, ye)) { iso = text.substring(y, ye) + iso.substring(1); e = ye; }
                }
                r.kind = Figure.Kind.DATE;
                r.unit = iso;
                r.start = s0;
                r.end = e;
                return r;
            }
        }
        // "9 March 2024"
        if (!r.decimal && r.value >= 1 && r.value <= 31 && r.digits.length() <= 2) {
            int w = skipSpace(text, r.end);
            int we = Words.wordEnd(text, w);
            if (w == r.end + 1 && we > w) {
                int m = MONTHS_INDEX(text.substring(w, we));
                if (m >= 0 && Character.isUpperCase(text.charAt(w))) {
                    String iso = String.format(Locale.ROOT, "--%02d-%02d", m + 1, (int) r.value);
                    int e = we;
                    if (we + 5 <= text.length() && text.charAt(we) == ' ' && isYear(text.substring(we + 1, we + 5)) && !digitAt(text, we + 5)) {
                        iso = text.substring(we + 1, we + 5) + iso.substring(1);
                        e = we + 5;
                    }
                    r.kind = Figure.Kind.DATE;
                    r.unit = iso;
                    r.end = e;
                    return r;
                }
            }
        }
        if ((isYear(r.digits) && !r.signed && !r.grouped || r.digits.length() == 4 && !r.grouped && !r.decimal && r.value >= 1000 && r.value < 1900 && YEAR_LEAD.contains(prev.toLowerCase(Locale.ROOT)))
                && !afterAmountOf(text, r.start)) {
            r.kind = Figure.Kind.YEAR;
            return r;
        }
        if (r.qualifier.isEmpty() && !r.signed && isName(text, r.start)) {
            if (nameAge(text, r)) {
                r.kind = Figure.Kind.QUANTITY;
                r.unit = "years old";
                return r;
            }
            return null;   // "Falcon 9"
        }
        if (r.end < text.length() && text.charAt(r.end) == '-' && Character.isUpperCase(text.charAt(Math.min(text.length() - 1, r.end + 1)))) return null;   // "7-Eleven"
        if (isListNumber(text, r.start, r.end)) return null;
        if (appositiveAge(text, r)) {
            r.kind = Figure.Kind.QUANTITY;
            r.unit = "years old";
            return r;
        }
        if (countsPeople(text, r)) {
            r.kind = Figure.Kind.QUANTITY;
            r.unit = "people";
            return r;
        }
        int c0 = collective(text, r);
        if (c0 >= 0) {
            r.kind = Figure.Kind.QUANTITY;
            r.unit = L.collectives.get(Words.lower(text, c0, Words.wordEnd(text, c0)));
            return r;
        }
        r.kind = Figure.Kind.NUMBER;
        return r;
    }

    /** "Jane Roe, 34, said": a whole number set off by commas right after a capitalised name is an age. */
    private static boolean appositiveAge(String text, Reading r) {
        int s = r.start, e = r.end, n = text.length();
        if (r.decimal || r.signed || r.value < 1 || r.value > 119 || r.digits.length() > 3 || !r.qualifier.isEmpty()) return false;
        if (s < 3 || text.charAt(s - 1) != ' ' || text.charAt(s - 2) != ',' || e >= n || text.charAt(e) != ',') return false;
        if (!letterAt(text, s - 3)) return false;
        int k = s - 2;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        if (!Character.isUpperCase(text.charAt(k))) return false;
        String w = Words.lower(text, k, s - 2);
        if (MONTHS_INDEX(text.substring(k, s - 2)) >= 0 || L.places.contains(w) || L.notEntities.contains(w) || L.stopwords.contains(w)) return false;
        // a name is two capitalised words, or one after a lower-case word ("said chef Rossi, 58,")
        int p = k - 1;
        return p > 0 && text.charAt(p) == ' ' && letterAt(text, p - 1);
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** A power of ten after the number: "2.998×10^8", "6.02 x 10²³", "1.6×10−19" (the value is multiplied out). */
    private static void power(String text, Reading r) {
        int n = text.length(), k = r.numEnd;
        if (k < n && text.charAt(k) == ' ') k++;
        if (k >= n || text.charAt(k) != '×' && text.charAt(k) != 'x' && text.charAt(k) != '*') return;
        k++;
        if (k < n && text.charAt(k) == ' ') k++;
        if (!text.startsWith("10", k) || digitAt(text, k + 2)) return;
        k += 2;
        boolean caret = k < n && text.charAt(k) == '^';
        if (caret) k++;
        int sign = 1;
        if (k < n && (text.charAt(k) == '-' || text.charAt(k) == '\u2212' || text.charAt(k) == '⁻')) { sign = -1; k++; }
        else if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '⁺')) k++;
        int exp = 0, d0 = k;
        while (k < n && k - d0 < 3) {
            char ch = text.charAt(k);
            int v = ch >= '0' && ch <= '9' ? ch - '0' : SUPERSCRIPTS.indexOf(ch);
            if (v < 0) break;
            exp = exp * 10 + v;
            k++;
        }
        if (k == d0) return;
        r.value = Double.parseDouble(Double.toString(r.value) + "E" + sign * exp);   // 6.02E23, not 6.02 * 1e23
        r.numEnd = k;
        r.scaled = true;
        r.decimal = true;
    }

    /** "a magnitude 6.1 quake", "Category 4", "Mach 2": a unit written before the number (units-before.tsv). */
    private static final Lexicon.Shape UNITS_BEFORE = new Lexicon.Shape(L.unitsBefore.keySet());

    private static boolean unitBefore(String text, Reading r) {
        if (r.signed || r.kind != null || r.start < 2 || text.charAt(r.start - 1) != ' ' || !letterAt(text, r.start - 2)) return false;
        int b = r.start - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        if (!UNITS_BEFORE.may(text, b, r.start - 1)) return false;
        String prev = wordBefore(text, r.start);
        if (prev.length() < 2 || prev.length() > 9) return false;
        String unit = L.unitsBefore.get(prev.toLowerCase(Locale.ROOT));
        if (unit == null) return false;
        r.kind = Figure.Kind.QUANTITY;
        r.unit = unit;
        r.start -= prev.length() + 1;
        return true;
    }

    /**
     * "Ada Moss 44 has led the team": text that lost its commas still gives an age, as a two-digit
     * number between a name of two capitalised words and a function word (a verb such as "has", "was").
     */
    private static boolean nameAge(String text, Reading r) {
        int s = r.start, e = r.end, n = text.length();
        if (r.decimal || r.digits.length() != 2 || r.value < 15 || e + 2 >= n || text.charAt(e) != ' ' || !Character.isLowerCase(text.charAt(e + 1))) return false;
        int we = Words.wordEnd(text, e + 1);
        if (we < n && Character.isLetterOrDigit(text.charAt(we)) || !L.ageVerbs.contains(Words.lower(text, e + 1, we))) return false;
        // two capitalised words before the number
        int k = s - 1;
        for (int words = 0; words < 2; words++) {
            if (k < 1 || text.charAt(k) != ' ') return false;
            int we2 = k;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
            if (k == we2 || !Character.isUpperCase(text.charAt(k)) || we2 - k < 2) return false;
            String w = Words.lower(text, k, we2);
            if (L.notEntities.contains(w) || L.places.contains(w) || MONTHS_INDEX(text.substring(k, we2)) >= 0) return false;
            k--;
        }
        return true;
    }

    /**
     * A bare whole count next to a verb of people-verbs.tsv: "killed at least 40" (the verb up to three
     * words before, across qualifier words), "12 died", "40 were injured" (after, across "were", "have been").
     */
    private static boolean countsPeople(String text, Reading r) {
        if (r.decimal || r.signed || r.value < 1) return false;
        int n = text.length();
        // before: up to three words back, only letters and spaces between
        int k = r.start;
        for (int words = 0; words < 3; words++) {
            int e = k;
            while (e > 0 && text.charAt(e - 1) == ' ') e--;
            if (e == k || e == 0 || !Character.isLetter(text.charAt(e - 1))) break;
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
            if (!PEOPLE_BEFORE.may(text, b, e)) break;
            String w = Words.lower(text, b, e);
            String side = L.peopleVerbs.get(w);
            if (side != null) return !side.equals("after");
            if (!L.qualifierBounds.containsKey(w) && !QUALIFIER_WORDS.contains(w)) break;
            k = b;
        }
        // after: "12 died", "40 were injured", "9 have been arrested"
        int p = r.end;
        for (int words = 0; words < 3 && p < n && text.charAt(p) == ' '; words++) {
            int s = p + 1, e = Words.wordEnd(text, s);
            if (e == s || !PEOPLE_AFTER.may(text, s, e)) return false;
            String w = Words.lower(text, s, e);
            String side = L.peopleVerbs.get(w);
            if (side != null) return !side.equals("before");
            if (!w.equals("were") && !w.equals("was") && !w.equals("have") && !w.equals("had") && !w.equals("been") && !w.equals("are")
                    && !w.equals("people") && !w.equals("others")) return false;
            p = e;
        }
        return false;
    }

    /** Words of the qualifiers' phrases ("at least", "more than") that may stand between a verb and its count. */
    private static final java.util.Set<String> QUALIFIER_WORDS = qualifierWords();
    private static final Lexicon.Shape PEOPLE_BEFORE = new Lexicon.Shape(union(L.peopleVerbs.keySet(), QUALIFIER_WORDS, L.qualifierBounds.keySet()));
    private static final Lexicon.Shape PEOPLE_AFTER = new Lexicon.Shape(union(L.peopleVerbs.keySet(),
            java.util.Set.of("were", "was", "have", "had", "been", "are", "people", "others")));

    @SafeVarargs
    private static java.util.Set<String> union(java.util.Collection<String>... sets) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (java.util.Collection<String> s : sets) out.addAll(s);
        return out;
    }

    private static java.util.Set<String> qualifierWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] q : L.qualifiers) for (String w : q[0].split(" ")) out.add(w);
        return java.util.Set.copyOf(out);
    }

    /** "a crowd of 40,000", "a workforce of 1,200": a group noun before "of" says what the number counts (collectives.tsv). */
    private static int collective(String text, Reading r) {
        int s = r.start;
        if (r.decimal || r.signed || s < 4 || !wordBeforeIs(text, s, "of")) return -1;
        int e = s - 4;
        if (e < 1 || text.charAt(e) != ' ') return -1;
        int k = e;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        if (k == e || !L.collectives.containsKey(Words.lower(text, k, e))) return -1;
        return k;
    }

    /** "an average of 1500", "a total of 2000": an amount, not a year, after these words and "of". */
    private static boolean afterAmountOf(String text, int start) {
        if (!wordBeforeIs(text, start, "of") || start < 5) return false;
        String w = wordBefore(text, start - 3).toLowerCase(Locale.ROOT);
        return L.amountsOf.contains(w);
    }

    private static final java.util.Set<String> YEAR_LEAD = java.util.Set.of("in", "of", "since", "from", "until", "till", "by",
            "during", "fiscal", "year", "between", "and", "to", "before", "after", "spring", "summer", "autumn", "fall", "winter", "early", "late", "mid");

    private static int MONTHS_INDEX(String w) {
        if (w.length() < 3 || w.length() > 9) return -1;
        return Extractor.MONTHS.indexOf(w.toLowerCase(Locale.ROOT));
    }

    /** Reads the digits at i into r: "1,234.5", "10 000", "12,34,567.89", ".5". Returns false for a number that is part of something else. */
    private static boolean number(String text, int i, Reading r) {
        int n = text.length(), e = i;
        StringBuilder digits = new StringBuilder(12);
        while (digitAt(text, e)) digits.append(text.charAt(e++));
        int intLen = e - i;
        // thousands with commas (also Indian grouping 12,34,567)
        if (intLen >= 1 && intLen <= 3 && e + 3 < n + 0 && e < n && text.charAt(e) == ',' && digitAt(text, e + 1)) {
            int k = e;
            StringBuilder d = new StringBuilder(digits);
            int lastGroup = 0;
            while (k < n && text.charAt(k) == ',' && digitAt(text, k + 1)) {
                int g = k + 1, ge = g;
                while (digitAt(text, ge)) ge++;
                if (ge - g != 3 && ge - g != 2) break;
                d.append(text, g, ge);
                lastGroup = ge - g;
                k = ge;
            }
            if (lastGroup == 3) { digits = d; e = k; r.grouped = true; }
            else if (k > e) {
                // 2-digit groups must end with a 3-digit one; else only the 3-digit groups read
                digits = new StringBuilder(text.substring(i, e));
                int k2 = e;
                while (k2 < n && text.charAt(k2) == ',' && digitAt(text, k2 + 1) && digitAt(text, k2 + 3) && !digitAt(text, k2 + 4)) {
                    digits.append(text, k2 + 1, k2 + 4);
                    k2 += 4;
                    r.grouped = true;
                }
                e = k2;
            }
        } else if (intLen >= 1 && intLen <= 3 && e + 3 < n && text.charAt(e) == ' ' && digitAt(text, e + 1) && digitAt(text, e + 3)
                && !digitAt(text, e + 4) && e + 4 <= n && (e + 4 == n || !Character.isLetterOrDigit(text.charAt(e + 4)) || text.charAt(e + 4) == ' ')
                && !(i > 0 && digitAt(text, i - 2))) {
            // thousands with spaces: "10 000"
            int k = e;
            StringBuilder d = new StringBuilder(digits);
            while (k + 3 < n && text.charAt(k) == ' ' && digitAt(text, k + 1) && digitAt(text, k + 2) && digitAt(text, k + 3) && !digitAt(text, k + 4)
                    && (k + 4 >= n || text.charAt(k + 4) != '.' || !digitAt(text, k + 5))) {
                d.append(text, k + 1, k + 4);
                k += 4;
            }
            if (k > e && (k >= n || !Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ' ')) { digits = d; e = k; r.grouped = true; }
        }
        if (e < n && text.charAt(e) == '.' && digitAt(text, e + 1)) {
            digits.append('.');
            e++;
            while (digitAt(text, e)) digits.append(text.charAt(e++));
            r.decimal = true;
            if (e < n && text.charAt(e) == '.' && digitAt(text, e + 1)) return false;   // 1.2.3
        }
        if (digits.length() == 0 || digits.charAt(0) == '.' && digits.length() == 1) return false;
        if (digits.length() > 18) return false;
        r.digits = digits.toString();
        r.value = Double.parseDouble(r.digits.startsWith(".") ? "0" + r.digits : r.digits);
        r.numEnd = e;
        // ordinals and decades: "71st", "2nd", "1990s"
        if (e + 1 < n && !r.decimal) {
            char a = Character.toLowerCase(text.charAt(e)), b = Character.toLowerCase(text.charAt(e + 1));
            if ((a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') && !letterAt(text, e + 2)) return false;
        }
        if (e < n && text.charAt(e) == 's' && !letterAt(text, e + 1) && r.digits.length() >= 2 && r.value % 10 == 0) return false;
        if (e < n && text.charAt(e) == '\'' && e + 1 < n && text.charAt(e + 1) == 's') return false;
        return true;
    }

    /** Reads a scale after the number; returns the new end. */
    private static int scale(String text, Reading r, int p) {
        int n = text.length();
        int s = p < n && text.charAt(p) == ' ' ? p + 1 : p;
        if (s < n && text.charAt(s) == '-' && s == p && letterAt(text, s + 1)) s = p + 1;   // "1.5-million"
        int we = Words.wordEnd(text, s);
        if (we == s) return p;
        String w = text.substring(s, we);
        String lw = Words.lower(text, s, we);
        Double v = L.scaleWords.get(lw);
        if (v == null && lw.endsWith("s")) v = L.scaleWords.get(lw.substring(0, lw.length() - 1));
        if (v != null && !(v == 100 && r.spelled)) {
            applyScale(r, v);
            // "3.5 lakh crore", "1.2 thousand billion": a second scale word multiplies again
            if (we + 1 < n && text.charAt(we) == ' ' && letterAt(text, we + 1)) {
                int we2 = Words.wordEnd(text, we + 1);
                String w2 = Words.lower(text, we + 1, we2);
                Double v2 = L.scaleWords.get(w2);
                if (v2 == null && w2.endsWith("s")) v2 = L.scaleWords.get(w2.substring(0, w2.length() - 1));
                if (v2 != null && v2 > 100) {
                    r.value *= v2;
                    r.scale *= v2;
                    return we2;
                }
            }
            return we;
        }
        v = L.scaleAbbrs.get(lw);
        if (v != null) {
            applyScale(r, v);
            return we;
        }
        // a single glued letter: k, m, b, t (and their capitals)
        if (s == p && we == p + 1) {
            v = L.scaleLetters.get(lw);
            if (v == null || r.spelled) return p;
            char ch = w.charAt(0);
            boolean reads = r.currencyBefore || ch == 'k' || ch == 'K';
            boolean decimalOnly = !reads && r.decimal && ch != 't' && ch != 'T';
            if (!reads) {
                // "5M users", "10bn" handled above; "5M" before a currency or a counted noun reads as a scale
                int a = skipSpace(text, we);
                if (a > we && a < n) {
                    int ae = Words.wordEnd(text, a);
                    String next = text.substring(a, ae);
                    reads = ae > a && (L.currencyWord(next.toLowerCase(Locale.ROOT)) != null || L.codes.containsKey(next)
                            || Character.isLowerCase(next.charAt(0)) && looksPlural(next.toLowerCase(Locale.ROOT)) && !L.stopwords.contains(next.toLowerCase(Locale.ROOT)));
                }
            }
            if (!reads && decimalOnly) {
                // "2.8B", "2.1m a year": a scale by the look of it; "m" could be metres, so say so
                reads = true;
                if (ch == 'm' || ch == 'M') r.flag = "'m' read as million (not metres)";
            }
            if (!reads) return p;
            applyScale(r, v);
            return we;
        }
        return p;
    }

    /** Multiplies by a scale exactly: "16.4 million" is 16400000, not 16.4 * 1e6 = 16399999.999999998. */
    private static void applyScale(Reading r, double v) {
        int exp = (int) Math.round(Math.log10(v));
        if (!r.spelled && !r.digits.isEmpty() && Math.pow(10, exp) == v && Math.abs(r.value) == Double.parseDouble(r.digits.startsWith(".") ? "0" + r.digits : r.digits)) {
            double exact = new java.math.BigDecimal(r.digits.startsWith(".") ? "0" + r.digits : r.digits).scaleByPowerOfTen(exp).doubleValue();
            r.value = r.value < 0 ? -exact : exact;
        } else {
            r.value *= v;
        }
        r.scale = v;
        r.scaled = true;
    }

    /** Reads a percent or percentage-point sign or word; returns the new end (p when none). */
    private static int percent(String text, Reading r, int p) {
        int n = text.length();
        // "12 percent", "a 10-percent rise", "a 0.25-percentage-point cut"
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-' && letterAt(text, p + 1)) ? p + 1 : p;
        if (s >= n) return p;
        if (text.charAt(s) == '%' || text.charAt(s) == '\uFF05') {
            if (s + 2 < n && isHex(text.charAt(s + 1)) && isHex(text.charAt(s + 2)) && !Character.isWhitespace(text.charAt(s + 1))) return p;   // %25
            r.kind = Figure.Kind.PERCENT;
            r.unit = "%";
            int e = s + 1;
            // "5% points"
            return e;
        }
        char f = Character.toLowerCase(text.charAt(s));
        if (f != 'p' && f != 'b') return p;   // every percent word begins so
        int we = Words.wordEnd(text, s);
        if (we == s) return p;
        String w = Words.lower(text, s, we);
        switch (w) {
            case "percent", "percents", "pct", "pc", "percentage", "per", "basis", "bp", "bps", "pp", "ppt", "ppts", "percentages" -> { }
            default -> { return p; }
        }
        // abbreviations count in lower case only: "10 BP stations" names a company, "24 PC games" computers
        if ((w.equals("pc") || w.equals("bp") || w.equals("bps") || w.equals("pp") || w.equals("ppt") || w.equals("ppts"))
                && !Character.isLowerCase(text.charAt(s))) return p;
        int e = we;
        String unit = "%";
        double factor = 1;
        if (w.equals("per")) {
            if (!(text.startsWith(" cent", we) || text.startsWith("-cent", we)) || letterAt(text, we + 5)) return p;
            e = we + 5;
        } else if (w.equals("basis")) {
            int k = skipSpace(text, we);
            int ke = Words.wordEnd(text, k);
            String x = text.substring(k, ke).toLowerCase(Locale.ROOT);
            if (!(x.equals("point") || x.equals("points")) || k != we + 1) return p;
            e = ke;
            unit = "pp";
            factor = 0.01;
        } else if (w.equals("bp") || w.equals("bps")) {
            unit = "pp";
            factor = 0.01;
        } else if (w.equals("pp") || w.equals("ppt") || w.equals("ppts")) {
            unit = "pp";
        } else if (w.startsWith("percentage") || w.startsWith("percent")) {
            int k = we < n && text.charAt(we) == '-' ? we + 1 : skipSpace(text, we);
            int ke = Words.wordEnd(text, k);
            String x = text.substring(k, ke).toLowerCase(Locale.ROOT);
            if ((x.equals("point") || x.equals("points")) && k == we + 1) {
                e = ke;
                unit = "pp";
            } else if (w.startsWith("percentage") && x.equals("of")) return p;   // "the percentage of"
        }
        r.kind = Figure.Kind.PERCENT;
        r.unit = unit;
        r.value *= factor;
        return e;
    }

    /** The codes of currencies found before a number, by index (a small intern table keeps int[] results cheap). */
    private static final String[] CODES;
    private static final java.util.Map<String, Integer> CODE_INDEX = new java.util.HashMap<>();
    static {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        all.addAll(L.signs.values());
        all.addAll(L.before.values());
        all.addAll(L.codes.values());
        all.addAll(L.words.values());
        for (Lexicon.Subunit s : L.subunits.values()) all.add(s.code());
        CODES = all.toArray(new String[0]);
        for (int k = 0; k < CODES.length; k++) CODE_INDEX.put(CODES[k], k);
    }

    /** {start, code index} of a currency right before the number at i (glued or one space), or null. */
    static int[] currencyBefore(String text, int i) {
        // glued ("$5", "USD200") or after one space ("$ 5", "USD 200"); "-$5" and "$-5" are read by the sign
        int[] m = currencyEndingAt(text, i);
        if (m == null && i > 1 && text.charAt(i - 1) == ' ') m = currencyEndingAt(text, i - 1);
        if (m == null) return null;
        // "US $", "HK $", "c $", "NZ $": letters before a spaced sign
        int s = m[0];
        if (s > 1 && text.charAt(s - 1) == ' ' && text.charAt(s) == '$' && s - 1 >= 1 && Character.isLetter(text.charAt(s - 2))) {
            int ws = s - 1;
            while (ws > 0 && (Character.isLetter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.')) ws--;
            String pre = text.substring(ws, s - 1);
            // any case ("hk $ 10"), but "a $5 fee" is not Australian
            String up = pre.toUpperCase(Locale.ROOT);
            String code = pre.equals("a") ? null : L.signs.get(up + "$");
            if (code == null && pre.equals(up)) code = L.codes.get(pre);
            if (code != null && pre.length() <= 4 && (ws == 0 || Character.isWhitespace(text.charAt(ws - 1)) || text.charAt(ws - 1) == '(')) {
                return new int[] {ws, CODE_INDEX.get(code)};
            }
        }
        return m;
    }

    /** {start, code index} of a currency word or phrase right before the number at i ("malaysian ringgit 42"), or null. */
    private static int[] currencyWordBefore(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ' ' || !letterAt(text, i - 2)) return null;
        int e = i - 1, k = e;
        int[] found = null;
        for (int words = 0; words < L.longestWordPhrase; words++) {
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
            String phrase = text.substring(k, e).toLowerCase(Locale.ROOT);
            String code = L.currencyWord(phrase);
            // in lower case only: "Euro 2020" is a tournament, a capitalised word before a number a name; and not
            // "won 3-1": before a number more currency words are English words than after one
            if (code != null && !ENGLISH_WORDS.contains(phrase) && !NOT_BEFORE.contains(phrase) && !phrase.startsWith("pound")
                    && Character.isLowerCase(text.charAt(k))) {
                found = new int[] {k, CODE_INDEX.get(code)};
            }
            if (k < 2 || text.charAt(k - 1) != ' ' || !letterAt(text, k - 2)) break;
            k--;
        }
        return found;
    }

    /**
     * Currency words that are English words too after a number ("5 real ones", "past the 1,000 mark"): read only
     * after a scale or capitalised. "won", "rand" and "lira" are not among them: after a number they are money.
     */
    private static final java.util.Set<String> ENGLISH_WORDS = java.util.Set.of("real", "mark", "sol", "som",
            "colon", "lei", "lev", "kip", "punt", "ether", "marks", "buck", "bucks", "grand", "dram", "drams");

    /** Currency words that are read after a number but not before one ("won 3-1", "lira" aside). */
    private static final java.util.Set<String> NOT_BEFORE = java.util.Set.of("won", "rand", "lira", "dong", "real", "yen", "yuan");

    /** A currency sign, prefix or code whose last character is at e - 1: {start, code index}, or null. */
    private static int[] currencyEndingAt(String text, int e) {
        if (e <= 0) return null;
        char last = text.charAt(e - 1);
        if (Character.isDigit(last) || last == ' ') return null;
        // the run of non-space, non-digit characters before e, at most 7
        int s = e;
        while (s > 0 && e - s < 7 && !Character.isWhitespace(text.charAt(s - 1)) && !Character.isDigit(text.charAt(s - 1))) s--;
        boolean letters = true;
        for (int k = s; k < e && letters; k++) letters = Character.isLetter(text.charAt(k));
        if (letters) {
            // a word: only as a whole can it be a code or a currency prefix ("USD", "Rs", "usd", "MUSD"); most words are neither
            if (e - s < 2 || e - s > 4) return null;
            String t = text.substring(s, e);
            String code = L.before.get(t);
            if (code == null) code = L.codes.get(t);
            if (code != null) return new int[] {s, CODE_INDEX.get(code), 0};
            if (t.length() == 4 && L.scaleLetters.containsKey(t.substring(0, 1).toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(t.charAt(0)) == Character.isUpperCase(t.charAt(1))) {
                String cc = L.codes.get(t.substring(1));
                if (cc == null && isLowerAlpha(t)) cc = L.codes.get(t.substring(1).toUpperCase(Locale.ROOT));
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
            if (code == null && t.length() == 4 && (t.charAt(3) == '$') && L.codes.containsKey(t.substring(0, 3).toUpperCase(Locale.ROOT))) {
                code = L.codes.get(t.substring(0, 3).toUpperCase(Locale.ROOT));   // "nzd$15"
            }
            if (code != null) return new int[] {k, CODE_INDEX.get(code), 0};
            if (t.length() == 4 && L.scaleLetters.containsKey(t.substring(0, 1).toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(t.charAt(0)) == Character.isUpperCase(t.charAt(1))) {
                // "MUSD 5", "maud 60": a scale letter glued to a code
                String cc = L.codes.get(t.substring(1));
                if (cc == null && isLowerAlpha(t)) cc = L.codes.get(t.substring(1).toUpperCase(Locale.ROOT));
                if (cc != null) return new int[] {k, CODE_INDEX.get(cc), 1};
            }
        }
        return null;
    }

    private static boolean isLowerAlpha(String t) {
        for (int k = 0; k < t.length(); k++) if (t.charAt(k) < 'a' || t.charAt(k) > 'z') return false;
        return true;
    }

    /** Reads a currency after the number (sign, code, "MUSD", currency word with its adjective); returns the new end. */
    private static int currencyAfter(Extractor.Ctx c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        int s = p < n && text.charAt(p) == ' ' ? p + 1 : p;
        if (s < n && text.charAt(s) == '-' && s == p && r.spelled && letterAt(text, s + 1)) s = p + 1;   // "one-yen"
        if (s >= n) return p;
        // signs, glued or spaced: "10$", "1,200€", "100 ₡", "3.14US$"
        char first = text.charAt(s);
        boolean maySign = L.signInitials.contains(first) || L.signInitials.contains(Character.toUpperCase(first));
        for (int len = maySign ? Math.min(L.longestSign, n - s) : 0; len >= 1; len--) {
            String t = text.substring(s, s + len);
            String code = L.signs.get(t);
            if (code == null && len > 1) code = L.signs.get(t.toUpperCase(Locale.ROOT));
            if (code != null && s > p && digitAt(text, s + len)) return p;   // "1 $10": the sign is the next figure's
            if (code != null && (!letterAt(text, s + len) || t.charAt(t.length() - 1) > 0x2000) && (t.length() > 1 || t.charAt(0) > 0x2000 || !Character.isLetter(t.charAt(0)))) {
                money(r, code);
                return s + len;
            }
        }
        int we = Words.wordEnd(text, s);
        if (we == s) return p;
        String w = text.substring(s, we);
        // ISO codes: "110 JPY", "115usd", "USD million"
        String code = L.codes.get(w);
        if (code == null && w.length() == 3 && s == p && isLowerAlpha(w)) code = L.codes.get(w.toUpperCase(Locale.ROOT));
        if (code != null) {
            money(r, code);
            int e = we;
            if (!r.scaled) {
                int e2 = scale(text, r, e);
                if (e2 > e) e = e2;
            }
            return e;
        }
        // a scale letter glued to a code: "MUSD", "musd", "KEUR"
        if (w.length() == 4 && !r.scaled) {
            Double v = L.scaleLetters.get(w.substring(0, 1).toLowerCase(Locale.ROOT));
            String cc = L.codes.get(w.substring(1));
            if (cc == null && isLowerAlpha(w)) cc = L.codes.get(w.substring(1).toUpperCase(Locale.ROOT));
            if (v != null && cc != null && (Character.isUpperCase(w.charAt(0)) == Character.isUpperCase(w.charAt(1)))) {
                r.value *= v;
                r.scale = v;
                r.scaled = true;
                money(r, cc);
                return we;
            }
        }
        String b = L.before.get(w);
        if (b != null && (s == p || w.length() >= 2 && Character.isUpperCase(w.charAt(1)))) { money(r, b); return we; }   // "20Rs", "42 RM"
        if (s == p && !r.spelled) {
            if (!"s".equals(w) && L.currencyWord(w.toLowerCase(Locale.ROOT)) == null) return p;
        }
        // currency words, longest phrase first: "10.5 million Australian dollars", "7,199 Chinese yuan"
        int[] ends = new int[L.longestWordPhrase];
        int count = 0, k = s;
        while (count < ends.length) {
            int e = Words.tokenEnd(text, k);
            if (e == k) break;
            ends[count++] = e;
            if (e + 1 < n && text.charAt(e) == ' ' && letterAt(text, e + 1)) k = e + 1;
            else break;
        }
        for (int m = count; m >= 1; m--) {
            String phrase = Words.lower(text, s, ends[m - 1]);
            String cw = L.currencyWord(phrase);
            if (cw == null) continue;
            if (phrase.equals("pound") || phrase.equals("pounds")) return pounds(c, r, s, ends[m - 1]);
            if (ENGLISH_WORDS.contains(phrase) && !phrase.startsWith("buck") && !Character.isUpperCase(text.charAt(s)) && !r.scaled) {
                // words that are English words too ("5 real ones", "3 won"): only after a scale or capitalised
                continue;
            }
            money(r, cw);
            return ends[m - 1];
        }
        return p;
    }

    /** "208 pounds": a mass after a word of weight, money after a word of money, else money flagged. */
    private static int pounds(Extractor.Ctx c, Reading r, int s, int e) {
        String text = c.text;
        int ss = c.sentenceStart(r.start), se = c.sentenceEnd(r.start);
        // five words before the number
        int k = r.start, words = 0;
        boolean weight = false;
        while (k > ss && words < 6) {
            while (k > ss && !Character.isLetter(text.charAt(k - 1))) k--;
            int we = k;
            while (k > ss && Character.isLetter(text.charAt(k - 1))) k--;
            if (we > k) {
                words++;
                String w = text.substring(k, we).toLowerCase(Locale.ROOT);
                if (L.weights.contains(w)) { weight = true; break; }
                if (L.moneyCues.contains(w)) break;
            }
        }
        // "a twenty-pound bag", "one pound of coal": a weight
        weight |= s > 0 && text.charAt(s - 1) == '-' || text.startsWith(" of ", e) && !r.scaled;
        if (weight) {
            r.kind = Figure.Kind.QUANTITY;
            r.unit = "lb";
            return e;
        }
        money(r, "GBP");
        boolean cue = r.scaled || text.startsWith(" sterling", e);
        if (!cue) {
            String sentence = text.substring(ss, Math.max(ss, Math.min(se, text.length()))).toLowerCase(Locale.ROOT);
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
        if (!cue) r.flag = "'pounds' read as money (GBP); it could be a weight";
        return e;
    }

    /**
     * "¥" is the sign of both the yen and the yuan: the document decides when it names one country's
     * money or the country, else the figure is read as yen and flagged.
     */
    private static void yen(Extractor.Ctx c, Reading r) {
        if (!r.unit.equals("JPY") || c.text.indexOf('¥') < 0 && c.text.indexOf('￥') < 0) return;
        String t = c.text;
        boolean cn = t.contains("yuan") || t.contains("RMB") || t.contains("renminbi") || t.contains("China") || t.contains("Chinese");
        boolean jp = t.contains("yen") || t.contains("Japan");
        int k = r.start;
        boolean sign = false;
        for (int i = k; i < r.end; i++) if (t.charAt(i) == '¥' || t.charAt(i) == '￥') sign = true;
        if (!sign) return;
        if (cn && !jp) r.unit = "CNY";
        else if (cn == jp) r.flag = "'¥' read as yen (JPY); it is the yuan's sign too";
    }

    private static void money(Reading r, String code) {
        r.kind = Figure.Kind.MONEY;
        r.unit = code;
    }

    /** "19 cents", "43c", "50p", "18 sen": the amount in the whole unit. */
    private static int subunit(String text, Reading r, int p) {
        int n = text.length();
        if (p < n && p == r.numEnd && !r.spelled && (text.charAt(p) == 'c' || text.charAt(p) == 'p' || text.charAt(p) == '¢') && !letterAt(text, p + 1)) {
            Lexicon.Subunit s = L.subunits.get(String.valueOf(text.charAt(p)));
            if (text.charAt(p) == 'p' && r.decimal) return p;   // "2.5p" is odd; leave it
            r.value *= s.fraction();
            money(r, s.code());
            return p + 1;
        }
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-' && letterAt(text, p + 1)) ? p + 1 : p;
        if (s < n && text.charAt(s) == '¢') {
            r.value *= 0.01;
            money(r, "USD");
            return s + 1;
        }
        int we = Words.wordEnd(text, s);
        if (we - s < 3) return p;
        Lexicon.Subunit sub = L.subunits.get(Words.lower(text, s, we));
        if (sub == null) return p;
        r.value *= sub.fraction();
        money(r, sub.code());
        return we;
    }

    /** Units of measure: "80km/h", "275 pound-feet", "10 kW", "15 square feet". */
    private static int unit(Extractor.Ctx c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-' && letterAt(text, p + 1)) ? p + 1 : p;
        if (s >= n) return p;
        if (text.charAt(s) == '°') {
            int e = s + 1;
            String u = "°";
            if (e < n && (text.charAt(e) == 'C' || text.charAt(e) == 'F') && !letterAt(text, e + 1)) { u = "°" + text.charAt(e); e++; }
            r.kind = Figure.Kind.QUANTITY;
            r.unit = u;
            return e;
        }
        if (!Character.isLetter(text.charAt(s))) return p;
        // up to three words joined by spaces, hyphens or a slash ("km/h", "pound-feet", "square feet")
        int best = -1;
        Lexicon.Unit unit = null;
        int k = s;
        for (int words = 0; words < Math.max(2, L.longestUnitPhrase) + 1 && k < n; words++) {
            int e = k;
            while (e < n && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '²' || text.charAt(e) == 'µ')) e++;
            if (e == k) break;
            String phrase = text.substring(s, e);
            Lexicon.Unit u = L.unit(phrase);
            if (u != null && !letterAt(text, e)) { best = e; unit = u; }
            if (e < n && (text.charAt(e) == ' ' || text.charAt(e) == '-' || text.charAt(e) == '/') && e + 1 < n && Character.isLetter(text.charAt(e + 1))) k = e + 1;
            else break;
        }
        if (unit == null) return slashUnit(r, text, p, s);
        String written = text.substring(s, best);
        // single letters spaced from the number are too often words ("5 m" aside): only glued ("5m", "10W"), but for
        // "12 C", "40 F" and "300 t" closing a phrase
        if (written.length() == 1 && s > p && !("CFt".contains(written) && text.charAt(p) == ' ' && closes(text, best) && !isName(text, r.start))) {
            return slashUnit(r, text, p, s);   // "95 g/km"
        }
        if (written.length() == 1 && (written.equals("m") || written.equals("M")) && !r.scaled) {
            r.flag = "'m' read as metres (not million)";
        }
        if (s == p + 1 && text.charAt(p) == '-' && written.length() < 2) return p;
        r.kind = Figure.Kind.QUANTITY;
        r.unit = unit.unit();
        return best;
    }

    /**
     * A unit written as a ratio of symbols, where the lexicon knows the denominator: "1.3 A/cm2",
     * "4 mg/kg", "120 g/km". The numerator is a known unit or a symbol of one or two letters.
     */
    private static int slashUnit(Reading r, String text, int p, int s) {
        int n = text.length();
        int e = s;
        while (e < n && Character.isLetter(text.charAt(e))) e++;
        if (e == s || e - s > 4 || e >= n || text.charAt(e) != '/' || !letterAt(text, e + 1)) return p;
        int d = e + 1, de = d;
        while (de < n && Character.isLetter(text.charAt(de))) de++;
        int end = de < n && (text.charAt(de) == '2' || text.charAt(de) == '3' || text.charAt(de) == '²' || text.charAt(de) == '³') ? de + 1 : de;
        if (de - d > 4 || end < n && Character.isLetterOrDigit(text.charAt(end))) return p;
        String num = text.substring(s, e);
        if (L.unit(text.substring(d, de)) == null || L.unit(num) == null && !(num.length() <= 2 && Character.isUpperCase(num.charAt(0)))) return p;
        r.kind = Figure.Kind.QUANTITY;
        r.unit = text.substring(s, end);
        return end;
    }

    /** Whether a phrase ends at e: the end, a space, a closing mark, or a full stop that ends the sentence. */
    private static boolean closes(String text, int e) {
        if (e >= text.length()) return true;
        char ch = text.charAt(e);
        return ch == ' ' || ch == ')' || ch == ',' || ch == ';' || ch == ':' || ch == '.' && (e + 1 >= text.length() || text.charAt(e + 1) == ' ');
    }

    /** Time units: "18 months" is a duration; "15-year-old", "50 years old" an age. */
    private static int time(String text, Reading r, int p) {
        int n = text.length();
        int s = p < n && (text.charAt(p) == ' ' || text.charAt(p) == '-') ? p + 1 : p;
        if (s == p && p < n && Character.isLetter(text.charAt(p))) return p;
        int we = Words.wordEnd(text, s);
        if (we == s) return p;
        String w = Words.lower(text, s, we);
        String u = L.timeUnits.get(w);
        if (u == null) return p;
        // ages
        if ((text.regionMatches(true, we, "-old", 0, 4) || text.regionMatches(true, we, " old", 0, 4)) && !letterAt(text, we + 4)) {
            r.kind = Figure.Kind.QUANTITY;   // an age: a quantity in "years old" (compare leaves ages out)
            r.unit = u + " old";
            return we + 4;
        }
        if (r.scaled && !r.spelled) return p;
        r.kind = Figure.Kind.DURATION;
        r.unit = u;
        return we;
    }

    /** A counted noun after the number: "5,000 troops", "30 new data centers", "2 million ... chips". */
    private static int counted(Extractor.Ctx c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        if (p < n && text.charAt(p) == '-') return hyphenCount(c, r, p);
        if (p >= n || text.charAt(p) != ' ') return p;
        if (isYear(r.digits) && !r.grouped && !r.scaled) {
            String prev = wordBefore(text, r.start);
            if (!prev.isEmpty() && (YEAR_LEAD.contains(prev.toLowerCase(Locale.ROOT)) || prev.equals("the") || prev.equals("The") || MONTHS_INDEX(prev) >= 0)) return p;
        }
        int k = p + 1;
        int of = ofCount(c, r, k);
        if (of > p || r.kind == Figure.Kind.QUANTITY) return of;   // "12 of the 20 ships": the unit, and the figure ends at 12
        int unitStart = -1, unitEnd = -1;
        String head = null;
        int firstEnd = -1, firstStart = -1;
        boolean joined = false;
        for (int words = 0; words < 5 && k < n; words++) {
            int e = Words.tokenEnd(text, k);
            if (e == k) break;
            String w = text.substring(k, e);
            String lw = Words.lower(text, k, e);
            // "2.7 million digital and physical sales": two words that qualify one noun
            if (lw.equals("and") && unitStart >= 0 && !joined && words < 3 && e < n && text.charAt(e) == ' ' && letterAt(text, e + 1)) {
                joined = true;
                k = e + 1;
                continue;
            }
            // "480 flight hours", "30 work hours": a duration whose unit comes after a noun that qualifies it
            if (L.timeUnits.containsKey(lw) && unitStart >= 0 && head == null && words <= 2 && looksPlural(lw) && !r.scaled) {
                r.kind = Figure.Kind.DURATION;
                r.unit = L.timeUnits.get(lw);
                return e;
            }
            if (L.stopwords.contains(lw) || L.timeUnits.containsKey(lw) || MONTHS_INDEX(w) >= 0 || L.scaleWords.containsKey(lw)) break;
            boolean capital = Character.isUpperCase(w.charAt(0));
            // "1,200 Americans": a capitalised plural right after the number is what is counted
            if (capital && words == 0 && looksPlural(lw) && L.places.contains(lw.substring(0, lw.length() - 1))) capital = false;
            // "12 Republicans", "3 Oscars": a capitalised plural right after the number, not followed by another capital ("5 Rebel Wilson films")
            if (capital && words == 0 && looksPlural(lw) && !L.notEntities.contains(lw)
                    && (e >= n || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(Math.min(n - 1, e + 1))))) capital = false;
            if (!capital && !L.modifiers.contains(lw)) {
                if (unitStart < 0) unitStart = k;
                unitEnd = e;
                if (firstStart < 0) { firstStart = k; firstEnd = e; }
                if (looksPlural(lw) || L.plurals.contains(lw)) { head = lw; break; }
            } else if (capital && unitStart >= 0) break;   // "5 rebounds Tuesday"
            if (e < n && text.charAt(e) == ' ' && letterAt(text, e + 1)) k = e + 1;
            else break;
        }
        if (head == null && joined) return p;
        if (head == null) {
            // a singular noun: "one count", "3 course meal"; not after a year ("China's 2060 carbon pledge")
            if (firstStart < 0 || isYear(r.digits) && !r.grouped) return p;
            String fw = text.substring(firstStart, firstEnd).toLowerCase(Locale.ROOT);
            if (fw.endsWith("ed") && !fw.endsWith("eed") || fw.endsWith("ly") || fw.endsWith("ing") || fw.endsWith("est") || fw.length() < 3) return p;
            // in words, a singular noun only in a compound before another noun ("a three course meal", "a two party system"):
            // "the three remain" is a subject and its verb
            if (r.value != 1 && r.spelled && !compoundNoun(text, firstEnd)) return p;
            unitStart = firstStart;
            unitEnd = firstEnd;
        }
        r.kind = Figure.Kind.QUANTITY;
        r.unit = text.substring(unitStart, unitEnd).toLowerCase(Locale.ROOT);
        return unitEnd;
    }

    /**
     * A count out of a group: "one of the oldest bridges", "12 of the 20 ships", "two of the city's
     * parks". The number counts the plural noun after "of", a determiner (determiners.tsv) or a
     * possessive, and words that qualify the noun; a second number there is its own figure, so the
     * first ends before "of". Returns where the figure ends, or k - 1 when this is not such a count.
     */
    private static int ofCount(Extractor.Ctx c, Reading r, int k) {
        String text = c.text;
        int n = text.length();
        if (!text.startsWith("of ", k) || r.scaled || r.decimal || r.value < 1 || r.value > 1000 || isYear(r.digits) && !r.grouped) return k - 1;
        int d = k + 3;
        int de = Words.wordEnd(text, d);
        if (de == d) return k - 1;
        boolean possessive = de + 1 < n && (text.charAt(de) == '\'' || text.charAt(de) == '\u2019') && text.charAt(de + 1) == 's';
        if (!possessive && !L.determiners.contains(Words.lower(text, d, de))) return k - 1;
        int q = possessive ? de + 2 : de;
        if (q >= n || text.charAt(q) != ' ') return k - 1;
        q++;
        boolean inner = false;
        if (digitAt(text, q)) {   // "12 of the 20 ships": the 20 is a figure of its own
            int e = q;
            while (e < n && (digitAt(text, e) || text.charAt(e) == ',')) e++;
            if (e >= n || text.charAt(e) != ' ') return k - 1;
            inner = true;
            q = e + 1;
        }
        for (int words = 0; words < 4 && q < n; words++) {
            int e = Words.tokenEnd(text, q);
            if (e == q || !Character.isLowerCase(text.charAt(q))) return k - 1;
            String lw = Words.lower(text, q, e);
            if (L.stopwords.contains(lw) || L.timeUnits.containsKey(lw) || L.scaleWords.containsKey(lw)) return k - 1;
            if (looksPlural(lw) || L.plurals.contains(lw)) {
                r.kind = Figure.Kind.QUANTITY;
                r.unit = lw;
                return inner ? k - 1 : e;
            }
            if (e < n && text.charAt(e) == ' ' && letterAt(text, e + 1)) q = e + 1;
            else return k - 1;
        }
        return k - 1;
    }

    /** A unit written in capitals after the number and closing the phrase: "(0.5 WAR)", "12 TEU,". */
    private static int acronym(Extractor.Ctx c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        if (p >= n || text.charAt(p) != ' ' || r.spelled) return p;
        int s = p + 1, e = s;
        while (e < n && text.charAt(e) >= 'A' && text.charAt(e) <= 'Z') e++;
        if (e - s < 2 || e - s > 5 || e < n && Character.isLetterOrDigit(text.charAt(e))) return p;
        if (e < n && ").,;:".indexOf(text.charAt(e)) < 0 && !(text.charAt(e) == ' ' && e + 1 < n && "(".indexOf(text.charAt(e + 1)) >= 0)) return p;
        String lw = Words.lower(text, s, e);
        if (L.stopwords.contains(lw) || L.places.contains(lw) || L.notEntities.contains(lw) || L.codes.containsKey(text.substring(s, e))) return p;
        r.kind = Figure.Kind.QUANTITY;
        r.unit = text.substring(s, e);
        return e;
    }

    /**
     * A count glued by a hyphen to the singular noun it counts, in a compound before another word:
     * "a 30-member panel", "a 12-storey block", "a two-seat plane". The noun is the unit.
     */
    private static int hyphenCount(Extractor.Ctx c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        if (r.decimal || r.signed || r.scaled || p + 1 >= n || !Character.isLowerCase(text.charAt(p + 1))) return p;
        int e = p + 1;
        while (e < n && Character.isLowerCase(text.charAt(e))) e++;
        if (e - p - 1 < 3 || e < n && text.charAt(e) != ' ') return p;
        String w = text.substring(p + 1, e);
        if (L.stopwords.contains(w) || w.endsWith("ed") || w.endsWith("ly") || w.endsWith("ing") || w.equals("old") || L.prefixes.containsKey(w)) return p;
        if (e + 1 >= n || !Character.isLetter(text.charAt(e + 1))) return p;   // the compound stands before a noun
        r.kind = Figure.Kind.QUANTITY;
        r.unit = w;
        return e;
    }

    /** Whether a lower-case noun that is not a function word follows at e + 1 ("course| meal"). */
    private static boolean compoundNoun(String text, int e) {
        int n = text.length();
        if (e + 1 >= n || text.charAt(e) != ' ' || !Character.isLowerCase(text.charAt(e + 1))) return false;
        int we = Words.wordEnd(text, e + 1);
        String w = Words.lower(text, e + 1, we);
        return we - e - 1 >= 3 && !L.stopwords.contains(w) && !w.endsWith("ed") && !w.endsWith("ly") && !w.endsWith("ing")
                && (we >= n || !Character.isLetterOrDigit(text.charAt(we)));
    }

    static boolean looksPlural(String lw) {
        int len = lw.length();
        return len > 3 && lw.charAt(len - 1) == 's' && !lw.endsWith("ss") && !lw.endsWith("us") && !lw.endsWith("is") && !lw.endsWith("'s");
    }

    /** A rate: "per barrel", "a share", "an hour", "/h", "a day" after the figure's unit. */
    private static void per(Extractor.Ctx c, Reading r) {
        String text = c.text;
        int n = text.length();
        int p = r.end;
        if (r.kind == null) return;
        if (p < n && text.charAt(p) == '/' && letterAt(text, p + 1)) {
            int e = Words.wordEnd(text, p + 1);
            String w = text.substring(p + 1, e);
            String t = L.timeUnits.get(w.toLowerCase(Locale.ROOT));
            if (t == null && w.equals("h")) t = "hour";
            Lexicon.Unit u = L.unit(w);
            if (t != null || u != null || L.rateNouns.contains(w.toLowerCase(Locale.ROOT))) {
                r.per = t != null ? singular(t) : u != null ? u.unit() : w.toLowerCase(Locale.ROOT);
                r.end = e;
            }
            return;
        }
        if (p >= n || text.charAt(p) != ' ') return;
        int s = p + 1;
        int we = Words.wordEnd(text, s);
        String w = Words.lower(text, s, we);
        boolean perWord = w.equals("per");
        boolean article = w.equals("a") || w.equals("an");
        if (!perWord && !article) return;
        int k = skipSpace(text, we);
        if (k == we) return;
        int ke = Words.tokenEnd(text, k);
        if (ke == k) return;
        String noun = text.substring(k, ke).toLowerCase(Locale.ROOT);
        if (noun.equals("cent")) return;
        String t = L.timeUnits.get(noun);
        Lexicon.Unit u = L.unit(noun);
        if (article && t == null && u == null && !L.rateNouns.contains(noun)) return;
        // "a year earlier", "a week ago": a time reference, not a rate
        if (article && ke + 1 < n && text.charAt(ke) == ' ') {
            int ae = Words.wordEnd(text, ke + 1);
            String after = Words.lower(text, ke + 1, ae);
            if (after.equals("earlier") || after.equals("ago") || after.equals("before") || after.equals("later") || after.equals("after")
                    || after.equals("previously") || after.equals("prior")) return;
        }
        if (perWord && t == null && u == null && (L.stopwords.contains(noun) || noun.length() < 2)) return;   // "per second" is a rate
        // "per square foot"
        int end = ke;
        if (u == null && t == null && ke + 1 < n && text.charAt(ke) == ' ') {
            int e2 = Words.tokenEnd(text, ke + 1);
            Lexicon.Unit u2 = e2 > ke + 1 ? L.unit(text.substring(k, e2)) : null;
            if (u2 != null) { u = u2; end = e2; }
        }
        r.per = t != null ? singular(t) : L.rateNouns.contains(noun) ? noun : u != null ? u.unit() : noun;
        r.end = end;
    }

    private static String singular(String timeUnit) {
        return timeUnit.equals("centuries") ? "century" : timeUnit.endsWith("s") ? timeUnit.substring(0, timeUnit.length() - 1) : timeUnit;
    }

    static boolean isYear(String s) {
        if (s.length() != 4) return false;
        for (int k = 0; k < 4; k++) if (!Extractor.isDigit(s.charAt(k))) return false;
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100;
    }

    /** A bare number right after a capitalised word inside a sentence is part of a name: "Falcon 9", "Windows 11". */
    private static boolean isName(String text, int start) {
        int k = start - 1;
        if (k < 0 || text.charAt(k) != ' ') return false;
        int e = k;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || Character.isDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '-')) k--;
        if (k == e) return false;
        String w = text.substring(k, e);
        boolean capital = false;   // "Windows", "iPhone", "eBay": a capital anywhere makes a name
        for (int i = 0; i < w.length() && !capital; i++) capital = Character.isUpperCase(w.charAt(i));
        if (!capital || MONTHS_INDEX(w) >= 0) return false;
        int p = k - 1;
        while (p >= 0 && text.charAt(p) == ' ') p--;
        if (p >= 0 && ".!?\n:\"“".indexOf(text.charAt(p)) < 0) return true;
        // Opening a sentence, a capitalised word is a name too ("Route 66 runs..."), unless it is a common
        // word that may stand before a number ("Some 4,300 jobs", "Only 12 seats", "In 2019").
        String lw = w.toLowerCase(Locale.ROOT);
        return !L.stopwords.contains(lw) && !L.notEntities.contains(lw) && !L.qualifierBounds.containsKey(lw) && !L.modifiers.contains(lw)
                && L.directions.get(lw) == null && !w.chars().allMatch(Character::isUpperCase) && !Words.startsNumberWord(text, k, e)
                && !lw.endsWith("ing") && !lw.endsWith("ed") && !lw.endsWith("ly");   // "Building 30 new plants"
    }

    /** "1." or "2)" at the start of a line: list numbering. */
    private static boolean isListNumber(String text, int start, int end) {
        int p = start - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p--;
        boolean lineStart = p < 0 || text.charAt(p) == '\n';
        return lineStart && end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')');
    }

    /** Whether the word right before pos (one space between) is {@code word}, in any case; compared in place. */
    private static boolean wordBeforeIs(String text, int pos, String word) {
        int k = pos - 1 - word.length();
        return k >= 0 && text.charAt(pos - 1) == ' ' && text.regionMatches(true, k, word, 0, word.length()) && (k == 0 || !Character.isLetter(text.charAt(k - 1)));
    }

    /** Where a sign word before pos starts ("minus 5", "negative 3"; directions.tsv), or -1. */
    private static int signWordBefore(String text, int pos) {
        if (pos < 2 || text.charAt(pos - 1) != ' ' || !letterAt(text, pos - 2)) return -1;
        int k = pos - 1;
        while (k > 0 && Character.isLetter(text.charAt(k - 1)) && pos - k < 10) k--;
        if (k > 0 && Character.isLetter(text.charAt(k - 1))) return -1;
        char c = Character.toLowerCase(text.charAt(k));
        if (c != 'm' && c != 'n') return -1;   // the minus words begin so; a copy of every word before a number is not needed
        return "minus".equals(L.directions.get(Words.lower(text, k, pos - 1))) ? k : -1;
    }

    /** The word of letters right before pos (across spaces), or "". */
    static String wordBefore(String text, int pos) {
        int k = pos - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        int e = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) k--;
        return text.substring(k + 1, e);
    }
}
