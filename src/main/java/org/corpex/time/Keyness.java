package org.corpex.time;

/**
 * Keyness statistics of one term, from four counts: its frequency in the target ({@code a}) and in the reference
 * ({@code b}), and the sizes of the two in tokens ({@code c}, {@code d}). Each is computed as its authors define it, so
 * a reader can redo it from the four columns keywords shows.
 */
public final class Keyness {
    private Keyness() {}

    /**
     * Log-likelihood G² as Rayson and Garside (2000) compute it for keywords (after Dunning 1993): E1 = c(a+b)/(c+d),
     * E2 = d(a+b)/(c+d), G² = 2(a ln(a/E1) + b ln(b/E2)); a zero count adds 0.
     */
    public static double logLikelihood(double a, double b, double c, double d) {
        double e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d);
        double g = 0;
        if (a > 0) g += a * Math.log(a / e1);
        if (b > 0) g += b * Math.log(b / e2);
        return 2 * g;
    }

    /**
     * Pearson's chi-squared of the 2x2 table (term, other tokens) x (target, reference), without Yates's correction:
     * N(O11 O22 - O12 O21)² / (R1 R2 C1 C2).
     */
    public static double chiSquared(double a, double b, double c, double d) {
        double o11 = a, o12 = b, o21 = c - a, o22 = d - b, n = c + d;
        double den = (o11 + o12) * (o21 + o22) * (o11 + o21) * (o12 + o22);
        if (den == 0) return 0;
        double x = o11 * o22 - o12 * o21;
        return n * x * x / den;
    }

    /**
     * Hardie's (2014) Log Ratio: the binary log of the ratio of relative frequencies, log2((a/c)/(b/d)); a zero
     * frequency counts as 0.5, as Hardie proposes, so it stays finite.
     */
    public static double logRatio(double a, double b, double c, double d) {
        double aa = a == 0 ? 0.5 : a, bb = b == 0 ? 0.5 : b;
        return Math.log((aa / c) / (bb / d)) / Math.log(2);
    }

    /**
     * Kilgarriff's (2009) "simple maths": (fpm_target + N) / (fpm_reference + N), frequencies per million tokens; N (1
     * by default) decides how far rare words are let in: higher N favours common words.
     */
    public static double simpleMaths(double a, double b, double c, double d, double n) {
        return (a * 1e6 / c + n) / (b * 1e6 / d + n);
    }

    /**
     * The p-value of a statistic that follows chi-squared with one degree of freedom (G² and Pearson's chi-squared for
     * a 2x2 table): P(X >= x) = Q(1/2, x/2), the regularised upper incomplete gamma function, by its series below 1/2 +
     * 1 and its continued fraction above (as in Numerical Recipes), accurate to about 1e-15.
     */
    public static double pValue(double x) {
        if (!(x > 0)) return 1;
        double a = 0.5, h = x / 2;
        double lnGammaA = Math.log(Math.sqrt(Math.PI));
        if (h < a + 1) {
            double sum = 1 / a, del = sum, ap = a;
            for (int i = 0; i < 1000; i++) {
                ap++;
                del *= h / ap;
                sum += del;
                if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
            }
            return Math.max(0, 1 - sum * Math.exp(-h + a * Math.log(h) - lnGammaA));
        }
        double tiny = 1e-300;
        double b = h + 1 - a, c = 1 / tiny, dd = 1 / b, f = dd;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            dd = an * dd + b;
            if (Math.abs(dd) < tiny) dd = tiny;
            c = b + an / c;
            if (Math.abs(c) < tiny) c = tiny;
            dd = 1 / dd;
            double del = dd * c;
            f *= del;
            if (Math.abs(del - 1) < 1e-16) break;
        }
        return Math.exp(-h + a * Math.log(h) - lnGammaA) * f;
    }
}
