package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.corpex.corpus.load.Corpora.docs;
import static org.corpex.corpus.load.Corpora.text;
import static org.corpex.corpus.load.Corpora.write;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encodings and bad input: each skip is one warning naming the file (and line) and why, and nothing else is lost. */
class BadInputTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    @Test
    void everyUnicodeEncodingWithItsBomAndEveryLineEnd(@TempDir Path dir) {
        String text = "Café “quoted” — Alibaba’s bet\nSecond line.\n";
        write(dir, "bom8.txt", concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8)));
        write(dir, "le16.txt", concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
        write(dir, "be16.txt", concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
        write(dir, "crlf.txt", text.replace("\n", "\r\n"));
        write(dir, "cr.txt", text.replace("\n", "\r"));
        write(dir, "plain.txt", text);
        write(
                dir,
                "bom.csv",
                concat(
                        bytes(0xEF, 0xBB, 0xBF),
                        "title,text\r\nT,\"Body\r\nmore\"\r\n".getBytes(StandardCharsets.UTF_8)));
        Table load = TestShell.seeds().run("load " + dir);
        assertThat(load.warnings()).isEmpty();
        TestShell shell = TestShell.on(dir);
        Map<String, Map<String, String>> docs = docs(shell);
        for (String id : new String[] {"bom8", "le16", "be16", "crlf", "cr", "plain"}) {
            assertThat(text(shell, id)).as(id).isEqualTo("Café “quoted” — Alibaba’s bet\nSecond line.");
            assertThat(docs.get(id).get("title")).as(id).isEqualTo("Café “quoted” — Alibaba’s bet");
        }
        // A BOM does not stick to the first header name, and CRLF inside a quoted field becomes \n.
        assertThat(docs.get("bom-1").get("title")).isEqualTo("T");
        assertThat(text(shell, "bom-1")).isEqualTo("Body\nmore");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning(@TempDir Path dir) {
        // "Caf\xE9" and curly quotes 0x93/0x94 as Windows-1252 writes them, on line 2.
        write(
                dir,
                "old.txt",
                concat(
                        "Headline\n".getBytes(StandardCharsets.US_ASCII),
                        bytes('C', 'a', 'f', 0xE9, ' ', 0x93, 'x', 0x94, '\n')));
        write(dir, "good.txt", "Fine\n");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(dir.resolve("old.txt")
                        + ":2: not valid UTF-8 (byte 0xE9 at offset 12); read the file as Windows-1252");
        assertThat(load.notes().get(0))
                .startsWith("loaded 2 documents from 2 files")
                .contains("; skipped 0;");
        assertThat(text(shell, "old")).isEqualTo("Headline\nCafé “x”");
    }

    @Test
    void anHtmlPageIsReadInTheCharsetItDeclares(@TempDir Path dir) {
        byte[] page = concat(
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Caf"
                        .getBytes(StandardCharsets.US_ASCII),
                concat(bytes(0xE9), "</title></head><body><p>Cr".getBytes(StandardCharsets.US_ASCII)));
        page = concat(
                page,
                concat(
                        bytes(0xE8, 'm', 'e', ' ', 0x93, 'x', 0x94),
                        "</p></body></html>".getBytes(StandardCharsets.US_ASCII)));
        write(dir, "latin.html", page);
        write(
                dir,
                "koi.html",
                concat(
                        "<meta charset=\"koi8-r\"><p>".getBytes(StandardCharsets.US_ASCII),
                        "Привет".getBytes(Charset.forName("KOI8-R"))));
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings()).isEmpty();
        assertThat(docs(shell).get("latin").get("title")).isEqualTo("Café");
        assertThat(text(shell, "latin")).isEqualTo("Crème “x”");
        assertThat(text(shell, "koi")).isEqualTo("Привет");
    }

    @Test
    void binaryEmptyAndBlankFilesAreSkippedEachWithAWarning(@TempDir Path dir) {
        write(dir, "a.txt", "Good one\nText.\n");
        write(dir, "image.dat", bytes('G', 'I', 'F', 0, 1, 2));
        write(dir, "empty.txt", new byte[0]);
        write(dir, "blank.md", " \n\t\u00A0\n");
        write(dir, "report.odt", "PK whatever");
        write(dir, "scan.pdf", "%PDF-1.4 whatever");
        write(dir, "z.txt", "Last one\nText.\n");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(
                        dir.resolve("blank.md") + ": skipped: no text (only white space)",
                        dir.resolve("empty.txt") + ": skipped: empty file",
                        dir.resolve("image.dat") + ": skipped: binary file (NUL byte at offset 3)",
                        dir.resolve("report.odt") + ": skipped: .odt files are not a format corpex reads",
                        dir.resolve("scan.pdf")
                                + ": skipped: not a readable .pdf file (Missing root object specification in "
                                + "trailer.)");
        assertThat(load.notes().get(0))
                .startsWith("loaded 2 documents from 7 files")
                .contains("; skipped 5 (1 binary, 2 empty, 1 malformed, 1 unsupported); ");
        assertThat(docs(shell).keySet()).containsExactly("a", "z");
    }

    @Test
    void unreadableFilesAreSkippedWithAWarning(@TempDir Path dir) throws Exception {
        write(dir, "ok.txt", "Readable\n");
        Path locked = write(dir, "locked.txt", "Secret\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked))
                    .as("running as root: permissions do not stop reads")
                    .isFalse();
            TestShell shell = TestShell.seeds();
            Table load = shell.run("load " + dir);
            assertThat(load.warnings())
                    .containsExactly(dir.resolve("locked.txt") + ": skipped: cannot read (permission denied)");
            assertThat(load.notes().get(0)).contains("skipped 1 (1 unreadable)");
            assertThat(docs(shell).keySet()).containsExactly("ok");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aSymbolicLinkLoopIsUnreadableNotAHang(@TempDir Path dir) throws Exception {
        write(dir, "ok.txt", "Readable\n");
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Table load = TestShell.seeds().run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(dir.resolve("loop.txt") + ": skipped: cannot read (broken symbolic link)");
        assertThat(load.notes().get(0))
                .startsWith("loaded 1 document from 1 file")
                .contains("skipped 1 (1 unreadable)");
    }

    @Test
    void aPipeIsNotReadFrom(@TempDir Path dir) throws Exception {
        write(dir, "ok.txt", "Readable\n");
        Path fifo = dir.resolve("pipe.txt");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .as("mkfifo works here")
                .isZero();
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings()).containsExactly(fifo + ": skipped: not a regular file");
        load = shell.run("load " + dir.resolve("ok.txt") + " " + fifo);
        assertThat(load.warnings()).containsExactly(fifo + ": skipped: not a regular file");
        assertThat(load.notes().get(0)).contains("skipped 1 (1 unsupported)");
    }

    @Test
    void malformedJsonSkipsTheBadRecordAloneAndKeepsTheRest(@TempDir Path dir) {
        write(
                dir,
                "broken.json",
                "[\n  {\"text\": \"one\"},\n  {\"text\": \"two\"},\n  {\"text\": \"three\" \"x\": 1},\n  "
                        + "{\"text\": \"four\"}\n]\n");
        write(dir, "unclosed.json", "[{\"text\": \"one\"},\n{\"text\": \"two\"}\n");
        write(dir, "garbage.json", "this is not json");
        write(
                dir,
                "stray.json",
                "[{\"text\": \"one\"}},\n{\"text\": \"two\", \"a\": [1, 2}, {\"text\": \"open "
                        + "string},\n{\"text\": \"four\"}, [[1]]],\n{\"text\": \"six\"}]");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(
                        dir.resolve("broken.json")
                                + ":4:20: skipped record 3: malformed JSON: Unexpected character ('\"' (code "
                                + "34)): was expecting comma to separate"
                                + " Object entries",
                        dir.resolve("garbage.json")
                                + ":1:1: malformed JSON: Unrecognized token 'this': was expecting (JSON String, "
                                + "Number, Array,"
                                + " Object or token 'null', 'true' or 'false'); skipped the file",
                        dir.resolve("stray.json")
                                + ":1:17: skipped record 1: malformed JSON: Unexpected close marker '}': no open "
                                + "Object to close",
                        dir.resolve("stray.json")
                                + ":2:27: skipped record 2: malformed JSON: Unexpected close marker '}': expected ']'",
                        dir.resolve("stray.json")
                                + ":2:53: skipped record 3: malformed JSON: Unexpected end-of-input: was "
                                + "expecting closing quote for a string value",
                        dir.resolve("stray.json")
                                + ":3:24: skipped record 5: malformed JSON: Unexpected close marker ']': no open "
                                + "Array to close",
                        dir.resolve("unclosed.json")
                                + ":3: malformed JSON: the array that opens at line 1, column 1 is not closed; "
                                + "read the 2 records in it");
        assertThat(load.notes().get(0))
                .startsWith("loaded 7 documents from 4 files")
                .contains("skipped 6 (6 malformed)");
        assertThat(docs(shell).keySet())
                .containsExactly("broken-1", "broken-2", "broken-4", "stray-4", "stray-6", "unclosed-1", "unclosed-2");
        assertThat(text(shell, "broken-4")).isEqualTo("four");
    }

    @Test
    void aWrappedDumpWithABadRecordLoadsTheOthers(@TempDir Path dir) {
        write(
                dir,
                "api.json",
                "{\"status\": \"ok\", \"totalResults\": 3,\n \"articles\": [\n  {\"title\": \"A\", \"content\": "
                        + "\"First.\"},\n"
                        + "  {\"title\": \"B\", \"content\": \"Second.\" \"oops\": 1},\n  {\"title\": \"C\", "
                        + "\"content\": \"Third.\"}\n ]\n}\n");
        write(dir, "record.json", "{\"title\": \"R\", \"text\": \"A record, broken\", \"tags\": [1, 2}\n");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(
                        dir.resolve("api.json")
                                + ":4:39: skipped record 2: malformed JSON: Unexpected character ('\"' (code "
                                + "34)): was expecting comma to separate Object entries",
                        dir.resolve("record.json")
                                + ":1:57: malformed JSON: Unexpected close marker '}': expected ']'; skipped record 1");
        assertThat(docs(shell).keySet()).containsExactly("api-1", "api-3");
        assertThat(text(shell, "api-3")).isEqualTo("Third.");
    }

    @Test
    void malformedJsonLinesAreSkippedOneByOne(@TempDir Path dir) {
        write(
                dir,
                "feed.jsonl",
                "{\"text\": \"a\"}\n{\"text\": \"b\",}\n\n[1, 2]\n{\"title\": \"no text here\"}\n{\"text\": \"   "
                        + "\"}\n{\"text\": \"f\"}\n");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        Path f = dir.resolve("feed.jsonl");
        assertThat(load.warnings())
                .containsExactly(
                        f + ":2: skipped line: malformed JSON at column 14: Unexpected character ('}' (code "
                                + "125)): was expecting double-quote to start field name",
                        f + ":4: skipped line: not a JSON object",
                        f + ":5: skipped record 4: no text field (looked for text, body, content, article, "
                                + "full_text; it has title)",
                        f + ":6: skipped record 5: its text field 'text' is empty");
        assertThat(load.notes().get(0))
                .startsWith("loaded 2 documents from 1 file")
                .contains("skipped 4 (1 empty, 2 malformed, 1 no text)");
        // Ids number the records, so they stay put when a neighbour is bad.
        assertThat(docs(shell).keySet()).containsExactly("feed-1", "feed-6");
        assertThat(text(shell, "feed-6")).isEqualTo("f");
    }

    @Test
    void malformedCsvRecordsAreSkippedWithTheirLine(@TempDir Path dir) {
        write(dir, "count.csv", "title,text\nA,\"first\"\nB,second,extra\nC\n\"D\",\"multi\nline\"\nE,fifth\n");
        write(dir, "quote.csv", "title,text\nA,ok\nB,\"never closed\nC,lost\n");
        write(dir, "stray.csv", "title,text\nA,ok\n\"B\"x,bad\nC,lost\n");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(
                        dir.resolve("count.csv") + ":3: skipped record 2: 3 fields, but the header has 2",
                        dir.resolve("count.csv") + ":4: skipped record 3: 1 field, but the header has 2",
                        dir.resolve("quote.csv")
                                + ":3: unterminated quote (a field opens a \" that never closes); skipped the "
                                + "rest of the file,"
                                + " kept the 1 records before it",
                        dir.resolve("stray.csv")
                                + ":3: a quoted field is followed by more text (a \" inside a field must be doubled);"
                                + " skipped the rest of the file, kept the 1 records before it");
        assertThat(load.notes().get(0))
                .startsWith("loaded 5 documents from 3 files")
                .contains("skipped 4 (4 malformed)");
        assertThat(docs(shell).keySet()).containsExactly("count-1", "count-4", "count-5", "quote-1", "stray-1");
        assertThat(text(shell, "count-4")).isEqualTo("multi\nline");
        assertThat(shell.run("show count-5").notes().get(0)).startsWith("count-5: E");
    }

    @Test
    void aFileWithoutATextColumnIsOneWarningNotOnePerRow(@TempDir Path dir) {
        write(dir, "people.csv", "name,party\nReagan,R\nObama,D\nBush,R\n");
        write(dir, "a.txt", "A\n");
        Table load = TestShell.seeds().run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(dir.resolve("people.csv")
                        + ": skipped all 3 records: no text field (looked for text, body, content, article, "
                        + "full_text; the first has name, party);"
                        + " name it with --text-field");
        assertThat(load.notes().get(0)).contains("skipped 3 (3 no text)");
    }

    @Test
    void thousandsOfBadLinesNameTheFirstTwentyAndCountTheRest(@TempDir Path dir) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 1000; i++) b.append(i % 2 == 0 ? "{\"text\": \"good " + i + "\"}\n" : "{broken\n");
        write(dir, "feed.jsonl", b.toString());
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        assertThat(load.warnings()).hasSize(21);
        assertThat(load.warnings().get(0)).startsWith(dir.resolve("feed.jsonl") + ":1: skipped line: malformed JSON");
        assertThat(load.warnings().get(19)).startsWith(dir.resolve("feed.jsonl") + ":39: skipped line: malformed JSON");
        assertThat(load.warnings().get(20)).isEqualTo("... and 480 more skipped (malformed)");
        assertThat(load.notes().get(0))
                .startsWith("loaded 500 documents from 1 file")
                .contains("skipped 500 (500 malformed)");
        assertThat(shell.session().corpus().find("feed-1000").text()).isEqualTo("good 1000");
    }

    @Test
    void twentyCopiesOfACorpusNameTwentyIdClashesAndCountTheRest(@TempDir Path dir) throws IOException {
        for (int copy = 1; copy <= 20; copy++) {
            for (int d = 1; d <= 50; d++) write(dir, "copy" + copy + "/doc" + d + ".txt", "Text " + d + ".\n");
        }
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 30; i++) bad.append("{broken\n");
        write(dir, "a.jsonl", bad.toString());
        write(dir, "b.jsonl", bad + "{\"text\": \"ok\"}\n");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load " + dir);
        // 950 clashes and 60 malformed lines over two files: twenty of each kind named, one count line each.
        assertThat(load.warnings()).hasSize(42);
        assertThat(load.warnings().subList(0, 20))
                .allMatch(w -> w.contains("a.jsonl:") && w.contains("malformed JSON"));
        assertThat(load.warnings().subList(20, 40)).allMatch(w -> w.contains("is already taken"));
        assertThat(load.warnings().subList(40, 42))
                .containsExactly("... and 40 more skipped (malformed)", "... and 930 more id clashes");
        assertThat(load.notes().get(0)).startsWith("loaded 1001 documents").contains("skipped 60 (60 malformed)");
        assertThat(shell.session().corpus().find("doc7~20")).isNotNull();
    }

    @Test
    void aPageOrMarkdownFileWithoutTextIsSkippedAsEmptyNotLoadedBlank(@TempDir Path dir) {
        write(
                dir,
                "page.html",
                "<html><head><title>T</title><script>var x;</script></head><body><nav>Home</nav></body></html>");
        write(dir, "bare.dat", "<html");
        write(dir, "front.md", "---\ntitle: Only a title\n---\n\n");
        write(dir, "ok.txt", "Text.\n");
        Table load = TestShell.seeds().run("load " + dir);
        assertThat(load.warnings())
                .containsExactly(
                        dir.resolve("bare.dat") + ": skipped: the page has no visible text",
                        dir.resolve("front.md") + ": skipped: no text after its front matter",
                        dir.resolve("page.html")
                                + ": skipped: no article text: what it shows is page furniture (menus, captions, "
                                + "labels)");
        assertThat(load.notes().get(0))
                .startsWith("loaded 1 document from 4 files")
                .contains("skipped 3 (2 empty, 1 no article)");
    }

    @Test
    void whenNothingLoadsTheCorpusIsKept(@TempDir Path dir) {
        write(dir, "empty.txt", "");
        TestShell shell = TestShell.seeds();
        assertThatThrownBy(() -> shell.run("load " + dir))
                .isInstanceOf(CorpexException.class)
                .hasMessage("no documents loaded from " + dir + "; the corpus is unchanged (" + dir.resolve("empty.txt")
                        + ": skipped: empty file)");
        assertThat(shell.session().corpus().size()).isEqualTo(5);
    }

    @Test
    void loadAppendSaysWhichIdsItRenamed(@TempDir Path dir) {
        write(dir, "000_0ff348a9848a8873.txt", "A Copy\nOf a seed id.\n");
        TestShell shell = TestShell.seeds();
        Table load = shell.run("load --append " + dir);
        assertThat(load.warnings()).anyMatch(w -> w.contains("id '000_0ff348a9848a8873' is already taken"));
        assertThat(shell.session().corpus().size()).isEqualTo(6);
    }
}
