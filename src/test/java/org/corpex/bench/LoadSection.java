package org.corpex.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.corpex.corpus.load.LoadReport;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;

/** Load + index throughput, and the heap the loaded corpus holds per MB of text. */
final class LoadSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        long before = Bench.Context.usedHeap();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadAverage = os.getSystemLoadAverage();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        LoadReport r = c.load();
        long t1 = System.nanoTime();
        Corpus corpus = Corpus.of(r.documents());
        long t2 = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpu0;
        Session s = new Session();
        s.setCorpus(corpus);
        c.setShell(new Shell(s));
        long heap = Bench.Context.usedHeap() - before;
        double mb = c.megabytes();
        out.add(
                "load",
                "read + segment",
                mb / ((t1 - t0) / 1e9),
                "MB/s",
                Double.NaN,
                r.documents().size() + " files");
        out.add(
                "load",
                "index",
                mb / ((t2 - t1) / 1e9),
                "MB/s",
                Double.NaN,
                corpus.index().vocabularySize() + " terms");
        out.add(
                "load",
                "load + index",
                mb / ((t2 - t0) / 1e9),
                "MB/s",
                Double.NaN,
                String.format(
                        Locale.ROOT,
                        "target >= 100; %.1f CPU-s for %.1f s wall, load average %.1f before",
                        cpu / 1e9,
                        (t2 - t0) / 1e9,
                        loadAverage));
        out.add(
                "load",
                "load + index per CPU-second",
                mb / (cpu / 1e9),
                "MB/s",
                Double.NaN,
                "all threads, GC included");
        out.add("load", "heap per MB of text", heap / (double) c.bytes(), "MB/MB", Double.NaN, "target <= 2.5");
    }
}
