package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first hour, through the real launcher (in tmux where it is about a terminal): progress lines, Tab on a
 * value with a space, a one-line record on screen, a trend of years, --limit on figures, globs of folders, and one unit
 * for sizes.
 */
class FirstRunIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path big;

    @TempDir
    Path dir;

    /** About 40 MB of generated text in 400 files: a load of it takes seconds, so it shows progress. */
    @BeforeAll
    static void largeCorpus() throws IOException {
        String[] words = {
            "market",
            "union",
            "party",
            "growth",
            "cloud",
            "state",
            "report",
            "figure",
            "value",
            "city",
            "river",
            "budget",
            "council",
            "harbour",
            "school",
            "vote",
            "minister",
            "plan",
            "rate",
            "court"
        };
        Random random = new Random(25);
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < 400; f++) {
            b.setLength(0);
            b.append("Report ").append(f).append("\n\n");
            while (b.length() < 100_000) {
                for (int w = 0; w < 15; w++)
                    b.append(words[random.nextInt(words.length)]).append(' ');
                b.append("went on.\n");
            }
            try (Writer w =
                    Files.newBufferedWriter(big.resolve(String.format("d%03d.txt", f)), StandardCharsets.UTF_8)) {
                w.write(b.toString());
            }
        }
    }

    @Test
    void indexProgressAtATerminalIsRedrawnInPlaceNotShownAsPlaceholders() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path idx = dir.resolve("part.idx");
        // A quarter of the corpus (a glob): enough to index for some seconds.
        try (Tmux t = Tmux.start(120, 20, Map.of(), Tmux.LAUNCHER + " index '" + big + "/d0*' -o '" + idx + "'")) {
            String s = t.waitFor(x -> x.contains("indexing " + idx + ":"), WAIT, "the progress line");
            String line =
                    s.lines().filter(l -> l.contains("indexing ")).findFirst().orElseThrow();
            assertThat(line)
                    .startsWith("indexing " + idx + ": ")
                    .contains(" documents, ")
                    .contains("B of text, ")
                    .doesNotContain("␍", "␛", "[K");
            s = t.waitFor(x -> x.contains("[exit 0]"), WAIT, "the end of the build");
            // The progress line was erased: only the summary stays.
            assertThat(s)
                    .contains("corpex: built index " + idx + ": 100 documents")
                    .doesNotContain("indexing " + idx + ":", "␍", "␛");
        }
    }

    @Test
    void aLargeLoadShowsProgressAtATerminalAndNothingWhenPiped() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        // The line shows at once (not after a second), so that a fast machine's load cannot end before it.
        try (Tmux t = Tmux.start(
                120,
                20,
                Map.of("CORPEX_PROGRESS_AFTER", "0"),
                Tmux.LAUNCHER + " '" + big + "' -c 'docs --no-figures' >/dev/null")) {
            // The line is redrawn as the load goes: wait for one that counts the files (the very first may come before
            // the count).
            Pattern counted = Pattern.compile("loading " + Pattern.quote(big.toString())
                    + ": (\\d+ of 400 files, [\\d.]+ [KM]?B of 40\\.\\d MB|400 files read \\(40\\.\\d MB\\); .*)");
            String s = t.waitFor(
                    x -> x.lines().anyMatch(l -> counted.matcher(l.strip()).matches()),
                    WAIT,
                    "the load's progress line");
            assertThat(s).doesNotContain("\u240d", "\u241b");
            s = t.waitFor(x -> x.contains("[exit 0]"), WAIT, "the end of the run");
            assertThat(s)
                    .contains("corpex: loaded 400 documents from 400 files")
                    .doesNotContain("loading " + big, "␍", "␛");
        }
        // Piped: the summary alone, no progress and no control codes.
        Launcher.Run r = Launcher.run(dir, Map.of(), null, big.toString(), "-c", "docs --no-figures --limit 1");
        assertThat(r.status()).isZero();
        assertThat(r.err()).doesNotContain("loading ", "\r", "\u001b");
        assertThat(r.err().lines().filter(l -> l.startsWith("corpex: loaded")))
                .singleElement()
                .asString()
                .contains("400 files");
    }

    @Test
    void aLargeLoadAtThePromptShowsProgressToo() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        try (Tmux t = Tmux.start(
                120,
                20,
                Map.of("XDG_STATE_HOME", dir.toString(), "CORPEX_PROGRESS_AFTER", "0"),
                Tmux.LAUNCHER + " 2>/dev/null")) {
            t.waitForPrompt();
            t.type("load " + big).press("Enter");
            String s = t.waitFor(x -> x.contains("loading " + big + ": "), WAIT, "the load's progress line");
            assertThat(s.lines().filter(l -> l.contains("loading ")).findFirst().orElseThrow())
                    .doesNotContain("␍", "␛");
            s = t.waitFor(x -> x.contains("loaded 400 documents from 400 files"), WAIT, "the load's summary");
            t.waitForPrompt();
            assertThat(t.screen()).doesNotContain("loading " + big);
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void loadAndIndexCountSizesInOneUnit() throws IOException {
        // 1,500,000 bytes of text, no line break at the end: 1.5 MB to the load, and 1.5 MB of text to the index.
        StringBuilder b = new StringBuilder("Sizes\n\n");
        while (b.length() < 1_500_000 - 6) b.append("words ");
        b.setLength(1_500_000 - 1);
        b.append('x');
        Files.writeString(dir.resolve("one.txt"), b.toString());
        assertThat(Files.size(dir.resolve("one.txt"))).isEqualTo(1_500_000);
        Launcher.Run load = Launcher.run(dir, Map.of(), null, "one.txt", "-c", "docs --no-figures");
        assertThat(load.err()).contains(" words, 1.5 MB)");
        Launcher.Run index = Launcher.run(dir, Map.of(), "", "index", "one.txt", "-o", "one.idx");
        assertThat(index.status()).as(index.err()).isZero();
        assertThat(index.err()).contains("from 1 files, 1.5 MB of text in ");
    }

    @Test
    void tabCompletesAValueWithASpaceInTheFormThatMatchesIt() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Files.writeString(dir.resolve("s.jsonl"), """
                {"id":"s1","text":"union now","party":"National Union"}
                {"id":"s2","text":"union later","party":"Democratic-Republican"}
                {"id":"s3","text":"union again","party":"Republican"}
                """);
        try (Tmux t = Tmux.start(
                100,
                30,
                Map.of("XDG_STATE_HOME", dir.toString()),
                "cd '" + dir + "' && " + Tmux.LAUNCHER + " s.jsonl 2>/dev/null")) {
            t.waitForPrompt();
            t.type("filter party:nat").press("Tab");
            t.waitFor("filter party:\"national union\"");
            t.press("Enter");
            t.waitFor("1 of 3 documents match party:\"national union\"");
            t.waitForPrompt();
            t.type("unfilter").press("Enter");
            t.waitForPrompt();
            // = equals, : contains: party:republican takes Democratic-Republican too, party=republican does not.
            t.type("filter party:republican").press("Enter");
            t.waitFor("2 of 3 documents match party:republican");
            t.waitForPrompt();
            t.type("unfilter").press("Enter");
            t.waitForPrompt();
            t.type("filter party=rep").press("Tab");
            t.waitFor("filter party=republican");
            t.press("Enter");
            t.waitFor("1 of 3 documents match party=republican");
            t.waitForPrompt();
            t.type("help filter").press("Enter");
            String s = t.waitFor("field=value");
            assertThat(s)
                    .contains("field:value: the field CONTAINS the value")
                    .contains("field=value: the field EQUALS it");
            t.waitForPrompt();
            t.press("C-d");
            t.waitFor("[exit 0]");
        }
    }

    @Test
    void showWrapsALongLineAtTheTerminalsWidth() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 60; i++) text.append("word").append(i).append(' ');
        Files.writeString(dir.resolve("one.jsonl"), "{\"id\":\"rec\",\"text\":\"" + text + "lastword\"}\n");
        try (Tmux t = Tmux.start(
                80, 30, Map.of(), "cd '" + dir + "' && " + Tmux.LAUNCHER + " one.jsonl -c 'show rec' 2>/dev/null")) {
            String s = t.waitFor("[exit 0]");
            List<String> lines = s.lines().toList();
            assertThat(lines).contains("line  text");
            assertThat(s).contains("lastword").doesNotContain("…");
            // Every word is there, each screen line within 80 columns, the wrapped ones under the text column.
            assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
            String joined = String.join(
                    " ",
                    lines.stream()
                            .filter(l -> l.startsWith("   1  ") || l.startsWith("      w") || l.startsWith("      l"))
                            .map(l -> l.substring(6).strip())
                            .toList());
            assertThat(joined).isEqualTo(text + "lastword");
        }
    }

    @Test
    void trendOfYearOnlyDatesIsByYearAndDecadeIsAPeriod() throws IOException {
        Files.writeString(dir.resolve("y.jsonl"), """
                {"id":"a","text":"war and peace","date":"1790"}
                {"id":"b","text":"war war","date":"1795"}
                {"id":"c","text":"peace at last","date":"1812"}
                """);
        Launcher.Run r = Launcher.run(dir, Map.of(), null, "y.jsonl", "--format", "csv", "-c", "trend war");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> rows = r.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("period,hits,documents,with_hits,tokens");
        assertThat(rows)
                .contains("1790,1,1,1,3", "1795,2,1,1,2", "1812,0,1,0,3", "undated,0,0,0,0")
                .hasSize(1 + 23 + 1);
        Launcher.Run decade = Launcher.run(
                dir, Map.of(), null, "y.jsonl", "-c", "trend war --by decade", "-c", "count * --by decade");
        assertThat(decade.out())
                .contains(
                        "1790s       3          2          2       5",
                        "1800s       0          0          0       0",
                        "by decade, 1790s to 1810s (3 decades); no undated documents",
                        "decade  documents");
    }

    @Test
    void figuresTakeLimitAndAGlobOfFoldersLoadsThem() throws IOException {
        Launcher.Run f = Launcher.run(dir, Map.of(), null, "-c", "figures --limit 3", "-c", "docs --no-figures -n 2");
        assertThat(f.status()).as(f.err()).isZero();
        assertThat(f.err())
                .contains(
                        "-c:1: warning: figures: 3 of 69 figures kept (--limit 3)",
                        "-c:2: warning: docs: 2 of 5 documents kept (--limit 2)");
        assertThat(f.out()).contains("69 figures in 5 documents", "showing 3 of 69 (--limit 3)");

        for (String folder : List.of("news/c01", "news/c02", "news/d01")) {
            Files.createDirectories(dir.resolve(folder));
            Files.writeString(dir.resolve(folder).resolve("a.txt"), "A story from " + folder + ".\n");
        }
        // As a shell expands news/c0* to the folders, corpex reads each folder it matches.
        Launcher.Run g = Launcher.run(
                dir,
                Map.of(),
                null,
                "news/c0*",
                "-c",
                "docs --no-figures",
                "-c",
                "load news/c0* news/d*",
                "-c",
                "docs --no-figures");
        assertThat(g.status()).as(g.err()).isZero();
        assertThat(g.err()).contains("corpex: loaded 2 documents from 2 files");
        assertThat(g.out())
                .contains("news/c01/a.txt", "news/c02/a.txt", "loaded 3 documents from 3 files", "news/d01/a.txt");
    }
}
