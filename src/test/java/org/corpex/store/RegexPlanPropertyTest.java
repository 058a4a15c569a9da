package org.corpex.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corpex.corpus.Document;
import org.corpex.index.Hit;
import org.corpex.index.Index;
import org.corpex.index.Query;
import org.corpex.index.QueryParser;
import org.corpex.index.RegexPlan;
import org.corpex.index.TextScan;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regex answered from the windows its {@link RegexPlan} points to, by the in-memory engine and by an on-disk index,
 * finds exactly what a scan of every text finds: every hit, span and count, over seeded texts full of the edges the
 * plan reasons about (blanks of every kind and length, figures with points and commas, clitics, hyphens, punctuation
 * against words, case) and random regexes built from the atoms it reads.
 */
public class RegexPlanPropertyTest {
    private static final String[] WORDS = {
        "to",
        "To",
        "TO",
        "data",
        "Data",
        "billion",
        "billions",
        "million",
        "millions",
        "53",
        "2025",
        "1999",
        "3.25",
        "1,000",
        "$53",
        "$1,200",
        "7%",
        "badly",
        "deeply",
        "disappointed",
        "chief",
        "executive",
        "officer",
        "the",
        "The",
        "company's",
        "Reuters’s",
        "O'Brien",
        "year-over-year",
        "new",
        "growth",
        "a_b",
        "x",
        "ſo",
        "\u212Aelvin",
        "café",
        "北京",
        "(data",
        "data)",
        "\"to\"",
        "to,",
        "2025.",
        "no.",
        "U.S."
    };
    private static final String[] BLANKS = {" ", " ", " ", " ", " ", "  ", "\t", "\n", " \n ", "\r\n", ", ", ". "};
    private static final String[] ATOMS = {
        "to",
        "data",
        "billion",
        "millions?",
        "\\d+",
        "\\d{4}",
        "[0-9]+",
        "\\$\\d+",
        "\\w+",
        "\\w+ly",
        "\\S+",
        "[a-z]+",
        "[A-Za-z]+",
        "(?i)data",
        "[Dd]ata",
        "\\bthe\\b",
        "(new|chief)",
        "(invest|data)s?",
        "\\d+%",
        "\\.",
        "executive",
        "disappointed\\b",
        "\\d+(,\\d+)*",
        "o'brien",
        "[Tt]o",
        "TO",
        "'s",
        "x",
        "\\w+\\.",
        "(?i)to"
    };

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> plannedRegexesFindWhatAScanFinds() {
        return IntStream.range(0, 6).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    private void check(long seed) throws IOException {
        Random r = new Random(seed);
        Path corpus = tmp.resolve("corpus-" + seed);
        // odd seeds: an index built from the first folder and then appended the second, so that its positions run
        // over two segments, the second starting inside a word of the first's bits
        Path first = corpus.resolve("a"), second = corpus.resolve("b");
        Files.createDirectories(first);
        Files.createDirectories(second);
        int count = 4 + r.nextInt(6);
        for (int d = 0; d < count; d++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 150 + r.nextInt(300); w++) {
                b.append(WORDS[r.nextInt(WORDS.length)]).append(BLANKS[r.nextInt(BLANKS.length)]);
            }
            Path folder = seed % 2 == 1 && d >= count / 2 ? second : first;
            Files.writeString(folder.resolve("d" + d + ".txt"), b, StandardCharsets.UTF_8);
        }
        Path index = tmp.resolve("index-" + seed);
        EnginePropertyTest.Engines both = seed % 2 == 0
                ? EnginePropertyTest.Engines.of(corpus, index)
                : EnginePropertyTest.Engines.appended(first, second, index);
        if (seed % 2 == 1) {
            try (Stream<Path> files = Files.list(index)) {
                assertThat(files.filter(f -> f.toString().endsWith(".si")))
                        .as("segments")
                        .hasSizeGreaterThan(1);
            }
        }
        Session memory = both.memory(), disk = both.disk();
        Shell a = new Shell(memory), b = new Shell(disk);

        List<String> regexes = new ArrayList<>();
        for (int q = 0; q < 60; q++) {
            int pieces = 1 + r.nextInt(3);
            StringBuilder re = new StringBuilder();
            for (int p = 0; p < pieces; p++) {
                if (p > 0) re.append(' ');
                re.append(ATOMS[r.nextInt(ATOMS.length)]);
                if (r.nextInt(4) == 0) re.append(ATOMS[r.nextInt(ATOMS.length)]);
            }
            regexes.add(re.toString());
        }
        int planned = 0, hits = 0;
        List<Document> docs = memory.corpus().documents();
        for (String re : regexes) {
            if (RegexPlan.of(re).isPresent()) planned++;
            for (String flags : new String[] {"", "c"}) {
                // Both engines answer from the plan's windows; the reference is a scan of every text.
                Query q = QueryParser.regex("/" + re + "/" + flags, re, flags.equals("c"));
                List<Hit> scanned = new ArrayList<>();
                long total = TextScan.scan(
                        (Query.TextRegex) q,
                        docs,
                        TextScan.order(docs.size(), null, null),
                        Integer.MAX_VALUE,
                        scanned,
                        new BitSet());
                for (Session engine : List.of(memory, disk)) {
                    Index.Result found = engine.corpus().index().find(q, null, flags.equals("c"), Integer.MAX_VALUE);
                    assertThat(found.hits())
                            .as("seed " + seed + ": /" + re + "/" + flags)
                            .isEqualTo(scanned);
                    assertThat(found.total()).isEqualTo(total);
                }
                String command = "kwic /" + re + "/" + flags + " --limit 100000";
                String want = EnginePropertyTest.describe(a, command), got = EnginePropertyTest.describe(b, command);
                assertThat(got).as("seed " + seed + ": " + command).isEqualTo(want);
                if (total > 0) hits++;
            }
        }
        // The comparison means something only when most regexes take a plan and find something.
        assertThat(planned).as("regexes with a plan").isGreaterThan(regexes.size() / 2);
        assertThat(hits).as("searches with hits").isGreaterThan(regexes.size() / 2);
    }
}
