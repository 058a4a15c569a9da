package org.corpex.index;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Layout;

/**
 * Reads a query as the user types it: {@code word}, {@code "a phrase"}, {@code invest*}, {@code data cent?r},
 * {@code /^\d+bn$/} (token regex) or {@code /\$\d+ billion/} (text regex). Text without quotes but with spaces is a
 * phrase too, so {@code kwic data centers} works.
 */
public final class QueryParser {
    private QueryParser() {}

    public static Query parse(String text, boolean caseSensitive) {
        String s = text.strip();
        if (s.isEmpty()) throw new CorpexException("empty query");
        // '/regex/' quoted for the shell (as a README or a script writes it) is still a regex.
        if (s.length() >= 4
                && (s.charAt(0) == '\'' || s.charAt(0) == '"')
                && s.charAt(s.length() - 1) == s.charAt(0)
                && s.charAt(1) == '/'
                && isRegex(s.substring(1, s.length() - 1))) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.length() >= 2 && s.startsWith("/") && s.lastIndexOf('/') > 0) {
            int close = s.lastIndexOf('/');
            String body = s.substring(1, close);
            String flags = s.substring(close + 1);
            if (!flags.chars().allMatch(ch -> ch == 'i' || ch == 'c')) {
                throw new CorpexException(
                        "unknown regex flag in '" + s + "' (after the closing / only i or c are allowed)");
            }
            boolean cs = flags.contains("c") || caseSensitive && !flags.contains("i");
            return regex(s, body, cs);
        }
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1).strip();
            if (s.isEmpty()) throw new CorpexException("empty phrase");
        }
        List<String> words = words(s);
        if (words.isEmpty()) throw new CorpexException("query '" + text.strip() + "' has no word in it");
        if (words.size() == 1) return atom(words.get(0), caseSensitive);
        List<Query> parts = new ArrayList<>();
        for (String w : words) parts.add(atom(w, caseSensitive));
        return new Query.Phrase(text.strip(), List.copyOf(parts));
    }

    /** {@code /body/} with optional i or c flags after it. */
    static boolean isRegex(String s) {
        int close = s.lastIndexOf('/');
        if (s.length() < 2 || s.charAt(0) != '/' || close <= 0) return false;
        for (int k = close + 1; k < s.length(); k++) if (s.charAt(k) != 'i' && s.charAt(k) != 'c') return false;
        return true;
    }

    /** Regex query: anchored on both ends means "a whole token", else a scan of the text. */
    public static Query regex(String source, String body, boolean caseSensitive) {
        checkNesting(source, body);
        // RE2 syntax (RE2/J): matching time is linear in the text, whatever the pattern, so no
        // regex can hang a search. It has no backreferences or lookaround; \d, \w and \b are ASCII.
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE;
        try {
            if (body.startsWith("^") && body.endsWith("$") && !body.endsWith("\\$") && body.length() >= 2) {
                return new Query.TokenRegex(source, Pattern.compile(body.substring(1, body.length() - 1), flags));
            }
            return new Query.TextRegex(source, Pattern.compile(body, flags | Pattern.MULTILINE));
        } catch (PatternSyntaxException e) {
            throw new CorpexException("bad regex " + source + ": " + describe(e));
        }
    }

    /** How deep groups may nest in a regex: a parser's simplification recurses over groups. */
    public static final int MAX_REGEX_DEPTH = 1000;

    /**
     * Refuses a regex whose groups nest deeper than {@link #MAX_REGEX_DEPTH}, before compiling it: the compiler would
     * overflow its stack, and its message would quote the whole, huge pattern.
     */
    static void checkNesting(String source, String body) {
        int depth = 0;
        boolean inClass = false;
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\\') {
                k++;
                continue;
            }
            if (inClass) {
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == '(' && ++depth > MAX_REGEX_DEPTH) {
                // No column in the message: the filter language adds its own; the caret shows the place.
                int at = source.indexOf(body) + k;
                throw new CorpexException(
                        "regex nested more than " + String.format(Locale.ROOT, "%,d", MAX_REGEX_DEPTH) + " levels deep",
                        CorpexException.caret(source, at));
            }
        }
    }

    /** RE2's description, with what Java users reach for and RE2 lacks named plainly. */
    static String describe(PatternSyntaxException e) {
        String d = e.getDescription();
        String p = e.getPattern() == null ? "" : e.getPattern();
        if (p.startsWith("(?=") || p.startsWith("(?!") || p.startsWith("(?<")) {
            return d + " '" + p + "' (lookaround is not supported: corpex uses RE2 syntax)";
        }
        if (d.contains("escape") && p.matches("\\\\[1-9].*")) {
            return d + " '" + p + "' (backreferences are not supported: corpex uses RE2 syntax)";
        }
        return p.isEmpty() ? d : d + ": " + p;
    }

    private static Query atom(String w, boolean caseSensitive) {
        if (Glob.isGlob(w)) {
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                folded.append(c == '*' || c == '?' ? String.valueOf(c) : Index.fold(String.valueOf(c)));
            }
            return new Query.Wildcard(w, w, folded.toString());
        }
        return new Query.Word(w, Index.fold(w));
    }

    /**
     * Splits query text into the tokens the index holds, with the same rules as the segmenter, keeping * and ? inside
     * words.
     */
    static List<String> words(String s) {
        String masked = s.replace('*', 'x').replace('?', 'x');
        Layout layout = Layout.of(masked);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < layout.tokenCount(); i++) out.add(s.substring(layout.tokenStart(i), layout.tokenEnd(i)));
        return out;
    }
}
