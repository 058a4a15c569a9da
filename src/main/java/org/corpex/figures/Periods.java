package org.corpex.figures;

import java.util.ArrayList;
import java.util.List;
import org.corpex.corpus.Document;
import org.corpex.language.Times;

/**
 * The time expressions of a sentence (absolute positions and their years) and what a figure without one refers to: the
 * year a figure is for ("in 2019", "fiscal 2025"), not a bound ("since 2020": time-bounds.tsv).
 */
record Periods(int[] at, String[] label, String fallback) {
    private static final Lexicon L = Lexicon.get();

    /** The year of a document's date ("2019" of "2019-03-02"), or of its "year" field, or "". */
    static String documentYear(Document d) {
        String date = d.date();
        if (date.length() >= 4 && isDigits(date, 0, 4) && (date.length() == 4 || !Character.isDigit(date.charAt(4))))
            return date.substring(0, 4);
        String y = d.meta().getOrDefault("year", "").strip();
        return y.length() == 4 && isDigits(y, 0, 4) ? y : "";
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    /** Whether one of the four words before {@code pos} makes what follows a bound. */
    private static boolean boundaryBefore(String lower, int pos) {
        int k = pos;
        for (int w = 0; w < 4 && k > 0; w++) {
            while (k > 0 && !Character.isLetterOrDigit(lower.charAt(k - 1))) k--;
            int e = k;
            while (k > 0 && Character.isLetterOrDigit(lower.charAt(k - 1))) k--;
            if (e > k && L.timeBounds.contains(lower.substring(k, e))) return true;
        }
        return false;
    }

    private static final int[] NO_POSITIONS = {};
    private static final String[] NO_LABELS = {};

    /**
     * The time expressions of a sentence, found once for all its figures: a year after a word that makes it the
     * figure's time ("in 2019", "fiscal 2025" as FY2025), not a bound ("since 2020", "by the end of 2027"). Without
     * one, "last year"/"next year" read against the document's year, else the document's year, else "".
     */
    static Periods of(String lower, int ss, String docYear) {
        List<Integer> at = null; // made only for a sentence with a time expression: most have none
        List<String> label = null;
        int n = lower.length();
        int next1 = lower.indexOf('1'), next2 = lower.indexOf('2');
        for (int i = 0; i + 4 <= n; i++) {
            // years begin with 1 or 2: jump from one to the next (indexOf scans far faster than a charAt loop)
            if (next1 >= 0 && next1 < i) next1 = lower.indexOf('1', i);
            if (next2 >= 0 && next2 < i) next2 = lower.indexOf('2', i);
            int j = next1 < 0 ? next2 : next2 < 0 ? next1 : Math.min(next1, next2);
            if (j < 0 || j + 4 > n) break;
            i = j;
            if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1)) && !(i >= 2 && lower.startsWith("fy", i - 2)))
                continue;
            if (!isDigits(lower, i, i + 4) || i + 4 < n && Character.isDigit(lower.charAt(i + 4))) {
                i += 3;
                continue;
            }
            int y = Integer.parseInt(lower, i, i + 4, 10);
            if (y < 1600 || y > 2199) {
                i += 3;
                continue;
            }
            int k = i - 1;
            boolean fy = i >= 2 && lower.startsWith("fy", i - 2);
            while (k >= 0 && lower.charAt(k) == ' ') k--;
            int we = k + 1;
            while (k >= 0 && Character.isLetterOrDigit(lower.charAt(k))) k--;
            String lead = lower.substring(k + 1, we);
            if (boundaryBefore(lower, k + 1)) {
                i += 3;
                continue;
            } // "since the beginning of 2025", "by October 2024": a bound, not a period
            boolean fiscal = fy || lead.equals("fiscal") || lead.equals("fy");
            if (fiscal || L.periodLeads.contains(lead) || Times.monthOfName(lead) > 0) {
                if (at == null) {
                    at = new ArrayList<>(2);
                    label = new ArrayList<>(2);
                }
                at.add(ss + i);
                label.add((fiscal ? "FY" : "") + lower.substring(i, i + 4));
            }
            i += 3;
        }
        String fallback = docYear;
        if (!docYear.isEmpty()) {
            // "last year", "next year" (relative-years.tsv): the first that the sentence says
            for (String[] r : L.relativeYears) {
                if (lower.contains(r[0])) {
                    fallback = String.valueOf(Integer.parseInt(docYear) + Integer.parseInt(r[1]));
                    break;
                }
            }
        }
        if (at == null) return new Periods(NO_POSITIONS, NO_LABELS, fallback);
        return new Periods(at.stream().mapToInt(Integer::intValue).toArray(), label.toArray(new String[0]), fallback);
    }

    /**
     * The period of a figure at [start, end): the nearest time expression of its sentence outside it, else the
     * fallback.
     */
    String periodOf(int start, int end) {
        String best = "";
        int bestDist = Integer.MAX_VALUE;
        for (int k = 0; k < at.length; k++) {
            int a = at[k];
            if (a >= start && a < end) continue;
            int dist = Math.abs(a - start);
            if (dist < bestDist) {
                bestDist = dist;
                best = label[k];
            }
        }
        return best.isEmpty() ? fallback : best;
    }
}
