package org.corpex.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.corpex.base.CorpexException;
import org.corpex.base.UserInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One policy for every write: links followed, modes kept, nothing half-written, nothing left behind. */
class WritePolicyTest {
    @TempDir
    Path dir;

    static Table table(String... words) {
        Table.Builder b = new Table.Builder("t").text("word").integer("n");
        for (int i = 0; i < words.length; i++) b.row(words[i], i);
        return b.build();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp"))
                    .toList();
        }
    }

    @Test
    void appendGoesThroughASymbolicLinkToItsTarget() throws IOException {
        Path real = dir.resolve("real.csv");
        Exporter.write(table("a"), real, Format.CSV, Exporter.Mode.CREATE, RenderOptions.file());
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        Exporter.write(table("b"), link, Format.CSV, Exporter.Mode.APPEND, RenderOptions.file());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("word,n\na,0\nb,0\n");
        Exporter.write(table("c"), link, Format.CSV, Exporter.Mode.OVERWRITE, RenderOptions.file());
        assertThat(Files.isSymbolicLink(link)).as("> keeps the link").isTrue();
        assertThat(Files.readString(real)).isEqualTo("word,n\nc,0\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDanglingLinkIsCreatedAtItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("later.csv"));
        Exporter.write(table("a"), link, Format.CSV, Exporter.Mode.CREATE, RenderOptions.file());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.csv"))).isEqualTo("word,n\na,0\n");
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneIsNotPrivate() throws IOException {
        Path f = dir.resolve("shared.csv");
        Exporter.write(table("a"), f, Format.CSV, Exporter.Mode.CREATE, RenderOptions.file());
        // Created as a shell creates files (0666 less the umask), never the 0600 of a temp file.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .startsWith("rw-r");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        Exporter.write(table("b"), f, Format.CSV, Exporter.Mode.OVERWRITE, RenderOptions.file());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void appendWritesInPlaceSoAFileInAReadOnlyFolderTakesRows() throws IOException {
        Path f = dir.resolve("log.jsonl");
        Exporter.write(table("a"), f, Format.JSONL, Exporter.Mode.CREATE, RenderOptions.file());
        Object inode = Files.readAttributes(f, BasicFileAttributes.class).fileKey();
        Exporter.write(table("b"), f, Format.JSONL, Exporter.Mode.APPEND, RenderOptions.file());
        assertThat(Files.readAttributes(f, BasicFileAttributes.class).fileKey())
                .as("the same file, not a new one renamed over it")
                .isEqualTo(inode);
        assertThat(Files.readAllLines(f)).containsExactly("{\"word\":\"a\",\"n\":0}", "{\"word\":\"b\",\"n\":0}");
    }

    @Test
    void appendToAJsonArrayKeepsOneValidArray() throws IOException {
        Path f = dir.resolve("all.json");
        Exporter.write(table("a", "b"), f, Format.JSON, Exporter.Mode.CREATE, RenderOptions.file());
        Exporter.write(table("c"), f, Format.JSON, Exporter.Mode.APPEND, RenderOptions.file());
        JsonNode all = new ObjectMapper().readTree(f.toFile());
        assertThat(all.size()).isEqualTo(3);
        assertThat(all.get(2).get("word").asText()).isEqualTo("c");
    }

    @Test
    void appendChecksTheColumnsOfJsonLinesAsOfCsv() throws IOException {
        Path f = dir.resolve("x.jsonl");
        Files.writeString(f, "{\"doc\":\"a\",\"count\":1}\n");
        assertThatThrownBy(
                        () -> Exporter.write(table("b"), f, Format.JSONL, Exporter.Mode.APPEND, RenderOptions.file()))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("its columns are (doc, count)")
                .hasMessageContaining("(word, n)");
        assertThat(Files.readString(f)).isEqualTo("{\"doc\":\"a\",\"count\":1}\n");
        Path j = dir.resolve("x.json");
        Files.writeString(j, "[{\"doc\":\"a\"}]\n");
        assertThatThrownBy(() -> Exporter.write(table("b"), j, Format.JSON, Exporter.Mode.APPEND, RenderOptions.file()))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("its columns are (doc)");
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndTheOldFileWhole() throws IOException {
        Path f = dir.resolve("keep.csv");
        Files.writeString(f, "old\n");
        // A table whose rendering fails half-way: a cell that cannot be formatted.
        Object bad = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("cannot format");
            }
        };
        Table t = new Table.Builder("t").text("word").row("fine").row(bad).build();
        assertThatThrownBy(() -> Exporter.write(t, f, Format.CSV, Exporter.Mode.OVERWRITE, RenderOptions.file()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(f)).isEqualTo("old\n");
        assertThat(leftovers()).isEmpty();
        assertThatThrownBy(() -> Exporter.write(
                        t, dir.resolve("new.csv"), Format.CSV, Exporter.Mode.CREATE, RenderOptions.file()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve("new.csv")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void tildeIsHome() {
        String home = System.getenv("HOME");
        assertThat(UserInput.expandHome("~/out.csv")).isEqualTo(home + "/out.csv");
        assertThat(UserInput.expandHome("~")).isEqualTo(home);
        assertThat(UserInput.expandHome("a~/b")).isEqualTo("a~/b");
    }

    @Test
    void controlCharactersShowAsPlaceholdersOnScreensOnly() throws IOException {
        String title = "Hello \u001B]0;PWNED\u0007 \u009B2J \u202Eevil\u202C\u007F";
        assertThat(Display.line(title)).isEqualTo("Hello \u241B]0;PWNED\u2407 \uFFFD2J \uFFFDevil\uFFFD\u2421");
        assertThat(Display.line("a\nb\r\nc\td")).isEqualTo("a⏎b⏎c d");
        assertThat(Display.lines("a\nb")).isEqualTo("a\nb");
        Table t = new Table.Builder("t")
                .text("title")
                .row(title)
                .note("note \u001B[2J")
                .build();
        StringWriter screen = new StringWriter();
        Renderers.write(t, Format.TEXT, screen, new RenderOptions(80, false, true, true, false, ','));
        assertThat(screen.toString())
                .doesNotContain("\u001B", "\u0007", "\u009B", "\u202E")
                .contains("\u241B]0;PWNED");
        Path f = dir.resolve("t.jsonl");
        Exporter.write(t, f, Format.JSONL, Exporter.Mode.CREATE, RenderOptions.file());
        assertThat(new ObjectMapper()
                        .readTree(Files.readString(f, StandardCharsets.UTF_8))
                        .get("title")
                        .asText())
                .isEqualTo(title);
    }
}
