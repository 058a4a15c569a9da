package org.corpex.bench;

import org.corpex.index.Corpus;
import org.corpex.figures.Extractor;

import java.util.Arrays;

/**
 * Figure extraction on one core: MB of text per second over (up to) the first 50 MB of the corpus.
 * Two figures, because they answer different questions: the first pass is what a user waits for
 * on a fresh start (the JIT still compiling), the steady state is the extractor's own speed.
 */
final class FiguresSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        Corpus corpus = c.shell().session().corpus();
        long chars = 0;
        int n = 0;
        while (n < corpus.size() && chars < 50L * 1024 * 1024) chars += corpus.get(n++).text().length();
        double mb = chars / 1048576.0;
        long[] figures = new long[1];
        double first = mb / pass(corpus, n, figures);
        double[] again = new double[3];
        for (int i = 0; i < again.length; i++) again[i] = mb / pass(corpus, n, figures);
        Arrays.sort(again);
        String note = figures[0] / (1 + again.length) + " figures in " + n + " documents; target >= 50 MB/s";
        out.add("figures", "extraction, one core, first pass", first, "MB/s", Double.NaN, note);
        out.add("figures", "extraction, one core, steady (median of 3)", again[1], "MB/s", Double.NaN, note);
    }

    /** Seconds to extract the figures of documents [0, n), adding their count to figures[0]. */
    private static double pass(Corpus corpus, int n, long[] figures) {
        long t0 = System.nanoTime();
        for (int d = 0; d < n; d++) figures[0] += Extractor.extract(corpus.get(d), d).size();
        return (System.nanoTime() - t0) / 1e9;
    }
}
