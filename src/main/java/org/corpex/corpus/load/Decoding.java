package org.corpex.corpus.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: a BOM picks UTF-8 or UTF-16; without one, the bytes must be UTF-8, else they are read as Windows-1252
 * (what older news exports use) with a warning. Line ends become \n.
 */
final class Decoding {
    private Decoding() {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text, and a warning when a fallback was used (else null). */
    record Decoded(String text, String warning) {}

    static Decoded decode(byte[] b, String file) throws Skip {
        return decode(b, file, null);
    }

    private static final Pattern DECLARED =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);

    /** The charset an HTML page declares in its first 2 KB (meta charset or http-equiv), or null. */
    static Charset declaredCharset(byte[] b) {
        Matcher m = DECLARED.matcher(new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1));
        if (!m.find()) return null;
        try {
            Charset c = Charset.forName(m.group(1));
            // Browsers read a page labelled Latin-1 as Windows-1252, its superset; so does corpex.
            return c.equals(StandardCharsets.ISO_8859_1) || c.name().equalsIgnoreCase("US-ASCII") ? WINDOWS_1252 : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * As {@link #decode(byte[], String)}; bytes that are not UTF-8 are read in {@code declared} (an HTML page's own
     * charset) without a warning, when there is one.
     */
    static Decoded decode(byte[] b, String file, Charset declared) throws Skip {
        String text;
        String warning = null;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            text = utf8(b, 3);
            if (text == null) {
                text = new String(b, 3, b.length - 3, WINDOWS_1252);
                warning = notUtf8(b, 3, file);
            }
        } else if (startsWith(b, 0xFF, 0xFE)) {
            text = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(b, 0xFE, 0xFF)) {
            text = new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        } else {
            // NUL bytes do not occur in text without a UTF-16 BOM; git looks at the first 8000 bytes the same way.
            for (int i = 0, n = Math.min(b.length, 8000); i < n; i++) {
                if (b[i] == 0) throw new Skip("binary", file + ": skipped: binary file (NUL byte at offset " + i + ")");
            }
            text = utf8(b, 0);
            if (text == null && declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                text = new String(b, declared);
            } else if (text == null) {
                text = new String(b, WINDOWS_1252);
                warning = notUtf8(b, 0, file);
            }
        }
        if (Clean.isBlank(text)) {
            throw new Skip(
                    "empty", file + ": skipped: " + (b.length == 0 ? "empty file" : "no text (only white space)"));
        }
        return new Decoded(Clean.lines(text), warning);
    }

    /** UTF-8 text, or null when the bytes are not valid UTF-8. */
    private static String utf8(byte[] b, int from) {
        // The String constructor is the fast path; only a replacement character calls for a strict check.
        String s = new String(b, from, b.length - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) return s;
        return firstInvalid(b, from) < 0 ? s : null;
    }

    private static String notUtf8(byte[] b, int from, String file) {
        int at = firstInvalid(b, from);
        int line = 1;
        for (int i = 0; i < at; i++) if (b[i] == '\n') line++;
        return file + ":" + line + ": not valid UTF-8 (byte 0x" + String.format("%02X", b[at] & 0xFF) + " at offset "
                + at + "); read the file as Windows-1252";
    }

    /** Offset of the first byte that is not valid UTF-8, or -1. */
    private static int firstInvalid(byte[] b, int from) {
        CharsetDecoder d = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) return in.position();
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
