package org.corpex.corpus.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one file gave: drafts, warnings, skips by reason. Each file fills its own, so files load in parallel. */
final class FileResult {
    final List<Draft> drafts = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Map<String, Integer> skipped = new TreeMap<>();
    long bytes;

    void skip(Skip s) {
        warnings.add(s.getMessage());
        skipped.merge(s.reason, 1, Integer::sum);
    }

    void skip(String reason, String message) {
        warnings.add(message);
        skipped.merge(reason, 1, Integer::sum);
    }
}
