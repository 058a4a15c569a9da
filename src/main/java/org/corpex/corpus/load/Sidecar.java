package org.corpex.corpus.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.corpex.corpus.FieldNames;

/**
 * metadata.csv or metadata.json in a folder: one row per file of that folder, keyed by a file/filename/path/id column
 * holding the file's name or stem, giving its title, source, date, url and any other fields. Sidecars are read once per
 * folder and are never documents themselves.
 */
final class Sidecar {
    static final Set<String> NAMES = Set.of("metadata.csv", "metadata.json");

    private final String file;
    private final String keyColumn;
    private final Map<String, RecordFields.Rec> rows; // lower-cased name or stem -> row
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private Sidecar(String file, String keyColumn, Map<String, RecordFields.Rec> rows) {
        this.file = file;
        this.keyColumn = keyColumn;
        this.rows = rows;
    }

    static boolean isSidecar(Path p) {
        return NAMES.contains(p.getFileName().toString().toLowerCase(Locale.ROOT));
    }

    /** Reads the sidecar of a folder, or null when the folder has none; problems go to {@code out}. */
    static Sidecar of(Path folder, FileResult out) {
        for (String name : List.of("metadata.csv", "metadata.json")) {
            Path p = folder.resolve(name);
            if (!Files.isRegularFile(p)) continue;
            String shown = p.toString();
            try {
                String text = Decoding.decode(Files.readAllBytes(p), shown).text();
                List<RecordFields.Rec> recs = new ArrayList<>();
                if (name.endsWith(".csv")) {
                    recs.addAll(CsvFormat.records(text, ',', shown, out).recs());
                } else {
                    JsonNode root = JsonFormat.MAPPER.readTree(text);
                    if (root.isObject() && !hasKey(root)) {
                        // {"a.txt": {"title": ...}, "b.txt": {...}} keyed by file name
                        int n = 0;
                        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = it.next();
                            if (!(e.getValue() instanceof ObjectNode o)) continue;
                            ObjectNode row = o.deepCopy();
                            row.put("file", e.getKey());
                            recs.add(new RecordFields.Rec(row, 1, ++n));
                        }
                    } else {
                        int n = 0;
                        for (JsonNode c : root.isArray() ? root : List.of(root)) {
                            if (c instanceof ObjectNode o) recs.add(new RecordFields.Rec(o, 1, ++n));
                        }
                    }
                }
                Map<String, RecordFields.Rec> rows = new LinkedHashMap<>();
                String keyColumn = null;
                for (RecordFields.Rec r : recs) {
                    String k = keyOf(r.node());
                    if (k == null) {
                        out.warn(shown + ":" + r.line() + ": sidecar row " + r.number()
                                + " has no file column (looked for " + String.join(", ", RecordFields.KEY)
                                + "); ignored");
                        continue;
                    }
                    keyColumn = k;
                    String v = Clean.field(RecordFields.scalar(r.node().get(k)));
                    v = v.substring(Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\')) + 1)
                            .toLowerCase(Locale.ROOT);
                    if (!v.isEmpty()) rows.putIfAbsent(v, r);
                }
                return new Sidecar(shown, keyColumn, rows);
            } catch (Skip s) {
                out.skip(s);
            } catch (IOException e) {
                out.skip("unreadable", shown + ": skipped sidecar: " + reason(e));
            }
        }
        return null;
    }

    private static boolean hasKey(JsonNode o) {
        return o instanceof ObjectNode on && keyOf(on) != null;
    }

    private static String keyOf(ObjectNode row) {
        for (String c : RecordFields.KEY) {
            for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (RecordFields.norm(k).equals(RecordFields.norm(c))) return k;
            }
        }
        return null;
    }

    /** The draft with this sidecar's row for its file, if there is one. */
    Draft apply(Draft d, String fileName, FieldNames names) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String key = rows.containsKey(lower) ? lower : Clean.stem(lower);
        RecordFields.Rec row = rows.get(key);
        if (row == null) return d;
        used.add(key);
        return RecordFields.applySidecar(d, row.node(), keyColumn(row.node()), names);
    }

    private String keyColumn(ObjectNode row) {
        String k = keyOf(row);
        return k == null ? keyColumn : k;
    }

    /** Warnings for rows that named no file that was loaded. */
    List<String> unused() {
        List<String> w = new ArrayList<>();
        for (Map.Entry<String, RecordFields.Rec> e : rows.entrySet()) {
            if (!used.contains(e.getKey())) {
                w.add(file + ":" + e.getValue().line() + ": sidecar row for '" + e.getKey()
                        + "' matches no loaded file; ignored");
            }
        }
        return w;
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file";
        return Damage.why(e); // in words, without Java's names
    }
}
