package org.corpex.table;

import java.nio.file.Path;
import java.util.Locale;

/** The ways a table can be written. XLSX, a spreadsheet with typed cells, is written to files only. */
public enum Format {
    TEXT("txt"), CSV("csv"), TSV("tsv"), JSON("json"), JSONL("jsonl"), XLSX("xlsx");

    public final String extension;

    Format(String extension) { this.extension = extension; }

    /** Parses a --format value for a stream (stdout, set format): text, csv, tsv, json, jsonl (any case). */
    public static Format parse(String s) {
        Format f = parseForFile(s);
        if (f == XLSX) throw new org.corpex.base.CorpexException("xlsx is written to a file: '> FILE.xlsx' or 'export FILE.xlsx'");
        return f;
    }

    /** Parses export's --format value: text, csv, tsv, json, jsonl or xlsx (any case). */
    public static Format parseForFile(String s) {
        String v = s.toLowerCase(Locale.ROOT);
        if (v.equals("txt") || v.equals("table")) return TEXT;
        if (v.equals("ndjson")) return JSONL;
        for (Format f : values()) if (f.name().equalsIgnoreCase(v)) return f;
        throw new org.corpex.base.CorpexException("unknown format '" + s + "' (choose text, csv, tsv, json, jsonl or xlsx)");
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
