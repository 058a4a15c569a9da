package org.corpex.base;

/**
 * A file or entry name as messages show it: line breaks, tabs and other controls (C0, DEL, C1) and bidirectional
 * overrides as escapes ({@code \n}, {@code \t}, {@code \x1b}, {@code \u202e}), and a backslash doubled only where it
 * would read as one of them. A name comes from whoever made the file or archive: a zip entry named with a newline
 * cannot start a line of its own on stderr, so it cannot forge corpex's own messages.
 */
public final class Shown {
    private Shown() {}

    public static String name(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = escape(c);
            if (rep != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b != null) {
                if (rep != null) b.append(rep);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
        }
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F) return String.format("\\x%02x", (int) c);
        if (c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C'
                || c == '\u2028'
                || c == '\u2029') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
