package org.corpex.corpus.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain text and markdown: the whole file is one document. Front matter between "---" lines (title: ..., date: ...)
 * gives fields and is not part of the text. The title is a markdown "# Heading" or, failing that, the first line when
 * it reads like a title: short, not a sentence ending in a full stop, not a list item.
 */
final class TextFormat {
    private TextFormat() {}

    static final int MAX_TITLE = 160;

    static Draft read(String text, String file, String id) {
        Map<String, String> front = new LinkedHashMap<>();
        text = frontMatter(text, front);
        String title = "", source = "", date = "", url = "";
        Map<String, String> meta = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : front.entrySet()) {
            String k = RecordFields.norm(e.getKey());
            String v = Clean.field(unquote(e.getValue()));
            if (title.isEmpty()
                    && RecordFields.TITLE.stream()
                            .anyMatch(c -> RecordFields.norm(c).equals(k))) title = v;
            else if (source.isEmpty()
                    && RecordFields.SOURCE.stream()
                            .anyMatch(c -> RecordFields.norm(c).equals(k))) source = v;
            else if (date.isEmpty()
                    && RecordFields.DATE.stream()
                            .anyMatch(c -> RecordFields.norm(c).equals(k))
                    && !k.equals("year")) date = Dates.normalise(v);
            else if (url.isEmpty()
                    && RecordFields.URL.stream()
                            .anyMatch(c -> RecordFields.norm(c).equals(k))) url = v;
            else if (!v.isEmpty()) meta.put(e.getKey().strip(), v);
        }
        if (title.isEmpty()) title = guessTitle(text);
        return new Draft(id, title, source, date, url, file, text, meta, true);
    }

    /** The first non-blank line as a title, when it reads like one; else "". */
    static String guessTitle(String text) {
        int i = 0, n = text.length();
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = n;
            String line = Clean.field(text.substring(i, end));
            if (!line.isEmpty()) return titleLike(line);
            i = end + 1;
        }
        return "";
    }

    private static String titleLike(String line) {
        if (line.startsWith("#")) {
            String h = line.replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s*#+$", "");
            return Clean.field(h);
        }
        if (line.length() > MAX_TITLE) return "";
        if (line.endsWith(".") && !line.endsWith("...")) return "";
        // List items: "- point", "* point", "• point", "1. point", "1) point"
        if (line.matches("^([-*+•‣◦▪–—]|\\d{1,3}[.)])\\s.*")) return "";
        return line;
    }

    /** Removes YAML-style front matter ("---" lines around "key: value" lines) into {@code out}. */
    static String frontMatter(String text, Map<String, String> out) {
        if (!text.startsWith("---\n")) return text;
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 4;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = text.length();
            String line = text.substring(i, end);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                out.putAll(fields);
                return end >= text.length() ? "" : text.substring(end + 1);
            }
            if (!line.isBlank() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                // Only simple "key: value" lines; anything else means this is not front matter.
                if (colon <= 0 || Character.isWhitespace(line.charAt(0))) return text;
                fields.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
            i = end + 1;
        }
        return text;
    }

    private static String unquote(String v) {
        v = v.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
