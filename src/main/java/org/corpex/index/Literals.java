package org.corpex.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal fragments every match of a regex must contain, so that an index can pick the documents worth scanning
 * before reading any text: {@code /\$\d+ billion/} can only match in a document holding a token with "billion" in it.
 *
 * <p>Deliberately conservative: only runs of ASCII letters and digits outside groups, classes and escapes, at least
 * three long, minus a last character a quantifier makes optional. A run of ASCII letters and digits never spans two
 * tokens, so "the token contains the fragment" holds for every match. A regex with an alternation at the top
 * ({@code a|b}) or a quoted part gives nothing, and then every document is scanned; an alternation inside a group
 * ({@code invest(ing|ors)}) only keeps that group's words out.
 */
public final class Literals {
    private Literals() {}

    /** Folded fragments, each of which every match contains; empty when none can be told. */
    public static List<String> required(String regex) {
        List<String> out = new ArrayList<>();
        if (regex.contains("\\Q")) return out;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '|') {
                if (depth == 0) return new ArrayList<>(); // an alternative may need none of the fragments
                flush(run, out, depth); // inside a group: the group's words are not used anyway
            } else if (c == '\\') {
                flush(run, out, depth);
                if (i + 1 < regex.length()
                        && (regex.charAt(i + 1) == 'p' || regex.charAt(i + 1) == 'P')
                        && i + 2 < regex.length()
                        && regex.charAt(i + 2) == '{') {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? regex.length() : close;
                } else {
                    i++;
                }
            } else if (c == '[') {
                flush(run, out, depth);
                int j = i + 1;
                if (j < regex.length() && regex.charAt(j) == '^') j++;
                if (j < regex.length() && regex.charAt(j) == ']') j++;
                while (j < regex.length() && regex.charAt(j) != ']') j += regex.charAt(j) == '\\' ? 2 : 1;
                i = j;
            } else if (c == '(') {
                flush(run, out, depth);
                depth++;
            } else if (c == ')') {
                flush(run, out, depth);
                depth = Math.max(0, depth - 1);
            } else if (c == '?' || c == '*' || c == '{') {
                if (run.length() > 0) run.setLength(run.length() - 1); // the atom before may be absent
                flush(run, out, depth);
                if (c == '{') {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? regex.length() : close;
                }
            } else if (c < 0x80 && Character.isLetterOrDigit(c)) {
                run.append(c);
            } else {
                flush(run, out, depth); // '+' keeps the atom before (once at least), but a run ends there
            }
        }
        flush(run, out, depth);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out, int depth) {
        if (depth == 0 && run.length() >= 3) out.add(Index.fold(run.toString()));
        run.setLength(0);
    }
}
