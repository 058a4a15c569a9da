package org.corpex;

/** What the fuzz tests share about their inputs. */
public final class FuzzInputs {
    private FuzzInputs() {}

    /**
     * Whether a query or filter is worth running in a fuzz test. Wildcards compile to java.util.regex
     * today, and a run of stars ("a*****b") backtracks exponentially: the fuzzers found such inputs at
     * once and then spent their time waiting on them (issue 12 has wildcards compiled to an automaton
     * and every search bounded by a deadline, on another branch). Inputs with many quantifiers are
     * left out so that the fuzzers explore the parsers instead.
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
