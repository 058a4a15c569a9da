package org.corpex.figures;

import static org.corpex.figures.NumberWords.digitAt;
import static org.corpex.figures.NumberWords.letterAt;
import static org.corpex.figures.NumberWords.skipSpace;

import java.util.Locale;

/**
 * Two readings that make one figure: the ends of a range ("$10 to $15 billion", "2025-2028", "5 to 10 dollars": the
 * unit and scale written once), and a whole with its cents ("3 dollars 50 cents", "$20 and 43c").
 */
final class Joins {
    private Joins() {}

    private static final Lexicon L = Lexicon.get();

    /**
     * What an attempt to join two readings gave: whether they make a range, and the two readings as the attempt left
     * them (a bare first end takes the second's unit even when the two make no range).
     */
    record Join(boolean joined, Reading a, Reading b) {}

    /**
     * Whether two values may be the ends of one range written "X to Y" with no "from" or "between": "slipped 27 cents
     * to $78.10" is a change and the level it reached, not a range.
     */
    static boolean comparable(double a, double b) {
        double lo = Math.min(Math.abs(a), Math.abs(b)), hi = Math.max(Math.abs(a), Math.abs(b));
        return lo > 0 && hi / lo <= 20;
    }

    /** Joins two readings into a range when their kinds agree or one lacks what the other has. */
    static Join range(Reading a, Reading b, boolean bareAllowed) {
        if (a.kind() == Figure.Kind.YEAR
                || a.kind() == Figure.Kind.NUMBER && Grammar.isYear(a.digits()) && !a.grouped() && !a.scaled()) {
            // 2025-2028, 2012–13, 2025 to 2028
            double h = b.digits().length() == 2 ? Math.floor(a.value() / 100) * 100 + b.value() : b.value();
            if (!b.spelled()
                    && !b.grouped()
                    && (b.unit().isEmpty() || b.kind() == Figure.Kind.YEAR)
                    && (b.digits().length() == 2 || Grammar.isYear(b.digits()))
                    && h > a.value()) {
                return new Join(true, a.withUnit("years"), b.withValue(h));
            }
            if (kindOf(b) == null) return new Join(false, a, b);
            // "revenue of $362 million in 2014 to $557 million": a year, then where the figure went
            if (!bareAllowed) return new Join(false, a, b);
            // "2000 - 2500 calories": not years after all
            a = a.withKind(null);
        }
        Figure.Kind ka = kindOf(a), kb = kindOf(b);
        if (ka == null && kb == null) {
            if (!bareAllowed || a.spelled() || b.spelled()) return new Join(false, a, b);
            return new Join(true, a.withKind(Figure.Kind.NUMBER), b.withKind(Figure.Kind.NUMBER));
        }
        if (ka == null) {
            if (b.scaled() && !a.scaled() && sharesScale(a, b)) a = a.withValue(a.value() * b.scale());
            // "5 to 10 dollars" ranges; "500 to 10 dollars" does not
            if (b.kind() == Figure.Kind.MONEY && !b.currencyBefore() && a.value() > b.value() * 50)
                return new Join(false, a, b);
            return new Join(true, a.as(b.kind(), b.unit()).withPer(b.per()), b);
        }
        if (kb == null) {
            if (a.kind() == Figure.Kind.QUANTITY || a.kind() == Figure.Kind.DURATION)
                return new Join(false, a, b); // "5 people to 3" is not a range
            // "rose 0.7 percent to 6,327.80": after "to", a bare number is where the figure went, not a range's end
            if (!bareAllowed) return new Join(false, a, b);
            if (a.scaled() && !b.scaled()) b = b.withValue(b.value() * a.scale());
            return new Join(true, a, b.as(a.kind(), a.unit()));
        }
        if (ka != kb || !a.unit().equals(b.unit())) return new Join(false, a, b);
        if (b.scaled() && !a.scaled() && sharesScale(a, b)) a = a.withValue(a.value() * b.scale());
        return new Join(true, a, b);
    }

    /** "$10 to $15 billion": the first end takes the scale written once; "$500,000 to $1 million" has its own. */
    private static boolean sharesScale(Reading a, Reading b) {
        double bare = b.value() / b.scale();
        return a.value() < 1000 && a.value() <= bare * 2;
    }

    private static Figure.Kind kindOf(Reading r) {
        return r.kind() == Figure.Kind.NUMBER || r.kind() == Figure.Kind.YEAR ? null : r.kind();
    }

    /** "3 dollars 50 cents", "$20 and 43c", "15 dollars 50.": the cents make one amount with the whole. */
    static Reading compound(Scan c, Reading r) {
        String text = c.text;
        int p = skipSpace(text, r.end());
        if (p == r.end()) return r;
        if (text.startsWith("and ", p)) p = skipSpace(text, p + 4);
        if (!c.free(p, p + 1)) {
            // "1 dollar and forty-two cents": the cents, read first as their own figure, join the dollar
            for (int k = c.out.size() - 1; k >= 0; k--) {
                Figure f = c.out.get(k);
                boolean cents = f.start() == p && f.kind() == Figure.Kind.MONEY && f.value() < 1 && f.value() > 0;
                if (cents && (f.unit().equals(r.unit()) || L.subunits.containsKey(lastWord(f.text())))) {
                    c.out.remove(k);
                    c.taken.clear(f.start(), f.end());
                    return r.withValue(r.value() + f.value()).withEnd(f.end());
                }
            }
            return r;
        }
        double cents;
        int e;
        if (digitAt(text, p)) {
            e = p;
            while (digitAt(text, e)) e++;
            if (e - p > 2
                    || e < text.length() && (text.charAt(e) == '.' || text.charAt(e) == ',') && digitAt(text, e + 1))
                return r;
            cents = Integer.parseInt(text.substring(p, e));
        } else if (letterAt(text, p) && NumberWords.startsNumberWord(text, p, NumberWords.wordEnd(text, p))) {
            NumberWords.Spelled s = NumberWords.spelled(text, p);
            if (s == null || s.value() >= 100 || s.scaled()) return r;
            cents = s.value();
            e = s.end();
        } else return r;
        // a subunit after it, or the end of the clause
        int u = e;
        Lexicon.Subunit sub = null;
        if (u < text.length() && (text.charAt(u) == 'c' || text.charAt(u) == 'p') && !letterAt(text, u + 1)) {
            sub = L.subunits.get(String.valueOf(text.charAt(u)));
            u++;
        } else {
            int w = skipSpace(text, u);
            int we = NumberWords.wordEnd(text, w);
            if (we > w && w > u) {
                Lexicon.Subunit s = L.subunits.get(text.substring(w, we).toLowerCase(Locale.ROOT));
                if (s != null && s.fraction() == 0.01) {
                    sub = s;
                    u = we;
                }
            }
        }
        if (sub == null) {
            int w = skipSpace(text, u);
            boolean end = w >= text.length()
                    || ".,;:!?)\n".indexOf(text.charAt(w)) >= 0 && !digitAt(text, w + 1)
                    || w > u && (text.startsWith("and ", w) || text.startsWith("or ", w));
            if (!end) return r;
        }
        return r.withValue(r.value() + cents / 100).withEnd(u);
    }

    private static String lastWord(String s) {
        int k = s.length();
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) k--;
        return s.substring(k).toLowerCase(Locale.ROOT);
    }
}
