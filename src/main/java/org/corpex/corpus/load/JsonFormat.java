package org.corpex.corpus.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON (one object, an array of objects, or objects one after another) and JSON Lines. A JSON
 * syntax error ends the file, but the records before it load; in JSON Lines a bad line is skipped
 * and the rest load. Numbers are kept as written ("1.50" stays "1.50").
 */
final class JsonFormat {
    private JsonFormat() {}

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static void readJson(String text, String file, String stem, FieldNames names, FileResult out) {
        List<Fields.Rec> recs = new ArrayList<>();
        int number = 0;
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) throw new Skip("malformed", file + ": malformed JSON: the array is not closed");
                        int line = p.currentTokenLocation().getLineNr();
                        JsonNode n = MAPPER.readTree(p);
                        number++;
                        if (n instanceof ObjectNode o) recs.add(new Fields.Rec(o, line, number));
                        else out.skip("malformed", file + ":" + line + ": skipped record " + number + ": not a JSON object");
                    }
                } else if (t == JsonToken.START_OBJECT) {
                    int line = p.currentTokenLocation().getLineNr();
                    ObjectNode o = (ObjectNode) MAPPER.readTree(p);
                    List<ObjectNode> inner = wrapped(o, names);
                    if (inner != null) {
                        for (ObjectNode i : inner) recs.add(new Fields.Rec(i, line, ++number));
                    } else {
                        recs.add(new Fields.Rec(o, line, ++number));
                    }
                } else {
                    JsonLocation loc = p.currentTokenLocation();
                    throw new Skip("malformed", file + ":" + loc.getLineNr() + ":" + loc.getColumnNr()
                            + ": skipped: not a JSON object or array of objects");
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            out.skip("malformed", file + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
                    + ": malformed JSON: " + firstLine(e.getOriginalMessage())
                    + (recs.isEmpty() ? "; skipped the file" : "; skipped the rest of the file, kept the " + recs.size() + " records before it"));
        } catch (Skip s) {
            out.skip(s);
        } catch (IOException e) {
            out.skip("unreadable", file + ": skipped: " + e.getMessage());
        }
        Fields.addRecords(recs, number, names, file, stem, out);
    }

    /**
     * A news API dump wraps its records: {"status": "ok", "articles": [...]}. When an object has no
     * text field of its own and exactly one field is an array of objects, those are the records.
     */
    private static List<ObjectNode> wrapped(ObjectNode o, FieldNames names) {
        if (Fields.map(o, names).text() != null) return null;
        List<ObjectNode> found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            JsonNode v = it.next().getValue();
            if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                if (found != null) return null;
                found = new ArrayList<>();
                for (JsonNode c : v) if (c instanceof ObjectNode co) found.add(co);
            }
        }
        return found;
    }

    static void readLines(String text, String file, String stem, FieldNames names, FileResult out) {
        // Lines are independent, so a single large file is parsed on all cores; results keep line order.
        List<int[]> lines = new ArrayList<>();   // {start, end, line number}
        int line = 0, i = 0, n = text.length();
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = n;
            line++;
            if (!Clean.isBlank(text, i, end)) {
                lines.add(new int[] {i, end, line});
            }
            i = end + 1;
        }
        Object[] parsed = new Object[lines.size()];
        java.util.stream.IntStream.range(0, parsed.length).parallel().forEach(k -> {
            int[] l = lines.get(k);
            try {
                JsonNode node = MAPPER.readTree(text.substring(l[0], l[1]));
                parsed[k] = node instanceof ObjectNode o ? o : file + ":" + l[2] + ": skipped line: not a JSON object";
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                parsed[k] = file + ":" + l[2] + ": skipped line: malformed JSON"
                        + (loc == null ? "" : " at column " + loc.getColumnNr()) + ": " + firstLine(e.getOriginalMessage());
            }
        });
        List<Fields.Rec> recs = new ArrayList<>();
        for (int k = 0; k < parsed.length; k++) {
            if (parsed[k] instanceof ObjectNode o) recs.add(new Fields.Rec(o, lines.get(k)[2], k + 1));
            else out.skip("malformed", (String) parsed[k]);
        }
        Fields.addRecords(recs, parsed.length, names, file, stem, out);
    }

    private static final java.util.regex.Pattern SOURCE_LOCATION =
            java.util.regex.Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    /** Jackson's message, on one line, without its "[Source: REDACTED ...]" noise. */
    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return SOURCE_LOCATION.matcher(s).replaceAll("line $1, column $2");
    }
}
