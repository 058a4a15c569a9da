package org.corpex.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corpex.base.CorpexException;

/**
 * Writes tables to files a spreadsheet can trust. Every write goes to a temporary file in the target's folder and is
 * renamed into place, so a crash or a full disk never leaves half a file, and an existing file is never replaced unless
 * the caller asked for it.
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

    /**
     * Writes {@code t} to {@code file} by one policy for every write ({@code export}, {@code >}, {@code >>}, the full
     * screen's e), the policy a shell user expects: a symbolic link is written through to its target, and so is
     * anything that is not a regular file (a device, a named pipe); a new file gets the user's umask and a replaced one
     * keeps its mode; the file appears whole or not at all (a temporary file renamed into place, and removed on an
     * error or Ctrl-C), except a file with other hard links or another owner, which is written in place, as a shell's >
     * writes it, so that it keeps them; rows are appended in place, so a writable file in a read-only folder takes
     * them.
     */
    public static Result write(Table t, Path file, Format format, Mode mode, RenderOptions options) {
        return write(t, file, format, mode, options, Provenance.Placement.OFF);
    }

    /**
     * Writes as {@link #write(Table, Path, Format, Mode, RenderOptions)} does, with the table's provenance placed as
     * asked: inside a JSON or JSON Lines file, in a CSV's or TSV's commented header, or in a sidecar
     * {@code FILE.provenance.json} written (whole, by a rename) once the file is. A table that does not say how it was
     * made (one built in code) gets none; nor does a device or a pipe; rows appended with {@code >>} leave the file's
     * record as it was, and say so.
     */
    public static Result write(
            Table t, Path file, Format format, Mode mode, RenderOptions options, Provenance.Placement placement) {
        if (t.isMessage()) throw new CorpexException("nothing to export: the last command gave no table");
        Path target = throughLinks(file.toAbsolutePath().normalize());
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir))
            throw new CorpexException("cannot write " + file + ": no such folder " + dir);
        if (Files.isDirectory(target)) throw new CorpexException("cannot write " + file + ": it is a folder");
        boolean exists = Files.exists(target);
        if (exists && mode == Mode.CREATE) {
            throw new CorpexException(
                    file + " already exists; use --force to overwrite it, or '>> " + file + "' to append");
        }
        if (exists && !Files.isWritable(target))
            throw new CorpexException("cannot write " + file + ": permission denied");
        // A device or a named pipe is written to, never replaced: as root, export /dev/null --force must not replace
        // /dev/null.
        boolean regular = !exists || Files.isRegularFile(target);
        boolean append = mode == Mode.APPEND && exists && regular && size(target) > 0;
        if (format == Format.XLSX) {
            if (append)
                throw new CorpexException("cannot append to " + file
                        + ": rows are added to .csv, .tsv, .json and .jsonl files; write a new workbook with '>'");
            Xlsx.check(t, file.toString());
        }
        List<String> warnings = new ArrayList<>(excelWarnings(t, file, format));
        Provenance record = regular && !append && placement != Provenance.Placement.OFF
                ? Provenance.of(t, written(format, placement, options))
                : null;
        String where = record == null ? "none" : placement.where(format);
        try {
            if (!regular) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    warnings.addAll(render(t, format, out, fileOptions(options), file, null, "none"));
                }
            } else if (append) {
                appendTo(t, target, format, options);
                if (placement != Provenance.Placement.OFF && t.info().made() != null && hasRecord(target, format)) {
                    warnings.add(file
                            + ": its provenance record tells how its first rows were made, not the rows appended now");
                }
            } else if (!exists || Files.isWritable(dir)) {
                warnings.addAll(replace(t, target, file, format, options, exists, record, where));
            } else {
                // A writable file in a folder we may not create files in: rewrite it in place, as a shell's > does.
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                warnings.addAll(render(t, format, bytes, fileOptions(options), file, record, where));
                Files.write(
                        target, bytes.toByteArray(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CorpexException(file + " already exists; use --force to overwrite it");
        } catch (AccessDeniedException e) {
            throw new CorpexException("cannot write " + file + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new CorpexException("cannot write " + file + ": no such file or folder");
        } catch (IOException e) {
            throw new CorpexException("cannot write " + file + ": " + e.getMessage());
        }
        if (regular && !append) {
            Path side = Provenance.sidecar(target);
            try {
                if (where.equals("sidecar")) {
                    writeSidecar(side, record);
                } else if (Files.isRegularFile(side) && isRecord(side)) {
                    // The file no longer goes with that record (it holds its own now, or none): a stale one would
                    // mislead.
                    Files.delete(side);
                }
            } catch (IOException e) {
                warnings.add(file + " is written, but its provenance record could not be written beside it ("
                        + side.getFileName() + ": " + e.getMessage() + ")");
            }
        }
        String verb = append ? "appended" : exists && regular ? "overwrote" : "wrote";
        String msg = verb + " " + t.rows().size() + (t.rows().size() == 1 ? " row" : " rows") + " to " + file;
        return new Result(target, t.rows().size(), msg, warnings);
    }

    private static RenderOptions fileOptions(RenderOptions o) {
        return o.withWidth(0).withColor(false).withHeader(true);
    }

    /** How a file is written, for its provenance record. */
    static Provenance.Written written(Format format, Provenance.Placement placement, RenderOptions o) {
        return new Provenance.Written(
                format.toString(), placement.where(format), String.valueOf(o.delimiter()), o.excel(), o.neutralize());
    }

    /**
     * The bytes a file gets: the table in a format, with {@code record} placed {@code where} ("inside", "header";
     * anything else leaves it out). What a replay compares a file with.
     */
    public static byte[] bytes(Table t, Format format, RenderOptions o, Provenance record, String where) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(t, format, out, fileOptions(o), Path.of(t.name()), record, where);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail to be written
        }
        return out.toByteArray();
    }

    /** The table in a format, to a stream; the warnings the format gives (an .xlsx cell cut to Excel's limit). */
    private static List<String> render(
            Table t, Format format, OutputStream out, RenderOptions o, Path file, Provenance record, String where)
            throws IOException {
        if (format == Format.XLSX) return Xlsx.write(t.forFile(), out, file.toString());
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (record != null && where.equals("inside") && format == Format.JSON) {
            // {"corpex_provenance": {...}, "rows": [...]}: the rows as an export without a record has them.
            w.write("{\n\"" + Provenance.KEY + "\" : " + record.json() + ",\n\"rows\" : ");
            Renderers.write(t.forFile(), format, w, o);
            w.write("}\n");
        } else if (record != null && where.equals("inside") && format == Format.JSONL) {
            w.write(record.oneLine());
            w.write('\n');
            Renderers.write(t.forFile(), format, w, o);
        } else if (record != null && where.equals("header")) {
            StringWriter sw = new StringWriter();
            Renderers.write(t.forFile(), format, sw, o);
            String body = sw.toString();
            String bom = body.startsWith("\uFEFF") ? "\uFEFF" : "";
            w.write(bom + record.header(o.excel() ? "\r\n" : "\n") + body.substring(bom.length()));
        } else {
            Renderers.write(t.forFile(), format, w, o);
        }
        w.flush();
        return List.of();
    }

    /**
     * Writes {@code record} to {@code side} whole (a temporary file renamed over it): the record beside a subcorpus.
     */
    public static void writeRecord(Path side, Provenance record) {
        try {
            writeSidecar(side, record);
        } catch (IOException e) {
            throw new CorpexException("cannot write " + side + ": " + e.getMessage());
        }
    }

    /** Writes a sidecar record whole: a temporary file renamed over it. */
    private static void writeSidecar(Path side, Provenance record) throws IOException {
        Path tmp = Temporary.create(side);
        try {
            Files.writeString(tmp, record.json() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, side, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Temporary.remove(tmp);
        }
    }

    /** Whether a file is a provenance record corpex wrote. */
    private static boolean isRecord(Path side) {
        try {
            Provenance.read(side);
            return true;
        } catch (CorpexException e) {
            return false;
        }
    }

    /** Whether an existing file already has a record (inside, in its header, or beside it). */
    private static boolean hasRecord(Path target, Format format) {
        try {
            Provenance.read(target);
            return true;
        } catch (CorpexException e) {
            return false;
        }
    }

    /** The file a path names once every symbolic link on it is followed (even one whose target does not exist yet). */
    static Path throughLinks(Path p) {
        try {
            for (int hops = 0; Files.isSymbolicLink(p); hops++) {
                if (hops > 40) throw new CorpexException("cannot write " + p + ": too many levels of symbolic links");
                Path to = Files.readSymbolicLink(p);
                p = p.resolveSibling(to).toAbsolutePath().normalize();
            }
            Path dir = p.getParent();
            if (dir != null && Files.isDirectory(dir)) p = dir.toRealPath().resolve(p.getFileName());
            return p;
        } catch (IOException e) {
            throw new CorpexException("cannot write " + p + ": " + e.getMessage());
        }
    }

    /**
     * A new file, written beside the target and renamed over it. A file with other hard links, or owned by someone else
     * (another user's file in a shared folder, any file when run as root), would lose them to a rename: unless its
     * owner can be given to the new file (root can), the new bytes, once whole, are copied into the file itself, as a
     * shell's > writes.
     */
    private static List<String> replace(
            Table t,
            Path target,
            Path shown,
            Format format,
            RenderOptions options,
            boolean exists,
            Provenance record,
            String where)
            throws IOException {
        Path tmp = Temporary.create(target);
        try {
            List<String> warnings;
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                warnings = render(t, format, out, fileOptions(options), shown, record, where);
            }
            if (exists) {
                keepMode(target, tmp);
                if (renameKeepsIdentity(target, tmp)) {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    copyInto(tmp, target, shown);
                }
            } else {
                // Not REPLACE_EXISTING: a file that appeared meanwhile is not clobbered (rename(2) would, so link
                // first).
                try {
                    Files.createLink(target, tmp);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return warnings;
        } finally {
            Temporary.remove(tmp);
        }
    }

    /**
     * True when renaming {@code tmp} over {@code target} leaves the file as the user knows it: it has no other hard
     * link, and {@code tmp} has (or can be given) its owner and group. Where the file system tells nothing of owners
     * and links, a rename is all there is.
     */
    private static boolean renameKeepsIdentity(Path target, Path tmp) {
        try {
            int links = ((Number) Files.getAttribute(target, "unix:nlink")).intValue();
            if (links > 1) return false;
            Object uid = Files.getAttribute(target, "unix:uid"), gid = Files.getAttribute(target, "unix:gid");
            if (uid.equals(Files.getAttribute(tmp, "unix:uid")) && gid.equals(Files.getAttribute(tmp, "unix:gid")))
                return true;
            try {
                Files.setAttribute(tmp, "unix:uid", uid);
                Files.setAttribute(tmp, "unix:gid", gid);
                keepMode(target, tmp); // a change of owner clears set-id bits
                return true;
            } catch (IOException | SecurityException e) {
                return false; // only root gives files away: write in place instead
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return true;
        }
    }

    /**
     * Copies the whole new file into {@code target}'s own bytes, then cuts it to length. Not atomic, as a shell's > is
     * not; but the new bytes exist in full before the first old one is overwritten, so only a failure of the copy
     * itself (a disk filling up) can spoil it.
     */
    private static void copyInto(Path tmp, Path target, Path shown) throws IOException {
        try (FileChannel in = FileChannel.open(tmp, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            long size = in.size();
            try {
                for (long at = 0; at < size; ) at += in.transferTo(at, size - at, out);
                out.truncate(size);
            } catch (IOException e) {
                throw new IOException(
                        e.getMessage() + "; " + shown
                                + " was being written in place (it has other hard links or another owner) and is "
                                + "now incomplete",
                        e);
            }
        }
    }

    /** The replaced file's permissions on its replacement, as a shell's > (which truncates in place) keeps them. */
    private static void keepMode(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the new file keeps the default mode
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] render(Table t, Format format, RenderOptions o) throws IOException {
        StringWriter sw = new StringWriter();
        Renderers.write(t.forFile(), format, sw, o);
        return sw.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Adds rows to the end of an existing file, in place: the new bytes are made first, then written in one go; if that
     * fails, the file is cut back to its old length.
     */
    private static void appendTo(Table t, Path target, Format format, RenderOptions o) throws IOException {
        long oldSize = Files.size(target);
        byte[] add;
        long at = oldSize;
        byte[] tail = new byte[0]; // the old bytes that the new ones overwrite (JSON's closing bracket)
        if (format == Format.JSON) {
            String old = Files.readString(target, StandardCharsets.UTF_8);
            JsonNode existing;
            try {
                existing = new ObjectMapper().readTree(old);
            } catch (IOException e) {
                throw new CorpexException("cannot append to " + target.getFileName() + ": it is not a JSON array ("
                        + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            // An export with its provenance inside: {"corpex_provenance": ..., "rows": [...]}.
            if (existing != null && existing.isObject() && existing.has(Provenance.KEY))
                existing = existing.get("rows");
            if (!(existing instanceof ArrayNode arr))
                throw new CorpexException("cannot append to " + target.getFileName() + ": it is not a JSON array");
            checkColumns(t, target, arr.isEmpty() ? null : arr.get(0));
            // Overwrite from the closing bracket: the new objects, then a new bracket.
            int close = old.lastIndexOf(']');
            String body = new String(render(t, Format.JSON, o), StandardCharsets.UTF_8).strip();
            String objects = body.substring(1, body.length() - 1).strip();
            String head = old.substring(0, close).stripTrailing();
            at = head.getBytes(StandardCharsets.UTF_8).length;
            tail = old.substring(head.length()).getBytes(StandardCharsets.UTF_8);
            add = ((arr.isEmpty() ? "\n" : ",\n") + objects + "\n"
                            + old.substring(close).stripTrailing() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            String oldText = Files.readString(target, StandardCharsets.UTF_8);
            boolean crlf = oldText.contains("\r\n");
            if (format == Format.CSV || format == Format.TSV) checkHeader(t, target, oldText, format, o);
            if (format == Format.JSONL) {
                String first = oldText.lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("{\"" + Provenance.KEY + "\""))
                        .findFirst()
                        .orElse("");
                JsonNode node;
                try {
                    node = new ObjectMapper().readTree(first);
                } catch (IOException e) {
                    throw new CorpexException(
                            "cannot append to " + target.getFileName() + ": its first line is not a JSON object");
                }
                checkColumns(t, target, node);
            }
            String text = new String(
                    render(
                            t,
                            format,
                            new RenderOptions(
                                    0,
                                    false,
                                    false,
                                    o.neutralize(),
                                    crlf,
                                    format == Format.TSV ? '\t' : o.delimiter())),
                    StandardCharsets.UTF_8);
            if (!oldText.isEmpty() && !oldText.endsWith("\n")) text = (crlf ? "\r\n" : "\n") + text;
            add = text.getBytes(StandardCharsets.UTF_8);
        }
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            try {
                ch.position(at);
                ByteBuffer buf = ByteBuffer.wrap(add);
                while (buf.hasRemaining()) ch.write(buf);
                if (at + add.length < oldSize) ch.truncate(at + add.length);
            } catch (IOException | RuntimeException e) {
                // Never leave half an append: the old bytes back, the file at its old length.
                ch.position(at);
                ch.write(ByteBuffer.wrap(tail));
                ch.truncate(oldSize);
                throw e;
            }
        }
    }

    /** The keys of a JSON object already in the file must be this table's columns, in order. */
    private static void checkColumns(Table t, Path target, JsonNode sample) {
        if (sample == null) return;
        if (!sample.isObject())
            throw new CorpexException(
                    "cannot append to " + target.getFileName() + ": its records are not JSON objects");
        List<String> have = new ArrayList<>();
        sample.fieldNames().forEachRemaining(have::add);
        List<String> want = new ArrayList<>();
        for (Column c : t.columns()) want.add(c.name());
        if (!have.equals(want)) {
            throw new CorpexException("cannot append to " + target.getFileName() + ": its columns are ("
                    + String.join(", ", have) + ") but this table's are (" + String.join(", ", want) + ")");
        }
    }

    /** The header already in a CSV or TSV file must be this table's, as it is written (defused alike) or as named. */
    private static void checkHeader(Table t, Path target, String oldText, Format format, RenderOptions o)
            throws IOException {
        String text = Provenance.withoutHeader(oldText);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> have = new ArrayList<>();
        if (format == Format.TSV) {
            have.addAll(Renderers.tsvSplit(text.lines().findFirst().orElse("")));
        } else {
            try (Reader r = new StringReader(text);
                    CSVParser p = CSVParser.parse(r, Renderers.csvFormat(o.delimiter(), false))) {
                Iterator<CSVRecord> it = p.iterator();
                if (it.hasNext()) it.next().forEach(have::add);
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new CorpexException(
                        "cannot append to " + target.getFileName() + ": its header cannot be read as CSV");
            }
        }
        List<String> names = new ArrayList<>();
        for (Column c : t.columns()) names.add(c.name());
        if (!have.equals(Renderers.header(t, o)) && !have.equals(names)) {
            throw new CorpexException("cannot append to " + target.getFileName() + ": its columns are ("
                    + String.join(", ", have) + ") but this table's are (" + String.join(", ", names) + ")");
        }
    }

    private static List<String> excelWarnings(Table t, Path file, Format format) {
        if (format != Format.CSV && format != Format.TSV) return List.of();
        List<String> w = new ArrayList<>();
        if (t.rows().size() + 1 > EXCEL_MAX_ROWS) {
            w.add(file + ": " + t.rows().size() + " rows is more than Excel opens (" + (EXCEL_MAX_ROWS - 1)
                    + " after the header)");
        }
        outer:
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                if (Table.format(t.rows().get(r).get(c)).length() > EXCEL_MAX_CELL) {
                    w.add(file + ": row " + (r + 1) + ", column "
                            + t.columns().get(c).name() + " is longer than Excel's " + EXCEL_MAX_CELL
                            + " characters per cell; Excel will cut it");
                    break outer;
                }
            }
        }
        return w;
    }
}
