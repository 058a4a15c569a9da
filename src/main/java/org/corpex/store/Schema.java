package org.corpex.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32C;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk index's layout: Lucene fields and the corpex files beside them. The field names are those a Solr schema
 * for the same corpus would use (body: the analysed text; text: the text as written), so one analysis serves both.
 */
public final class Schema {
    private Schema() {}

    /**
     * Lucene reports through java.util.logging (its choice of memory mapping, the Vector API); corpex's output is its
     * own.
     */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    /** Silences Lucene's log lines; call before Lucene's first class loads. */
    public static void quiet() {
        LUCENE.setLevel(Level.OFF);
    }

    /** Bumped whenever what is written changes; an index of a later format is refused, not misread. */
    public static final int FORMAT = 3; // 3: texts and heads carry their CRC32C

    /** The file that says a folder is a corpex index (its content: a line for humans). */
    static final String MARKER = "corpex-index.txt";

    /** Folded tokens, in corpex's segmentation, with positions and character offsets. */
    static final String BODY = "body";
    /**
     * The text as written, in UTF-8, as binary doc values: uncompressed, so a scan reads a gigabyte in a fraction of a
     * second (Lucene's compressed stored fields took 2.5 s); news text would compress to about half, this is the price
     * of regexes over it.
     */
    static final String TEXT = "text";
    /** What lists and filters need, one binary value per document (see {@link Records}). */
    static final String HEAD = "head";
    /** The document's figures, extracted when it was indexed. */
    static final String FIGURES = "figures";
    /** The document's position in the corpus: checks that Lucene kept the order documents came in. */
    static final String ORD = "ord";

    // Commit user data: written atomically with each commit.
    static final String KEY_FORMAT = "corpex.format";
    static final String KEY_DOCS = "corpex.documents";
    static final String KEY_VOCABULARY = "corpex.vocabulary";
    static final String KEY_SOURCES = "corpex.sources";
    static final String KEY_BUILT = "corpex.built";
    /** The digest of the sources' fingerprint; an index made before it was kept has its digest computed at open. */
    static final String KEY_DIGEST = "corpex.digest";

    static final FieldType BODY_TYPE = new FieldType();

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.setTokenized(true);
        BODY_TYPE.setStored(false);
        BODY_TYPE.setOmitNorms(true);
        BODY_TYPE.freeze();
    }

    /**
     * A value as stored: its bytes, then their CRC32C (4 bytes, big-endian). Lucene checks its files' checksums only
     * when asked (CheckIndex, a merge); this one is checked at every read, so a flipped byte in a text or a head is a
     * damaged index, never a wrong text shown.
     */
    static BytesRef sealed(BytesRef v) {
        byte[] out = new byte[v.length + 4];
        System.arraycopy(v.bytes, v.offset, out, 0, v.length);
        int crc = crc(out, 0, v.length);
        out[v.length] = (byte) (crc >>> 24);
        out[v.length + 1] = (byte) (crc >>> 16);
        out[v.length + 2] = (byte) (crc >>> 8);
        out[v.length + 3] = (byte) crc;
        return new BytesRef(out);
    }

    /** The value of a {@link #sealed} one, after checking its CRC32C; {@code what} names it in the error. */
    static BytesRef unsealed(BytesRef v, String what) throws CorruptIndexException {
        if (v == null || v.length < 4) throw new CorruptIndexException(what + " is cut short", "corpex");
        int n = v.length - 4, at = v.offset + n;
        int stored = (v.bytes[at] & 0xFF) << 24
                | (v.bytes[at + 1] & 0xFF) << 16
                | (v.bytes[at + 2] & 0xFF) << 8
                | v.bytes[at + 3] & 0xFF;
        if (crc(v.bytes, v.offset, n) != stored)
            throw new CorruptIndexException(what + " fails its checksum", "corpex");
        return new BytesRef(v.bytes, v.offset, n);
    }

    private static int crc(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    /** Lucene's limit for one term, in UTF-8 bytes, with room to spare. */
    private static final int MAX_TERM_BYTES = 32_000;

    /**
     * Whether a token of this many characters could pass Lucene's limit (three UTF-8 bytes a character at most here).
     */
    public static boolean mayBeTooLong(int chars) {
        return chars * 3 > MAX_TERM_BYTES;
    }

    /**
     * The term Lucene holds for a folded token: itself, unless it is too long for Lucene (a run of 10,000 letters),
     * then a digest of it that no real token can equal.
     */
    public static String indexed(String folded) {
        if (!mayBeTooLong(folded.length()) || folded.getBytes(StandardCharsets.UTF_8).length <= MAX_TERM_BYTES)
            return folded;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return "\uFFFElong:" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
