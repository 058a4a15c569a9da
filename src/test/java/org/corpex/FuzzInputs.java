package org.corpex;

/** What the fuzz tests share about their inputs. */
public final class FuzzInputs {
    private FuzzInputs() {}

    /**
     * Whether a query or filter is worth running in a fuzz test. Matching is linear (RE2/J, and a glob matcher for
     * wildcards), and corpex stops a slow search at its deadline; but a regex of nested counted repeats
     * ((a{1000}){1000}) compiles to a program of a million steps, which under Jazzer's coverage hooks takes minutes to
     * build and cannot be interrupted. The fuzzers found such inputs at once and then spent their time on them, so
     * inputs with many quantifiers are left out and the fuzzers explore the parsers instead.
     */
    public static boolean fast(String text) {
        int q = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '+' || c == '{' || c == '?') q++;
        }
        return q <= 4;
    }
}
