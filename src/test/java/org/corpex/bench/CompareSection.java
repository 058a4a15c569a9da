package org.corpex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;

/**
 * diff of two 10,000-word documents, compare over 1,000 documents, compare beside figures over the whole corpus and
 * over a real archive, dupes over the whole corpus.
 */
final class CompareSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        Corpus corpus = c.shell().session().corpus();
        // Two 10,000-word documents: B is A with every fifth sentence line rewritten by another document's.
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        int d = 0;
        while (d < corpus.size()
                && Document.of("x", "", "", "", "", "", a.toString(), null).words() < 10_000) {
            a.append(corpus.get(d).text()).append('\n');
            d++;
        }
        String[] lines = a.toString().split("\n");
        for (int i = 0; i < lines.length; i++) {
            b.append(
                            i % 5 == 4 && d + i < corpus.size()
                                    ? corpus.get(d + i)
                                            .text()
                                            .lines()
                                            .findFirst()
                                            .orElse("")
                                    : lines[i])
                    .append('\n');
        }
        Shell pair = shell(List.of(
                Document.of("a", "", "", "", "", "", a.toString(), null),
                Document.of("b", "", "", "", "", "", b.toString(), null)));
        double diff = c.medianMillis(() -> pair.execute("diff a b"));
        out.add("compare", "diff of two 10,000-word documents", diff, "ms", Double.NaN, "target <= 200 ms");

        List<Document> thousand = new ArrayList<>(corpus.documents().subList(0, Math.min(1000, corpus.size())));
        Shell s = shell(thousand);
        long t0 = System.nanoTime();
        s.execute("compare");
        double first = (System.nanoTime() - t0) / 1e6;
        double again = c.medianMillis(() -> s.execute("compare"));
        out.add(
                "compare",
                "compare over " + thousand.size() + " documents (first, with extraction)",
                first,
                "ms",
                Double.NaN,
                "target <= 2000 ms");
        out.add(
                "compare",
                "compare over " + thousand.size() + " documents (figures cached)",
                again,
                "ms",
                Double.NaN,
                "");

        // compare beside figures over the same selection, in one run: both read figures extracted once (as at load or
        // index time), so the difference is what compare adds. Over the whole corpus, and over a real archive when the
        // evaluation kit's PolNeAR articles are beside the project.
        factsAgainstFigures(c, out, c.shell(), "the whole corpus (" + corpus.size() + " documents)");
        Path polnear = Path.of(System.getenv().getOrDefault("CORPEX_ROOT", "."))
                .resolve("../shared/eval/polnear/polnear-dev.jsonl.gz")
                .normalize();
        if (Files.isRegularFile(polnear)) {
            Shell real = shell(
                    Loader.load(List.of(polnear.toString()), FieldNames.DETECT).documents());
            factsAgainstFigures(
                    c, out, real, "PolNeAR (" + real.session().corpus().size() + " news articles)");
        }

        long t1 = System.nanoTime();
        c.shell().execute("dupes");
        out.add(
                "compare",
                "dupes over the whole corpus (" + corpus.size() + " documents)",
                (System.nanoTime() - t1) / 1e9,
                "s",
                Double.NaN,
                "target <= 30 s");
    }

    private static void factsAgainstFigures(Bench.Context c, Bench.Results out, Shell s, String what) {
        long t0 = System.nanoTime();
        s.execute("figures");
        double extraction = (System.nanoTime() - t0) / 1e6;
        // Both are fast once figures are extracted: warm both up, then time them in turn, so that the JIT and the
        // collector treat them alike and the ratio holds on a noisy machine (200 rounds of each, or 20 s of warming and
        // 30 s of timing on a large corpus, at least 11 runs)
        long f0 = System.nanoTime();
        s.execute("compare");
        double firstCompare = (System.nanoTime() - f0) / 1e6; // finds the corpus's pairs and orders its facts, once
        long warm = System.nanoTime() + 20_000_000_000L;
        for (int i = 0; i < 200 && System.nanoTime() < warm; i++) {
            s.execute("figures");
            s.execute("compare");
        }
        double[] fig = new double[201], cmp = new double[201];
        int runs = 0;
        long until = System.nanoTime() + 30_000_000_000L;
        while (runs < fig.length && (runs < 11 || System.nanoTime() < until)) {
            long a = System.nanoTime();
            s.execute("figures");
            long b = System.nanoTime();
            s.execute("compare");
            long e = System.nanoTime();
            fig[runs] = (b - a) / 1e6;
            cmp[runs] = (e - b) / 1e6;
            runs++;
        }
        fig = Arrays.copyOf(fig, runs);
        cmp = Arrays.copyOf(cmp, runs);
        Arrays.sort(fig);
        Arrays.sort(cmp);
        double figures = fig[runs / 2], compare = cmp[runs / 2];
        out.add(
                "compare",
                "figures over " + what + " (extracted once: " + Math.round(extraction) + " ms)",
                figures,
                "ms",
                Double.NaN,
                "");
        out.add(
                "compare",
                "compare over " + what + ", the first (links the corpus)",
                firstCompare,
                "ms",
                Double.NaN,
                "");
        out.add(
                "compare",
                "compare over " + what,
                compare,
                "ms",
                Double.NaN,
                String.format(Locale.ROOT, "%.2f x figures; target <= 2 x", compare / figures));
    }

    private static Shell shell(List<Document> docs) {
        Session s = new Session();
        s.setCorpus(Corpus.of(docs));
        return new Shell(s);
    }
}
