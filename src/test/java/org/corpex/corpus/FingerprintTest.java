package org.corpex.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fingerprint's digest is the one recorded before: file names, sizes and checksums, however the paths are spelled.
 */
class FingerprintTest {

    @Test
    void theDigestReadsFileNamesAsPathsDo() throws Exception {
        List<Fingerprint.Source> sources = new ArrayList<>();
        long[] crcs = {0, 0xabcL, 0xffffffffL, 0x1234abcdL};
        String[] paths = {"/a/b/c.txt", "/a//b/d.txt", "file:/x/caf%E9.txt", "/", "rel/x.txt", "/a/b/", "plain"};
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < paths.length; i++) {
            long crc = crcs[i % crcs.length];
            String hex = String.format("%08x", crc);
            assertThat(Fingerprint.Source.of(Path.of("/tmp/f" + i), 1, crc).crc32c())
                    .isEqualTo(hex);
            Fingerprint.Source s = new Fingerprint.Source(paths[i], 10L + i, hex);
            sources.add(s);
            Path name = Path.of(paths[i]).getFileName();
            md.update(((name == null ? paths[i] : name.toString()) + "\t" + s.size() + "\t" + hex + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Fingerprint.digest(sources)).isEqualTo(HexFormat.of().formatHex(md.digest()));
    }
}
