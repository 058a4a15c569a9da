package org.corpex.table;

import java.nio.file.Path;
import java.util.Locale;

/** The ways a table can be written. XLSX, a spreadsheet with typed cells, is written to files only. */
public enum Format implements org.corpex.base.Choice {
    TEXT("txt"), CSV("csv"), TSV("tsv"), JSON("json"), JSONL("jsonl"), XLSX("xlsx");

    public final String extension;

    Format(String extension) { this.extension = extension; }

    @Override public String word() { return name().toLowerCase(Locale.ROOT); }

    @Override public java.util.List<String> aliases() {
        return switch (this) {
            case TEXT -> java.util.List.of("txt", "table");
            case JSONL -> java.util.List.of("ndjson");
            default -> java.util.List.of();
        };
    }

    /** The formats a stream (stdout, set format) takes: all but xlsx. */
    public static final java.util.List<String> STREAMS = java.util.List.of("text", "csv", "tsv", "json", "jsonl");

    /** Parses a --format value for a stream (stdout, set format): text, csv, tsv, json, jsonl (any case). */
    public static Format parse(String s) {
        Format f;
        try {
            f = org.corpex.base.Choice.of(Format.class, s);
        } catch (org.corpex.base.Choice.Unknown e) {
            throw new org.corpex.base.Choice.Unknown(s, STREAMS);
        }
        if (f == XLSX) throw new org.corpex.base.CorpexException("xlsx is written to a file: '> FILE.xlsx' or 'export FILE.xlsx'");
        return f;
    }

    /** Parses export's --format value: text, csv, tsv, json, jsonl or xlsx (any case). */
    public static Format parseForFile(String s) {
        return org.corpex.base.Choice.of(Format.class, s);
    }

    /** The format a file name's extension asks for, or null when it names none we write. */
    public static Format fromFileName(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
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

    @Override public String toString() { return name().toLowerCase(Locale.ROOT); }
}
