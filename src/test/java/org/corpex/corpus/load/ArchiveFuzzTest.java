package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpex.corpus.FieldNames;

/**
 * Fuzzes the archive readers (zip, tar.gz, gz, WARC) through Loader.load on a real file, from seeds of each kind
 * (src/test/resources/.../ArchiveFuzzTestInputs). Whatever the bytes, a load returns: damage, bombs, encrypted and odd
 * entries are warnings of one line each that name the file and speak no Java (no class names, no "(null)").
 */
class ArchiveFuzzTest {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("corpex-archive-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void zip(byte[] data) {
        load("bundle.zip", data);
    }

    @FuzzTest
    void tarGz(byte[] data) {
        load("bundle.tar.gz", data);
    }

    @FuzzTest
    void gz(byte[] data) {
        load("article.txt.gz", data);
    }

    @FuzzTest
    void warc(byte[] data) {
        load("crawl.warc.gz", data);
    }

    /** Loads {@code data} as a file of this name and checks every warning is one plain line about it. */
    static LoadReport load(String name, byte[] data) {
        Path f = DIR.resolve(name);
        try {
            Files.write(f, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadReport r = Loader.load(List.of(f.toString()), FieldNames.DETECT);
        // Names inside an archive are the fuzzer's to choose: one it wrote "Exception" into may show it.
        String raw = new String(data, StandardCharsets.ISO_8859_1);
        boolean namesMaySayIt = raw.contains("Exception") || raw.contains("Error") || raw.contains("null");
        for (String w : r.warnings()) {
            assertThat(w).as("one line").doesNotContain("\n").doesNotContain("\r");
            assertThat(w.startsWith(f.toString()) || w.startsWith("... and "))
                    .as("names the file: %s", w)
                    .isTrue();
            if (namesMaySayIt) continue;
            assertThat(w)
                    .as("speaks no Java: %s", w)
                    .doesNotContain("(null)")
                    .doesNotContainPattern("\\b[a-z]+\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b")
                    .doesNotContainPattern("\\b\\w+Exception\\b");
        }
        return r;
    }
}
