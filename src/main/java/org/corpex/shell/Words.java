package org.corpex.shell;

import org.corpex.CorpexException;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line the way a shell does: whitespace separates words, '...' and "..." group,
 * and a backslash escapes a quote, a space or another backslash. Unlike a shell, a backslash
 * before any other character is kept, so regexes like {@code /\$\d+/} arrive intact.
 *
 * <p>Each word keeps its raw text too: query and filter arguments are handed over raw, so that
 * {@code "a phrase"} and {@code title:"cloud computing"} keep their quotes for the query parser.
 */
public final class Words {
    private Words() {}

    /**
     * One word of a line.
     *
     * @param value  the word with quotes and escapes removed
     * @param raw    the word exactly as typed
     * @param start  offset of the word in the line
     * @param quoted whether any part of it was quoted or escaped
     */
    public record Word(String value, String raw, int start, boolean quoted) {}

    public static List<Word> split(String line) {
        List<Word> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            StringBuilder v = new StringBuilder();
            boolean quoted = false;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                char c = line.charAt(i);
                if (c == '\'' || c == '"') {
                    int close = line.indexOf(c, i + 1);
                    if (c == '"') close = closingDoubleQuote(line, i + 1);
                    if (close < 0) {
                        throw new CorpexException("unclosed " + (c == '"' ? "double" : "single") + " quote",
                                "  " + line + "\n  " + " ".repeat(i) + "^");
                    }
                    String inner = line.substring(i + 1, close);
                    v.append(c == '"' ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner);
                    quoted = true;
                    i = close + 1;
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
            out.add(new Word(v.toString(), line.substring(start, i), start, quoted));
        }
        return out;
    }

    private static int closingDoubleQuote(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) { i++; continue; }
            if (c == '"') return i;
        }
        return -1;
    }

    /** Quotes a value so that {@link #split} gives it back as one word. */
    public static String quote(String s) {
        if (!s.isEmpty() && s.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '>')) return s;
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
