package org.corpex.corpus.load;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates to ISO (yyyy, yyyy-MM, yyyy-MM-dd) from the forms news data uses. The date is taken as written, not converted
 * to another time zone: "2025-03-09T23:30:00-05:00" is 2025-03-09, the day the outlet printed. What cannot be read is
 * kept raw, with no error.
 */
final class Dates {
    private Dates() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    // 2025, 2025-03, 2025-03-09, 2025-03-09T10:00:00Z, 2025-03-09 10:00, 2025/03/09, 2025.03.09, 20250309
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?)?(?:[T\\s].*)?");
    private static final Pattern COMPACT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T.*|\\d{4}|\\d{6})?"); // 20250309, 20250309T10, GDELT 20250309101500
    // March 9, 2025 / Mar. 9 2025 / Sunday, March 9, 2025 / March 2025
    private static final Pattern MDY = Pattern.compile(
            WEEKDAY + MONTH + "\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})(?:[,\\s].*)?",
            Pattern.CASE_INSENSITIVE);
    // 9 March 2025 / Sun, 09 Mar 2025 10:00:00 GMT (RFC 1123)
    private static final Pattern DMY = Pattern.compile(
            WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})(?:[,\\s].*)?",
            Pattern.CASE_INSENSITIVE);

    static String normalise(String raw) {
        String s = Clean.field(raw);
        if (s.isEmpty()) return s;
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            String r = iso(m.group(1), m.group(3), m.group(4));
            return r == null ? s : r;
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            String r = iso(m.group(1), m.group(2), m.group(3));
            return r == null ? s : r;
        }
        m = MDY.matcher(s);
        if (m.matches()) {
            String r = iso(m.group(3), month(m.group(1)), m.group(2));
            return r == null ? s : r;
        }
        m = DMY.matcher(s);
        if (m.matches()) {
            String r = iso(m.group(3), month(m.group(2)), m.group(1));
            return r == null ? s : r;
        }
        return s;
    }

    private static String month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer v = MONTHS.get(
                k.length() > 3 && !k.startsWith("sept") ? k.substring(0, 3) : k.startsWith("sept") ? "sept" : k);
        return v == null ? null : String.valueOf(v);
    }

    private static String iso(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1000 || y > 2999) return null;
        if (month == null) return year;
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) return null;
        if (day == null) return String.format(Locale.ROOT, "%04d-%02d", y, mo);
        int d = Integer.parseInt(day);
        if (d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) return null;
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
    }
}
