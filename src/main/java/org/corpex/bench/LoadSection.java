package org.corpex.bench;

import org.corpex.corpus.Corpus;
import org.corpex.corpus.load.LoadReport;
import org.corpex.shell.Session;
import org.corpex.shell.Shell;

/** Load + index throughput, and the heap the loaded corpus holds per MB of text. */
final class LoadSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        long before = Bench.Context.usedHeap();
        long t0 = System.nanoTime();
        LoadReport r = c.load();
        long t1 = System.nanoTime();
        Corpus corpus = Corpus.of(r.documents());
        long t2 = System.nanoTime();
        Session s = new Session();
        s.setCorpus(corpus);
        c.setShell(new Shell(s));
        long heap = Bench.Context.usedHeap() - before;
        double mb = c.megabytes();
        out.add("load", "read + segment", mb / ((t1 - t0) / 1e9), "MB/s", Double.NaN, r.documents().size() + " files");
        out.add("load", "index", mb / ((t2 - t1) / 1e9), "MB/s", Double.NaN, corpus.index().vocabularySize() + " terms");
        out.add("load", "load + index", mb / ((t2 - t0) / 1e9), "MB/s", Double.NaN, "target >= 100");
        out.add("load", "heap per MB of text", heap / (double) c.bytes(), "MB/MB", Double.NaN, "target <= 2.5");
    }
}
