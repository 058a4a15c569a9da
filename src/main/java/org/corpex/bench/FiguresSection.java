package org.corpex.bench;

import org.corpex.corpus.Corpus;
import org.corpex.corpus.Document;
import org.corpex.figures.Extractor;

/** Figure extraction on one core: MB of text per second, over (up to) the first 50 MB of the corpus. */
final class FiguresSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        Corpus corpus = c.shell().session().corpus();
        long chars = 0;
        int n = 0;
        while (n < corpus.size() && chars < 50L * 1024 * 1024) chars += corpus.get(n++).text().length();
        final int docs = n;
        for (int d = 0; d < Math.min(docs, 200); d++) Extractor.extract(corpus.get(d), d);   // warm the JIT
        long[] figures = {0};
        long t0 = System.nanoTime();
        for (int d = 0; d < docs; d++) {
            Document doc = corpus.get(d);
            figures[0] += Extractor.extract(doc, d).size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.add("figures", "extraction, one core", chars / 1048576.0 / secs, "MB/s", Double.NaN,
                figures[0] + " figures in " + docs + " documents; target >= 50 MB/s");
    }
}
