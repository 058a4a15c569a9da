package org.corpex.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;

/** The ways a table can be written. XLSX, a spreadsheet with typed cells, is written to files only. */
public enum Format implements Choice {
    TEXT("txt"),
    CSV("csv"),
    TSV("tsv"),
    JSON("json"),
    JSONL("jsonl"),
    XLSX("xlsx");

    public final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    @Override
    public List<String> aliases() {
        return switch (this) {
            case TEXT -> List.of("txt", "table");
            case JSONL -> List.of("ndjson");
            default -> List.of();
        };
    }

    /** The formats a stream (stdout, set format) takes: all but xlsx. */
    public static final List<String> STREAMS = List.of("text", "csv", "tsv", "json", "jsonl");

    /** Parses a --format value for a stream (stdout, set format): text, csv, tsv, json, jsonl (any case). */
    public static Format parse(String s) {
        Format f;
        try {
            f = Choice.of(Format.class, s);
        } catch (Choice.Unknown e) {
            throw new Choice.Unknown(s, STREAMS);
        }
        if (f == XLSX) throw new CorpexException("xlsx is written to a file: '> FILE.xlsx' or 'export FILE.xlsx'");
        return f;
    }

    /** Parses export's --format value: text, csv, tsv, json, jsonl or xlsx (any case). */
    public static Format parseForFile(String s) {
        return Choice.of(Format.class, s);
    }

    /** The format a file name's extension asks for, or null when it names none we write. */
    public static Format fromFileName(Path file) {
        String n =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return null;
        return switch (n.substring(dot + 1)) {
            case "csv" -> CSV;
            case "tsv", "tab" -> TSV;
            case "json" -> JSON;
            case "jsonl", "ndjson" -> JSONL;
            case "txt", "text" -> TEXT;
            case "xlsx" -> XLSX;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
