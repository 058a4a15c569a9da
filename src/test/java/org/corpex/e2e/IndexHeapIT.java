package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.bench.CorpusGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpex index} in a small heap: a corpus several times the heap builds (batches sized to the heap, one file at
 * most read whole); when the heap is too small, the advice comes from what the failing step needed (the largest file
 * for a build, the heap doubled to open an index).
 */
class IndexHeapIT {
    @TempDir
    Path dir;

    private static long megabytes(String line) {
        Matcher m = Pattern.compile("CORPEX_JAVA_OPTS=-Xmx(\\d+)([mg])").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Long.parseLong(m.group(1)) * (m.group(2).equals("g") ? 1024 : 1);
    }

    @Test
    void aCorpusSeveralTimesTheHeapBuildsAndOpens() {
        Path c = dir.resolve("news");
        new CorpusGenerator().generate(40_000_000, c);
        Launcher.Run b = Launcher.run(dir, Map.of("CORPEX_JAVA_OPTS", "-Xmx64m"), null, "index", "news", "-o", "ix");
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(b.err()).contains("corpex: built index ix: ").doesNotContain("out of memory");
        Launcher.Run check = Launcher.run(dir, Map.of(), null, "index", "ix", "--check");
        assertThat(check.status()).as(check.err()).isZero();

        // Opening it in a heap far too small: the advice doubles the heap, it does not size the texts.
        Launcher.Run open = Launcher.run(dir, Map.of("CORPEX_JAVA_OPTS", "-Xmx8m"), null, "ix", "-c", "docs --limit 1");
        assertThat(open.status()).isEqualTo(1);
        List<String> lines = open.err().lines().toList();
        assertThat(lines).as(open.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("corpex: out of memory: opening index ix needs more than the ");
        assertThat(megabytes(lines.get(0))).isLessThanOrEqualTo(32);
    }

    @Test
    void aFileTooLargeForTheHeapIsNamedWithTheHeapItNeeds() throws IOException {
        Path c = Files.createDirectories(dir.resolve("one"));
        Files.writeString(c.resolve("small.txt"), "Small\n\nA small file.\n");
        try (Writer w = Files.newBufferedWriter(c.resolve("big.txt"))) {
            w.write("Big\n\n");
            for (int i = 0; i < 300_000; i++) w.write("Words of a long article about markets and rates " + i + ". ");
        }
        long size = Files.size(c.resolve("big.txt"));
        Launcher.Run b = Launcher.run(dir, Map.of("CORPEX_JAVA_OPTS", "-Xmx24m"), null, "index", "one", "-o", "ix");
        assertThat(b.status()).isEqualTo(1);
        List<String> lines =
                b.err().lines().filter(l -> !l.startsWith("corpex: indexing")).toList();
        assertThat(lines).as(b.err()).hasSize(1);
        assertThat(lines.get(0))
                .startsWith("corpex: out of memory: indexing reads each file whole, and the largest, one/big.txt (")
                .doesNotContain("filter");
        assertThat(megabytes(lines.get(0))).isGreaterThan(size >> 20).isLessThan(2 * 1024);
    }
}
