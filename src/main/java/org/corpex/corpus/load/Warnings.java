package org.corpex.corpus.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one rule for long lists of warnings: of each kind, the first {@link #LISTED} are named and the rest are counted
 * in one line ("... and 4,407 more id clashes"). A load of a thousand bad records or twenty copies of one corpus stays
 * readable, and nothing goes unreported: every skip is still counted in the summary. Files fill one each, in parallel;
 * the load merges them in file order.
 */
final class Warnings {
    static final int LISTED = 20;

    /**
     * A kind of warning.
     *
     * @param key what groups warnings under one cap
     * @param more the plural for the count line: "id clashes" in "... and 4,407 more id clashes"
     */
    record Kind(String key, String more) {
        static final Kind ID_CLASH = new Kind("id clash", "id clashes");
        static final Kind OTHER = new Kind("other", "warnings");

        /** Records or files skipped for one reason, counted as the summary counts them: "skipped (malformed)". */
        static Kind skipped(String reason) {
            return new Kind("skipped " + reason, "skipped (" + reason + ")");
        }
    }

    private record Line(Kind kind, String message) {}

    private final List<Line> listed = new ArrayList<>();
    private final Map<Kind, Integer> shown = new LinkedHashMap<>();
    private final Map<Kind, Integer> unlisted = new LinkedHashMap<>();

    void add(Kind kind, String message) {
        int n = shown.merge(kind, 1, Integer::sum);
        if (n <= LISTED) listed.add(new Line(kind, message));
        else unlisted.merge(kind, 1, Integer::sum);
    }

    void addAll(Kind kind, List<String> messages) {
        for (String m : messages) add(kind, m);
    }

    /** Another collector's warnings after these, under the same caps. */
    void addAll(Warnings other) {
        for (Line l : other.listed) add(l.kind(), l.message());
        other.unlisted.forEach((k, n) -> {
            shown.merge(k, n, Integer::sum);
            unlisted.merge(k, n, Integer::sum);
        });
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    /** The named warnings in the order they came, then one count line per kind that had more. */
    List<String> lines() {
        List<String> out = new ArrayList<>(listed.size() + unlisted.size());
        for (Line l : listed) out.add(l.message());
        unlisted.forEach((k, n) -> out.add(String.format(Locale.ROOT, "... and %,d more %s", n, k.more())));
        return out;
    }
}
