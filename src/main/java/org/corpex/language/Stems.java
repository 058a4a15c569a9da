package org.corpex.language;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.Locale;

/**
 * One form for the inflections of a word, so that "raised", "raises" and "raise" compare equal:
 * irregular forms from the lexicon ("took" is "take"), then the Snowball English (Porter2) stemmer
 * that Lucene ships. Stems are for comparing words, never for showing them.
 */
public final class Stems {
    private Stems() {}

    /** A Snowball stemmer keeps state between calls: one per thread. */
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    /** The stem of a word (any case). */
    public static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = LanguageLexicon.get().irregular.get(w);
        if (irregular != null) w = irregular;
        EnglishStemmer s = STEMMER.get();
        s.setCurrent(w);
        s.stem();
        return s.getCurrent();
    }
}
