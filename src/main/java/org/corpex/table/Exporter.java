package org.corpex.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corpex.CorpexException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes tables to files a spreadsheet can trust. Every write goes to a temporary file in the
 * target's folder and is renamed into place, so a crash or a full disk never leaves half a file,
 * and an existing file is never replaced unless the caller asked for it.
 */
public final class Exporter {
    private Exporter() {}

    /** Excel's limits; an export past them still happens, with a warning. */
    public static final int EXCEL_MAX_ROWS = 1_048_576, EXCEL_MAX_CELL = 32_767;

    public enum Mode {
        /** Refuse when the file exists ({@code export} without --force). */
        CREATE,
        /** Replace an existing file ({@code >}, {@code export --force}). */
        OVERWRITE,
        /** Add rows to an existing file without repeating its header ({@code >>}). */
        APPEND
    }

    /** What was written, for the front end to report. */
    public record Result(Path file, int rows, String message, List<String> warnings) {}

    public static Result write(Table t, Path file, Format format, Mode mode, RenderOptions options) {
        if (t.isMessage()) throw new CorpexException("nothing to export: the last command gave no table");
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new CorpexException("cannot write " + file + ": no such folder " + dir);
        if (Files.isDirectory(target)) throw new CorpexException("cannot write " + file + ": it is a folder");
        boolean exists = Files.exists(target);
        if (exists && mode == Mode.CREATE) {
            throw new CorpexException(file + " already exists; use --force to overwrite it, or '>> " + file + "' to append");
        }
        boolean append = mode == Mode.APPEND && exists && size(target) > 0;
        List<String> warnings = new ArrayList<>(excelWarnings(t, file, format));
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            if (append) {
                appendTo(t, target, tmp, format, options);
            } else {
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                    Renderers.write(t, format, w, options.withWidth(0).withColor(false).withHeader(true));
                }
            }
            if (mode == Mode.CREATE) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (FileAlreadyExistsException e) {
            throw new CorpexException(file + " already exists; use --force to overwrite it");
        } catch (AccessDeniedException e) {
            throw new CorpexException("cannot write " + file + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new CorpexException("cannot write " + file + ": no such file or folder");
        } catch (IOException e) {
            throw new CorpexException("cannot write " + file + ": " + e.getMessage());
        } finally {
            if (tmp != null) {
                try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* best effort */ }
            }
        }
        String verb = append ? "appended" : exists ? "overwrote" : "wrote";
        String msg = verb + " " + t.rows().size() + (t.rows().size() == 1 ? " row" : " rows") + " to " + file;
        return new Result(target, t.rows().size(), msg, warnings);
    }

    private static long size(Path p) {
        try { return Files.size(p); } catch (IOException e) { return 0; }
    }

    private static void appendTo(Table t, Path target, Path tmp, Format format, RenderOptions o) throws IOException {
        if (format == Format.JSON) {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode existing;
            try {
                existing = mapper.readTree(target.toFile());
            } catch (IOException e) {
                throw new CorpexException("cannot append to " + target.getFileName() + ": it is not a JSON array (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            if (!(existing instanceof ArrayNode arr)) throw new CorpexException("cannot append to " + target.getFileName() + ": it is not a JSON array");
            StringWriter sw = new StringWriter();
            Renderers.write(t, Format.JSON, sw, o);
            JsonNode added = mapper.readTree(sw.toString());
            arr.addAll((ArrayNode) added);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("[\n");
                Iterator<JsonNode> it = arr.elements();
                while (it.hasNext()) {
                    w.write(mapper.writeValueAsString(it.next()));
                    if (it.hasNext()) w.write(",");
                    w.write("\n");
                }
                w.write("]\n");
            }
            return;
        }
        byte[] old = Files.readAllBytes(target);
        String oldText = new String(old, StandardCharsets.UTF_8);
        boolean crlf = oldText.contains("\r\n");
        if (format == Format.CSV || format == Format.TSV) checkHeader(t, target, oldText, format == Format.TSV ? '\t' : o.delimiter());
        Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING);
        StringWriter sw = new StringWriter();
        Renderers.write(t, format, sw, new RenderOptions(0, false, false, o.neutralize(), crlf, format == Format.TSV ? '\t' : o.delimiter()));
        String add = sw.toString();
        if (!oldText.isEmpty() && !oldText.endsWith("\n")) add = (crlf ? "\r\n" : "\n") + add;
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            w.write(add);
        }
    }

    private static void checkHeader(Table t, Path target, String oldText, char delimiter) throws IOException {
        String text = oldText.startsWith("\uFEFF") ? oldText.substring(1) : oldText;
        List<String> have = new ArrayList<>();
        try (Reader r = new java.io.StringReader(text); CSVParser p = CSVParser.parse(r, Renderers.csvFormat(delimiter, false))) {
            Iterator<CSVRecord> it = p.iterator();
            if (it.hasNext()) it.next().forEach(have::add);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new CorpexException("cannot append to " + target.getFileName() + ": its header cannot be read as CSV");
        }
        List<String> want = new ArrayList<>();
        for (Column c : t.columns()) want.add(c.name());
        if (!have.equals(want)) {
            throw new CorpexException("cannot append to " + target.getFileName() + ": its columns are (" + String.join(", ", have)
                    + ") but this table's are (" + String.join(", ", want) + ")");
        }
    }

    private static List<String> excelWarnings(Table t, Path file, Format format) {
        if (format != Format.CSV && format != Format.TSV) return List.of();
        List<String> w = new ArrayList<>();
        if (t.rows().size() + 1 > EXCEL_MAX_ROWS) {
            w.add(file + ": " + t.rows().size() + " rows is more than Excel opens (" + (EXCEL_MAX_ROWS - 1) + " after the header)");
        }
        outer:
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                if (Table.format(t.rows().get(r).get(c)).length() > EXCEL_MAX_CELL) {
                    w.add(file + ": row " + (r + 1) + ", column " + t.columns().get(c).name() + " is longer than Excel's "
                            + EXCEL_MAX_CELL + " characters per cell; Excel will cut it");
                    break outer;
                }
            }
        }
        return w;
    }
}
