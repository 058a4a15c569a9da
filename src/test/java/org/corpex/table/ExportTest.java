package org.corpex.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;

    /** Cells that break naive CSV writers and spreadsheets alike. */
    static Table awkward() {
        return new Table.Builder("awkward")
                .text("text")
                .integer("n")
                .number("value")
                .row("plain", 1, 53e9)
                .row("comma, \"quotes\" and\nnewline", 2, 0.48)
                .row("=HYPERLINK(\"http://x\")", -3, -1.5)
                .row("+1 (555) 0100", 4, 1e-3)
                .row("-10%", 5, null)
                .row("@SUM(A1)", 6, 2.0)
                .row("\tindented", 7, 3.25)
                .row("\rcarriage", 8, 4.0)
                .row("-42", 9, 5.0)
                .row("Alibaba’s 中文 café", 10, 6.0)
                .row("", 11, 7.0)
                .build();
    }

    static List<List<String>> readCsv(Path f, char delimiter) throws IOException {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        List<List<String>> out = new ArrayList<>();
        try (Reader r = new StringReader(s);
                CSVParser p = CSVParser.parse(
                        r, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord rec : p) out.add(rec.toList());
        }
        return out;
    }

    private static List<List<String>> expectedCells(Table t, boolean neutralized) {
        List<List<String>> out = new ArrayList<>();
        out.add(t.columns().stream().map(Column::name).toList());
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object c : row) {
                String s = Table.format(c);
                cells.add(neutralized && !(c instanceof Number) ? Renderers.neutralize(s) : s);
            }
            out.add(cells);
        }
        return out;
    }

    private Path export(Table t, String name, Exporter.Mode mode, RenderOptions o) {
        Path f = dir.resolve(name);
        Exporter.write(t, f, Format.fromFileName(f), mode, o);
        return f;
    }

    @Test
    void csvReadsBackWithTheSameCells() throws IOException {
        Table t = awkward();
        Path raw = export(t, "raw.csv", Exporter.Mode.CREATE, new RenderOptions(0, false, true, false, false, ','));
        assertThat(readCsv(raw, ',')).isEqualTo(expectedCells(t, false));
        Path safe = export(t, "safe.csv", Exporter.Mode.CREATE, RenderOptions.file());
        assertThat(readCsv(safe, ',')).isEqualTo(expectedCells(t, true));
    }

    /** TSV as cut and Miller read it: a line a row, a tab between cells, \\t \\n \\r \\\\ inside them. */
    static List<List<String>> readTsv(Path f) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.isEmpty()) continue;
            List<String> cells = new ArrayList<>();
            for (String raw : line.split("\t", -1)) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (c != '\\') {
                        b.append(c);
                        continue;
                    }
                    char n = raw.charAt(++i);
                    b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                }
                cells.add(b.toString());
            }
            out.add(cells);
        }
        return out;
    }

    @Test
    void tsvAndSemicolonCsvReadBackToo() throws IOException {
        Table t = awkward();
        Path tsv = export(t, "t.tsv", Exporter.Mode.CREATE, RenderOptions.file());
        assertThat(readTsv(tsv)).isEqualTo(expectedCells(t, true));
        // Never CSV quoting: a quote is data, a tab or line break inside a cell an escape.
        assertThat(Files.readString(tsv))
                .contains("comma, \"quotes\" and\\nnewline\t2\t")
                .doesNotContain("\"comma");
        assertThat(Files.readAllLines(tsv)).hasSize(t.rows().size() + 1);
        Path semi = export(t, "semi.csv", Exporter.Mode.CREATE, new RenderOptions(0, false, true, true, false, ';'));
        assertThat(readCsv(semi, ';')).isEqualTo(expectedCells(t, true));
    }

    @Test
    void formulasAreNeutralisedButNumbersAreNot() {
        assertThat(Renderers.neutralize("=1+1")).isEqualTo("'=1+1");
        assertThat(Renderers.neutralize("+1 (555)")).isEqualTo("'+1 (555)");
        // Numbers as LibreOffice reads them (measured) stay numbers: signs, percents, thousands, exponents.
        for (String number : List.of("-10%", "+3", "-1,234.5", "-.5", "+0.25", "-2e3", "-1.5E+3", "+5%", "-0")) {
            assertThat(Renderers.neutralize(number)).as(number).isEqualTo(number);
        }
        // Text that Excel would read as a formula keeps its ' (LibreOffice reads only = as one).
        for (String text : List.of(
                "- Domestic Rivalry",
                "+3 points",
                "-1+2",
                "-cmd|' /C calc'!A0",
                "--5",
                "-12,34",
                "-5%%",
                "@user",
                "=-5")) {
            assertThat(Renderers.neutralize(text)).as(text).isEqualTo("'" + text);
        }
        assertThat(Renderers.neutralize("@cmd")).isEqualTo("'@cmd");
        assertThat(Renderers.neutralize("\tx")).isEqualTo("'\tx");
        assertThat(Renderers.neutralize("\rx")).isEqualTo("'\rx");
        assertThat(Renderers.neutralize("-42")).isEqualTo("-42");
        assertThat(Renderers.neutralize("+3.5e9")).isEqualTo("+3.5e9");
        assertThat(Renderers.neutralize("Alibaba")).isEqualTo("Alibaba");
        assertThat(Renderers.neutralize("")).isEmpty();
    }

    @Test
    void jsonAndJsonLinesKeepTypes() throws IOException {
        Table t = awkward();
        ObjectMapper m = new ObjectMapper();
        JsonNode arr = m.readTree(
                export(t, "t.json", Exporter.Mode.CREATE, RenderOptions.file()).toFile());
        assertThat(arr.size()).isEqualTo(t.rows().size());
        assertThat(arr.get(0).get("value").isNumber()).isTrue();
        assertThat(arr.get(0).get("value").asText()).isEqualTo("53000000000");
        assertThat(arr.get(1).get("text").asText()).isEqualTo("comma, \"quotes\" and\nnewline");
        assertThat(arr.get(4).get("value").isNull()).isTrue();
        List<String> lines = Files.readAllLines(export(t, "t.jsonl", Exporter.Mode.CREATE, RenderOptions.file()));
        assertThat(lines).hasSize(t.rows().size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(m.readTree(lines.get(i)).get("n").asInt())
                    .isEqualTo(t.rows().get(i).get(1));
        }
    }

    @Test
    void excelGetsABomAndCrlf() throws IOException {
        Path f = export(awkward(), "x.csv", Exporter.Mode.CREATE, new RenderOptions(0, false, true, true, true, ','));
        byte[] b = Files.readAllBytes(f);
        assertThat(b[0] & 0xFF).isEqualTo(0xEF);
        assertThat(b[1] & 0xFF).isEqualTo(0xBB);
        assertThat(b[2] & 0xFF).isEqualTo(0xBF);
        assertThat(new String(b, StandardCharsets.UTF_8)).startsWith("\uFEFFtext,n,value\r\nplain,1,53000000000\r\n");
        assertThat(readCsv(f, ',')).isEqualTo(expectedCells(awkward(), true));
    }

    @Test
    void exportNeverOverwritesWithoutForce() throws IOException {
        Path f = dir.resolve("keep.csv");
        Files.writeString(f, "precious\n");
        assertThatThrownBy(() -> Exporter.write(awkward(), f, Format.CSV, Exporter.Mode.CREATE, RenderOptions.file()))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("already exists; use --force");
        assertThat(Files.readString(f)).isEqualTo("precious\n");
        Exporter.write(awkward(), f, Format.CSV, Exporter.Mode.OVERWRITE, RenderOptions.file());
        assertThat(Files.readString(f)).startsWith("text,n,value\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void appendAddsRowsWithoutRepeatingTheHeader() throws IOException {
        Table t = awkward();
        Path f = dir.resolve("a.csv");
        Exporter.write(t, f, Format.CSV, Exporter.Mode.APPEND, RenderOptions.file()); // creates
        Exporter.write(t, f, Format.CSV, Exporter.Mode.APPEND, RenderOptions.file()); // appends
        List<List<String>> cells = readCsv(f, ',');
        assertThat(cells).hasSize(1 + 2 * t.rows().size());
        assertThat(cells.stream().filter(r -> r.get(0).equals("text"))).hasSize(1);

        Path j = dir.resolve("a.json");
        Exporter.write(t, j, Format.JSON, Exporter.Mode.APPEND, RenderOptions.file());
        Exporter.write(t, j, Format.JSON, Exporter.Mode.APPEND, RenderOptions.file());
        assertThat(new ObjectMapper().readTree(j.toFile()).size())
                .isEqualTo(2 * t.rows().size());

        Path l = dir.resolve("a.jsonl");
        Exporter.write(t, l, Format.JSONL, Exporter.Mode.APPEND, RenderOptions.file());
        Exporter.write(t, l, Format.JSONL, Exporter.Mode.APPEND, RenderOptions.file());
        assertThat(Files.readAllLines(l)).hasSize(2 * t.rows().size());
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void appendRefusesAFileWithOtherColumns() throws IOException {
        Path f = dir.resolve("other.csv");
        Files.writeString(f, "a,b\n1,2\n");
        assertThatThrownBy(() -> Exporter.write(awkward(), f, Format.CSV, Exporter.Mode.APPEND, RenderOptions.file()))
                .hasMessage("cannot append to other.csv: its columns are (a, b) but this table's are (text, n, value)");
        assertThat(Files.readString(f)).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void badTargetsAreClearErrors() {
        assertThatThrownBy(() -> Exporter.write(
                        awkward(),
                        dir.resolve("no/such/x.csv"),
                        Format.CSV,
                        Exporter.Mode.CREATE,
                        RenderOptions.file()))
                .hasMessageContaining("no such folder");
        assertThatThrownBy(
                        () -> Exporter.write(awkward(), dir, Format.CSV, Exporter.Mode.OVERWRITE, RenderOptions.file()))
                .hasMessageContaining("it is a folder");
        assertThatThrownBy(() -> Exporter.write(
                        Table.message("m", "x"),
                        dir.resolve("m.csv"),
                        Format.CSV,
                        Exporter.Mode.CREATE,
                        RenderOptions.file()))
                .hasMessageContaining("nothing to export");
    }

    @Test
    void exportCommandWritesTheLastTable() throws IOException {
        TestShell s = TestShell.seeds();
        assertThatThrownBy(() -> s.run("export " + dir.resolve("early.csv")))
                .hasMessageContaining("nothing to export yet");
        s.run("docs");
        s.run("filter billion"); // a message: the last table is still docs
        Path f = dir.resolve("docs.csv");
        assertThat(s.run("export " + f).notes()).containsExactly("wrote 5 rows to " + f + " (docs, csv)");
        assertThat(readCsv(f, ',')).hasSize(6);
        assertThatThrownBy(() -> s.run("export " + f)).hasMessageContaining("already exists");
        assertThat(s.run("export --force " + f).notes().get(0)).startsWith("overwrote 5 rows");
        s.run("export --excel --delimiter ';' " + dir.resolve("x.csv"));
        assertThat(Files.readString(dir.resolve("x.csv"))).startsWith("\uFEFFid;title;");
        s.run("export --format tsv " + dir.resolve("noext"));
        assertThat(Files.readString(dir.resolve("noext"))).startsWith("id\ttitle\t");
        assertThatThrownBy(() -> s.run("export " + dir.resolve("noext2")))
                .hasMessageContaining("cannot tell the format");
        assertThatThrownBy(() -> s.run("export --delimiter ab " + dir.resolve("y.csv")))
                .hasMessageContaining("--delimiter must be one character");
        assertThatThrownBy(() -> s.run("export --format xls " + dir.resolve("y.csv")))
                .hasMessage(
                        "export: --format takes text, csv, tsv, json, jsonl or xlsx, not 'xls' (did you mean xlsx?)");
    }

    @Test
    void rawExportKeepsFormulas() throws IOException {
        TestShell s = TestShell.seeds();
        s.run("docs");
        s.run("export --raw " + dir.resolve("raw.csv"));
        // Seed 001's first line starts with "- ": neutralised by default, kept with --raw.
        s.run("export " + dir.resolve("safe.csv"));
        String raw = Files.readString(dir.resolve("raw.csv")), safe = Files.readString(dir.resolve("safe.csv"));
        assertThat(readCsv(dir.resolve("raw.csv"), ',').stream().map(r -> r.get(1)))
                .noneMatch(c -> c.startsWith("'"));
        assertThat(raw.length()).isLessThanOrEqualTo(safe.length());
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aWorkbookRefusesMoreRowsThanASheetHoldsBeforeWritingAnything() {
        // One row more than a sheet holds after its header: rows made on demand, not a million lists kept.
        List<List<Object>> rows = new AbstractList<>() {
            @Override
            public List<Object> get(int i) {
                return List.of((long) i);
            }

            @Override
            public int size() {
                return Exporter.EXCEL_MAX_ROWS;
            }
        };
        Table t = new Table("big", List.of(Column.integer("n")), rows, List.of(), List.of());
        Path f = dir.resolve("big.xlsx");
        assertThatThrownBy(() -> Exporter.write(t, f, Format.XLSX, Exporter.Mode.CREATE, RenderOptions.file()))
                .hasMessage("cannot write " + f
                        + ": 1,048,576 rows is more than a sheet holds (1,048,575 after the header); "
                        + "write .csv instead, or narrow the table with filter or --limit");
        assertThat(f).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }
}
