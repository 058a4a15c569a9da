package org.corpex.corpus.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one file gave: drafts, warnings, skips by reason. Each file fills its own, so files load in
 * parallel. A file with thousands of bad records names the first few and counts the rest, so the
 * warnings stay readable and every skip is still counted in the summary.
 */
final class FileResult {
    static final int LISTED_PER_FILE = 20;

    final String file;
    final List<Draft> drafts = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Map<String, Integer> skipped = new TreeMap<>();
    /** What was recognized and how much of it: "news-please records", "LexisNexis export"... for the summary. */
    final Map<String, Integer> recognized = new TreeMap<>();
    long bytes;
    private int recordSkips;
    private int unlisted;

    /** {@code file} is null for results that are not one file's (the folder walk, sidecars). */
    FileResult(String file) {
        this.file = file;
    }

    void skip(Skip s) {
        skip(s.reason, s.getMessage());
    }

    void skip(String reason, String message) {
        skipped.merge(reason, 1, Integer::sum);
        if (file != null && ++recordSkips > LISTED_PER_FILE) unlisted++;
        else warnings.add(message);
    }

    /** A record left out as expected (a redirect in a web archive): counted in the summary, with no warning. */
    void count(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** The warnings, ending with the count of those not listed. */
    List<String> allWarnings() {
        if (unlisted == 0) return warnings;
        List<String> out = new ArrayList<>(warnings);
        out.add(file + ": " + unlisted + " more skipped " + (unlisted == 1 ? "record" : "records") + " not listed");
        return out;
    }
}
