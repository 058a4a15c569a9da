package org.corpex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corpex.corpus.FieldNames;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.store.IndexBuilder;
import org.corpex.store.StoredIndex;

/**
 * The on-disk index: build time and speed, size on disk, open time and heap after opening (in a process of its own, as
 * a user opens it), kwic latency (p50 and p95) for a word, a phrase, a wildcard and a regex; and a batch of 20 queries
 * run by the real launcher on the index, start-up included, beside the same 20 searches by ripgrep.
 */
final class IndexSection implements Bench.Section {
    /** label, corpex query, ripgrep arguments: the kinds of KwicSection, four of each. */
    static final String[][] BATCH = {
        {"kwic", "RARE0", "-i -w --count-matches RARE0"},
        {"kwic", "RARE1", "-i -w --count-matches RARE1"},
        {"kwic", "RARE2", "-i -w --count-matches RARE2"},
        {"kwic", "RARE3", "-i -w --count-matches RARE3"},
        {"kwic", "the", "-i -w --count-matches the"},
        {"kwic", "billion", "-i -w --count-matches billion"},
        {"kwic", "market", "-i -w --count-matches market"},
        {"kwic", "cloud", "-i -w --count-matches cloud"},
        {"kwic", "\"data centers\"", "-i -w --count-matches data\\s+centers"},
        {"kwic", "\"chief executive\"", "-i -w --count-matches chief\\s+executive"},
        {"kwic", "\"the company\"", "-i -w --count-matches the\\s+company"},
        {"kwic", "\"new data\"", "-i -w --count-matches new\\s+data"},
        {"kwic", "invest*", "-i -w --count-matches invest\\w*"},
        {"kwic", "gov*", "-i -w --count-matches gov\\w*"},
        {"kwic", "*ment", "-i -w --count-matches \\w*ment"},
        {"kwic", "pa?a", "-i -w --count-matches pa\\wa"},
        {"kwic", "/\\$\\d+ billion/", "--count-matches \\$\\d+ billion"},
        {"kwic", "/\\d+% growth/", "--count-matches \\d+% growth"},
        {"kwic", "/chief \\w+ officer/", "--count-matches chief \\w+ officer"},
        {"kwic", "/[0-9]+ new data/", "--count-matches [0-9]+ new data"},
    };

    /**
     * Regexes of every shape a plan reads (linked tokens around a short word, punctuation before a number, a rare
     * literal, a suffix class), each one command through the launcher beside {@code rg -c} over the same files.
     */
    static final String[] REGEXES = {
        "\\d{4} to \\d{4}", "\\$\\d+ millions?", "\\b[Zz]anzibar\\w*", "\\b\\w+ly disappointed\\b", "\\$\\d+ billion"
    };

    /** The latency queries: one of each kind. */
    static final String[][] KINDS = {
        {"word", "market"}, {"phrase", "\"data centers\""}, {"wildcard", "invest*"}, {"regex", "/\\$\\d+ billion/"}
    };

    @Override
    public void run(Bench.Context c, Bench.Results out) throws Exception {
        Path ix = c.dir().resolveSibling(c.dir().getFileName() + ".index");
        double mb = c.megabytes();

        long t0 = System.nanoTime();
        IndexBuilder.Report r = IndexBuilder.create(
                ix, ix.toString(), List.of(c.dir().toString()), FieldNames.DETECT, c.log()::println);
        double build = (System.nanoTime() - t0) / 1e9;
        c.log().println("bench: " + r.summary());
        out.add("index", "build", build, "s", Double.NaN, r.summary().replaceAll(".*: ", ""));
        out.add("index", "build speed", mb / build, "MB/s");
        // The yardstick the issue sets for a build: plain Lucene over the same texts, on the same cores.
        Path plain = c.dir().resolveSibling(c.dir().getFileName() + ".plain-lucene");
        double yardstick = PlainLucene.build(c.dir(), plain);
        out.add(
                "index",
                "build, beside a plain Lucene IndexWriter",
                build,
                "s",
                yardstick,
                String.format(
                        Locale.ROOT,
                        "%.2fx the yardstick's time (target 1.5x): StandardAnalyzer, positions, %d threads",
                        build / yardstick,
                        Runtime.getRuntime().availableProcessors()));
        // As a user builds: the launcher (its JVM options, start-up included) writing an index of its own. Not in
        // BenchTest's tiny run, where the jar the launcher runs may not exist yet.
        if (c.size() >= (1L << 20)) {
            Path launched = c.dir().resolveSibling(c.dir().getFileName() + ".launcher-index");
            deleteTree(launched);
            long l0 = System.nanoTime();
            exec(List.of(
                    Path.of("scripts", "corpex").toAbsolutePath().toString(),
                    "index",
                    c.dir().toString(),
                    "-o",
                    launched.toString()));
            double seconds = (System.nanoTime() - l0) / 1e9;
            boolean built = Files.exists(launched);
            deleteTree(launched);
            out.add(
                    "index",
                    "build by scripts/corpex index, beside a plain Lucene IndexWriter",
                    built ? seconds : Double.NaN,
                    "s",
                    yardstick,
                    built
                            ? String.format(
                                    Locale.ROOT,
                                    "%.2fx the yardstick's time (target 1.5x): the launcher's JVM, start-up included",
                                    seconds / yardstick)
                            : "the launcher wrote no index");
        }
        out.add(
                "index",
                "size on disk",
                size(ix) / 1048576.0,
                "MB",
                Double.NaN,
                String.format(Locale.ROOT, "%.0f%% of the text", 100.0 * size(ix) / c.bytes()));

        // Open, in this process: the time to a usable corpus, and what it holds on the heap.
        long before = Bench.Context.usedHeap();
        t0 = System.nanoTime();
        StoredIndex.Opened opened = StoredIndex.open(ix, ix.toString());
        double open = (System.nanoTime() - t0) / 1e6;
        long heap = Bench.Context.usedHeap() - before;
        out.add(
                "index",
                "open (in process)",
                open,
                "ms",
                Double.NaN,
                opened.corpus().size() + " documents");
        out.add(
                "index",
                "heap after opening",
                heap / 1048576.0,
                "MB",
                Double.NaN,
                String.format(Locale.ROOT, "%.1f%% of the text", 100.0 * heap / c.bytes()));

        Session s = new Session();
        s.setCorpus(opened.corpus());
        Shell shell = new Shell(s);
        CorpusGenerator g = new CorpusGenerator();
        for (int i = 0; i < 5 * c.runs(); i++)
            for (String[] k : KINDS) if (!k[0].equals("regex")) shell.execute("kwic " + k[1] + " --limit 100");
        for (String[] k : KINDS) {
            double[] t = new double[Math.max(20, c.runs())];
            int n = 0;
            for (int i = 0; i < t.length; i++) {
                long q0 = System.nanoTime();
                shell.execute("kwic " + k[1] + " --limit 100");
                t[n++] = (System.nanoTime() - q0) / 1e6;
                if (n >= 5 && t[0] > 2_000) break; // a query of seconds (a regex over gigabytes): five runs tell enough
            }
            t = Arrays.copyOf(t, n);
            Arrays.sort(t);
            out.add("index", "kwic " + k[0] + " " + k[1] + " p50", t[t.length / 2], "ms");
            out.add("index", "kwic " + k[0] + " " + k[1] + " p95", t[(int) Math.ceil(t.length * 0.95) - 1], "ms");
        }

        // Opening as a user does: the launcher, start-up included, one query. Not in BenchTest's tiny
        // run: during a build's tests the jar the launcher runs may not exist yet (it would build it).
        if (c.size() < (1L << 20)) {
            out.add("index", "launcher runs", Double.NaN, "", Double.NaN, "skipped below 1 MB");
            return;
        }
        Path launcher = Path.of("scripts", "corpex").toAbsolutePath();
        double cold = Bench.Context.medianMillis(
                5, 1, () -> exec(List.of(launcher.toString(), ix.toString(), "-c", "kwic market --limit 1")));
        out.add(
                "index",
                "open + one kwic, start-up included",
                cold,
                "ms",
                Double.NaN,
                "scripts/corpex INDEX -c 'kwic market --limit 1'");

        // Each regex on its own, as a user types one: the launcher (start-up and open included) against rg -c.
        for (String re : REGEXES) {
            double one = Bench.Context.medianMillis(
                    3,
                    1,
                    () -> exec(List.of(launcher.toString(), ix.toString(), "-c", "kwic /" + re + "/ --limit 100")));
            double rgOne = c.ripgrepMillis("-c", "--", re);
            out.add(
                    "index",
                    "regex /" + re + "/, start-up included",
                    one,
                    "ms",
                    rgOne,
                    "scripts/corpex INDEX -c 'kwic /RE/ --limit 100' vs rg -c RE"
                            + " (target: 2x faster; 20x when selective)");
        }

        // The batch: the real launcher on the index (start-up, open and 20 queries) against 20 ripgrep runs.
        // Its target is set on 55 MB; over gigabytes ripgrep alone takes minutes, so it is left out there.
        if (c.bytes() > (2L << 30)) return;
        Path script = Files.createTempFile("corpex-batch", ".txt");
        List<String> lines = new ArrayList<>();
        String[] rare = {g.word(20_000), g.word(30_000), g.word(40_000), g.word(50_000)};
        for (String[] q : BATCH) lines.add(q[0] + " " + rare(q[1], rare) + " --limit 100");
        Files.write(script, lines);
        double corpex = Bench.Context.medianMillis(
                5, 1, () -> exec(List.of(launcher.toString(), ix.toString(), "-f", script.toString())));
        double rg = Double.NaN;
        if (c.hasRipgrep()) {
            rg = Bench.Context.medianMillis(3, 1, () -> {
                for (String[] q : BATCH) {
                    List<String> cmd = new ArrayList<>(List.of("rg"));
                    cmd.addAll(Arrays.asList(KwicSection.rgArgs(rare(q[2], rare))));
                    cmd.add(c.dir().toString());
                    exec(cmd);
                }
            });
        }
        out.add(
                "index",
                "20-query batch, start-up included",
                corpex,
                "ms",
                rg,
                "scripts/corpex INDEX -f batch (kwic --limit 100) vs 20 rg --count-matches");
        Files.deleteIfExists(script);
    }

    private static String rare(String s, String[] rare) {
        for (int i = 0; i < rare.length; i++) s = s.replace("RARE" + i, rare[i]);
        return s;
    }

    private static void exec(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
