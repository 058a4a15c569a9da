package org.corpex.figures;

import java.util.Locale;
import java.util.Map;

/** Number words and scales: "fifty-three", "a dozen", "bn", "Billion". */
public final class Numbers {
    private Numbers() {}

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("hundred", 100));

    /** The multiplier of a scale word or abbreviation, or 0 when it is none. */
    public static double scale(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn", "t" -> 1e12;
            case "billion", "bn", "b", "bln" -> 1e9;
            case "million", "mn", "m", "mln" -> 1e6;
            case "thousand", "k" -> 1e3;
            case "hundred" -> 1e2;
            default -> 0;
        };
    }

    /**
     * Value of spelled-out number words ("fifty-three", "one", "twenty one", "a dozen"), or -1
     * when the words are not a number. Scale words are handled by the caller.
     */
    static double words(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        if (t.equals("a dozen") || t.equals("dozen")) return 12;
        double total = 0;
        boolean any = false;
        for (String w : t.split("\\s+")) {
            if (w.equals("and")) continue;
            Integer v = SMALL.get(w);
            if (v == null) return -1;
            if (v == 100) total = (total == 0 ? 1 : total) * 100;
            else total += v;
            any = true;
        }
        return any ? total : -1;
    }
}
