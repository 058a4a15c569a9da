package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes and exports through the real launcher, each format read back by a real client: CSV and TSV by Python's csv
 * module, .xlsx by Apache POI and by Python's openpyxl, JSON by Jackson; and the files a shell's > would write through
 * (pipes, devices) or keep (hard links, owners).
 */
class ExportsIT {
    @TempDir
    Path dir;

    /**
     * Records whose fields a spreadsheet could take for formulas or mangle: a JSON field named like a formula, sources
     * that make pivot columns, signed numbers, codes with leading zeros, a 21-digit id, years and scores that are
     * numbers.
     */
    private static final String CORPUS = """
            {"id":"r1","title":"-5%","text":"Sales fell -5% while margins rose +3 \
            points.","source":"=HYPERLINK(\\"http://x\\",\\"y\\")","date":"2025-03-09","year":"1790",\
            "=evilkey()":"=1+2","code":"00123","big":"123456789012345678901","score":"2.5","note":"back\\\\slash and \
            \\"quotes\\""}
            {"id":"r2","title":"+3 points","text":"Margins rose +3 points on the \
            year.","source":"@SUM(1)","date":"2025-04-10","year":"1791","=evilkey()":"- Domestic \
            Rivalry","code":"00456","big":"123456789012345678902","score":"-1.25","note":"-cmd|' /C calc'!A0"}
            {"id":"r3","title":"- Domestic Rivalry","text":"A bullet list of rivals and margins.","source":"Plain \
            Times","date":"2025-04-11","year":"1792","=evilkey()":"-1,234.5","code":"01000",\
            "big":"123456789012345678903","score":"0","note":"plain"}
            {"id":"t1","text":"first\\tsecond \\"quoted\\" back\\\\slash\\nline two\\t\\tend"}
            """;

    @BeforeEach
    void corpus() throws IOException {
        Files.writeString(dir.resolve("c.jsonl"), CORPUS);
    }

    private Launcher.Run corpex(String... commands) {
        List<String> args = new ArrayList<>(List.of("c.jsonl"));
        for (String c : commands) {
            args.add("-c");
            args.add(c);
        }
        Launcher.Run r = Launcher.run(dir, Map.of(), null, args.toArray(new String[0]));
        assertThat(r.status()).as(r.err()).isZero();
        return r;
    }

    private static List<List<String>> strings(JsonNode rows) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            for (JsonNode c : row) cells.add(c.asText());
            out.add(cells);
        }
        return out;
    }

    @Test
    void csvDefusesWhatExcelWouldRunInHeadersAndCellsAndLeavesNumbersAsNumbers() throws IOException {
        corpex("filter NOT id:t1", "docs --no-figures > d.csv", "count * --by date,source > pivot.csv");
        List<List<String>> docs = strings(Python.csv(dir.resolve("d.csv")));
        assertThat(docs.get(0))
                .containsExactly(
                        "id",
                        "title",
                        "source",
                        "date",
                        "words",
                        "path",
                        "year",
                        "'=evilkey()",
                        "code",
                        "big",
                        "score",
                        "note");
        // Numbers as spreadsheets read them stay as they are: -5%, -1,234.5, -1.25.
        assertThat(docs.get(1))
                .containsExactly(
                        "r1",
                        "-5%",
                        "'=HYPERLINK(\"http://x\",\"y\")",
                        "2025-03-09",
                        "8",
                        "c.jsonl#1",
                        "1790",
                        "'=1+2",
                        "00123",
                        "123456789012345678901",
                        "2.5",
                        "back\\slash and \"quotes\"");
        // Text that starts a formula in Excel (a leading +, - or @) keeps its '.
        assertThat(docs.get(2))
                .containsExactly(
                        "r2",
                        "'+3 points",
                        "'@SUM(1)",
                        "2025-04-10",
                        "7",
                        "c.jsonl#2",
                        "1791",
                        "'- Domestic Rivalry",
                        "00456",
                        "123456789012345678902",
                        "-1.25",
                        "'-cmd|' /C calc'!A0");
        assertThat(docs.get(3))
                .containsExactly(
                        "r3",
                        "'- Domestic Rivalry",
                        "Plain Times",
                        "2025-04-11",
                        "7",
                        "c.jsonl#3",
                        "1792",
                        "-1,234.5",
                        "01000",
                        "123456789012345678903",
                        "0",
                        "plain");
        // A pivot's columns are made from data: its header is defused like any cell.
        List<List<String>> pivot = strings(Python.csv(dir.resolve("pivot.csv")));
        assertThat(pivot.get(0))
                .containsExactly("date", "'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(1)", "Plain Times", "total");
        assertThat(pivot.subList(1, 4))
                .containsExactly(
                        List.of("2025-03-09", "1", "0", "0", "1"),
                        List.of("2025-04-10", "0", "1", "0", "1"),
                        List.of("2025-04-11", "0", "0", "1", "1"));
        // export --raw writes what the data holds.
        corpex("filter NOT id:t1", "docs --no-figures", "export raw.csv --raw");
        List<List<String>> raw = strings(Python.csv(dir.resolve("raw.csv")));
        assertThat(raw.get(0)).contains("=evilkey()");
        assertThat(raw.get(2)).contains("+3 points", "@SUM(1)", "- Domestic Rivalry");
    }

    @Test
    void tsvEscapesTabsLineBreaksAndBackslashesAndNeverQuotes() throws IOException {
        corpex("show t1 > s.tsv", "filter NOT id:t1", "docs --no-figures > d.tsv");
        Path s = dir.resolve("s.tsv");
        assertThat(Files.readString(s))
                .isEqualTo("line\ttext\n1\tfirst\\tsecond \"quoted\" back\\\\slash\n2\tline two\\t\\tend\n");
        assertThat(strings(Python.tsv(s)))
                .containsExactly(
                        List.of("line", "text"),
                        List.of("1", "first\tsecond \"quoted\" back\\slash"),
                        List.of("2", "line two\t\tend"));
        List<List<String>> docs = strings(Python.tsv(dir.resolve("d.tsv")));
        assertThat(docs).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(12));
        assertThat(docs.get(0).get(7)).isEqualTo("'=evilkey()");
        assertThat(docs.get(1))
                .containsExactly(
                        "r1",
                        "-5%",
                        "'=HYPERLINK(\"http://x\",\"y\")",
                        "2025-03-09",
                        "8",
                        "c.jsonl#1",
                        "1790",
                        "'=1+2",
                        "00123",
                        "123456789012345678901",
                        "2.5",
                        "back\\slash and \"quotes\"");
    }

    @Test
    void xlsxKeepsNumbersDatesIdsAndCodesReadBackByPoiAndOpenpyxl() throws IOException {
        Launcher.Run r = corpex("filter NOT id:t1", "docs --no-figures > d.xlsx");
        assertThat(r.out()).contains("wrote 3 rows to d.xlsx");
        Path f = dir.resolve("d.xlsx");
        // Expected: [type, value] per cell, as each reader names types (n number, s text, d date).
        List<List<List<Object>>> want = List.of(
                cells(
                        "s",
                        "id",
                        "s",
                        "title",
                        "s",
                        "source",
                        "s",
                        "date",
                        "s",
                        "words",
                        "s",
                        "path",
                        "s",
                        "year",
                        "s",
                        "=evilkey()",
                        "s",
                        "code",
                        "s",
                        "big",
                        "s",
                        "score",
                        "s",
                        "note"),
                cells(
                        "s",
                        "r1",
                        "s",
                        "-5%",
                        "s",
                        "=HYPERLINK(\"http://x\",\"y\")",
                        "d",
                        "2025-03-09",
                        "n",
                        8.0,
                        "s",
                        "c.jsonl#1",
                        "n",
                        1790.0,
                        "s",
                        "=1+2",
                        "s",
                        "00123",
                        "s",
                        "123456789012345678901",
                        "n",
                        2.5,
                        "s",
                        "back\\slash and \"quotes\""),
                cells(
                        "s",
                        "r2",
                        "s",
                        "+3 points",
                        "s",
                        "@SUM(1)",
                        "d",
                        "2025-04-10",
                        "n",
                        7.0,
                        "s",
                        "c.jsonl#2",
                        "n",
                        1791.0,
                        "s",
                        "- Domestic Rivalry",
                        "s",
                        "00456",
                        "s",
                        "123456789012345678902",
                        "n",
                        -1.25,
                        "s",
                        "-cmd|' /C calc'!A0"),
                cells(
                        "s",
                        "r3",
                        "s",
                        "- Domestic Rivalry",
                        "s",
                        "Plain Times",
                        "d",
                        "2025-04-11",
                        "n",
                        7.0,
                        "s",
                        "c.jsonl#3",
                        "n",
                        1792.0,
                        "s",
                        "-1,234.5",
                        "s",
                        "01000",
                        "s",
                        "123456789012345678903",
                        "n",
                        0.0,
                        "s",
                        "plain"));

        // Apache POI: every cell by type; the header row frozen.
        try (InputStream in = Files.newInputStream(f);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("docs");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<List<List<Object>>> poi = new ArrayList<>();
            for (Row row : sheet) {
                List<List<Object>> cells = new ArrayList<>();
                for (Cell c : row) {
                    if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                        cells.add(List.of(
                                "d", c.getLocalDateTimeCellValue().toLocalDate().toString()));
                    } else if (c.getCellType() == CellType.NUMERIC) {
                        cells.add(List.of("n", c.getNumericCellValue()));
                    } else {
                        assertThat(c.getCellType()).as("no cell is a formula").isEqualTo(CellType.STRING);
                        cells.add(List.of("s", c.getStringCellValue()));
                    }
                }
                poi.add(cells);
            }
            assertThat(poi).isEqualTo(want);
        }

        // openpyxl, a reader written apart from POI: the same cells, the same frozen header.
        JsonNode py = Python.xlsx(f);
        assertThat(py.get("freeze").asText()).isEqualTo("A2");
        assertThat(py.get("title").asText()).isEqualTo("docs");
        List<List<List<Object>>> openpyxl = new ArrayList<>();
        for (JsonNode row : py.get("rows")) {
            List<List<Object>> cells = new ArrayList<>();
            for (JsonNode c : row)
                cells.add(List.of(
                        c.get(0).asText(),
                        c.get(1).isNumber()
                                ? (Object) c.get(1).asDouble()
                                : c.get(1).asText()));
            openpyxl.add(cells);
        }
        assertThat(openpyxl).isEqualTo(want);
    }

    private static List<List<Object>> cells(Object... typeValue) {
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < typeValue.length; i += 2) out.add(List.of(typeValue[i], typeValue[i + 1]));
        return out;
    }

    @Test
    void xlsxSaysExcelsLimitsAndWhereItCannotGoInOneLine() throws IOException {
        // A line of 40,000 characters: a cell holds 32,767 in Excel.
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"long\",\"text\":\"" + "word ".repeat(8_000) + "end\"}\n");
        Launcher.Run r = corpex("show long > long.xlsx");
        assertThat(r.err().lines().filter(l -> l.contains("long.xlsx")).toList())
                .singleElement()
                .asString()
                .isEqualTo("-c:1: warning: long.xlsx: 1 cell is longer than Excel's 32,767 characters and was cut to "
                        + "it (the first: row 1, column text (40,003 characters)); .csv keeps them whole");
        JsonNode py = Python.xlsx(dir.resolve("long.xlsx"));
        assertThat(py.get("rows").get(1).get(1).get(1).asText()).hasSize(32_767).startsWith("word word");

        Launcher.Run append = Launcher.run(dir, Map.of(), null, "c.jsonl", "-c", "docs >> long.xlsx");
        assertThat(append.status()).isEqualTo(1);
        assertThat(append.err())
                .contains("-c:1: cannot append to long.xlsx: rows are added to .csv, .tsv, .json and .jsonl files; "
                        + "write a new workbook with '>'");
        Launcher.Run stdout = Launcher.run(dir, Map.of(), null, "c.jsonl", "--format", "xlsx", "-c", "docs");
        assertThat(stdout.status()).isEqualTo(2);
        assertThat(stdout.err().strip())
                .isEqualTo("corpex: --format: xlsx is written to a file: '> FILE.xlsx' or 'export FILE.xlsx'");
    }

    @Test
    void jsonWritesNumbersAsNumbersAndCodesAsText() throws IOException {
        corpex("filter NOT id:t1", "docs --no-figures > d.json", "docs --no-figures > d.jsonl");
        // The rows sit beside the export's provenance record.
        JsonNode rows =
                new ObjectMapper().readTree(dir.resolve("d.json").toFile()).get("rows");
        assertThat(rows.get(0).get("year").isIntegralNumber()).isTrue();
        assertThat(rows.get(0).get("year").asLong()).isEqualTo(1790);
        assertThat(rows.get(1).get("score").isNumber()).isTrue();
        assertThat(rows.get(1).get("score").asDouble()).isEqualTo(-1.25);
        assertThat(rows.get(0).get("code").isTextual()).isTrue();
        assertThat(rows.get(0).get("code").asText()).isEqualTo("00123");
        assertThat(rows.get(0).get("big").asText()).isEqualTo("123456789012345678901");
        assertThat(rows.get(0).get("=evilkey()").asText()).isEqualTo("=1+2");
        assertThat(Files.readAllLines(dir.resolve("d.jsonl")).get(0)).startsWith("{\"corpex_provenance\":{");
        JsonNode first = new ObjectMapper()
                .readTree(Files.readAllLines(dir.resolve("d.jsonl")).get(1));
        assertThat(first.get("year").isIntegralNumber()).isTrue();
    }

    @Test
    void aPipeOrADeviceIsWrittenThroughNeverReplaced() throws Exception {
        Path fifo = dir.resolve("f.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        // A reader on the pipe, as `corpex ... > fifo` has in a shell.
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Launcher.Run r = corpex("filter NOT id:t1", "docs --no-figures > f.csv");
        assertThat(r.out()).contains("wrote 3 rows to f.csv");
        assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("id,title,source").contains("r3,'- Domestic Rivalry");
        assertThat(Files.getAttribute(fifo, "unix:mode"))
                .matches(m -> (((Integer) m) & 0170000) == 0010000, "still a named pipe");
        assertThat(dir).isDirectoryNotContaining("glob:**/.f.csv*");

        // A character device (the null device, made here: as root a bug would otherwise replace the system's).
        boolean root = "0"
                .equals(new String(
                                new ProcessBuilder("id", "-u")
                                        .start()
                                        .getInputStream()
                                        .readAllBytes(),
                                StandardCharsets.UTF_8)
                        .strip());
        assumeThat(root).as("mknod needs root (CI runs as root)").isTrue();
        Path dev = dir.resolve("null.csv");
        assertThat(new ProcessBuilder("mknod", dev.toString(), "c", "1", "3")
                        .start()
                        .waitFor())
                .isZero();
        corpex("docs > null.csv", "docs", "export null.csv --force", "docs >> null.csv");
        assertThat(Files.isRegularFile(dev)).isFalse();
        assertThat(Files.getAttribute(dev, "unix:rdev"))
                .isEqualTo(Files.getAttribute(Path.of("/dev/null"), "unix:rdev"));
        assertThat(Files.size(dev)).isZero();
    }

    @Test
    void aHardLinkedFileKeepsItsLinksAndAnotherUsersFileItsOwner() throws Exception {
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv");
        Files.writeString(a, "old\n");
        Files.createLink(b, a);
        Object inode = Files.getAttribute(a, "unix:ino");
        corpex("filter NOT id:t1", "docs --no-figures > a.csv");
        assertThat(Files.getAttribute(a, "unix:nlink")).isEqualTo(2);
        assertThat(Files.getAttribute(a, "unix:ino")).isEqualTo(inode);
        assertThat(Files.readString(b))
                .startsWith("id,title,source")
                .contains("r3,'- Domestic Rivalry")
                .endsWith("plain\n");
        assertThat(strings(Python.csv(b))).hasSize(4);

        // A plain file is still replaced whole, by a rename (a new inode), never half-written.
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, "old\n");
        Object before = Files.getAttribute(plain, "unix:ino");
        corpex("docs > plain.csv");
        assertThat(Files.getAttribute(plain, "unix:ino")).isNotEqualTo(before);

        // Another user's file (root can give files away; a user writes such a file in place).
        Path theirs = dir.resolve("theirs.csv");
        Files.writeString(theirs, "old\n");
        try {
            Files.setAttribute(theirs, "unix:uid", 4242);
        } catch (IOException e) {
            assumeThat(false)
                    .as("only root can give a file away (CI runs as root)")
                    .isTrue();
        }
        Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rw-rw-r--"));
        corpex("docs > theirs.csv");
        assertThat(Files.getAttribute(theirs, "unix:uid")).isEqualTo(4242);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(theirs)))
                .isEqualTo("rw-rw-r--");
        assertThat(Files.readString(theirs)).startsWith("id,title,source");
    }

    @Test
    void theFullScreensExportIsTheSameAtAnyWidth() throws IOException {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        Path narrow = dir.resolve("narrow.csv"), wide = dir.resolve("wide.csv");
        try (Tmux t = Tmux.start(80, 24, Map.of("LANG", "C.UTF-8"), Tmux.LAUNCHER + " --tui")) {
            t.waitFor(" corpex › Documents");
            t.press("K");
            t.waitFor("kwic:");
            t.type("billion");
            t.waitFor("20 hits in 5 of 5 documents for billion");
            t.press("Enter", "e");
            t.waitFor("export 20 rows of kwic to:");
            t.type(narrow.toString()).press("Enter");
            t.waitFor("wrote 20 rows to " + narrow);
            // Wider: the screen shows more context; the file must not change.
            t.resize(200, 40);
            t.waitFor(
                    x -> x.lines().anyMatch(l -> l.length() > 150), Duration.ofSeconds(20), "the KWIC at 200 columns");
            t.press("e");
            t.waitFor("export 20 rows of kwic to:");
            t.type(wide.toString()).press("Enter");
            t.waitFor("wrote 20 rows to " + wide);
            t.press("q", "q");
            t.waitFor("[exit 0]");
        }
        assertThat(Files.readString(wide)).isEqualTo(Files.readString(narrow));
        // What the command writes from a script, with kwic's own 40 characters of context a side.
        Launcher.Run r = Launcher.run(dir, Map.of(), null, "-c", "kwic billion > batch.csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(narrow)).isEqualTo(Files.readString(dir.resolve("batch.csv")));
        JsonNode rows = Python.csv(narrow);
        assertThat(rows.get(0).toString())
                .isEqualTo("[\"doc\",\"line\",\"start\",\"end\",\"left\",\"match\",\"right\"]");
        assertThat(rows.get(2).get(4).asText()).hasSizeGreaterThan(30);
    }
}
