package org.corpex.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a field's value with the value a filter gives: as numbers when both read as numbers (1,000, 50e9, 2.5
 * million, 1bn), as dates at the granularity the filter wrote (date>=2025-03 takes in 2025-03-09), else as text,
 * ignoring case.
 */
final class Values {
    private Values() {}

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*(k|thousand|m|mn|million|b|bn|"
                    + "billion|t|tn|trillion)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Sign of (have - want), or null when they cannot be compared. */
    static Integer compare(String have, String want) {
        String h = have.strip(), w = want.strip();
        if (h.isEmpty()) return null;
        if (DATE.matcher(w).matches()
                && (w.length() > 4
                        || DATE.matcher(h.length() >= 4 ? h.substring(0, Math.min(h.length(), 10)) : h)
                                        .matches()
                                && h.length() > 4)) {
            String hd = h.length() >= 10 ? h.substring(0, 10) : h;
            if (!DATE.matcher(hd).matches()) return null;
            int n = Math.min(w.length(), hd.length());
            return Integer.signum(hd.substring(0, n).compareTo(w.substring(0, n)));
        }
        Double wn = number(w);
        if (wn != null) {
            Double hn = number(h);
            return hn == null ? null : Integer.signum(Double.compare(hn, wn));
        }
        return Integer.signum(h.toLowerCase(Locale.ROOT).compareTo(w.toLowerCase(Locale.ROOT)));
    }

    static Double number(String s) {
        Matcher m = NUMBER.matcher(s.strip());
        if (!m.matches()) return null;
        double v = Double.parseDouble(m.group(1).replace(",", ""));
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return v
                * switch (scale) {
                    case "k", "thousand" -> 1e3;
                    case "m", "mn", "million" -> 1e6;
                    case "b", "bn", "billion" -> 1e9;
                    case "t", "tn", "trillion" -> 1e12;
                    default -> 1;
                };
    }
}
