package org.corpex.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.base.Version;
import org.corpex.corpus.Fingerprint;

/**
 * How an exported file was made: the corpex version, the engine (memory, an index's folder, a collection's address,
 * never credentials), the corpus's fingerprint, the filters in force, the command with its options and its sort (and a
 * screen's sort of its rows after it: {@code resort}, null for none), how many rows and whether a --limit cut them,
 * when the table was made, and how the file was written (so that a replay can write the same bytes). JSON and JSON
 * Lines carry it inside the file; other formats in a sidecar {@code FILE.provenance.json}, or a CSV or TSV in a
 * commented header when asked.
 */
public record Provenance(
        String corpex,
        String engine,
        Fingerprint corpus,
        List<String> filters,
        String command,
        String sort,
        Table.Resort resort,
        String table,
        long rows,
        boolean cut,
        String made,
        Written written) {

    /** How the rows were written: what a replay needs to write the same bytes. */
    public record Written(String format, String placement, String delimiter, boolean excel, boolean defused) {}

    /** Where a record goes: nowhere, inside JSON and JSON Lines and beside other files, or a CSV's or TSV's header. */
    public enum Placement implements Choice {
        OFF,
        AUTO,
        HEADER;

        @Override
        public String word() {
            return this == AUTO ? "on" : name().toLowerCase(Locale.ROOT);
        }

        @Override
        public List<String> aliases() {
            return switch (this) {
                case AUTO -> List.of("auto", "sidecar", "yes", "true");
                case OFF -> List.of("no", "false");
                case HEADER -> List.of();
            };
        }

        /** What {@code where} ("set provenance") was given. */
        public static Placement parse(String s, String where) {
            try {
                return Choice.of(Placement.class, s);
            } catch (Choice.Unknown e) {
                throw new CorpexException(where + " " + e.getMessage());
            }
        }

        /** Where this placement puts the record of a file in {@code f}. */
        public String where(Format f) {
            if (this == OFF) return "none";
            if (f == Format.JSON || f == Format.JSONL) return "inside";
            if (this == HEADER && (f == Format.CSV || f == Format.TSV)) return "header";
            return "sidecar";
        }
    }

    /** The key a JSON file's object and a JSON Lines file's first line hold the record under. */
    public static final String KEY = "corpex_provenance";
    /** The first line of a CSV's or TSV's commented header; every line of the record follows after "# ". */
    public static final String HEADER_LINE = "# corpex provenance";

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public Provenance {
        filters = List.copyOf(filters);
    }

    /** The record of a table about to be written, or null when the table does not say how it was made. */
    public static Provenance of(Table t, Written written) {
        Table.Made m = t.info().made();
        if (m == null) return null;
        return new Provenance(
                "corpex " + Version.current(),
                m.engine(),
                m.corpus(),
                m.filters(),
                m.command(),
                m.sort(),
                m.resort(),
                t.name(),
                t.rows().size(),
                cut(t.warnings()),
                m.time().toString(),
                written);
    }

    /** The words every warning of a result that --limit cut holds (RowLimit writes them). */
    public static final String CUT = " kept (--limit ";

    static boolean cut(List<String> warnings) {
        for (String w : warnings) if (w.contains(CUT)) return true;
        return false;
    }

    /** The record as indented JSON (ends without a line break). */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record on one line, for a JSON Lines file's first line. */
    public String oneLine() {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of(KEY, this));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Provenance fromJson(JsonNode n, String where) {
        try {
            return JSON.treeToValue(n, Provenance.class);
        } catch (IOException e) {
            throw new CorpexException(where + ": its provenance record cannot be read ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** The sidecar a file's record goes to when the file has no room for it. */
    public static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + ".provenance.json");
    }

    /**
     * The record of {@code file}: a provenance file itself, a JSON or JSON Lines export, a CSV or TSV with a commented
     * header, or any export with a sidecar beside it.
     */
    public static Provenance read(Path file) {
        if (!Files.isRegularFile(file)) throw new CorpexException(file + ": no such file");
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".provenance.json"))
                return fromJson(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)), file.toString());
            Path side = sidecar(file);
            if (Files.isRegularFile(side))
                return fromJson(JSON.readTree(Files.readString(side, StandardCharsets.UTF_8)), side.toString());
            Format f = Format.fromFileName(file);
            if (f == Format.JSON) {
                // Only the head of the file is read: the record comes before the rows.
                try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
                    if (p.nextToken() == JsonToken.START_OBJECT
                            && p.nextToken() == JsonToken.FIELD_NAME
                            && KEY.equals(p.currentName())) {
                        p.nextToken();
                        return fromJson(p.readValueAsTree(), file.toString());
                    }
                }
            } else if (f == Format.JSONL) {
                try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    String first = lines.findFirst().orElse("");
                    if (first.startsWith("{\"" + KEY + "\""))
                        return fromJson(JSON.readTree(first).get(KEY), file.toString());
                }
            } else if (f == Format.CSV || f == Format.TSV) {
                // The commented lines at the top, not the rows.
                StringBuilder head = new StringBuilder();
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line;
                            (line = r.readLine()) != null && (line.startsWith("#") || line.startsWith("\uFEFF#")); )
                        head.append(line).append('\n');
                }
                String header = commentedHeader(head.toString());
                if (header != null) return fromJson(JSON.readTree(header), file.toString());
            }
        } catch (MalformedInputException e) {
            throw new CorpexException(file + ": not UTF-8 text, so no corpex export");
        } catch (IOException e) {
            throw new CorpexException(
                    file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        throw new CorpexException(file + ": no provenance record (none inside it, no "
                + sidecar(file).getFileName() + " beside it); was it written with 'set provenance off'?");
    }

    /** The JSON of a CSV's or TSV's commented header, or null when the text has none. */
    static String commentedHeader(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (!text.startsWith(HEADER_LINE + "\n") && !text.startsWith(HEADER_LINE + "\r\n")) return null;
        StringBuilder b = new StringBuilder();
        for (String line : text.lines().skip(1).toList()) {
            if (!line.startsWith("# ")) break;
            b.append(line, 2, line.length()).append('\n');
        }
        return b.toString();
    }

    /** The text with a commented header taken off (a BOM before it stays). */
    public static String withoutHeader(String text) {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String t = text.substring(bom.length());
        if (!t.startsWith(HEADER_LINE)) return text;
        int at = 0;
        while (at < t.length() && t.startsWith("#", at)) {
            int nl = t.indexOf('\n', at);
            at = nl < 0 ? t.length() : nl + 1;
        }
        return bom + t.substring(at);
    }

    /** The header lines for a CSV or TSV: the record, each line after "# ". */
    String header(String eol) {
        StringBuilder b = new StringBuilder(HEADER_LINE).append(eol);
        for (String line : json().lines().toList()) b.append("# ").append(line).append(eol);
        return b.toString();
    }
}
