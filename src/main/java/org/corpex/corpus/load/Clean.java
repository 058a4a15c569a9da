package org.corpex.corpus.load;

import java.util.Locale;

/** Text hygiene for titles and field values. */
final class Clean {
    private Clean() {}

    /** True for every kind of space, including U+00A0 and the other no-break spaces String.strip keeps. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) return false; // the common case, without the Unicode tables
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Strips all Unicode spaces at both ends and folds inner runs of spaces (and line breaks) to one space. */
    static String field(String s) {
        if (s == null) return "";
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        StringBuilder out = null;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                // A lone plain space stays as it is until something has to change.
                if (out == null && c == ' ' && !isSpace(s.charAt(i + 1))) continue;
                if (out == null) out = new StringBuilder(b - a).append(s, a, i);
                if (out.charAt(out.length() - 1) != ' ') out.append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.substring(a, b) : out.toString();
    }

    /** Line ends to \n (CRLF and lone CR), trailing spaces of the whole text dropped. */
    static String lines(String s) {
        if (s.indexOf('\r') >= 0) s = s.replace("\r\n", "\n").replace('\r', '\n');
        return s;
    }

    static boolean isBlank(String s) {
        return isBlank(s, 0, s.length());
    }

    static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    /** "news.json" -> "news"; "README" -> "README"; ".x" stays. */
    /**
     * A file's name without its extension: the id of the document it holds. Controls and bidirectional overrides in the
     * name (an archive's entry may hold any) become '_', so an id stays one line that can be typed.
     */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String s = dot > 0 ? fileName.substring(0, dot) : fileName;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20
                    || c == 0x7F
                    || c >= 0x80 && c <= 0x9F
                    || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069'
                    || c == '\u2028'
                    || c == '\u2029';
            if (bad && b == null) b = new StringBuilder(s).delete(i, s.length());
            if (b != null) b.append(bad ? '_' : c);
        }
        return b == null ? s : b.toString();
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
