package org.corpex.corpus;

import java.lang.ref.SoftReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One article: its text and what is known about it. Immutable; the text is segmented once, so that every command reads
 * the same lines, sentences and tokens.
 *
 * <p>A document loaded from files holds its text. A document opened from an on-disk index holds only what lists and
 * filters need (ids, titles, metadata, counts) and reads its text when a command asks for it; the text and its layout
 * are then kept softly, so a corpus larger than the heap can be walked: the collector drops texts no command is using.
 *
 * <ul>
 *   <li>id: short stable id (the file stem, or the record's id field)
 *   <li>title: headline, or "" when none was found
 *   <li>source: outlet or publisher, or ""
 *   <li>date: ISO date (yyyy, yyyy-MM or yyyy-MM-dd) when it could be read, else the raw value, or ""
 *   <li>url, or ""; path: where it was loaded from, as shown to the user (with "#N" for a record in a file)
 *   <li>text: the body, with line ends normalised to \n; meta: every other field, in source order
 *   <li>layout: lines, sentences and tokens of the text
 * </ul>
 */
public final class Document {
    /** A text and its segmentation, read together. */
    public record Body(String text, Layout layout) {}

    private final String id, title, source, date, url, path;
    private final Map<String, String> meta;
    private final int words, tokens;
    private final Body body; // held: a document loaded from files
    private final Supplier<String> reader; // or read on demand: a document opened from an index
    private volatile SoftReference<String> cachedText; // read on demand, kept while memory allows
    private volatile SoftReference<Layout> cachedLayout;

    private Document(
            String id,
            String title,
            String source,
            String date,
            String url,
            String path,
            Map<String, String> meta,
            int words,
            int tokens,
            Body body,
            Supplier<String> reader) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = nz(title);
        this.source = nz(source);
        this.date = nz(date);
        this.url = nz(url);
        this.path = nz(path);
        // In source order: docs shows metadata columns in the order the fields came.
        this.meta = meta == null || meta.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        this.words = words;
        this.tokens = tokens;
        this.body = body;
        this.reader = reader;
    }

    public Document(
            String id,
            String title,
            String source,
            String date,
            String url,
            String path,
            String text,
            Map<String, String> meta,
            Layout layout) {
        this(
                id,
                title,
                source,
                date,
                url,
                path,
                meta,
                layout.wordCount(),
                layout.tokenCount(),
                new Body(Objects.requireNonNull(text, "text"), Objects.requireNonNull(layout, "layout")),
                null);
    }

    /** Builds a document and segments its text. */
    public static Document of(
            String id,
            String title,
            String source,
            String date,
            String url,
            String path,
            String text,
            Map<String, String> meta) {
        return new Document(id, title, source, date, url, path, text, meta, Layout.of(text));
    }

    /**
     * A document whose text is read when first asked for; {@code words} and {@code tokens} are those of its layout,
     * known beforehand so that lists never read the text.
     */
    public static Document stored(
            String id,
            String title,
            String source,
            String date,
            String url,
            String path,
            Map<String, String> meta,
            int words,
            int tokens,
            Supplier<String> text) {
        return new Document(
                id, title, source, date, url, path, meta, words, tokens, null, Objects.requireNonNull(text));
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public String date() {
        return date;
    }

    public String url() {
        return url;
    }

    public String path() {
        return path;
    }

    public Map<String, String> meta() {
        return meta;
    }

    public String text() {
        if (body != null) return body.text();
        SoftReference<String> ref = cachedText;
        String t = ref == null ? null : ref.get();
        if (t == null) {
            t = reader.get();
            cachedText = new SoftReference<>(t);
        }
        return t;
    }

    /**
     * The text, without keeping it: for a walk over every document of a corpus opened from disk (a regex scan), which
     * would otherwise fill the heap with texts only to have the collector clear them again. A text already kept is
     * used.
     */
    public String textOnce() {
        if (body != null) return body.text();
        SoftReference<String> ref = cachedText;
        String t = ref == null ? null : ref.get();
        return t != null ? t : reader.get();
    }

    /** The text and its segmentation, without keeping them (see {@link #textOnce}). */
    public Body bodyOnce() {
        if (body != null) return body;
        SoftReference<Layout> ref = cachedLayout;
        Layout l = ref == null ? null : ref.get();
        String t = textOnce();
        return new Body(t, l != null ? l : Layout.of(t));
    }

    /**
     * The text's segmentation; for a document read on demand, made when first asked for (a regex scan needs only the
     * text).
     */
    public Layout layout() {
        if (body != null) return body.layout();
        SoftReference<Layout> ref = cachedLayout;
        Layout l = ref == null ? null : ref.get();
        if (l == null) {
            l = Layout.of(text());
            cachedLayout = new SoftReference<>(l);
        }
        return l;
    }

    /** Number of word tokens (tokens with at least one letter or digit). */
    public int words() {
        return words;
    }

    /** Number of tokens, words and punctuation. */
    public int tokens() {
        return tokens;
    }

    /** Whether the text is held (loaded from files) rather than read on demand. */
    public boolean held() {
        return body != null;
    }

    public Body body() {
        return body != null ? body : new Body(text(), layout());
    }

    /** Returns a copy of this document under another id (used to resolve clashes). */
    public Document withId(String newId) {
        return new Document(newId, title, source, date, url, path, meta, words, tokens, body, reader);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d
                && id.equals(d.id)
                && title.equals(d.title)
                && source.equals(d.source)
                && date.equals(d.date)
                && url.equals(d.url)
                && path.equals(d.path)
                && meta.equals(d.meta)
                && text().equals(d.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, source, date, url, path, meta);
    }

    @Override
    public String toString() {
        return "Document[id=" + id + ", title=" + title + ", source=" + source + ", date=" + date + ", path=" + path
                + "]";
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
