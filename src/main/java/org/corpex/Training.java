package org.corpex;

import org.corpex.corpus.load.FieldNames;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.store.IndexBuilder;
import org.corpex.store.StoredIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The workload the launcher's training run goes through (CORPEX_TRAINING=1) when it makes the
 * JVM's start-up cache: an index built and opened, the seeds loaded, every kind of query once.
 * What a run then needs is loaded, linked and (JDK 25) profiled ahead of time, so the first
 * query of a session does not pay for it. Prints nothing; a failure only makes a smaller cache.
 */
final class Training {
    private Training() {}

    static final List<String> COMMANDS = List.of("docs", "kwic billion", "kwic \"data centers\"", "kwic invest*",
            "kwic /\\$\\d+ billion/", "kwic billion --sort R1,L1", "filter cloud", "docs --no-figures", "unfilter",
            "freq --limit 5", "collocates cloud", "ngrams 2 --limit 5", "figures", "compare", "dispersion billion", "trend billion",
            "count * --by source", "show 000", "help");

    static void run(Path seeds) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("corpex-training");
            Path ix = dir.resolve("index");
            IndexBuilder.create(ix, "index", List.of(seeds.toString()), FieldNames.DETECT, line -> { });
            exercise(StoredIndex.open(ix, "index").corpus());
            exercise(Corpus.of(Loader.load(List.of(seeds.toString()), FieldNames.DETECT).documents()));
        } catch (RuntimeException | java.io.IOException e) {
            // a smaller cache, nothing worse
        } finally {
            if (dir != null) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (java.io.IOException ignored) {
                    // a temporary folder left behind
                }
            }
        }
    }

    private static void exercise(Corpus corpus) {
        Session s = new Session();
        s.setCorpus(corpus);
        Shell shell = new Shell(s);
        for (String c : COMMANDS) {
            try {
                shell.execute(c);
            } catch (RuntimeException ignored) {
                // the next one
            }
        }
    }
}
