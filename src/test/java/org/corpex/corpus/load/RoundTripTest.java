package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corpex.TestShell;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.corpex.index.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records written by real JSON and CSV writers, with the characters that break hand-written parsers (quotes, commas,
 * tabs, CR, CRLF, no-break spaces, emoji), load back with the same text and fields. Seeded, so a failure names the seed
 * that reproduces it.
 */
class RoundTripTest {
    @TempDir
    Path dir;

    private static final String[] PIECES = {
        "Alibaba",
        " ",
        "  ",
        ",",
        ";",
        "\"",
        "'",
        "’",
        "“q”",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\u00A0",
        "$53 billion",
        "U.S.",
        "é",
        "中文",
        "😀",
        "\\",
        "{",
        "}",
        "[",
        "]",
        ":",
        "=",
        "#",
        "-",
        "...",
        "1,000"
    };

    private static String random(Random r, int max) {
        StringBuilder b = new StringBuilder("W");
        for (int i = r.nextInt(max); i > 0; i--) b.append(PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }

    @TestFactory
    List<DynamicTest> recordsSurviveTheirWriters() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int s = 1; s <= 25; s++) {
            long seed = s;
            tests.add(DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
        }
        return tests;
    }

    private void check(long seed) throws Exception {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(12);
        List<Map<String, String>> recs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", "r" + seed + "_" + i);
            m.put("title", random(r, 6));
            m.put("note", random(r, 6));
            m.put("text", random(r, 40));
            recs.add(m);
        }
        Path sub = dir.resolve("s" + seed);
        ObjectMapper json = new ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (Map<String, String> m : recs)
            jsonl.append(json.writeValueAsString(m)).append('\n');
        Corpora.write(sub, "a.jsonl", jsonl.toString());
        Corpora.write(sub, "b.json", json.writeValueAsString(recs));
        for (String[] kind : new String[][] {{"c.csv", ","}, {"d.tsv", "\t"}}) {
            StringWriter w = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(
                    w, CSVFormat.DEFAULT.builder().setDelimiter(kind[1]).get())) {
                p.printRecord(recs.get(0).keySet());
                for (Map<String, String> m : recs) p.printRecord(m.values());
            }
            Corpora.write(sub, kind[0], w.toString());
        }
        LoadReport report = Loader.load(List.of(sub.toString()), FieldNames.DETECT);
        assertThat(report.warnings())
                .as("seed %d", seed)
                .allMatch(x -> x.contains("is already taken") || x.matches("\\.\\.\\. and [\\d,]+ more id clashes"));
        Corpus corpus = Corpus.of(report.documents());
        assertThat(corpus.size()).as("seed %d", seed).isEqualTo(4 * n);
        for (Document d : corpus.documents()) {
            Map<String, String> m =
                    recs.get(Integer.parseInt(d.id().replaceAll("~\\d+$", "").replaceAll(".*_", "")));
            String text =
                    m.get("text").replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
            assertThat(d.text()).as("seed %d %s", seed, d.path()).isEqualTo(text);
            assertThat(d.title()).as("seed %d %s", seed, d.path()).isEqualTo(Clean.field(m.get("title")));
            assertThat(d.meta().getOrDefault("note", ""))
                    .as("seed %d %s", seed, d.path())
                    .isEqualTo(Clean.field(m.get("note")));
        }
        assertThat(TestShell.on(sub).run("docs").rows()).hasSize(4 * n);
    }
}
