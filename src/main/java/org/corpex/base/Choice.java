package org.corpex.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value of a closed set that a user names with a word: an option's choices (trend's --norm, keywords' --stat, an
 * output format). Each is an enum constant; the one way to read what was typed is {@link #of}, which every command line
 * and setting uses, so that every such option takes its words in any case and says the same thing about a word it does
 * not know.
 */
public interface Choice {
    /** The constant's name: every Choice is an enum constant. */
    String name();

    /** The word a user types for it (lower case): the constant's name, unless the constant says otherwise. */
    default String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Other words for it ("txt" for text), none by default. */
    default List<String> aliases() {
        return List.of();
    }

    /** The constant of {@code type} that {@code typed} names (in any case), or {@link Unknown}. */
    static <E extends Enum<E> & Choice> E of(Class<E> type, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(t) || e.aliases().contains(t)) return e;
        }
        throw new Unknown(typed, words(type));
    }

    /** The words of every constant, in order: for Tab and for messages. */
    static <E extends Enum<E> & Choice> List<String> words(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) out.add(e.word());
        return out;
    }

    /**
     * A word that names none of the choices. Its message is what follows the option's name: "takes count, permillion or
     * docs, not 'percent'" (and the word most likely meant).
     */
    final class Unknown extends CorpexException {
        private static final long serialVersionUID = 1L;

        public Unknown(String typed, List<String> words) {
            super(message(typed, words));
        }

        private static String message(String typed, List<String> words) {
            String list = words.size() == 1
                    ? words.get(0)
                    : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
            String t = typed.strip().toLowerCase(Locale.ROOT);
            String near = UserInput.nearest(t, words, true);
            // a word so short that any typo is near it ("t" for "z") is no guess
            if (near != null && !near.startsWith(t) && UserInput.editDistance(t, near) > near.length() / 2) near = null;
            return "takes " + list + ", not '" + typed + "'" + (near == null ? "" : " (did you mean " + near + "?)");
        }
    }
}
