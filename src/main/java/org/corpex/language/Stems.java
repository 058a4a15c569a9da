package org.corpex.language;

import java.util.HashMap;
import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * One form for the inflections of a word, so that "raised", "raises" and "raise" compare equal: irregular forms from
 * the lexicon ("took" is "take"), then the Snowball English (Porter2) stemmer that Lucene ships. Stems are for
 * comparing words, never for showing them.
 */
public final class Stems {
    private Stems() {}

    /** A Snowball stemmer keeps state between calls: one per thread. */
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    /** Stems already made on this thread: news repeats its words, and the stemmer's work is most of a frame's. */
    private static final ThreadLocal<HashMap<String, String>> MADE = ThreadLocal.withInitial(HashMap::new);

    private static final int REMEMBERED = 1 << 16;

    /** The stem of a word (any case). */
    public static String of(String word) {
        HashMap<String, String> made = MADE.get();
        String known = made.get(word);
        if (known != null) return known;
        if (made.size() >= REMEMBERED) made.clear();
        String stem = stem(word);
        made.put(word, stem);
        return stem;
    }

    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String irregular = LanguageLexicon.get().irregular.get(w);
        if (irregular != null) w = irregular;
        EnglishStemmer s = STEMMER.get();
        s.setCurrent(w);
        s.stem();
        return s.getCurrent();
    }
}
