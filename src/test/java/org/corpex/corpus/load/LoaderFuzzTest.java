package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;

/**
 * Fuzzes every loader through its real entry point, Loader.load, on a real file. The record formats (JSON Lines, JSON,
 * CSV/TSV) get files of valid records with fuzzed bad records between them, and every valid record must load: a bad
 * record is skipped alone. Every format also gets raw fuzzed bytes. Whatever the input, a load reports what it skipped
 * in one-line warnings that name the file, and never fails inside a parser (which the loader reports as "could not be
 * parsed").
 */
class LoaderFuzzTest {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("corpex-loader-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- records: valid ones must survive the bad ones between them

    private static String validTitle(int k) {
        return "Valid " + k;
    }

    private static String validText(int k) {
        return "Valid record number " + k + ".";
    }

    /** A fuzzed string without the characters that end a line or mark a file as binary. */
    private static String garbage(FuzzedDataProvider data, int max, String drop) {
        StringBuilder b = new StringBuilder();
        for (char c : data.consumeString(max).toCharArray())
            if (c != '\n' && c != '\r' && c != 0 && drop.indexOf(c) < 0) b.append(c);
        return b.toString();
    }

    @FuzzTest
    void jsonLines(FuzzedDataProvider data) {
        int valid = data.consumeInt(1, 5);
        StringBuilder file = new StringBuilder();
        for (int k = 1; k <= valid; k++) {
            while (data.consumeBoolean())
                file.append(data.consumeBoolean() ? jsonValue(data, 0) : garbage(data, 100, ""))
                        .append('\n');
            file.append("{\"id\": \"valid-")
                    .append(k)
                    .append("\", \"title\": \"")
                    .append(validTitle(k))
                    .append("\", \"text\": \"")
                    .append(validText(k))
                    .append("\"}\n");
        }
        while (data.consumeBoolean()) file.append(garbage(data, 100, "")).append('\n');
        checkValidRecordsLoad(load("feed.jsonl", file.toString()), valid);
    }

    @FuzzTest
    void jsonArray(FuzzedDataProvider data) {
        int valid = data.consumeInt(1, 5);
        checkValidRecordsLoad(load("feed.json", "[\n" + String.join(",\n", elements(data, valid)) + "\n]\n"), valid);
    }

    /** The same records wrapped as a news API dump wraps them, with a fuzzed member before them. */
    @FuzzTest
    void jsonWrapped(FuzzedDataProvider data) {
        int valid = data.consumeInt(1, 5);
        String before = data.consumeBoolean() ? jsonValue(data, 0) : badElement(data);
        // A second array member would make the dump ambiguous (which array holds the records?): not a dump.
        if (before.startsWith("[")) before = "{\"nested\": " + before + "}";
        checkValidRecordsLoad(
                load(
                        "dump.json",
                        "{\"status\": " + before + ",\n\"articles\": [\n" + String.join(",\n", elements(data, valid))
                                + "\n]}\n"),
                valid);
    }

    /** Valid records, each with fuzzed bad elements before it, and some after the last. */
    private static List<String> elements(FuzzedDataProvider data, int valid) {
        List<String> elements = new ArrayList<>();
        for (int k = 1; k <= valid; k++) {
            while (data.consumeBoolean()) elements.add(badElement(data));
            elements.add("{\"id\": \"valid-" + k + "\", \"title\": \"" + validTitle(k) + "\", \"text\": \""
                    + validText(k) + "\"}");
        }
        while (data.consumeBoolean()) elements.add(badElement(data));
        return elements;
    }

    /**
     * A bad array element. Not any text: one that opens a bracket or a string it never closes takes the rest of the
     * file with it, as in any JSON reader, since what follows is then inside it.
     */
    private static String badElement(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> garbage(data, 80, "[]{}\""); // token soup
            case 1 -> "\"" + garbage(data, 80, "\"") + "\""; // a string, maybe badly escaped
            case 2 -> { // deep nesting, stray closing brackets
                int depth = data.consumeInt(0, 1500);
                yield "[".repeat(depth) + "1" + "]".repeat(depth + data.consumeInt(0, 2));
            }
            case 3 -> "{\"title\": " + jsonValue(data, 0) + ", \"n\": " + "9".repeat(data.consumeInt(1, 3000)) + "}";
            default -> jsonValue(data, 0);
        };
    }

    /** A well-formed JSON value of fuzzed shape (objects, arrays, strings, numbers), not always a usable record. */
    private static String jsonValue(FuzzedDataProvider data, int depth) {
        int kind = depth > 6 ? data.consumeInt(2, 4) : data.consumeInt(0, 4);
        return switch (kind) {
            case 0 -> {
                StringBuilder b = new StringBuilder("{");
                for (int i = 0, n = data.consumeInt(0, 4); i < n; i++) {
                    if (i > 0) b.append(", ");
                    String key = data.pickValue(new String[] {
                        "text", "body", "title", "id", "date", "source", "url", "Text", "full_text", "x"
                    });
                    b.append('"').append(key).append("\": ").append(jsonValue(data, depth + 1));
                }
                yield b.append('}').toString();
            }
            case 1 -> {
                StringBuilder b = new StringBuilder("[");
                for (int i = 0, n = data.consumeInt(0, 4); i < n; i++)
                    b.append(i > 0 ? ", " : "").append(jsonValue(data, depth + 1));
                yield b.append(']').toString();
            }
            case 2 -> quote(data.consumeString(40));
            case 3 ->
                data.pickValue(
                        new String[] {"0", "-1.50", "1e999", "123456789012345678901234567890", "true", "null", "2.5E-3"
                        });
            default -> "\"" + garbage(data, 40, "\"\\") + "\"";
        };
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    @FuzzTest
    void csv(FuzzedDataProvider data) {
        char delimiter = data.consumeBoolean() ? ',' : '\t';
        String name = delimiter == ',' ? "feed.csv" : "feed.tsv";
        int valid = data.consumeInt(1, 5);
        StringBuilder file =
                new StringBuilder(String.join(String.valueOf(delimiter), "id", "title", "text")).append("\r\n");
        for (int k = 1; k <= valid; k++) {
            while (data.consumeBoolean())
                file.append(badRow(data, delimiter)).append(data.consumeBoolean() ? "\r\n" : "\n");
            file.append("valid-")
                    .append(k)
                    .append(delimiter)
                    .append(validTitle(k))
                    .append(delimiter)
                    .append(validText(k))
                    .append("\r\n");
        }
        checkValidRecordsLoad(load(name, file.toString()), valid);
    }

    /**
     * A row with a fuzzed number of fuzzed fields. A field is either quoted properly (any text, quotes doubled) or bare
     * without quotes: an unterminated quote runs to the end of the file in every CSV reader, so it cannot stay a
     * record's own problem.
     */
    private static String badRow(FuzzedDataProvider data, char delimiter) {
        List<String> fields = new ArrayList<>();
        for (int i = 0, n = data.consumeInt(1, 5); i < n; i++) {
            String f = data.consumeString(30).replace("\0", "");
            fields.add(data.consumeBoolean() ? "\"" + f.replace("\"", "\"\"") + "\"" : f.replace("\"", ""));
        }
        return String.join(String.valueOf(delimiter), fields);
    }

    /** Every valid record is there, with its title and text, whatever was around it. */
    private static void checkValidRecordsLoad(LoadReport r, int valid) {
        for (int k = 1; k <= valid; k++) {
            String title = validTitle(k), text = validText(k);
            assertThat(r.documents())
                    .as("valid record %d among %s; warnings %s", k, r.documents(), r.warnings())
                    .anyMatch(d -> d.title().equals(title) && d.text().equals(text));
        }
    }

    // ---- any bytes, any format

    @FuzzTest
    void anyFile(FuzzedDataProvider data) {
        String ext = data.pickValue(new String[] {"json", "jsonl", "csv", "tsv", "html", "txt", "md", "dat"});
        byte[] bytes = data.consumeRemainingAsBytes();
        LoadReport r = load("any." + ext, bytes);
        if (ext.equals("html") || ext.equals("txt") || ext.equals("md"))
            assertThat(r.documents()).hasSizeLessThanOrEqualTo(1);
    }

    @FuzzTest
    void html(FuzzedDataProvider data) {
        // A paragraph before the fuzzed markup: nothing after it can take it out of the article's text.
        String page = "<!doctype html><html><head><title>Page</title></head><body><article><p>Valid paragraph.</p>"
                + data.consumeRemainingAsString().replace("\0", ""); // a NUL makes any file binary, by design
        LoadReport r = load("page.html", page);
        assertThat(r.documents()).hasSize(1);
        assertThat(r.documents().get(0).text().split("\n")).contains("Valid paragraph.");
    }

    // ---- the file and the checks every load passes

    private static LoadReport load(String name, String content) {
        return load(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static LoadReport load(String name, byte[] content) {
        Path f = DIR.resolve(name);
        try {
            Files.write(f, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadReport r = Loader.load(List.of(f.toString()), FieldNames.DETECT);
        for (String w : r.warnings()) {
            assertThat(w).as("a parser failed").doesNotContain("could not be parsed");
            assertThat(w).as("one line").doesNotContain("\n").doesNotContain("\r");
            assertThat(w.startsWith(f.toString()) || w.startsWith("... and "))
                    .as("names the file: %s", w)
                    .isTrue();
        }
        int skipped = r.skipped().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(skipped == 0 || !r.warnings().isEmpty())
                .as("a skip comes with a warning")
                .isTrue();
        for (Document d : r.documents()) {
            assertThat(d.id()).isNotBlank();
            assertThat(d.title()).doesNotContain("\n", "\r");
            assertThat(d.text())
                    .isNotBlank()
                    .doesNotContain("\r")
                    .isEqualTo(d.text().stripTrailing());
            assertThat(d.path()).startsWith(f.toString());
        }
        return r;
    }
}
