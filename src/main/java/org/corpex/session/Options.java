package org.corpex.session;

import picocli.CommandLine.Option;

/**
 * Options that several commands share, as picocli mixins: one definition, so an option means the same thing, with the
 * same letter and words, wherever it appears.
 */
public final class Options {
    private Options() {}

    /** {@code --case}: match case exactly. No letter: {@code -c} is the command line's --command. */
    public static final class Case {
        @Option(names = "--case", description = "Match case exactly (default: case-insensitive).")
        public boolean caseSensitive;
    }

    /** {@code -n, --limit N}: keep at most N rows; the one rule is {@link RowLimit}. */
    public static final class Limit {
        @Option(
                names = {"-n", "--limit"},
                paramLabel = "N",
                description = "Keep at most N rows (default: all; a terminal shows the first 500).")
        public Integer limit;

        /** The rows to keep: all when --limit is not given (or is 0). */
        public int max(String command) {
            return RowLimit.of(command, limit);
        }
    }
}
