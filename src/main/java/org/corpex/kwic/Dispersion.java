package org.corpex.kwic;

/**
 * How evenly a word spreads over the parts of a corpus (here its documents), by the two measures corpus linguists cite
 * most. Both take the part sizes into account, since news articles differ in length.
 */
public final class Dispersion {
    private Dispersion() {}

    /**
     * Gries's (2008) DP, "deviation of proportions": half the sum over the parts of |v_i - s_i|, where v_i is the
     * part's share of the word's occurrences and s_i its share of the corpus's tokens. 0: the word falls exactly as the
     * text does; towards 1: it clusters in few parts. NaN without an occurrence.
     */
    public static double dp(long[] freqs, long[] sizes) {
        long f = 0, total = 0;
        for (int i = 0; i < freqs.length; i++) {
            f += freqs[i];
            total += sizes[i];
        }
        if (f == 0 || total == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < freqs.length; i++) sum += Math.abs(freqs[i] / (double) f - sizes[i] / (double) total);
        return sum / 2;
    }

    /**
     * Juilland's D (1970) over parts of unequal size: D = 1 - V / sqrt(n - 1), V the coefficient of variation
     * (population standard deviation over mean) of the word's relative frequency in each part (its count over the
     * part's size), as Gries (2008) gives it for unequal parts. 1: even; 0: all in one part. NaN with fewer than two
     * parts or no occurrence.
     */
    public static double juillandD(long[] freqs, long[] sizes) {
        int n = freqs.length;
        if (n < 2) return Double.NaN;
        double sum = 0, squares = 0;
        for (int i = 0; i < n; i++) {
            double p = sizes[i] == 0 ? 0 : freqs[i] / (double) sizes[i];
            sum += p;
            squares += p * p;
        }
        return fromSums(sum, squares, n);
    }

    /** D from the sum and the sum of squares of the relative frequencies over n parts. */
    static double fromSums(double sum, double squares, int n) {
        if (n < 2 || sum <= 0) return Double.NaN;
        double mean = sum / n;
        double variance = Math.max(0, squares / n - mean * mean);
        return 1 - Math.sqrt(variance) / mean / Math.sqrt(n - 1);
    }
}
