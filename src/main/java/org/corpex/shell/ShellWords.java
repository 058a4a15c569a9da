package org.corpex.shell;

import java.util.ArrayList;
import java.util.List;
import org.corpex.base.CorpexException;
import org.corpex.session.Request;

/**
 * Splits a command line the way a shell does: whitespace separates words, '...' and "..." group, and a backslash
 * escapes a quote, a space or another backslash. Unlike a shell, a backslash before any other character is kept, so
 * regexes like {@code /\$\d+/} arrive intact.
 *
 * <p>Each word keeps its raw text too: query and filter arguments are handed over raw, so that {@code "a phrase"} and
 * {@code title:"cloud computing"} keep their quotes for the query parser.
 */
public final class ShellWords {
    private ShellWords() {}

    /**
     * One word of a line.
     *
     * @param value the word with quotes and escapes removed
     * @param raw the word exactly as typed
     * @param start offset of the word in the line
     * @param quoted whether any part of it was quoted or escaped
     */
    public record Word(String value, String raw, int start, boolean quoted) {}

    public static List<Word> split(String line) {
        List<Word> out = new ArrayList<>();
        for (Scanned w : scan(line)) {
            if (w.openQuote() != 0) {
                throw new CorpexException(
                        "unclosed " + (w.openQuote() == '"' ? "double" : "single") + " quote",
                        CorpexException.caret(line, w.openAt()));
            }
            out.add(new Word(w.value(), line.substring(w.start(), w.end()), w.start(), w.quoted()));
        }
        return out;
    }

    /**
     * One word as {@link #scan} finds it.
     *
     * @param value the word with quotes and escapes removed
     * @param start offset of the word in the line
     * @param end offset just after it
     * @param openQuote the quote left open at the end of the line, or 0
     * @param openAt where that quote opened, or -1
     * @param quoted whether any part of it was quoted or escaped
     */
    public record Scanned(String value, int start, int end, char openQuote, int openAt, boolean quoted) {}

    /**
     * Splits as {@link #split} does but never fails: an open quote runs to the end of the line. The prompt completes
     * and highlights lines still being typed with it, so both see the same words.
     */
    public static List<Scanned> scan(String line) {
        List<Scanned> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            StringBuilder v = new StringBuilder();
            char open = 0;
            int openAt = -1;
            boolean quoted = false;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                char c = line.charAt(i);
                if (c == '\'' || c == '"') {
                    quoted = true;
                    int j = i + 1;
                    while (j < n && line.charAt(j) != c) {
                        if (c == '"' && line.charAt(j) == '\\' && j + 1 < n) {
                            char next = line.charAt(j + 1);
                            if (next == '"' || next == '\\') {
                                v.append(next);
                                j += 2;
                                continue;
                            }
                        }
                        v.append(line.charAt(j));
                        j++;
                    }
                    if (j >= n) {
                        open = c;
                        openAt = i;
                        i = n;
                        break;
                    }
                    i = j + 1;
                } else if (c == '\\' && i + 1 < n) {
                    char next = line.charAt(i + 1);
                    if (next == '"' || next == '\'' || next == '\\' || Character.isWhitespace(next)) {
                        v.append(next);
                        quoted = true;
                    } else {
                        v.append(c).append(next);
                    }
                    i += 2;
                } else {
                    v.append(c);
                    i++;
                }
            }
            out.add(new Scanned(v.toString(), start, i, open, openAt, quoted));
        }
        return out;
    }

    /** Quotes a value so that {@link #split} gives it back as one word. */
    public static String quote(String s) {
        return Request.quote(s);
    }
}
