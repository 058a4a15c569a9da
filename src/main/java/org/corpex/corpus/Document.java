package org.corpex.corpus;

import java.util.Map;
import java.util.Objects;

/**
 * One article: its text and what is known about it. Immutable; the text is segmented once,
 * at construction, so that every command reads the same lines, sentences and tokens.
 *
 * @param id     short stable id: the file stem, or the record's id field
 * @param title  headline, or "" when none was found
 * @param source outlet or publisher, or ""
 * @param date   ISO date (yyyy, yyyy-MM or yyyy-MM-dd) when it could be read, else the raw value, or ""
 * @param url    or ""
 * @param path   where it was loaded from, as shown to the user (with "#N" for a record in a file)
 * @param text   the body, with line ends normalised to \n
 * @param meta   every other field of the record, in source order
 * @param layout lines, sentences and tokens of {@code text}
 */
public record Document(String id, String title, String source, String date, String url, String path,
                       String text, Map<String, String> meta, Layout layout) {

    public Document {
        Objects.requireNonNull(id, "id");
        title = nz(title);
        source = nz(source);
        date = nz(date);
        url = nz(url);
        path = nz(path);
        Objects.requireNonNull(text, "text");
        // In source order: docs shows metadata columns in the order the fields came.
        meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
        Objects.requireNonNull(layout, "layout");
    }

    /** Builds a document and segments its text. */
    public static Document of(String id, String title, String source, String date, String url, String path,
                              String text, Map<String, String> meta) {
        return new Document(id, title, source, date, url, path, text,
                meta == null ? Map.of() : new java.util.LinkedHashMap<>(meta), Layout.of(text));
    }

    /** Number of word tokens (tokens with at least one letter or digit). */
    public int words() {
        return layout.wordCount();
    }

    /** Returns a copy of this document under another id (used to resolve clashes). */
    public Document withId(String newId) {
        return new Document(newId, title, source, date, url, path, text, meta, layout);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
