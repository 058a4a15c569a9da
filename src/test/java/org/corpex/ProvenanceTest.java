package org.corpex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpex.base.CorpexException;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.Fingerprint;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.store.IndexBuilder;
import org.corpex.store.StoredIndex;
import org.corpex.table.Exporter;
import org.corpex.table.Format;
import org.corpex.table.Provenance;
import org.corpex.table.RenderOptions;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table kind, exported in every format with its provenance, is made again from that record alone with
 * byte-identical rows; a changed source file makes the check and the replay say so.
 */
class ProvenanceTest {
    /** One command of each table kind (on the seeds). */
    static final List<String> COMMANDS = List.of(
            "docs",
            "show 000",
            "kwic billion --sort L1 --limit 7",
            "freq --limit 20",
            "collocates billion",
            "ngrams 2 --limit 10",
            "figures --kind money",
            "compare",
            "diff 000 001",
            "trend billion",
            "quotes",
            "count billion --by source",
            "dupes",
            "dispersion billion");

    static final List<String> FORMATS = List.of("csv", "tsv", "json", "jsonl", "txt", "xlsx");

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path c = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> s = Files.list(TestShell.SEEDS)) {
            for (Path p : s.toList()) Files.copy(p, c.resolve(p.getFileName()));
        }
        return c;
    }

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /** What {@code corpex replay} compares: the bytes the record's command makes now, placed as the file has them. */
    private static boolean sameRows(Provenance p, Path file, Table now) throws IOException {
        Format f = Format.parseForFile(p.written().format());
        RenderOptions o = new RenderOptions(
                0,
                false,
                true,
                p.written().defused(),
                p.written().excel(),
                p.written().delimiter().charAt(0));
        byte[] bytes = Exporter.bytes(now, f, o, p, p.written().placement());
        return f == Format.XLSX
                ? ProvenanceTools.sameWorkbook(Files.readAllBytes(file), bytes)
                : Arrays.equals(Files.readAllBytes(file), bytes);
    }

    @Test
    void everyTableKindInEveryFormatReplaysToTheSameBytes() throws IOException {
        Path c = corpus();
        TestShell shell = TestShell.on(c);
        shell.run("filter billion OR percent");
        int n = 0;
        for (String cmd : COMMANDS) {
            for (String format : FORMATS) {
                Path out = dir.resolve("t" + n++ + "." + format);
                Table done = shell.run(cmd + " > " + out);
                assertThat(done.notes().get(0)).as(cmd).contains(" to " + out);
                Provenance p = Provenance.read(out);
                assertThat(p.command()).isEqualTo(cmd);
                assertThat(p.filters()).containsExactly("billion OR percent");
                assertThat(p.engine()).isEqualTo("memory");
                assertThat(p.corpus().kind()).isEqualTo(Fingerprint.FILES);
                assertThat(p.corpus().specs()).containsExactly(c.toString());
                assertThat(p.corpus().sources()).hasSize(5);
                assertThat(p.corpus().sources().get(0).size())
                        .isEqualTo(Files.size(c.resolve("000_0ff348a9848a8873.txt")));
                assertThat(p.corpex()).startsWith("corpex ");
                assertThat(p.written().format())
                        .isEqualTo(Format.parseForFile(format).toString());
                String where = format.equals("json") || format.equals("jsonl") ? "inside" : "sidecar";
                assertThat(p.written().placement()).isEqualTo(where);
                assertThat(Files.exists(Provenance.sidecar(out))).isEqualTo(where.equals("sidecar"));
                assertThat(ProvenanceTools.changes(p)).isEmpty();
                Table again = ProvenanceTools.run(p, err);
                assertThat(again.rows()).hasSize((int) p.rows());
                assertThat(sameRows(p, out, again)).as("%s as %s", cmd, format).isTrue();
            }
        }
        // The cut and the sort are said.
        Provenance kwic = Provenance.read(dir.resolve("t" + (2 * FORMATS.size()) + ".csv"));
        assertThat(kwic.sort()).isEqualTo("L1");
        assertThat(kwic.cut()).isTrue();
        assertThat(kwic.rows()).isEqualTo(7);
        assertThat(Provenance.read(dir.resolve("t0.csv")).cut()).isFalse();
        assertThat(Provenance.read(dir.resolve("t0.csv")).sort())
                .as("docs has no sort")
                .isEmpty();
        // The sort in force, as the command parsed it: figures' default; its -s is a subject, not a sort.
        shell.run("figures -s investment > " + dir.resolve("f.csv"));
        assertThat(Provenance.read(dir.resolve("f.csv")).sort()).isEqualTo("doc");

        // export's options are recorded, and a replay writes with them: a BOM, CRLF, ';', cells not defused.
        shell.run("kwic cloud --limit 40");
        Path excel = dir.resolve("excel.csv");
        shell.run("export " + excel + " --excel --delimiter ';' --raw");
        Provenance ex = Provenance.read(excel);
        assertThat(ex.written()).isEqualTo(new Provenance.Written("csv", "sidecar", ";", true, false));
        assertThat(Files.readString(excel)).startsWith("\uFEFFdoc;line;");
        assertThat(sameRows(ex, excel, ProvenanceTools.run(ex, err))).isTrue();

        // A changed source file: the check names it, and a replay of a table it feeds gives other rows.
        Path changed = c.resolve("000_0ff348a9848a8873.txt");
        Files.writeString(changed, Files.readString(changed).replace("billion", "trillion"));
        Path kwicJson = dir.resolve("t" + (2 * FORMATS.size() + FORMATS.indexOf("json")) + ".json");
        Provenance p = Provenance.read(kwicJson);
        assertThat(ProvenanceTools.changes(p)).singleElement().asString().startsWith(changed + ": ");
        assertThat(sameRows(p, kwicJson, ProvenanceTools.run(p, err))).isFalse();
    }

    @Test
    void theFingerprintSumsEveryWholeFileAsRead() throws IOException {
        Path c = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(c.resolve("a.txt"), "Harbour news\n\nThe quay cost $5 million.\n");
        Files.writeString(
                c.resolve("b.jsonl"),
                "{\"id\": \"b1\", \"text\": \"Ferries ran late.\"}\n{\"id\": \"b2\", \"text\": \"Fares rose 8%.\"}\n");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(c.resolve("c.zip")))) {
            z.putNextEntry(new ZipEntry("inner.txt"));
            z.write("Inside a bundle, the dredging began.\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Files.write(
                c.resolve("d.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G'}); // skipped, still summed: it is a source named
        TestShell shell = TestShell.on(c);
        Fingerprint f = shell.session().corpus().fingerprint();
        assertThat(f.sources())
                .extracting(s -> Path.of(s.path()).getFileName().toString())
                .containsExactly("a.txt", "b.jsonl", "c.zip", "d.png");
        for (Fingerprint.Source s : f.sources()) {
            Path p = Path.of(s.path());
            assertThat(s.size()).as(s.path()).isEqualTo(Files.size(p));
            assertThat(s.crc32c()).as(s.path()).isEqualTo(String.format("%08x", Fingerprint.crc32c(p)));
        }
        assertThat(f.digest()).isEqualTo(Fingerprint.digest(f.sources())).hasSize(64);
        assertThat(f.changedFiles()).isEmpty();
        Files.delete(c.resolve("d.png"));
        assertThat(f.changedFiles()).singleElement().asString().startsWith(c.resolve("d.png") + ": gone");
    }

    @Test
    void anIndexIsNamedAndOpenedAgainWithTheSourcesItRecorded() throws IOException {
        Path c = corpus();
        Path ix = dir.resolve("ix");
        IndexBuilder.create(ix, "ix", List.of(c.toString()), FieldNames.DETECT, line -> {});
        Session s = new Session();
        s.setCorpus(StoredIndex.open(ix, "ix").corpus());
        Shell shell = new Shell(s);
        shell.execute("filter billion");
        Path out = dir.resolve("k.json");
        shell.execute("kwic cloud --sort R1 > " + out);
        Provenance p = Provenance.read(out);
        assertThat(p.engine()).isEqualTo("index ix");
        assertThat(p.corpus().specs()).containsExactly(ix.toString());
        assertThat(p.corpus().sources()).hasSize(5);
        // The same files loaded into memory have the same fingerprint as the index that recorded them.
        assertThat(p.corpus().digest())
                .isEqualTo(TestShell.on(c).session().corpus().fingerprint().digest());
        assertThat(ProvenanceTools.changes(p)).isEmpty();
        Table again = ProvenanceTools.run(p, err);
        assertThat(sameRows(p, out, again)).isTrue();
        // Files appended to the opened index make a corpus no single open makes again: the replay says so.
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("m.txt"), "More news\n\nThe cloud grew.\n");
        shell.execute("load --append " + more);
        shell.execute("docs > " + dir.resolve("mixed.csv"));
        Provenance mixed = Provenance.read(dir.resolve("mixed.csv"));
        assertThat(mixed.corpus().specs()).containsExactly(ix.toString(), more.toString());
        assertThatThrownBy(() -> ProvenanceTools.run(mixed, err))
                .isInstanceOf(CorpexException.class)
                .hasMessageStartingWith("the corpus was " + ix + " with files appended to it (load --append)");
        s.corpus().index().close();
    }

    @Test
    void aSubcorpusReplaysToTheSameFilesUntilASourceChanges() throws IOException {
        Path c = corpus();
        TestShell shell = TestShell.on(c);
        shell.run("filter billion NOT id:003");
        shell.run("subcorpus " + dir.resolve("sub.jsonl"));
        shell.run("subcorpus " + dir.resolve("sub"));
        for (String record : List.of("sub.jsonl.provenance.json", "sub.provenance.json")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = new picocli.CommandLine(
                            new ProvenanceTools.Replay(new PrintStream(out, true, StandardCharsets.UTF_8), err))
                    .execute(dir.resolve(record).toString());
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .as(record)
                    .endsWith("documents: identical (4 documents)\n");
            assertThat(status).isZero();
        }
        Path changed = c.resolve("000_0ff348a9848a8873.txt");
        Files.writeString(changed, Files.readString(changed).replace("billion", "trillion"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new picocli.CommandLine(
                        new ProvenanceTools.Replay(new PrintStream(out, true, StandardCharsets.UTF_8), err))
                .execute(dir.resolve("sub.provenance.json").toString());
        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("corpus: changed since the export: " + changed)
                .endsWith("documents: different: 3 now, 4 then; files that differ: 000_0ff348a9848a8873.txt (gone), "
                        + "metadata.csv\n");
    }

    @Test
    void aHeaderOrNoRecordWhenAsked() throws IOException {
        TestShell shell = TestShell.on(corpus());
        shell.run("set provenance header");
        Path csv = dir.resolve("k.csv");
        shell.run("kwic billion > " + csv);
        String text = Files.readString(csv);
        assertThat(text).startsWith(Provenance.HEADER_LINE + "\n# {\n#   \"corpex\" : \"corpex ");
        assertThat(Provenance.withoutHeader(text)).startsWith("doc,line,start,end,left,match,right\n");
        assertThat(Files.exists(Provenance.sidecar(csv))).isFalse();
        Provenance p = Provenance.read(csv);
        assertThat(p.written().placement()).isEqualTo("header");
        assertThat(sameRows(p, csv, ProvenanceTools.run(p, err))).isTrue();
        // Rows appended to it keep its header, and the record is said to tell of the first rows only.
        Table appended = shell.run("kwic percent >> " + csv);
        assertThat(appended.warnings())
                .anyMatch(w -> w.contains("its provenance record tells how its first rows were made"));
        assertThat(Files.readString(csv)).startsWith(Provenance.HEADER_LINE);

        // Written again with its record in the header, the file loses the sidecar it had: no stale record beside it.
        Path tsv = dir.resolve("was.tsv");
        shell.run("set provenance on");
        shell.run("docs > " + tsv);
        assertThat(Provenance.sidecar(tsv)).exists();
        shell.run("set provenance header");
        shell.run("kwic billion > " + tsv);
        assertThat(Provenance.sidecar(tsv)).doesNotExist();
        assertThat(Provenance.read(tsv).command()).isEqualTo("kwic billion");

        shell.run("set provenance off");
        Path bare = dir.resolve("bare.json");
        shell.run("docs > " + bare);
        assertThat(Files.readString(bare)).startsWith("[\n{\"id\":");
        assertThat(Files.exists(Provenance.sidecar(bare))).isFalse();
        assertThatThrownBy(() -> Provenance.read(bare))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("no provenance record");
        // export --provenance overrides the setting for one file.
        shell.run("export " + dir.resolve("d.tsv") + " --provenance on");
        assertThat(Files.exists(dir.resolve("d.tsv.provenance.json"))).isTrue();
        assertThatThrownBy(() -> shell.run("export " + dir.resolve("e.tsv") + " --provenance maybe"))
                .hasMessage("export: --provenance takes off, on or header, not 'maybe'");
    }

    @Test
    void aJsonExportTakesAppendedRowsInsideItsRows() throws IOException {
        TestShell shell = TestShell.on(corpus());
        Path json = dir.resolve("d.json"), jsonl = dir.resolve("d.jsonl");
        shell.run("docs > " + json);
        shell.run("docs >> " + json);
        shell.run("docs > " + jsonl);
        shell.run("docs >> " + jsonl);
        JsonNode n = new ObjectMapper().readTree(json.toFile());
        assertThat(n.get("rows").size()).isEqualTo(10);
        assertThat(n.get(Provenance.KEY).get("rows").asInt()).isEqualTo(5);
        assertThat(Files.readAllLines(jsonl)).hasSize(11);
        // Loaded as a corpus, a JSON Lines export's record is counted, not read as a document.
        Path lines = dir.resolve("s.jsonl");
        shell.run("show 000 > " + lines);
        LoadReport r = Loader.load(List.of(lines.toString()), FieldNames.DETECT);
        assertThat(r.skipped()).containsEntry("corpex provenance record", 1);
        assertThat(r.warnings()).noneMatch(w -> w.contains("corpex_provenance"));
        assertThat(r.documents()).isNotEmpty();
    }
}
