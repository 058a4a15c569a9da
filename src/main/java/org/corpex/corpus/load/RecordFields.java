package org.corpex.corpus.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.corpex.corpus.FieldNames;

/**
 * Which fields of a record hold the text, title, source, date, url and id, and the record as a draft. Names are matched
 * ignoring case and separators ("Full-Text", "fullText" and "full_text" are one name). Every other field becomes
 * metadata: nested objects flattened to "a.b", arrays joined with "; ".
 */
final class RecordFields {
    private RecordFields() {}

    static final List<String> TEXT = List.of(
            "text", "body", "content", "article", "full_text", "article_text", "body_text", "maintext", "story");
    static final List<String> TITLE = List.of("title", "headline", "heading");
    static final List<String> SOURCE =
            List.of("source", "publisher", "outlet", "site", "site_name", "source_name", "publication", "newspaper");
    static final List<String> DATE = List.of(
            "date",
            "published",
            "published_at",
            "pubdate",
            "publish_date",
            "published_date",
            "publication_date",
            "date_published",
            "datetime",
            "year");
    static final List<String> URL = List.of("url", "link", "uri", "permalink");
    static final List<String> ID = List.of("id", "doc_id", "uuid", "_id", "article_id");
    /** The names a sidecar's key column may have. */
    static final List<String> KEY = List.of("file", "filename", "file_name", "path", "id");

    /** A record read from a file: its fields, the line it starts on, its 1-based number in the file. */
    record Rec(ObjectNode node, int line, int number) {}

    /** The actual field names of one record that play each role (null when none). */
    record Mapping(String text, String title, String source, String date, String url, String id) {
        boolean uses(String key) {
            return key.equals(text)
                    || key.equals(title)
                    || key.equals(source)
                    || key.equals(date)
                    || key.equals(url)
                    || key.equals(id);
        }
    }

    /** Names the fixed columns and filter fields use; a record field of the same name is renamed name_2. */
    static final Set<String> RESERVED =
            Set.of("id", "title", "source", "date", "url", "path", "text", "words", "figures");

    /** Metadata with names that cannot be mistaken for the fixed fields. */
    static Map<String, String> safeMeta(Map<String, String> meta) {
        boolean clash = false;
        for (String k : meta.keySet()) clash |= RESERVED.contains(k.toLowerCase(Locale.ROOT));
        if (!clash) return meta;
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : meta.entrySet()) {
            String k = e.getKey();
            if (RESERVED.contains(k.toLowerCase(Locale.ROOT))) {
                int n = 2;
                while (meta.containsKey(k + "_" + n) || out.containsKey(k + "_" + n)) n++;
                k = k + "_" + n;
            }
            out.put(k, e.getValue());
        }
        return out;
    }

    static String norm(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    static Mapping map(ObjectNode rec, FieldNames names) {
        Map<String, String> byNorm = new LinkedHashMap<>();
        for (Iterator<String> it = rec.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            byNorm.putIfAbsent(norm(k), k);
        }
        return new Mapping(
                pick(rec, byNorm, names.text(), TEXT),
                pick(rec, byNorm, names.title(), TITLE),
                pick(rec, byNorm, names.source(), SOURCE),
                pick(rec, byNorm, names.date(), DATE),
                pick(rec, byNorm, names.url(), URL),
                pick(rec, byNorm, names.id(), ID));
    }

    private static String pick(ObjectNode rec, Map<String, String> byNorm, String explicit, List<String> candidates) {
        if (explicit != null) {
            if (rec.has(explicit)) return explicit;
            return byNorm.get(norm(explicit));
        }
        for (String c : candidates) {
            String k = byNorm.get(norm(c));
            if (k != null) return k;
        }
        return null;
    }

    /** Drafts from the records of one file; records that cannot be documents are skipped with a warning. */
    static void addRecords(List<Rec> recs, int total, FieldNames given, String file, String stem, FileResult out) {
        int width = String.valueOf(Math.max(1, total)).length();
        List<String> firstFields = new ArrayList<>();
        if (!recs.isEmpty()) recs.get(0).node().fieldNames().forEachRemaining(firstFields::add);
        Profiles.Profile profile =
                recs.isEmpty() && given.profile() == null ? null : Profiles.choose(given, firstFields);
        FieldNames names = profile == null ? given : given.under(profile.fields());
        if (profile == null
                && recs.size() > 1
                && recs.stream().allMatch(r -> map(r.node(), names).text() == null)) {
            // One warning for the file, not one per record: the whole file lacks the column.
            List<String> has = new ArrayList<>();
            recs.get(0).node().fieldNames().forEachRemaining(has::add);
            String lookedFor = names.text() != null ? "'" + names.text() + "'" : String.join(", ", TEXT.subList(0, 5));
            out.skipped.merge("no text", recs.size(), Integer::sum);
            out.warn(file + ": skipped all " + recs.size() + " records: no text field (looked for " + lookedFor
                    + "; the first has " + (has.isEmpty() ? "no fields" : String.join(", ", has))
                    + "); name it with --text-field");
            return;
        }
        int loaded = 0, truncated = 0, textless = 0;
        for (Rec r : recs) {
            try {
                Draft d = draft(r, width, names, file, stem, profile);
                out.drafts.add(d);
                loaded++;
                if ("yes".equals(d.meta().get("truncated"))) truncated++;
                if ("yes".equals(d.meta().get("metadata_only"))) textless++;
            } catch (Skip s) {
                out.skip(s);
            }
        }
        if (profile != null && loaded > 0) {
            out.recognized.merge(profile.name() + "|records", loaded, Integer::sum);
            if (truncated > 0) {
                out.warn(file + ": " + truncated + " of " + loaded + " " + profile.name()
                        + " records have a truncated text"
                        + " (marked truncated=yes; the whole article is at its url)");
            }
            if (textless > 0) {
                out.warn(file + ": " + textless + " of " + loaded + " " + profile.name() + " records have no text"
                        + " (loaded with their metadata only, marked metadata_only=yes)");
            }
        }
    }

    static Draft draft(Rec r, int width, FieldNames names, String file, String stem) throws Skip {
        return draft(r, width, names, file, stem, null);
    }

    static Draft draft(Rec r, int width, FieldNames names, String file, String stem, Profiles.Profile profile)
            throws Skip {
        ObjectNode rec = r.node();
        Mapping m = map(rec, names);
        String where = file + ":" + r.line() + ": skipped record " + r.number() + ": ";
        boolean metadataOnly = profile != null && profile.metadataOnly();
        String textField = m.text();
        if (profile != null && (textField == null || textOf(rec.get(textField)).isBlank())) {
            for (String f : profile.fallbackText()) {
                String k = map(rec, new FieldNames(f, null, null, null, null, null))
                        .text();
                if (k != null && !textOf(rec.get(k)).isBlank()) {
                    textField = k;
                    break;
                }
            }
        }
        m = new Mapping(textField, m.title(), m.source(), m.date(), m.url(), m.id());
        if (m.text() == null && !metadataOnly) {
            String lookedFor = names.text() != null ? "'" + names.text() + "'" : String.join(", ", TEXT.subList(0, 5));
            List<String> has = new ArrayList<>();
            rec.fieldNames().forEachRemaining(has::add);
            throw new Skip(
                    "no text",
                    where + "no text field (looked for " + lookedFor + "; it has "
                            + (has.isEmpty() ? "no fields" : String.join(", ", has)) + ")");
        }
        String text = m.text() == null ? "" : Clean.lines(textOf(rec.get(m.text())));
        boolean cut = false;
        if (profile != null && profile.truncated() != null) {
            Matcher tm = profile.truncated().matcher(text);
            if (tm.find()) {
                text = text.substring(0, tm.start()).stripTrailing();
                cut = true;
            }
        }
        if (Clean.isBlank(text) && !metadataOnly)
            throw new Skip("empty", where + "its text field '" + m.text() + "' is empty");
        String id = m.id() == null ? "" : Clean.field(scalar(rec.get(m.id())));
        if (id.isEmpty()) id = stem + "-" + String.format(Locale.ROOT, "%0" + width + "d", r.number());
        Map<String, String> meta = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rec.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (profile != null
                    && !profile.metadata().isEmpty()
                    && !profile.metadata().contains(e.getKey())) continue;
            if (profile != null && e.getKey().equals(textField)) continue;
            // A year used as the date stays a field too, so "year>=1990" works whatever the date column holds.
            if (!m.uses(e.getKey())
                    || e.getKey().equals(m.date()) && norm(e.getKey()).equals("year")) {
                flatten(e.getKey(), e.getValue(), meta);
            }
        }
        if (cut) meta.put("truncated", "yes");
        if (Clean.isBlank(text)) meta.put("metadata_only", "yes");
        return new Draft(
                id,
                Clean.field(scalar(get(rec, m.title()))),
                source(get(rec, m.source())),
                Dates.normalise(scalar(get(rec, m.date()))),
                Clean.field(scalar(get(rec, m.url()))),
                file + "#" + r.number(),
                text,
                meta,
                false);
    }

    /** Title, source, date, url and other fields of a sidecar row applied to a draft. */
    static Draft applySidecar(Draft d, ObjectNode row, String keyColumn, FieldNames names) {
        Mapping m = map(row, names);
        String title = Clean.field(scalar(get(row, m.title())));
        String source = source(get(row, m.source()));
        String date = Dates.normalise(scalar(get(row, m.date())));
        String url = Clean.field(scalar(get(row, m.url())));
        Map<String, String> extra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (k.equals(keyColumn) || k.equals(m.text()) || k.equals(m.id())) continue;
            if (!m.uses(k) || k.equals(m.date()) && norm(k).equals("year")) flatten(k, e.getValue(), extra);
        }
        Map<String, String> meta = new LinkedHashMap<>(d.meta());
        if (d.fileLevel()) {
            // The sidecar is what the user wrote about the file: it beats what was guessed from the text.
            meta.putAll(extra);
            return d.with(
                    title.isEmpty() ? d.title() : title,
                    source.isEmpty() ? d.source() : source,
                    date.isEmpty() ? d.date() : date,
                    url.isEmpty() ? d.url() : url,
                    meta);
        }
        extra.forEach(meta::putIfAbsent);
        return d.with(
                d.title().isEmpty() ? title : d.title(),
                d.source().isEmpty() ? source : d.source(),
                d.date().isEmpty() ? date : d.date(),
                d.url().isEmpty() ? url : d.url(),
                meta);
    }

    private static JsonNode get(ObjectNode rec, String key) {
        return key == null ? null : rec.get(key);
    }

    /** A source may be an object, as in news APIs: {"source": {"id": "reuters", "name": "Reuters"}}. */
    private static String source(JsonNode n) {
        if (n != null && n.isObject()) {
            JsonNode name = n.has("name") ? n.get("name") : n.get("title");
            return name == null ? "" : Clean.field(scalar(name));
        }
        return Clean.field(scalar(n));
    }

    /** The article text: a string, or paragraphs as an array (one a line). */
    private static String textOf(JsonNode n) {
        if (n == null || n.isNull()) return "";
        if (n.isArray() || n.isObject()) {
            StringBuilder b = new StringBuilder();
            for (JsonNode c : n) {
                String s = textOf(c);
                if (s.isEmpty()) continue;
                if (b.length() > 0) b.append('\n');
                b.append(s);
            }
            return b.toString();
        }
        return scalar(n);
    }

    /** A scalar as written: numbers keep their digits ("1.50", "1990"), null is empty. */
    static String scalar(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "";
        if (n.isTextual()) return n.textValue();
        if (n.isBigDecimal()) return n.decimalValue().toPlainString();
        if (n.isValueNode()) return n.asText();
        return textOf(n);
    }

    static void flatten(String key, JsonNode n, Map<String, String> out) {
        if (n == null || n.isNull() || n.isMissingNode()) return;
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(key + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            Map<String, String> joined = new LinkedHashMap<>();
            for (JsonNode c : n) {
                Map<String, String> one = new LinkedHashMap<>();
                flatten(key, c, one);
                one.forEach((k, v) -> joined.merge(k, v, (a, b) -> a + "; " + b));
            }
            out.putAll(joined);
        } else {
            String v = Clean.field(scalar(n));
            if (!v.isEmpty()) out.put(key, v);
        }
    }
}
