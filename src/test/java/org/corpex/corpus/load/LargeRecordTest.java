package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One oversized record never takes others with it (issue 12). Jackson's default limit on a string is 20,000,000
 * characters: over it, a JSON array lost that record and every one after it, and a JSON Lines line was called
 * malformed. The texts here are just over that limit, written as one long word so that segmenting them stays cheap.
 */
class LargeRecordTest {
    private static final int HUGE = 20_000_001;

    private static void writeRecord(Writer w, String id, int length) throws IOException {
        w.write("{\"id\": \"" + id + "\", \"text\": \"");
        char[] chunk = new char[1 << 16];
        Arrays.fill(chunk, 'x');
        for (int left = length; left > 0; left -= chunk.length) w.write(chunk, 0, Math.min(left, chunk.length));
        w.write("\"}");
    }

    private static LoadReport load(Path p) {
        return Loader.load(List.of(p.toString()), FieldNames.DETECT);
    }

    @Test
    void aJsonArrayWithATextOfTwentyMillionCharactersLoadsItAndEveryRecordAfterIt(@TempDir Path dir)
            throws IOException {
        Path f = dir.resolve("big.json");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("[{\"id\": \"before\", \"text\": \"Before it.\"},\n");
            writeRecord(w, "huge", HUGE);
            w.write(",\n{\"id\": \"after\", \"text\": \"After it.\"},\n{\"id\": \"last\", \"text\": \"Last.\"}]\n");
        }
        LoadReport r = load(f);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.documents()).extracting(Document::id).containsExactly("before", "huge", "after", "last");
        assertThat(r.documents().get(1).text()).hasSize(HUGE);
    }

    @Test
    void aJsonLinesLineOfTwentyMillionCharactersLoads(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.jsonl");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("{\"id\": \"before\", \"text\": \"Before it.\"}\n");
            writeRecord(w, "huge", HUGE);
            w.write("\n{\"id\": \"after\", \"text\": \"After it.\"}\n");
        }
        LoadReport r = load(f);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.documents()).extracting(Document::id).containsExactly("before", "huge", "after");
        assertThat(r.documents().get(1).text()).hasSize(HUGE);
    }

    @Test
    void aRecordOverTheLimitsThatStayIsSkippedAloneAndTheWarningSaysWhyAndHowLarge(@TempDir Path dir)
            throws IOException {
        // Number length and nesting keep Jackson's limits: a million-digit number parses in quadratic time.
        String digits = "9".repeat(5_000);
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        Path json = dir.resolve("odd.json");
        Files.writeString(
                json,
                "[{\"text\": \"one\"},\n{\"text\": \"two\", \"n\": " + digits + "},\n{\"text\": \"three\", \"d\": "
                        + deep + "},\n{\"text\": \"four\"}]\n");
        LoadReport r = load(json);
        assertThat(r.documents()).extracting(Document::text).containsExactly("one", "four");
        assertThat(r.warnings()).hasSize(2);
        assertThat(r.warnings().get(0))
                .startsWith(json + ":2:")
                .contains("skipped record 2: malformed JSON: Number value length (5000) exceeds");
        assertThat(r.warnings().get(1))
                .startsWith(json + ":3:")
                .contains("skipped record 3: malformed JSON: Document nesting depth")
                .contains("exceeds");
        Path lines = dir.resolve("odd.jsonl");
        Files.writeString(
                lines, "{\"text\": \"one\"}\n{\"text\": \"two\", \"n\": " + digits + "}\n{\"text\": \"three\"}\n");
        r = load(lines);
        assertThat(r.documents()).extracting(Document::text).containsExactly("one", "three");
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .startsWith(lines + ":2: skipped line: malformed JSON")
                .contains("Number value length (5000) exceeds");
    }
}
