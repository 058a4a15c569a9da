package org.corpex.corpus.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpex.corpus.Fingerprint;

/**
 * What one file gave: drafts, warnings, skips by reason. Each file fills its own, so files load in parallel. Warnings
 * follow {@link Warnings}' rule, so a file with thousands of bad records names the first few and counts the rest, and
 * every skip is still counted in the summary.
 */
final class FileResult {
    final String file;
    final List<Draft> drafts = new ArrayList<>();
    final Warnings warnings = new Warnings();
    final Map<String, Integer> skipped = new TreeMap<>();
    /** What was recognized and how much of it: "news-please records", "LexisNexis export"... for the summary. */
    final Map<String, Integer> recognized = new TreeMap<>();

    long bytes;
    /** The file as read, for the corpus's fingerprint; null when it could not be read. */
    Fingerprint.Source source;

    /** {@code file} is null for results that are not one file's (the folder walk, sidecars). */
    FileResult(String file) {
        this.file = file;
    }

    void skip(Skip s) {
        skip(s.reason, s.getMessage());
    }

    void skip(String reason, String message) {
        skipped.merge(reason, 1, Integer::sum);
        warnings.add(Warnings.Kind.skipped(reason), message);
    }

    /** A record left out as expected (a redirect in a web archive): counted in the summary, with no warning. */
    void count(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** A warning about something read with a fallback or a guess; nothing is skipped. */
    void warn(String message) {
        warnings.add(Warnings.Kind.OTHER, message);
    }
}
