package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher driven by scripts and pipes: outputs, errors, exit statuses. */
class BatchIT {
    @TempDir
    Path dir;

    @Test
    void theIssuesPipelineListsNarrowsAndWritesACleanCsv() throws IOException {
        Path csv = dir.resolve("b.csv");
        Launcher.Run r = Launcher.run("docs\nfilter billion\ndocs > " + csv + "\n");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err().lines().toList())
                .singleElement()
                .asString()
                .matches("corpex: loaded 5 documents from 5 files \\(3,270 words, 22\\.0 KB\\); skipped 0; "
                        + "\\d+\\.\\d\\d s");
        assertThat(r.out())
                .contains("000_0ff348a9848a8873", "004_d7751ab62fa77688", "5 of 5 documents", "wrote 5 rows to " + csv);
        assertThat(r.out()).doesNotContain("\u001B");
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(new StringReader(Files.readString(csv)), CSVFormat.RFC4180)) {
            rows = p.getRecords();
        }
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).toList()).startsWith("id", "title", "source", "date", "words");
        assertThat(rows).allMatch(rec -> rec.size() == rows.get(0).size());
    }

    @Test
    void errorsGoToStderrWithTheLineAndTheRunGoesOn() {
        Launcher.Run r = Launcher.run("# a comment\n\ndcos\nshow 004 --lines 1\nshow nosuch\n");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains("<stdin>:3: unknown command 'dcos' (did you mean docs?)")
                .contains("<stdin>:5: no document with id 'nosuch'");
        assertThat(r.out()).contains("Unprecedented Investment in Next-Gen Tech");
    }

    @Test
    void failFastStopsAtTheFirstError() {
        Launcher.Run r = Launcher.run("dcos\ndocs\n", "--fail-fast");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("5 of 5 documents");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Launcher.Run r = Launcher.run(null, "--bogus");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--bogus'").contains("Usage: corpex");
        assertThat(Launcher.run(null, "--format", "xls", "-c", "docs").status()).isEqualTo(2);
    }

    @Test
    void commandsFromOptionsAndScriptsRunInOrder() throws IOException {
        Path script = dir.resolve("s.corpex");
        Files.writeString(script, "# narrow, then list\nfilter id:004\ndocs\nnosuch\n");
        Launcher.Run r = Launcher.run(null, "-f", script.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("1 of 5 documents");
        assertThat(r.err()).contains(script + ":4: unknown command 'nosuch'");

        Launcher.Run c = Launcher.run(null, "-c", "filter billion", "-c", "docs --help", "-c", "quit", "-c", "docs");
        assertThat(c.status()).isZero();
        assertThat(c.out())
                .as("nothing runs after quit")
                .contains("Usage: corpex docs")
                .doesNotContain("5 of 5 documents, filter depth 1");
    }

    @Test
    void machineFormatsGoToStdoutWithoutNotes() {
        Launcher.Run csv = Launcher.run("docs\n", "--format", "csv");
        assertThat(csv.out()).startsWith("id,title,source,date,words").doesNotContain("of 5 documents");
        Launcher.Run json = Launcher.run(null, "--format", "json", "-c", "docs");
        assertThat(json.out()).startsWith("[\n{\"id\":\"000_0ff348a9848a8873\"");
    }

    @Test
    void theLastLineCountsWithoutANewline() {
        Launcher.Run r = Launcher.run("filter id:004\ndocs");
        assertThat(r.out()).contains("1 of 5 documents");
    }

    @Test
    void versionAndHelp() {
        assertThat(Launcher.run(null, "--version").out()).startsWith("corpex ");
        Launcher.Run h = Launcher.run(null, "--help");
        assertThat(h.status()).isZero();
        assertThat(h.out())
                .contains("-c, --command=CMD", "--fail-fast", "--format=FORMAT", "--no-color", "Exit status");
    }

    @Test
    void worksFromAnyFolderAndLoadsGivenPaths() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "A Headline\n\nSome text about cloud spending.\n");
        Launcher.Run r = Launcher.run(dir, Map.of(), null, "one.txt", "-c", "docs");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("one", "A Headline", "1 of 1 documents");
        Launcher.Run missing = Launcher.run(dir, Map.of(), null, "nothere", "-c", "docs");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("nothere");
    }

    @Test
    void saysClearlyWhenThereIsNoSuitableJava() throws IOException {
        // A PATH with the tools the launcher uses but no java, and no JAVA_HOME.
        Path bin = Files.createDirectory(dir.resolve("bin"));
        for (String tool : List.of(
                "bash", "dirname", "readlink", "sed", "head", "find", "mkdir", "stty", "rm", "flock", "tail", "env")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) real = Path.of("/bin", tool);
            if (Files.exists(real)) Files.createSymbolicLink(bin.resolve(tool), real);
        }
        Map<String, String> env = new HashMap<>();
        env.put("PATH", bin.toString());
        env.put("JAVA_HOME", null);
        env.put("CORPEX_JVM_DIRS", Files.createDirectory(dir.resolve("jvms")).toString()); // no installed JDKs either
        Launcher.Run none = Launcher.run(dir, env, null, "-c", "docs");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("needs a JDK 17 or newer", "none was found");

        // An old Java is named, with what to do.
        Path old = Files.createDirectories(dir.resolve("jdk11/bin"));
        Files.writeString(dir.resolve("jdk11/release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path java = old.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\"' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("JAVA_HOME", dir.resolve("jdk11").toString());
        Launcher.Run tooOld = Launcher.run(dir, env, null, "-c", "docs");
        assertThat(tooOld.status()).isEqualTo(2);
        assertThat(tooOld.err()).contains("needs Java 17 or newer, but found only Java 11");
    }
}
