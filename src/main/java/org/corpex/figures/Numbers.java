package org.corpex.figures;

import java.util.Locale;

/** Scale words and abbreviations for options that take an amount ("--min 1bn"), read from the lexicon. */
public final class Numbers {
    private Numbers() {}

    /** The multiplier of a scale word or abbreviation ("bn", "Billion", "millions", "k"), or 0 when it is none. */
    public static double scale(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        Lexicon l = Lexicon.get();
        Double v = l.scaleWords.get(w);
        if (v == null && w.endsWith("s")) v = l.scaleWords.get(w.substring(0, w.length() - 1));
        if (v == null) v = l.scaleAbbrs.get(w);
        if (v == null) v = l.scaleLetters.get(w);
        return v == null ? 0 : v;
    }
}
