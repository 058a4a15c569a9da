package org.corpex.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpex.language.Times;

/**
 * The words the figure grammar reads, loaded once from the tab-separated files beside this class
 * (src/main/resources/org/corpex/figures/*.tsv). They are data so that a reader can see, and a maintainer extend, what
 * corpex takes for a currency, a scale or a unit without reading code.
 */
final class Lexicon {
    record Subunit(double fraction, String code) {}

    record Unit(String unit, String dimension) {}

    /** A percent word: the unit it gives (% or pp), the factor on the number, and how it is read (percents.tsv). */
    record Percent(String unit, double factor, String form) {}

    /** The one lexicon, loaded on first use. */
    static Lexicon get() {
        return Holder.LEXICON;
    }

    private static final class Holder {
        static final Lexicon LEXICON = new Lexicon();
    }

    /** Signs and prefixed signs ("$", "HK$", "€"), exactly as written. */
    final Map<String, String> signs = new HashMap<>();
    /** Letters that stand for a currency only right before a number ("Rs", "RM"), exactly as written. */
    final Map<String, String> before = new HashMap<>();
    /** ISO codes in capitals (all the JDK knows plus the file's), and a few common ones in lower case. */
    final Map<String, String> codes = new HashMap<>();
    /** Currency words and phrases, lower case, singular ("dollar", "hong kong dollar"). */
    final Map<String, String> words = new HashMap<>();
    /** The longest currency phrase, in words. */
    final int longestWordPhrase;

    final Map<String, Subunit> subunits = new HashMap<>();
    /** Scale words ("million"), lower case: value. */
    final Map<String, Double> scaleWords = new HashMap<>();
    /** Scale abbreviations read glued or spaced, any case ("bn"). */
    final Map<String, Double> scaleAbbrs = new HashMap<>();
    /** Scale letters read glued only ("m" in "$5m"). */
    final Map<String, Double> scaleLetters = new HashMap<>();
    /** Qualifier phrases, longest first, with their bound (above, below, near). */
    final List<String[]> qualifiers = new ArrayList<>();

    final Map<String, String> qualifierBounds = new HashMap<>();
    final Map<String, String> directions = new HashMap<>();
    final Map<String, String> timeUnits = new HashMap<>();
    /** Units as written (exact case), and in lower case for a second try. */
    final Map<String, Unit> units = new HashMap<>();

    final Map<String, Unit> unitsLower = new HashMap<>();
    final int longestUnitPhrase;
    final Set<String> weights;
    final Set<String> moneyCues;
    final Map<String, String> measures = new HashMap<>();
    final Set<String> stopwords;
    final Set<String> notEntities;
    final Set<String> places;
    final Set<String> plurals;
    /** Words before a counted noun that are not part of its name ("30 new data centers"). */
    final Set<String> modifiers;
    /**
     * Nouns that make "a"/"an" before them a rate ("$5 a share", "100 barrels a day"), besides time and measure units.
     */
    final Set<String> rateNouns;
    /** Words glued to a number by a hyphen that leave it a figure ("sub-300", "minus-1.4"), with what they do. */
    final Map<String, String> prefixes = new HashMap<>();
    /** Words that stand for what is counted in the sentence's bare numbers: index levels are points. */
    final Map<String, String> levelCues = new HashMap<>();
    /** Words between a bare number and a counted figure that let the number share its noun ("435 homes and 187"). */
    final Set<String> links;
    /** The link words that share money and percent too. */
    final Set<String> amountLinks = new HashSet<>();
    /** Words that make "one of the ..." (and "N of the M ...") a count of the plural noun after them. */
    final Set<String> determiners;
    /** Group nouns before "of N" and what N then counts ("a crowd of 40,000": people). */
    final Map<String, String> collectives = new HashMap<>();
    /** Words before "of" that make the number after it an amount, never a year ("an average of 1500"). */
    final Set<String> amountsOf;
    /** Units written before the number ("magnitude 6.1", "Category 4", "Mach 2"), and their reported name. */
    final Map<String, String> unitsBefore = new HashMap<>();
    /** Words after "Name Surname NN" that make NN an age ("Ada Moss 44 has"). */
    final Set<String> ageVerbs;
    /** Verbs whose bare count is of people, and on which side the number stands (before, after, both). */
    final Map<String, String> peopleVerbs = new HashMap<>();
    /** Verbs' companions: words that may stand between a count of people and its verb ("40 were injured"). */
    final Set<String> peopleBetween;
    /** Words before a four-digit number that make it a year ("in 2019", "fiscal 2025"). */
    final Set<String> yearLeads;
    /** Corporate suffixes dropped from a name, so "Contoso Group" and "Contoso" are one entity. */
    final Set<String> companySuffixes;
    /** Words that make a time expression a bound ("since 2020"), not the period a figure is in. */
    final Set<String> timeBounds;
    /** Words before a year that make it the time a figure refers to ("in 2019", "fiscal 2025"). */
    final Set<String> periodLeads;
    /** Words that name a poll as written ("surveys"), and the words they are known by among a frame's ("survey"). */
    final Set<String> pollForms, pollWords;
    /** Words after ("ago") or before ("past") a duration that make it a time expression, not a measure. */
    final Set<String> timeAfter, timeBefore;
    /** Words that make a clause a supposition ("if", "would"). */
    final Set<String> suppositions;
    /** Relative words that open a clause about the one before ("where", "which"). */
    final Set<String> relatives;
    /** Adjectives in a reference back to a poll ("the same poll", "the latest survey"). */
    final Set<String> backAdjectives;
    /** Numbers in words and their values ("fifty"), fractions and their denominators ("thirds"). */
    final Map<String, Integer> numberWords = new HashMap<>(), fractions = new HashMap<>();
    /** Words besides the numbers that may begin a number in words ("a dozen", "half a billion"). */
    final Set<String> numberStarts;
    /** Phrases that move a figure's year from its document's ("last year": -1), in the order they are tried. */
    final List<String[]> relativeYears;
    /** Phrases before a span of time that say which span it is ("over the next"), in the file's order. */
    final List<String> durationLeads;
    /**
     * Currency words that are English words too ("real", "mark"): money after a number only after a scale or
     * capitalised.
     */
    final Set<String> englishCurrencies;
    /** Currency words never read before a number ("won 3-1"): the English ones and those read only after one. */
    final Set<String> currenciesAfterOnly;
    /** Percent words ("percent", "bps"): the unit, factor and form of each (percents.tsv). */
    final Map<String, Percent> percents = new HashMap<>();
    /** Words after "a year", "a week" that make it a time reference, not a rate ("a year earlier"). */
    final Set<String> timeReferences;
    /** Words of a document, as written, that say whether "¥" is the yen (JPY) or the yuan (CNY). */
    final Map<String, String> yenCues = new HashMap<>();
    /** Marks after a number that make it a clock time ("am", "p.m."), lower case. */
    final List<String> clockMarks;
    /** Characters that begin a currency sign (for a fast test at each position). */
    final Set<Character> signInitials = new HashSet<>();
    /** The longest sign, in characters. */
    final int longestSign;

    private Lexicon() {
        int longestSign = 1;
        List<String> notCodes = new ArrayList<>();
        for (String[] r : rows("currencies.tsv")) {
            String surface = r[0], code = r[1], form = r.length > 2 ? r[2] : "word";
            switch (form) {
                case "sign" -> {
                    signs.put(surface, code);
                    signInitials.add(surface.charAt(0));
                    longestSign = Math.max(longestSign, surface.length());
                }
                case "before" -> before.put(surface, code);
                case "code" -> codes.put(surface, code);
                case "not-code" -> notCodes.add(surface);
                default -> words.put(surface.toLowerCase(Locale.ROOT), code);
            }
        }
        this.longestSign = longestSign;
        for (Currency c : Currency.getAvailableCurrencies())
            codes.putIfAbsent(c.getCurrencyCode(), c.getCurrencyCode());
        for (String w : notCodes) codes.remove(w);
        int longestWords = 1;
        for (String w : words.keySet()) longestWords = Math.max(longestWords, w.split(" ").length);
        longestWordPhrase = longestWords;
        for (String[] r : rows("subunits.tsv")) subunits.put(r[0], new Subunit(Double.parseDouble(r[1]), r[2]));
        for (String[] r : rows("scales.tsv")) {
            double v = Double.parseDouble(r[1]);
            switch (r[2]) {
                case "word" -> scaleWords.put(r[0], v);
                case "abbr" -> scaleAbbrs.put(r[0], v);
                default -> scaleLetters.put(r[0], v);
            }
        }
        for (String[] r : rows("qualifiers.tsv")) {
            qualifiers.add(new String[] {r[0], r[1]});
            qualifierBounds.put(r[0], r[1]);
        }
        qualifiers.sort((a, b) -> b[0].length() - a[0].length());
        for (String[] r : rows("directions.tsv")) directions.put(r[0], r[1]);
        for (String[] r : rows("time.tsv")) timeUnits.put(r[0], r[1]);
        int longestUnit = 1;
        for (String[] r : rows("units.tsv")) {
            Unit u = new Unit(r[1], r[2]);
            units.put(r[0], u);
            unitsLower.putIfAbsent(r[0].toLowerCase(Locale.ROOT), u);
            longestUnit = Math.max(longestUnit, r[0].split("[ -]").length);
        }
        longestUnitPhrase = longestUnit;
        weights = set("weights.tsv");
        moneyCues = set("money-cues.tsv");
        for (String[] r : rows("measures.tsv")) measures.put(r[0], r[1]);
        stopwords = set("stopwords.tsv");
        Set<String> notEntityWords = new HashSet<>(set("not-entities.tsv"));
        notEntityWords.addAll(Times.monthWords());
        notEntities = Set.copyOf(notEntityWords);
        places = set("places.tsv");
        plurals = set("plurals.tsv");
        modifiers = set("modifiers.tsv");
        rateNouns = set("rates.tsv");
        for (String[] r : rows("prefixes.tsv")) prefixes.put(r[0], r.length > 1 ? r[1] : "");
        for (String[] r : rows("levels.tsv")) levelCues.put(r[0], r[1]);
        links = set("links.tsv");
        for (String[] r : rows("links.tsv")) if (r.length > 1 && r[1].equals("any")) amountLinks.add(r[0]);
        determiners = set("determiners.tsv");
        for (String[] r : rows("collectives.tsv")) collectives.put(r[0], r[1]);
        amountsOf = set("amounts-of.tsv");
        for (String[] r : rows("units-before.tsv")) unitsBefore.put(r[0], r[1]);
        ageVerbs = set("age-verbs.tsv");
        Set<String> between = new HashSet<>();
        for (String[] r : rows("people-verbs.tsv")) {
            if (r[1].equals("between")) between.add(r[0]);
            else peopleVerbs.put(r[0], r[1]);
        }
        peopleBetween = Set.copyOf(between);
        yearLeads = set("year-leads.tsv");
        companySuffixes = set("company-suffixes.tsv");
        timeBounds = set("time-bounds.tsv");
        periodLeads = set("period-leads.tsv");
        Set<String> forms = new HashSet<>(), known = new HashSet<>();
        for (String[] r : rows("polls.tsv")) {
            forms.add(r[0]);
            known.add(r[1]);
        }
        pollForms = Set.copyOf(forms);
        pollWords = Set.copyOf(known);
        Set<String> after = new HashSet<>(), before = new HashSet<>();
        for (String[] r : rows("time-words.tsv")) (r[1].equals("after") ? after : before).add(r[0]);
        timeAfter = Set.copyOf(after);
        timeBefore = Set.copyOf(before);
        suppositions = set("suppositions.tsv");
        relatives = set("relatives.tsv");
        backAdjectives = set("back-adjectives.tsv");
        Set<String> starts = new HashSet<>();
        for (String[] r : rows("number-words.tsv")) {
            switch (r[2]) {
                case "number" -> numberWords.put(r[0], Integer.valueOf(r[1]));
                case "fraction" -> fractions.put(r[0], Integer.valueOf(r[1]));
                case "start" -> starts.add(r[0]);
                default -> throw new IllegalStateException("number-words.tsv: no such use: " + r[2]);
            }
        }
        numberStarts = Set.copyOf(starts);
        relativeYears = List.copyOf(rows("relative-years.tsv"));
        List<String> leads = new ArrayList<>();
        for (String[] r : rows("duration-leads.tsv")) leads.add(r[0]);
        durationLeads = List.copyOf(leads);
        Set<String> english = new HashSet<>(), afterOnly = new HashSet<>();
        for (String[] r : rows("currency-homographs.tsv")) {
            afterOnly.add(r[0]);
            if (r[1].equals("english")) english.add(r[0]);
        }
        englishCurrencies = Set.copyOf(english);
        currenciesAfterOnly = Set.copyOf(afterOnly);
        for (String[] r : rows("percents.tsv")) percents.put(r[0], new Percent(r[1], Double.parseDouble(r[2]), r[3]));
        timeReferences = set("time-references.tsv");
        for (String[] r : rows("yen-cues.tsv")) yenCues.put(r[0], r[1]);
        List<String> marks = new ArrayList<>();
        for (String[] r : rows("clock.tsv")) marks.add(r[0].toLowerCase(Locale.ROOT));
        clockMarks = List.copyOf(marks);
    }

    /**
     * Which first letters and lengths the words of a set have: a word of the text is copied and looked up only when it
     * may be one of them (most words are not).
     */
    static final class Shape {
        private final int[] lengths = new int[27];

        Shape(Collection<String> words) {
            for (String w : words) if (!w.isEmpty() && w.length() < 32) lengths[slot(w.charAt(0))] |= 1 << w.length();
        }

        private static int slot(char c) {
            c = Character.toLowerCase(c);
            return c >= 'a' && c <= 'z' ? c - 'a' : 26;
        }

        /** Whether text[start, end) may be one of the words. */
        boolean may(String text, int start, int end) {
            int len = end - start;
            return len > 0 && len < 32 && (lengths[slot(text.charAt(start))] & 1 << len) != 0;
        }
    }

    /** The code of a currency word or phrase (lower case), singular or plural, or null. */
    String currencyWord(String lower) {
        String c = words.get(lower);
        if (c != null) return c;
        if (lower.endsWith("s")) {
            c = words.get(lower.substring(0, lower.length() - 1));
            if (c != null) return c;
            if (lower.endsWith("es")) return words.get(lower.substring(0, lower.length() - 2));
        }
        return null;
    }

    /** The unit of a word or phrase as written, trying it as is, singular, and in lower case. */
    Unit unit(String w) {
        Unit u = units.get(w);
        if (u != null || w.length() <= 2) return u; // "G" is not "g", "MB" not "mb": symbols keep their case
        String lower = w.toLowerCase(Locale.ROOT);
        u = unitsLower.get(lower);
        if (u != null || lower.length() < 4) return u; // "ms", "ls": no plural of a short symbol
        if (lower.endsWith("s")) {
            u = unitsLower.get(lower.substring(0, lower.length() - 1));
            if (u == null && lower.endsWith("es")) u = unitsLower.get(lower.substring(0, lower.length() - 2));
        }
        return u;
    }

    private static Set<String> set(String file) {
        Set<String> out = new HashSet<>();
        for (String[] r : rows(file)) out.add(r[0].toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /** The rows of a lexicon file: tab-separated, '#' starts a comment line, blank lines skipped. */
    static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("lexicon file missing from the jar: " + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip().split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
