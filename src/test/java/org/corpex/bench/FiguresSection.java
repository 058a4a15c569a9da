package org.corpex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.Loader;
import org.corpex.figures.Extractor;
import org.corpex.index.Corpus;
import org.corpex.quotes.Quotes;

/**
 * Figure extraction on one core: MB of text per second over (up to) the first 50 MB of the corpus. Two figures, because
 * they answer different questions: the first pass is what a user waits for on a fresh start (the JIT still compiling),
 * the steady state is the extractor's own speed.
 */
final class FiguresSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        Corpus corpus = c.shell().session().corpus();
        long chars = 0;
        int n = 0;
        while (n < corpus.size() && chars < 50L * 1024 * 1024)
            chars += corpus.get(n++).text().length();
        double mb = chars / 1048576.0;
        long[] figures = new long[1];
        double first = mb / pass(corpus, n, figures);
        double[] again = new double[3];
        for (int i = 0; i < again.length; i++) again[i] = mb / pass(corpus, n, figures);
        Arrays.sort(again);
        String note = figures[0] / (1 + again.length) + " figures in " + n + " documents; target >= 50 MB/s";
        out.add("figures", "extraction, one core, first pass", first, "MB/s", Double.NaN, note);
        out.add("figures", "extraction, one core, steady (median of 3)", again[1], "MB/s", Double.NaN, note);
        // who said what, over the same text on the same core, in the same run: its cost beside the figures'
        long[] quotes = new long[1];
        quotePass(corpus, n, quotes);
        double[] q = new double[3];
        for (int i = 0; i < q.length; i++) q[i] = mb / quotePass(corpus, n, quotes);
        Arrays.sort(q);
        out.add(
                "figures",
                "attributions (quotes), one core, steady (median of 3)",
                q[1],
                "MB/s",
                Double.NaN,
                String.format(
                        Locale.ROOT,
                        "%d attributions; costs %.2f x figure extraction; target <= 2.5 x",
                        quotes[0] / 4,
                        again[1] / q[1]));
        addPolnear(c, out);
    }

    /** The same two measures on real news (the evaluation kit's PolNeAR articles), when they are beside the project. */
    private static void addPolnear(Bench.Context c, Bench.Results out) {
        Path p = Path.of(System.getenv().getOrDefault("CORPEX_ROOT", "."))
                .resolve("../shared/eval/polnear/polnear-dev.jsonl.gz")
                .normalize();
        if (!Files.isRegularFile(p)) return;
        Corpus real =
                Corpus.of(Loader.load(List.of(p.toString()), FieldNames.DETECT).documents());
        long chars = 0;
        for (int d = 0; d < real.size(); d++) chars += real.get(d).text().length();
        double mb = chars / 1048576.0;
        long[] f = new long[1], q = new long[1];
        pass(real, real.size(), f);
        quotePass(real, real.size(), q);
        double[] fig = new double[3], quo = new double[3];
        for (int i = 0; i < 3; i++) {
            fig[i] = mb / pass(real, real.size(), f);
            quo[i] = mb / quotePass(real, real.size(), q);
        }
        Arrays.sort(fig);
        Arrays.sort(quo);
        out.add(
                "figures",
                "figures on PolNeAR (" + real.size() + " news articles), one core",
                fig[1],
                "MB/s",
                Double.NaN,
                "");
        out.add(
                "figures",
                "attributions on PolNeAR, one core",
                quo[1],
                "MB/s",
                Double.NaN,
                String.format(Locale.ROOT, "costs %.2f x figure extraction; target <= 2.5 x", fig[1] / quo[1]));
    }

    /** Seconds to find the attributions of documents [0, n), adding their count to quotes[0]. */
    private static double quotePass(Corpus corpus, int n, long[] quotes) {
        long t0 = System.nanoTime();
        for (int d = 0; d < n; d++) quotes[0] += Quotes.find(corpus.get(d)).size();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds to extract the figures of documents [0, n), adding their count to figures[0]. */
    private static double pass(Corpus corpus, int n, long[] figures) {
        long t0 = System.nanoTime();
        for (int d = 0; d < n; d++)
            figures[0] += Extractor.extract(corpus.get(d), d).size();
        return (System.nanoTime() - t0) / 1e9;
    }
}
