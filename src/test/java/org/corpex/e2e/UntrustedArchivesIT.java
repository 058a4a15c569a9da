package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.corpex.fixtures.NewsArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives, feeds and PDFs made by someone else, loaded through the real launcher: bombs stop with one line that names
 * them, in a small heap; damaged archives keep what came before the damage; encrypted entries are skipped alone; names
 * cannot forge lines; warnings speak no Java.
 */
class UntrustedArchivesIT {
    @TempDir
    Path dir;

    /** Bombs are 256 MB expanded: a heap of 128 MB shows they are never held whole. */
    private static final long BOMB = 256L << 20;

    private static final Map<String, String> SMALL_HEAP = Map.of("CORPEX_JAVA_OPTS", "-Xmx128m");

    private static final String JAVA_NAMES =
            "(?s).*(\\b[a-z]+\\.[a-z.]+\\.[A-Z]\\w+|\\w+(Exception|Error)\\b|\\(null\\)).*";

    private Launcher.Run load(Map<String, String> env, Path... paths) {
        List<String> args = new ArrayList<>();
        for (Path p : paths) args.add(dir.relativize(p).toString());
        args.addAll(List.of("--format", "tsv", "-c", "docs --no-figures --limit 1000"));
        return Launcher.run(dir, env, null, args.toArray(new String[0]));
    }

    /** {@code n} spaces through a deflater, written as they are made: nothing large is held. */
    private static void spaces(OutputStream o, long n) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        for (long left = n; left > 0; left -= chunk.length) o.write(chunk, 0, (int) Math.min(chunk.length, left));
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decompressionBombsStopWithOneLineThatNamesThemInASmallHeap() throws IOException {
        Path gz = dir.resolve("zeros.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
            o.write(text("A headline\n\n"));
            spaces(o, BOMB);
        }
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("a/first.txt"));
            z.write(text("First\n\nThe entry before the bomb loads.\n"));
            z.putNextEntry(new ZipEntry("a/bomb.txt"));
            z.write(text("Bomb\n\n"));
            spaces(z, BOMB);
            z.putNextEntry(new ZipEntry("a/after.txt"));
            z.write(text("After\n\nAn entry after the bomb.\n"));
        }
        Path pdf = dir.resolve("stream.pdf");
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            var cos = doc.getDocument().createCOSStream();
            try (OutputStream o = new DeflaterOutputStream(cos.createRawOutputStream(), new Deflater(9), 1 << 16)) {
                o.write(text("BT /F1 12 Tf 40 700 Td (A page) Tj ET\n"));
                spaces(o, BOMB);
            }
            cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(cos));
            doc.save(pdf.toFile());
        }
        assertThat(Files.size(pdf)).isLessThan(2L << 20);
        Path spacesTgz = dir.resolve("spaces.tar.gz");
        try (var t = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(spacesTgz), 1 << 16))) {
            var e = new TarArchiveEntry("in/spaces.txt");
            e.setSize(BOMB);
            t.putArchiveEntry(e);
            spaces(t, BOMB);
            t.closeArchiveEntry();
        }
        Path fine = dir.resolve("fine.txt");
        Files.writeString(fine, "Fine\n\nA plain file beside the bombs still loads.\n");

        Launcher.Run r = load(SMALL_HEAP, gz, zip, pdf, spacesTgz, fine);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("out of memory");
        // A zip on disk knows where each entry ends: the entry after the bomb loads too.
        assertThat(r.out()).contains("bomb.zip!/a/first.txt", "bomb.zip!/a/after.txt", "fine.txt");
        List<String> lines = r.err().lines().toList();
        assertThat(lines)
                .filteredOn(l -> l.contains("zeros.txt.gz: skipped: it expands more than 100 times"))
                .as(r.err())
                .hasSize(1);
        assertThat(lines)
                .filteredOn(l -> l.contains("spaces.tar.gz!/in/spaces.txt: skipped: it expands more than 100 times")
                        && l.endsWith("the rest of spaces.tar.gz is not read"))
                .as(r.err())
                .hasSize(1);
        assertThat(lines)
                .filteredOn(l -> l.contains("bomb.zip!/a/bomb.txt: skipped: it expands more than 100 times"))
                .as(r.err())
                .hasSize(1);
        // A zip inside a tarball is a stream: a bomb in it ends what can be read of it.
        Path tgz = dir.resolve("nested.tar.gz");
        try (var t = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
            byte[] inner = Files.readAllBytes(zip);
            var e = new TarArchiveEntry("in/bomb.zip");
            e.setSize(inner.length);
            t.putArchiveEntry(e);
            t.write(inner);
            t.closeArchiveEntry();
        }
        Launcher.Run n = load(SMALL_HEAP, tgz);
        assertThat(n.status()).as(n.err()).isZero();
        assertThat(n.out()).contains("nested.tar.gz!/in/bomb.zip!/a/first.txt").doesNotContain("after.txt");
        assertThat(n.err().lines().toList())
                .filteredOn(l ->
                        l.contains("nested.tar.gz!/in/bomb.zip!/a/bomb.txt: skipped: it expands more than 100 times")
                                && l.contains("the rest of"))
                .as(n.err())
                .hasSize(1);
        assertThat(lines)
                .filteredOn(
                        l -> l.matches(".*stream\\.pdf \\(stream \\d+\\): skipped: it expands more than 100 times.*"))
                .as(r.err())
                .hasSize(1);
    }

    @Test
    void aCutOrDamagedWebArchiveKeepsEveryRecordBeforeTheDamage() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            Path whole = NewsArchives.warc(dir.resolve(gzip ? "whole.warc.gz" : "whole.warc"), 6, gzip);
            byte[] all = Files.readAllBytes(whole);
            Path cut = dir.resolve(gzip ? "cut.warc.gz" : "cut.warc");
            Files.write(cut, Arrays.copyOf(all, all.length * 6 / 10));
            Launcher.Run full = load(Map.of(), whole);
            Launcher.Run r = load(Map.of(), cut);
            assertThat(r.status()).as(r.err()).isZero();
            long fullDocs = full.out().lines().count() - 1;
            long cutDocs = r.out().lines().count() - 1;
            assertThat(fullDocs).isEqualTo(6);
            assertThat(cutDocs).as(r.out() + r.err()).isBetween(2L, 5L);
            assertThat(r.err())
                    .as(r.err())
                    .containsPattern(
                            "cut\\.warc(\\.gz)?: skipped the rest: the archive is damaged or cut after [\\d,]+ "
                                    + "complete records? \\(at byte [\\d,]+: ");
            assertThat(r.err()).doesNotMatch(JAVA_NAMES);

            // A flipped run of bytes in the middle: the records before it stand.
            byte[] damaged = all.clone();
            for (int i = all.length / 2; i < all.length / 2 + 64; i++) damaged[i] ^= 0x5A;
            Path bad = dir.resolve(gzip ? "bad.warc.gz" : "bad.warc");
            Files.write(bad, damaged);
            Launcher.Run b = load(Map.of(), bad);
            assertThat(b.status()).as(b.err()).isZero();
            assertThat(b.out().lines().count() - 1).as(b.out() + b.err()).isGreaterThanOrEqualTo(2);
            assertThat(b.err()).doesNotMatch(JAVA_NAMES);
        }
    }

    @Test
    void aCutZipAndABrokenDocxSayWhatIsWrongWithoutJavasNames() throws IOException {
        ByteArrayOutputStreamHolder h = new ByteArrayOutputStreamHolder();
        try (ZipOutputStream z = new ZipOutputStream(h.out)) {
            z.putNextEntry(new ZipEntry("one.txt"));
            z.write(text("One\n\nThe first entry of a cut zip.\n"));
            z.putNextEntry(new ZipEntry("two.txt"));
            z.write(text("Two\n\n" + "The second entry, cut in its middle. ".repeat(400)));
        }
        byte[] all = h.out.toByteArray();
        Path zip = dir.resolve("cut.zip");
        Files.write(zip, Arrays.copyOf(all, all.length * 2 / 3));
        Path docx = dir.resolve("report.docx");
        Files.write(docx, text("This is not a word processor file at all."));
        Path cutDocx = NewsArchives.docx(dir.resolve("cut.docx"), List.of("A line", "Another line"));
        byte[] d = Files.readAllBytes(cutDocx);
        Files.write(cutDocx, Arrays.copyOf(d, d.length / 2));
        Launcher.Run r = load(Map.of(), zip, docx, cutDocx);
        assertThat(r.out()).contains("cut.zip!/one.txt");
        assertThat(r.err())
                .contains(
                        "cut.zip: skipped the rest: a damaged or cut archive (",
                        "report.docx: skipped: not a readable .docx file (",
                        "cut.docx: skipped: not a readable .docx file (");
        assertThat(r.err()).as(r.err()).doesNotMatch(JAVA_NAMES);
    }

    private static final class ByteArrayOutputStreamHolder {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
    }

    @Test
    void anEncryptedEntryIsSkippedAndTheEntriesAfterItLoad() throws IOException, InterruptedException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("a.txt"), "Alpha\n\nReadable before the locked one.\n");
        Files.writeString(src.resolve("b.txt"), "Bravo\n\nLocked away with a password.\n");
        Files.writeString(src.resolve("c.txt"), "Charlie\n\nReadable after the locked one.\n");
        Path zip = dir.resolve("locked.zip");
        for (List<String> cmd : List.of(
                List.of("zip", "-q", zip.toString(), "a.txt"),
                List.of("zip", "-q", "-P", "secret", zip.toString(), "b.txt"),
                List.of("zip", "-q", zip.toString(), "c.txt"))) {
            Process p =
                    new ProcessBuilder(cmd).directory(src.toFile()).inheritIO().start();
            assertThat(p.waitFor()).isZero();
        }
        Launcher.Run r = load(Map.of(), zip);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("locked.zip!/a.txt", "locked.zip!/c.txt").doesNotContain("Bravo");
        assertThat(r.err()).contains("locked.zip!/b.txt: skipped: the entry is encrypted");
    }

    @Test
    void anRss091FeedWithNetscapesDoctypeLoadsAndEntitiesAreStillRefused() throws IOException {
        Path feed = dir.resolve("old.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91">
                <channel>
                <title>Old Wire</title>
                <link>http://old.example/</link>
                <description>An old feed</description>
                <language>en-us</language>
                <item>
                <title>Harbour caf&eacute; reopens</title>
                <link>http://old.example/1</link>
                <description>The harbour caf&eacute; reopened on Monday after a long winter.</description>
                </item>
                </channel>
                </rss>
                """, StandardCharsets.ISO_8859_1);
        Path evil = dir.resolve("evil.rss");
        Files.writeString(evil, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><title>Evil</title>
                <item><title>Leak</title><description>&xxe;</description></item>
                </channel></rss>
                """);
        Launcher.Run r = load(Map.of(), feed, evil);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Harbour café reopens", "Old Wire").doesNotContain("root:", "Leak");
        assertThat(r.err())
                .contains("evil.rss: skipped: not a readable RSS or Atom feed")
                .doesNotContain("old.rss");
    }

    @Test
    void namesWithLineBreaksCannotForgeALine() throws IOException {
        Path zip = dir.resolve("names.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("x\ncorpex: loaded 999 documents\r\n.json"));
            z.write(text("[{\"text\": "));
            z.putNextEntry(new ZipEntry("ok.txt"));
            z.write(text("Ok\n\nA well named entry.\n"));
        }
        Path odd = dir.resolve("bad\ncorpex: forged\u001b[31m.json");
        Files.writeString(odd, "[{\"text\": ");
        Launcher.Run r = load(Map.of(), zip, odd);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("names.zip!/ok.txt");
        for (String l : r.err().lines().toList()) {
            assertThat(l)
                    .as(r.err())
                    .doesNotStartWith("corpex: loaded 999")
                    .doesNotStartWith("corpex: forged")
                    .doesNotStartWith(".json");
        }
        assertThat(r.err())
                .contains(
                        "names.zip!/x\\ncorpex: loaded 999 documents\\r\\n.json:",
                        "bad\\ncorpex: forged\\x1b[31m.json:");
    }

    @Test
    void aNameThatIsNotUtf8IsKeptSoAnIndexFindsItAgainAndAnIndexInsideItsSourcesIsLeftOut() throws IOException {
        Path c = Files.createDirectories(dir.resolve("latin"));
        // Java cannot name such a file; a shell can: caf\351.txt, the Latin-1 bytes of café.
        Launcher.Run made = Launcher.exec(
                c,
                Map.of(),
                null,
                List.of("sh", "-c", "printf 'Un titre\\n\\nDu texte.\\n' > \"$(printf 'caf\\351.txt')\""));
        assertThat(made.status()).as(made.err()).isZero();
        Files.writeString(c.resolve("plain.txt"), "Plain\n\nA plain name.\n");
        Launcher.Run build = Launcher.run(dir, Map.of(), null, "index", "latin", "-o", "latin/ix");
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).contains("2 documents");
        for (int i = 0; i < 2; i++) {
            Launcher.Run up = Launcher.run(dir, Map.of(), null, "index", "latin/ix", "--update");
            assertThat(up.status()).as(up.err()).isZero();
            assertThat(up.err())
                    .as(up.err())
                    .contains("index latin/ix is up to date (2 files)")
                    .doesNotContain("gone", "rebuilt");
        }
        Launcher.Run open = Launcher.run(dir, Map.of(), null, "latin/ix", "-c", "docs");
        assertThat(open.status()).as(open.err()).isZero();
        assertThat(open.err()).doesNotContain("gone", "changed");
        assertThat(open.out()).contains("2 of 2 documents");
    }
}
