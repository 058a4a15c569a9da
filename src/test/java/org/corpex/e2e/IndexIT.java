package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corpex.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk index through the real launcher: every command gives on an opened index what it gives on the same files
 * loaded; a build killed with SIGKILL at any point leaves the previous index or none, never a broken one; changed
 * sources are told; the full screen opens an index.
 */
class IndexIT {
    @TempDir
    Path tmp;

    static final String SCRIPT = String.join(
            "\n",
            "docs",
            "kwic billion --limit 30",
            "kwic \"data centers\" --sort R1 --limit 20",
            "kwic invest* --words 3 --limit 20",
            "kwic /\\$\\d+ billion/ --limit 20",
            "kwic Cloud --case --limit 10",
            "dispersion market",
            "freq --stop --limit 15",
            "collocates cloud --window 3 --limit 10",
            "ngrams 2 --limit 10",
            "figures --kind money",
            "compare --conflicts",
            "trend billion --by month",
            "count * --by source",
            "filter source:metro",
            "keywords --limit 8",
            "docs --no-figures",
            "unfilter",
            "dupes",
            "diff 000000 000001",
            "show 000002",
            "kwic market --limit 5",
            "export " + "OUT",
            "");

    /** A corpus of the bench's generator, small: the same kind of text the bench measures. */
    private Path corpus(String name, long bytes) {
        Path dir = tmp.resolve(name);
        new CorpusGenerator().generate(bytes, dir);
        return dir;
    }

    private Launcher.Run corpex(String... args) {
        return Launcher.run(tmp, Map.of(), null, args);
    }

    @Test
    void everyCommandOnAnIndexAnswersAsOnTheFiles() throws IOException {
        Path c = corpus("news", 400_000);
        Launcher.Run built = corpex("index", c.toString(), "-o", "news.idx");
        assertThat(built.status()).as(built.err()).isZero();
        assertThat(built.err())
                .contains("corpex: built index news.idx: ")
                .contains(" documents")
                .doesNotContain("INFO", "WARNING");

        Path script = tmp.resolve("script.txt");
        Files.writeString(script, SCRIPT.replace("OUT", tmp.resolve("files.csv").toString()));
        Launcher.Run files =
                Launcher.run(tmp, Map.of(), null, c.toString(), "--format", "csv", "-f", script.toString());
        Files.writeString(script, SCRIPT.replace("OUT", tmp.resolve("index.csv").toString()));
        Launcher.Run index = Launcher.run(tmp, Map.of(), null, "news.idx", "--format", "csv", "-f", script.toString());
        assertThat(files.status()).as(files.err()).isZero();
        assertThat(index.status()).as(index.err()).isZero();
        assertThat(index.out()).isEqualTo(files.out());
        assertThat(index.out().lines().count()).isGreaterThan(300);
        assertThat(Files.readString(tmp.resolve("index.csv"))).isEqualTo(Files.readString(tmp.resolve("files.csv")));
        assertThat(index.err()).contains("corpex: opened index news.idx: ");

        // Opened by 'load' at the prompt's command language too; an index opens alone.
        Launcher.Run load = corpex("-c", "load news.idx", "-c", "docs --no-figures");
        assertThat(load.status()).as(load.err()).isZero();
        assertThat(load.out()).contains("opened index news.idx");
        Launcher.Run mixed = corpex("news.idx", c.toString(), "-c", "docs");
        assertThat(mixed.status()).isEqualTo(1);
        assertThat(mixed.err().strip())
                .isEqualTo("corpex: news.idx is an index, which opens alone; add files to it with: corpex index "
                        + "news.idx --append PATH...");
    }

    @Test
    void changedSourcesAreToldOnOpening() throws IOException {
        Path c = corpus("news", 60_000);
        assertThat(corpex("index", c.toString(), "-o", "ix").status()).isZero();
        Path first;
        try (var s = Files.list(c)) {
            first = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(first, "A new text entirely.\n");
        Launcher.Run r = corpex("ix", "-c", "docs --no-figures");
        assertThat(r.status()).isZero();
        assertThat(r.err())
                .contains("corpex: warning: ix: 1 of ")
                .contains(first.getFileName().toString())
                .contains("run 'corpex index ix --update' to catch up");
        Launcher.Run u = corpex("index", "ix", "--update");
        assertThat(u.status()).as(u.err()).isZero();
        assertThat(u.err()).contains("corpex: rebuilt index ix: ");
        assertThat(corpex("ix", "-c", "kwic entirely").out()).contains("entirely");
    }

    @Test
    void usageErrorsSayWhatToType() {
        Launcher.Run none = corpex("index", "x");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err().strip())
                .isEqualTo("corpex index: give one of -o NAME (build), --to solr://HOST:PORT/COLLECTION, --append, "
                        + "--update or --check; see corpex index --help");
        Launcher.Run foreign = corpex("index", "nothing-here", "--update");
        assertThat(foreign.status()).isEqualTo(1);
        assertThat(foreign.err().strip()).isEqualTo("corpex: nothing-here: no such index");
    }

    @Test
    void aBuildKilledAtAnyPointLeavesTheOldIndexOrNone() throws Exception {
        Path small = corpus("small", 40_000);
        Path big = corpus("big", 40_000_000);
        assertThat(corpex("index", small.toString(), "-o", "ix").status()).isZero();
        String before = corpex("ix", "-c", "docs --no-figures").out();
        assertThat(before).isNotEmpty();

        // A rebuild, an append and a first build, each killed once it is writing.
        killWhileIndexing("index", big.toString(), "-o", "ix");
        assertThat(corpex("ix", "-c", "docs --no-figures").out()).isEqualTo(before);
        killWhileIndexing("index", "ix", "--append", big.toString());
        Launcher.Run after = corpex("ix", "-c", "docs --no-figures");
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo(before);
        killWhileIndexing("index", big.toString(), "-o", "fresh");
        Launcher.Run fresh = corpex("fresh", "-c", "docs");
        assertThat(fresh.status()).isEqualTo(1);
        assertThat(tmp.resolve("fresh")).doesNotExist();

        // What the killed builds left is gone once an index is used again.
        assertThat(corpex("index", small.toString(), "-o", "fresh").status()).isZero();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())
                            .filter(n -> n.contains(".building-") || n.contains(".old-"))
                            .toList())
                    .isEmpty();
        }
    }

    /** Starts the launcher with these arguments and kills it (SIGKILL) once it reports progress. */
    private void killWhileIndexing(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(concat(Tmux.LAUNCHER.toString(), args)).directory(tmp.toFile());
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err =
                new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            String line;
            boolean indexing = false;
            while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
                if (line.startsWith("corpex: indexing ")) {
                    indexing = true;
                    break;
                }
            }
            assertThat(indexing)
                    .as("the build reported progress before finishing")
                    .isTrue();
            p.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static List<String> concat(String first, String... rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(List.of(rest));
        return out;
    }

    @Test
    void theFullScreenOpensAnIndex() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path c = corpus("news", 60_000);
        assertThat(corpex("index", c.toString(), "-o", tmp.resolve("ix").toString())
                        .status())
                .isZero();
        try (Tmux t = Tmux.start(
                100,
                30,
                Map.of("NO_COLOR", "1", "LANG", "C.UTF-8"),
                Tmux.LAUNCHER + " " + tmp.resolve("ix") + " --tui")) {
            String s = t.waitFor(" corpex › Documents");
            assertThat(s).contains("000000").contains("Documents  row 1/");
            t.press("Enter");
            t.waitFor("corpex › Documents › 000000");
            t.press("q");
            t.waitFor("Documents  row 1/");
            t.press("q");
            t.waitFor("[exit 0]");
        }
    }
}
