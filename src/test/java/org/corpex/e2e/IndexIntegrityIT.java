package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged indexes through the real launcher: a flipped byte in a stored text is caught by its checksum when read (never
 * shown as a wrong text); {@code corpex index NAME --check} reads every file and names the damage; damage met by any
 * command is the one-line damaged-index error, never an internal error.
 */
class IndexIntegrityIT {
    @TempDir
    Path dir;

    private Launcher.Run corpex(String... args) {
        return Launcher.run(dir, Map.of(), null, args);
    }

    private Path build() throws IOException {
        Path c = Files.createDirectories(dir.resolve("c"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(
                    c.resolve("d" + i + ".txt"),
                    "Title " + i + "\n\n"
                            + ("Document " + i + " names the marker w186" + i + " among market words and rates. ")
                                    .repeat(40));
        }
        Launcher.Run b = corpex("index", "c", "-o", "ix");
        assertThat(b.status()).as(b.err()).isZero();
        Launcher.Run ok = corpex("index", "ix", "--check");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.err()).contains("corpex: index ix is sound: 3 documents");
        return dir.resolve("ix");
    }

    private static Path only(Path ix, String suffix) throws IOException {
        try (var s = Files.list(ix)) {
            List<Path> l =
                    s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
            assertThat(l).hasSize(1);
            return l.get(0);
        }
    }

    /** Flips one bit of the first occurrence of {@code marker} in {@code file}. */
    private static void flip(Path file, String marker) throws IOException {
        byte[] b = Files.readAllBytes(file);
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + m.length <= b.length; i++) {
            for (int k = 0; k < m.length; k++) if (b[i + k] != m[k]) continue outer;
            b[i] ^= 0x04; // 'w' becomes 's'
            Files.write(file, b);
            return;
        }
        throw new AssertionError(marker + " not in " + file);
    }

    @Test
    void aFlippedByteInAStoredTextIsADamagedIndexNeverAWrongText() throws IOException {
        Path ix = build();
        flip(only(ix, ".dvd"), "w1862");
        Launcher.Run show = corpex("ix", "-c", "show d2");
        assertThat(show.out()).doesNotContain("s1862");
        List<String> err = show.err()
                .lines()
                .filter(l -> !l.startsWith("corpex: opened index"))
                .toList();
        assertThat(err).as(show.err()).hasSize(1);
        assertThat(err.get(0))
                .contains(
                        "ix is damaged (the text of document 1 fails its checksum); build it again with 'corpex index'")
                .doesNotContain("internal error", "Exception");
        assertThat(show.status()).isNotZero();

        Launcher.Run check = corpex("index", "ix", "--check");
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.err().lines().toList()).as(check.err()).hasSize(1);
        assertThat(check.err()).startsWith("corpex: ix is damaged (").doesNotContain("Exception");
    }

    @Test
    void damageInLucenesOwnFilesIsFoundByTheCheckAndIsNeverAnInternalError() throws IOException {
        for (String suffix : List.of(".tim", ".doc", ".dvd", ".pos")) {
            Path ix = build();
            Path f = only(ix, suffix);
            byte[] b = Files.readAllBytes(f);
            // Bytes in the middle of the file, past its header, before its footer.
            for (int i = b.length / 2; i < Math.min(b.length - 16, b.length / 2 + 8); i++) b[i] ^= (byte) 0xA5;
            Files.write(f, b);

            Launcher.Run check = corpex("index", "ix", "--check");
            assertThat(check.status()).as(suffix + ": " + check.err()).isEqualTo(1);
            assertThat(check.err().lines().toList()).as(check.err()).hasSize(1);
            assertThat(check.err()).startsWith("corpex: ix is damaged (").doesNotContain("Exception");

            Launcher.Run use = corpex(
                    "ix",
                    "-c",
                    "kwic market --limit 3",
                    "-c",
                    "freq --limit 3",
                    "-c",
                    "show d1",
                    "-c",
                    "show d2",
                    "-c",
                    "kwic w1862",
                    "-c",
                    "figures",
                    "-c",
                    "collocates market --limit 3");
            assertThat(use.err()).as(suffix + ": " + use.err()).doesNotContain("internal error", "Exception");
            for (String l : use.err().lines().toList()) {
                assertThat(l)
                        .as(suffix + ": " + use.err())
                        .matches("corpex: opened index .*|-c:\\d+: (warning: .*|ix is damaged \\(.*\\); .*)");
            }
            deleteTree(ix);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
