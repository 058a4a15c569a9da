package org.corpex.base;

/** What every layer does with what a user typed: suggest the name they meant, expand ~ in a path. */
public final class UserInput {
    private UserInput() {}

    /** Levenshtein distance, for "did you mean ...?": names and fields are short. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The candidate a user most likely meant by what they typed, or null when none is near enough (within a third of
     * the typed length, and at least 2 edits): the one rule behind every "did you mean". A candidate that begins with
     * what was typed counts as one edit away ("comp" for "compare").
     */
    public static String nearest(String typed, Iterable<String> candidates, boolean prefixes) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(typed, c);
            if (prefixes && c.startsWith(typed)) d = Math.min(d, 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, typed.length() / 3) ? best : null;
    }

    /** ~/x means a file in the home folder, as in a shell: $HOME first, as a shell reads it. */
    public static String expandHome(String path) {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        if (path.equals("~")) return home;
        if (path.startsWith("~/")) return home + path.substring(1);
        return path;
    }
}
