package org.corpex.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench at a tiny size, so it cannot rot: every section runs and reports; no time is asserted. */
class BenchTest {

    @Test
    void everySectionRunsOnATinyCorpus(@TempDir Path dir) {
        Path corpus = dir.resolve("corpus");
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Table t = Bench.run(new String[] {"--size", "256KB", "--dir", corpus.toString(), "--runs", "1"}, log);
        assertThat(t.rows()).isNotEmpty();
        assertThat(t.rows())
                .allSatisfy(
                        r -> assertThat(r.get(1)).as("a failed section: " + r).isNotEqualTo("FAILED"));
        for (String section : Bench.SECTIONS.keySet()) {
            assertThat(t.rows())
                    .as(section)
                    .anySatisfy(r -> assertThat(r.get(0)).isEqualTo(section));
        }
        assertThat(t.rows()).anySatisfy(r -> assertThat((String) r.get(1)).startsWith("common word"));
        // the build beside its yardstick, measured in the same run
        assertThat(t.rows()).anySatisfy(r -> {
            assertThat((String) r.get(1)).isEqualTo("build, beside a plain Lucene IndexWriter");
            assertThat((String) r.get(4)).isNotEmpty();
        });
    }

    @Test
    void theCorpusIsTheSameBytesForTheSameSize(@TempDir Path dir) throws Exception {
        CorpusGenerator g = new CorpusGenerator();
        g.generate(64 * 1024, dir.resolve("a"));
        new CorpusGenerator().generate(64 * 1024, dir.resolve("b"));
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())))
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
        String text = g.document(7, 1 << 20);
        assertThat(text)
                .containsPattern(
                        "\\$\\d+(\\.\\d)? billion|up \\d+%|\\d+ new data centers|between 20\\d\\d and 20\\d\\d");
        assertThat(Bench.parseSize("200MB")).isEqualTo(200L << 20);
        assertThatThrownBy(() -> Bench.run(new String[] {"nosuchsection"}, System.err))
                .hasMessageContaining("unknown section");
    }
}
