package org.corpex.figures;

import static org.corpex.figures.NumberWords.digitAt;
import static org.corpex.figures.NumberWords.letterAt;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The counted-noun slot: what a number counts when no unit says it. The plural noun after it ("5,000 troops", "30 new
 * data centers"), a count out of a group ("12 of the 20 ships"), a count glued to its noun ("a 30-member panel"); and
 * for a bare number, people next to a verb of people-verbs.tsv ("killed at least 40") or the noun of a group before
 * "of" ("a crowd of 40,000"; collectives.tsv).
 */
final class CountReader {
    private CountReader() {}

    private static final Lexicon L = Lexicon.get();

    /** A counted noun from p, after the number: "5,000 troops", "30 new data centers", "2 million ... chips". */
    static Reading counted(Scan c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        if (p < n && text.charAt(p) == '-') return hyphenCount(c, r, p);
        if (p >= n || text.charAt(p) != ' ') return r.endingAt(p);
        if (Grammar.isYear(r.digits()) && !r.grouped() && !r.scaled()) {
            String prev = Grammar.wordBefore(text, r.start());
            if (!prev.isEmpty()
                    && (L.yearLeads.contains(prev.toLowerCase(Locale.ROOT))
                            || prev.equals("the")
                            || prev.equals("The")
                            || Grammar.month(prev) >= 0)) return r.endingAt(p);
        }
        int k = p + 1;
        Reading of = ofCount(c, r, k);
        if (of.end() > p || of.kind() == Figure.Kind.QUANTITY)
            return of; // "12 of the 20 ships": the unit, and the figure ends at 12
        int unitStart = -1, unitEnd = -1;
        String head = null;
        int firstEnd = -1, firstStart = -1;
        boolean joined = false;
        for (int words = 0; words < 5 && k < n; words++) {
            int e = NumberWords.tokenEnd(text, k);
            if (e == k) break;
            String w = text.substring(k, e);
            String lw = NumberWords.lower(text, k, e);
            // "2.7 million digital and physical sales": two words that qualify one noun
            if (lw.equals("and")
                    && unitStart >= 0
                    && !joined
                    && words < 3
                    && e < n
                    && text.charAt(e) == ' '
                    && letterAt(text, e + 1)) {
                joined = true;
                k = e + 1;
                continue;
            }
            // "480 flight hours", "30 work hours": a duration whose unit comes after a noun that qualifies it
            if (L.timeUnits.containsKey(lw)
                    && unitStart >= 0
                    && head == null
                    && words <= 2
                    && Grammar.looksPlural(lw)
                    && !r.scaled()) {
                return r.as(Figure.Kind.DURATION, L.timeUnits.get(lw)).withEnd(e);
            }
            if (L.stopwords.contains(lw)
                    || L.timeUnits.containsKey(lw)
                    || Grammar.month(w) >= 0
                    || L.scaleWords.containsKey(lw)) break;
            boolean capital = Character.isUpperCase(w.charAt(0));
            // "1,200 Americans": a capitalised plural right after the number is what is counted
            if (capital && words == 0 && Grammar.looksPlural(lw) && L.places.contains(lw.substring(0, lw.length() - 1)))
                capital = false;
            // "12 Republicans", "3 Oscars": a capitalised plural right after the number, not followed by another
            // capital ("5 Rebel Wilson films")
            if (capital
                    && words == 0
                    && Grammar.looksPlural(lw)
                    && !L.notEntities.contains(lw)
                    && (e >= n || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(Math.min(n - 1, e + 1)))))
                capital = false;
            if (!capital && !L.modifiers.contains(lw)) {
                if (unitStart < 0) unitStart = k;
                unitEnd = e;
                if (firstStart < 0) {
                    firstStart = k;
                    firstEnd = e;
                }
                if (Grammar.looksPlural(lw) || L.plurals.contains(lw)) {
                    head = lw;
                    break;
                }
            } else if (capital && unitStart >= 0) break; // "5 rebounds Tuesday"
            if (e < n && text.charAt(e) == ' ' && letterAt(text, e + 1)) k = e + 1;
            else break;
        }
        if (head == null && joined) return r.endingAt(p);
        if (head == null) {
            // a singular noun: "one count", "3 course meal"; not after a year ("China's 2060 carbon pledge")
            if (firstStart < 0 || Grammar.isYear(r.digits()) && !r.grouped()) return r.endingAt(p);
            String fw = text.substring(firstStart, firstEnd).toLowerCase(Locale.ROOT);
            if (fw.endsWith("ed") && !fw.endsWith("eed")
                    || fw.endsWith("ly")
                    || fw.endsWith("ing")
                    || fw.endsWith("est")
                    || fw.length() < 3) return r.endingAt(p);
            // in words, a singular noun only in a compound before another noun ("a three course meal", "a two party
            // system"):
            // "the three remain" is a subject and its verb
            if (r.value() != 1 && r.spelled() && !compoundNoun(text, firstEnd)) return r.endingAt(p);
            unitStart = firstStart;
            unitEnd = firstEnd;
        }
        return r.as(Figure.Kind.QUANTITY, text.substring(unitStart, unitEnd).toLowerCase(Locale.ROOT))
                .withEnd(unitEnd);
    }

    /**
     * A count out of a group: "one of the oldest bridges", "12 of the 20 ships", "two of the city's parks". The number
     * counts the plural noun after "of", a determiner (determiners.tsv) or a possessive, and words that qualify the
     * noun; a second number there is its own figure, so the first ends before "of". The reading ends where the figure
     * does; at k - 1, and no quantity, when this is not such a count.
     */
    private static Reading ofCount(Scan c, Reading r, int k) {
        String text = c.text;
        int n = text.length();
        Reading none = r.endingAt(k - 1);
        if (!text.startsWith("of ", k)
                || r.scaled()
                || r.decimal()
                || r.value() < 1
                || r.value() > 1000
                || Grammar.isYear(r.digits()) && !r.grouped()) return none;
        int d = k + 3;
        int de = NumberWords.wordEnd(text, d);
        if (de == d) return none;
        boolean possessive =
                de + 1 < n && (text.charAt(de) == '\'' || text.charAt(de) == '\u2019') && text.charAt(de + 1) == 's';
        if (!possessive && !L.determiners.contains(NumberWords.lower(text, d, de))) return none;
        int q = possessive ? de + 2 : de;
        if (q >= n || text.charAt(q) != ' ') return none;
        q++;
        boolean inner = false;
        if (digitAt(text, q)) { // "12 of the 20 ships": the 20 is a figure of its own
            int e = q;
            while (e < n && (digitAt(text, e) || text.charAt(e) == ',')) e++;
            if (e >= n || text.charAt(e) != ' ') return none;
            inner = true;
            q = e + 1;
        }
        for (int words = 0; words < 4 && q < n; words++) {
            int e = NumberWords.tokenEnd(text, q);
            if (e == q || !Character.isLowerCase(text.charAt(q))) return none;
            String lw = NumberWords.lower(text, q, e);
            if (L.stopwords.contains(lw) || L.timeUnits.containsKey(lw) || L.scaleWords.containsKey(lw)) return none;
            if (Grammar.looksPlural(lw) || L.plurals.contains(lw))
                return r.as(Figure.Kind.QUANTITY, lw).withEnd(inner ? k - 1 : e);
            if (e < n && text.charAt(e) == ' ' && letterAt(text, e + 1)) q = e + 1;
            else return none;
        }
        return none;
    }

    /**
     * A count glued by a hyphen to the singular noun it counts, in a compound before another word: "a 30-member panel",
     * "a 12-storey block", "a two-seat plane". The noun is the unit.
     */
    private static Reading hyphenCount(Scan c, Reading r, int p) {
        String text = c.text;
        int n = text.length();
        if (r.decimal() || r.signed() || r.scaled() || p + 1 >= n || !Character.isLowerCase(text.charAt(p + 1)))
            return r.endingAt(p);
        int e = p + 1;
        while (e < n && Character.isLowerCase(text.charAt(e))) e++;
        if (e - p - 1 < 3 || e < n && text.charAt(e) != ' ') return r.endingAt(p);
        String w = text.substring(p + 1, e);
        if (L.stopwords.contains(w)
                || w.endsWith("ed")
                || w.endsWith("ly")
                || w.endsWith("ing")
                || w.equals("old")
                || L.prefixes.containsKey(w)) return r.endingAt(p);
        if (e + 1 >= n || !Character.isLetter(text.charAt(e + 1)))
            return r.endingAt(p); // the compound stands before a noun
        return r.as(Figure.Kind.QUANTITY, w).withEnd(e);
    }

    /** Whether a lower-case noun that is not a function word follows at e + 1 ("course| meal"). */
    private static boolean compoundNoun(String text, int e) {
        int n = text.length();
        if (e + 1 >= n || text.charAt(e) != ' ' || !Character.isLowerCase(text.charAt(e + 1))) return false;
        int we = NumberWords.wordEnd(text, e + 1);
        String w = NumberWords.lower(text, e + 1, we);
        return we - e - 1 >= 3
                && !L.stopwords.contains(w)
                && !w.endsWith("ed")
                && !w.endsWith("ly")
                && !w.endsWith("ing")
                && (we >= n || !Character.isLetterOrDigit(text.charAt(we)));
    }

    /** Words of the qualifiers' phrases ("at least", "more than") that may stand between a verb and its count. */
    private static final Set<String> QUALIFIER_WORDS = qualifierWords();

    private static final Lexicon.Shape PEOPLE_BEFORE =
            new Lexicon.Shape(union(L.peopleVerbs.keySet(), QUALIFIER_WORDS, L.qualifierBounds.keySet()));
    private static final Lexicon.Shape PEOPLE_AFTER = new Lexicon.Shape(union(L.peopleVerbs.keySet(), L.peopleBetween));

    @SafeVarargs
    private static Set<String> union(Collection<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Collection<String> s : sets) out.addAll(s);
        return out;
    }

    private static Set<String> qualifierWords() {
        Set<String> out = new HashSet<>();
        for (String[] q : L.qualifiers) for (String w : q[0].split(" ")) out.add(w);
        return Set.copyOf(out);
    }

    /**
     * A bare whole count next to a verb of people-verbs.tsv: "killed at least 40" (the verb up to three words before,
     * across qualifier words), "12 died", "40 were injured" (after, across "were", "have been").
     */
    static boolean countsPeople(String text, Reading r) {
        if (r.decimal() || r.signed() || r.value() < 1) return false;
        int n = text.length();
        // before: up to three words back, only letters and spaces between
        int k = r.start();
        for (int words = 0; words < 3; words++) {
            int e = k;
            while (e > 0 && text.charAt(e - 1) == ' ') e--;
            if (e == k || e == 0 || !Character.isLetter(text.charAt(e - 1))) break;
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
            if (!PEOPLE_BEFORE.may(text, b, e)) break;
            String w = NumberWords.lower(text, b, e);
            String side = L.peopleVerbs.get(w);
            if (side != null) return !side.equals("after");
            if (!L.qualifierBounds.containsKey(w) && !QUALIFIER_WORDS.contains(w)) break;
            k = b;
        }
        // after: "12 died", "40 were injured", "9 have been arrested"
        int p = r.end();
        for (int words = 0; words < 3 && p < n && text.charAt(p) == ' '; words++) {
            int s = p + 1, e = NumberWords.wordEnd(text, s);
            if (e == s || !PEOPLE_AFTER.may(text, s, e)) return false;
            String w = NumberWords.lower(text, s, e);
            String side = L.peopleVerbs.get(w);
            if (side != null) return !side.equals("before");
            if (!L.peopleBetween.contains(w)) return false;
            p = e;
        }
        return false;
    }

    /**
     * "a crowd of 40,000", "a workforce of 1,200": a group noun before "of" says what the number counts; where it
     * starts, or -1.
     */
    static int collective(String text, Reading r) {
        int s = r.start();
        if (r.decimal() || r.signed() || s < 4 || !Grammar.wordBeforeIs(text, s, "of")) return -1;
        int e = s - 4;
        if (e < 1 || text.charAt(e) != ' ') return -1;
        int k = e;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
        if (k == e || !L.collectives.containsKey(NumberWords.lower(text, k, e))) return -1;
        return k;
    }
}
