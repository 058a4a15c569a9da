package org.corpex.table;

import java.nio.file.Path;
import java.util.Locale;

/** The ways a table can be written. */
public enum Format {
    TEXT("txt"), CSV("csv"), TSV("tsv"), JSON("json"), JSONL("jsonl");

    public final String extension;

    Format(String extension) { this.extension = extension; }

    /** Parses a --format value: text, csv, tsv, json, jsonl (any case). */
    public static Format parse(String s) {
        String v = s.toLowerCase(Locale.ROOT);
        if (v.equals("txt") || v.equals("table")) return TEXT;
        if (v.equals("ndjson")) return JSONL;
        for (Format f : values()) if (f.name().equalsIgnoreCase(v)) return f;
        throw new org.corpex.base.CorpexException("unknown format '" + s + "' (choose text, csv, tsv, json or jsonl)");
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
            default -> null;
        };
    }

    @Override public String toString() { return name().toLowerCase(Locale.ROOT); }
}
