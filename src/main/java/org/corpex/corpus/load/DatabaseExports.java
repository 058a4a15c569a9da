package org.corpex.corpus.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a news database's export, many articles in one file, into its articles, each with its title, source and date.
 * The layouts are the ones the databases write in DOCX, RTF and PDF:
 *
 * <ul>
 *   <li>LexisNexis (Nexis Uni): title, publication, date, labelled fields (Copyright, Section, Length, Byline), "Body",
 *       the text, "Load-Date:", then "End of Document".
 *   <li>Factiva: title, "By" author, "N words", date, publication, its code, language, copyright, the text, then
 *       "Document" and the article's 20-odd character accession number.
 *   <li>ProQuest: "Document N of M", then labelled fields ("Title:", "Publication title:", "Publication date:",
 *       "Author:") around "Full text:" and the text.
 * </ul>
 *
 * Anything else is not split (an empty list).
 */
final class DatabaseExports {
    private DatabaseExports() {}

    /** One article of an export; {@code export} names the database whose layout it had. */
    record Article(String export, String title, String source, String date, String text, Map<String, String> meta) {}

    private static final Pattern LEXIS_END = Pattern.compile("(?m)^\\s*End of Document\\s*$");
    private static final Pattern FACTIVA_END = Pattern.compile("(?m)^\\s*Document [A-Za-z0-9]{16,40}\\s*$");
    private static final Pattern PROQUEST_START = Pattern.compile("(?m)^\\s*Document \\d+ of \\d+\\s*$");
    private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Za-z -]{1,30}):\\s*(.*)$");
    private static final Pattern WORDS = Pattern.compile("^([\\d,]+) words$", Pattern.CASE_INSENSITIVE);

    static List<Article> split(String text) {
        if (LEXIS_END.matcher(text).find()) return lexis(text);
        if (FACTIVA_END.matcher(text).find()) return factiva(text);
        if (PROQUEST_START.matcher(text).find() && text.contains("Full text:")) return proquest(text);
        return List.of();
    }

    private static List<String> chunks(String text, Pattern separator, boolean separatorEnds) {
        List<String> out = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int from = 0;
        while (m.find()) {
            if (separatorEnds) {
                out.add(text.substring(from, m.start()));
            } else if (m.start() > from) {
                out.add(text.substring(from, m.start()));
            }
            from = separatorEnds ? m.end() : m.start();
        }
        String rest = text.substring(from);
        if (!separatorEnds || !Clean.isBlank(rest)) out.add(rest);
        out.removeIf(Clean::isBlank);
        return out;
    }

    private static List<String> lines(String chunk) {
        List<String> out = new ArrayList<>();
        for (String l : chunk.split("\n", -1)) out.add(l.strip());
        return out;
    }

    private static List<Article> lexis(String text) {
        List<Article> out = new ArrayList<>();
        for (String chunk : chunks(text, LEXIS_END, true)) {
            List<String> ls = lines(chunk);
            List<String> head = new ArrayList<>();
            Map<String, String> meta = new LinkedHashMap<>();
            int body = -1;
            for (int i = 0; i < ls.size(); i++) {
                if (ls.get(i).equals("Body")) {
                    body = i + 1;
                    break;
                }
            }
            int headEnd = body < 0 ? Math.min(ls.size(), 8) : body - 1;
            for (int i = 0; i < headEnd; i++) {
                String l = ls.get(i);
                if (l.isEmpty()) continue;
                Matcher m = LABEL.matcher(l);
                if (m.matches() && !head.isEmpty()) meta.put(key(m.group(1)), m.group(2));
                else if (l.startsWith("Copyright") || l.startsWith("©")) meta.put("copyright", l);
                else head.add(l);
            }
            StringBuilder b = new StringBuilder();
            for (int i = Math.max(0, body < 0 ? headEnd : body); i < ls.size(); i++) {
                String l = ls.get(i);
                Matcher m = LABEL.matcher(l);
                if (m.matches()
                        && (m.group(1).equals("Load-Date")
                                || m.group(1).equals("Graphic")
                                || m.group(1).equals("Classification"))) {
                    meta.put(key(m.group(1)), m.group(2));
                    if (m.group(1).equals("Load-Date")) break;
                    continue;
                }
                b.append(l).append('\n');
            }
            String title = head.size() > 0 ? head.get(0) : "";
            String source = head.size() > 1 ? head.get(1) : "";
            String date = head.size() > 2 ? head.get(2) : "";
            out.add(new Article("LexisNexis", title, source, date, Clean.lines(b.toString()), meta));
        }
        return out;
    }

    private static List<Article> factiva(String text) {
        List<Article> out = new ArrayList<>();
        Matcher ids = FACTIVA_END.matcher(text);
        List<String> accession = new ArrayList<>();
        while (ids.find()) accession.add(ids.group().strip().substring("Document ".length()));
        int k = 0;
        for (String chunk : chunks(text, FACTIVA_END, true)) {
            List<String> ls = new ArrayList<>(lines(chunk));
            ls.removeIf(String::isEmpty);
            Map<String, String> meta = new LinkedHashMap<>();
            if (k < accession.size()) meta.put("accession", accession.get(k));
            k++;
            String title = ls.isEmpty() ? "" : ls.get(0);
            String date = "", source = "";
            int i = 1;
            int bodyStart = -1;
            for (; i < Math.min(ls.size(), 12); i++) {
                String l = ls.get(i);
                if (l.startsWith("By ") && !meta.containsKey("author")) {
                    meta.put("author", l.substring(3).strip());
                    continue;
                }
                Matcher w = WORDS.matcher(l);
                if (w.matches()) {
                    meta.put("length", w.group(1).replace(",", ""));
                    continue;
                }
                if (date.isEmpty() && Dates.normalise(l).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    date = l;
                    continue;
                }
                if (!date.isEmpty() && source.isEmpty()) {
                    source = l;
                    continue;
                }
                if (l.startsWith("Copyright") || l.startsWith("(c)") || l.startsWith("©")) {
                    meta.put("copyright", l);
                    bodyStart = i + 1;
                    break;
                }
                if (l.length() <= 3 || l.equalsIgnoreCase("English") || l.matches("[A-Z]{2,6}")) {
                    if (l.equalsIgnoreCase("English")) meta.put("language", l);
                    continue;
                }
            }
            if (bodyStart < 0) bodyStart = Math.min(i, ls.size());
            StringBuilder b = new StringBuilder();
            for (int j = bodyStart; j < ls.size(); j++) b.append(ls.get(j)).append('\n');
            out.add(new Article("Factiva", title, source, date, Clean.lines(b.toString()), meta));
        }
        return out;
    }

    private static List<Article> proquest(String text) {
        List<Article> out = new ArrayList<>();
        for (String chunk : chunks(text, PROQUEST_START, false)) {
            List<String> ls = lines(chunk);
            Map<String, String> fields = new LinkedHashMap<>();
            StringBuilder body = new StringBuilder();
            boolean inBody = false;
            String firstLine = "";
            for (String l : ls) {
                if (PROQUEST_START.matcher(l).matches()) continue;
                Matcher m = LABEL.matcher(l);
                if (m.matches() && !m.group(1).contains(" ") || m.matches() && KNOWN_PROQUEST.contains(m.group(1))) {
                    inBody = m.group(1).equals("Full text");
                    if (inBody) {
                        body.append(m.group(2)).append('\n');
                    } else {
                        fields.putIfAbsent(m.group(1), m.group(2));
                    }
                    continue;
                }
                if (inBody) body.append(l).append('\n');
                else if (firstLine.isEmpty() && !l.isEmpty()) firstLine = l;
            }
            if (!fields.containsKey("Title") && firstLine.isEmpty() && body.length() == 0) continue;
            String title = fields.getOrDefault("Title", firstLine);
            String source = fields.getOrDefault("Publication title", "");
            String date = fields.getOrDefault("Publication date", "");
            Map<String, String> meta = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                if (!List.of("Title", "Publication title", "Publication date").contains(e.getKey()))
                    meta.put(key(e.getKey()), e.getValue());
            }
            out.add(new Article("ProQuest", title, source, date, Clean.lines(body.toString()), meta));
        }
        return out;
    }

    private static final Set<String> KNOWN_PROQUEST = Set.of(
            "Full text",
            "Publication title",
            "Publication date",
            "Publication info",
            "Document type",
            "Source type",
            "Document URL",
            "Copyright",
            "Last updated",
            "Database",
            "Place of publication",
            "Country of publication",
            "Publication subject",
            "Language of publication",
            "Section");

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
