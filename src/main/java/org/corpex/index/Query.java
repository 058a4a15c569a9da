package org.corpex.index;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * One search: what {@code kwic} looks for, and one atom of a {@code filter} expression. Parse the user's text with
 * {@link QueryParser}; evaluate with {@link Index#search}.
 */
public sealed interface Query {

    /** The text as the user wrote it, for messages and status lines. */
    String source();

    /** A single word, case-folded. */
    record Word(String source, String folded) implements Query {}

    /**
     * A word pattern with * (any run) and ? (one character), matched against the vocabulary: {@code glob} as written
     * (for case-sensitive surfaces), {@code folded} against folded terms.
     */
    record Wildcard(String source, String glob, String folded) implements Query {}

    /** Consecutive tokens; each part is a {@link Word} or a {@link Wildcard}. */
    record Phrase(String source, List<Query> parts) implements Query {}

    /** A regex anchored with ^ and $ that must match a whole token: run over the vocabulary. */
    record TokenRegex(String source, Pattern pattern) implements Query {}

    /** A regex over the raw text: a scan (RE2 syntax: linear in the text, never backtracking). */
    record TextRegex(String source, Pattern pattern) implements Query {}

    /**
     * Whether a token as written matches a single-token query with case respected (curly and straight apostrophes are
     * one).
     */
    static boolean matchesSurface(Query q, String surface) {
        String s = surface.replace('\u2019', '\'').replace('\u02BC', '\'');
        if (q instanceof Word w)
            return s.equals(w.source().replace('\u2019', '\'').replace('\u02BC', '\''));
        if (q instanceof Wildcard w)
            return Glob.matches(w.glob().replace('\u2019', '\'').replace('\u02BC', '\''), s);
        if (q instanceof TokenRegex r) return r.pattern().matcher(surface).matches();
        return true;
    }
}
