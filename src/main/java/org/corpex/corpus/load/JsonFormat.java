package org.corpex.corpus.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.corpex.corpus.FieldNames;

/**
 * JSON (one object, an array of objects, objects one after another, or a news API dump that wraps an array) and JSON
 * Lines. Each record is parsed on its own: a bad record (a syntax error, a number too long, nesting too deep) is
 * skipped with a warning and the records around it load. Only what breaks the structure itself, a bracket that never
 * closes, ends the file; the records before it load. Numbers are kept as written ("1.50" stays "1.50").
 */
final class JsonFormat {
    private JsonFormat() {}

    /**
     * Jackson's default limits are for untrusted network input; a corpus is the user's own data, where one article may
     * well hold more than the default 20,000,000 characters (a book, a dump of a site). Strings and names may be as
     * long as a Java string can be. The limits on number length and nesting stay: parsing a number of a million digits
     * is quadratic, and nesting deeper than they allow is never an article. A record over them is skipped alone, and
     * the warning says why.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .maxDocumentLength(-1)
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // "{...} {...}" inside one array element or one line is an error, not the first object alone.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** Where one JSON value lies in the text: [start, end) and the line it starts on. */
    private record Span(int start, int end, int line) {}

    /**
     * Finds where one value ends without parsing it, by matching brackets outside strings, so that each record can then
     * be parsed alone. Broken records are bounded as well as can be: a string still open at the end of its line ends
     * there (JSON strings never hold a raw line break), and a closing bracket that matches no open one is left inside
     * the record, which then fails alone.
     */
    private static final class Scanner {
        final String s;
        int i;
        int line = 1;
        /** The key of the member {@link #memberValue} found last, as written (escapes kept). */
        String key;

        Scanner(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') line++;
                else if (c != ' ' && c != '\t' && c != '\r') return;
                i++;
            }
        }

        boolean atEnd() {
            return i >= s.length();
        }

        /**
         * Whether the {@code closer} at {@code at} closes nothing: more values follow it ("]], {"), so the array goes
         * on.
         */
        private boolean strayBeforeComma(int at, char closer) {
            int j = at + 1;
            while (j < s.length()
                    && (s.charAt(j) == closer
                            || s.charAt(j) == ' '
                            || s.charAt(j) == '\t'
                            || s.charAt(j) == '\r'
                            || s.charAt(j) == '\n')) j++;
            return j < s.length() && s.charAt(j) == ',';
        }

        char peek() {
            return s.charAt(i);
        }

        /**
         * The value of the next member of an object whose '{' is behind {@code i}, with {@code i} left on the ',' or
         * '}' after it; null at the object's end or where no "key": stands.
         */
        Span memberValue() {
            skipSpace();
            if (atEnd() || peek() != '"') return null;
            int keyStart = i + 1;
            for (i++; i < s.length() && s.charAt(i) != '"' && s.charAt(i) != '\n'; i++) if (s.charAt(i) == '\\') i++;
            if (i >= s.length() || s.charAt(i) != '"') return null;
            key = s.substring(keyStart, i);
            i++;
            skipSpace();
            if (atEnd() || peek() != ':') return null;
            i++;
            skipSpace();
            return value('}');
        }

        /**
         * One value from {@code i}. Inside an array or object ({@code closer} ']' or '}') it ends before a ',' or the
         * closer at its own level; at the top ({@code closer} 0) just after its closing bracket. It runs to the end of
         * the text when nothing ends it.
         */
        Span value(char closer) {
            boolean inArray = closer != 0;
            int start = i, startLine = line;
            StringBuilder open = new StringBuilder(); // the brackets open at this point, innermost last
            boolean inString = false;
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    // A string open at a line break is broken, and so is its record: it ends here, so that
                    // the records on the lines after it (pretty-printed JSON) still load.
                    if (inString && inArray) break;
                    line++;
                    inString = false;
                    continue;
                }
                if (inString) {
                    if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) != '\n') i++;
                    else if (c == '"') inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    open.append(c);
                } else if (c == '}' || c == ']') {
                    if (open.length() == 0) {
                        if (c == closer && !strayBeforeComma(i, closer)) break; // the array's (or object's) own end
                        continue; // a stray bracket: the record fails to parse, alone
                    }
                    int match = open.lastIndexOf(c == '}' ? "{" : "[");
                    if (match < 0) continue; // closes nothing open: stray, as above
                    open.setLength(match);
                    if (open.length() == 0 && !inArray) {
                        i++;
                        break;
                    }
                } else if (c == ',' && open.length() == 0 && inArray) {
                    break;
                }
            }
            return new Span(start, Math.min(i, s.length()), startLine);
        }
    }

    /** A parsed record, or the reason it is not one (Jackson's message and the line it points at). */
    private record Parsed(JsonNode node, String error, int line, int column) {}

    private static Parsed parse(String text, Span span) {
        try {
            return new Parsed(MAPPER.readTree(text.substring(span.start(), span.end())), null, span.line(), 0);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null || loc.getLineNr() < 1 ? span.line() : span.line() + loc.getLineNr() - 1;
            int column = loc == null
                    ? 0
                    : loc.getLineNr() == 1 ? columnOf(text, span.start()) + loc.getColumnNr() - 1 : loc.getColumnNr();
            return new Parsed(null, firstLine(e.getOriginalMessage()), line, column);
        }
    }

    /** The 1-based column of an offset. */
    private static int columnOf(String text, int offset) {
        int nl = text.lastIndexOf('\n', offset - 1);
        return offset - nl;
    }

    static void readJson(String text, String file, String stem, FieldNames names, FileResult out) {
        List<RecordFields.Rec> recs = new ArrayList<>();
        int number = 0;
        Scanner sc = new Scanner(text);
        sc.skipSpace();
        while (!sc.atEnd()) {
            char first = sc.peek();
            if (first == '[') {
                number = readArray(sc, text, file, number, recs, out);
            } else if (first == '{') {
                Span span = sc.value((char) 0);
                Parsed p = parse(text, span);
                Scanner records = p.error() != null ? wrappedArray(text, span, names) : null;
                if (records != null) {
                    // A news API dump with a bad record or field: its records are read one by one all the same.
                    number = readArray(records, text, file, number, recs, out);
                } else if (p.error() != null) {
                    out.skip(
                            "malformed",
                            file + ":" + p.line() + ":" + p.column() + ": malformed JSON: " + p.error()
                                    + (span.end() >= text.length() ? rest(recs) : "; skipped record " + (number + 1)));
                    number++;
                } else {
                    ObjectNode o = (ObjectNode) p.node();
                    JsonNode inner = wrapped(o, names);
                    if (inner != null) {
                        for (JsonNode i : inner) {
                            if (i instanceof ObjectNode io) recs.add(new RecordFields.Rec(io, span.line(), ++number));
                            else
                                out.skip(
                                        "malformed",
                                        file + ":" + span.line() + ": skipped record " + (++number)
                                                + ": not a JSON object");
                        }
                    } else {
                        recs.add(new RecordFields.Rec(o, span.line(), ++number));
                    }
                }
            } else {
                // Not an object or array: Jackson's own words for what is there, and the rest of the file is not read.
                Parsed p = parse(text, new Span(sc.i, text.length(), sc.line));
                out.skip(
                        "malformed",
                        file + ":" + p.line() + ":" + (p.error() != null ? p.column() : columnOf(text, sc.i)) + ": "
                                + (p.error() != null
                                        ? "malformed JSON: " + p.error()
                                        : "not a JSON object or array of objects")
                                + rest(recs));
                break;
            }
            sc.skipSpace();
        }
        RecordFields.addRecords(recs, number, names, file, stem, out);
    }

    /** The records of the array at {@code sc}, numbered from {@code number} + 1; returns the last number. */
    private static int readArray(
            Scanner sc, String text, String file, int number, List<RecordFields.Rec> recs, FileResult out) {
        int openLine = sc.line, openColumn = columnOf(text, sc.i);
        sc.i++;
        sc.skipSpace();
        boolean closed = false;
        if (!sc.atEnd() && sc.peek() == ']') {
            sc.i++;
            closed = true;
        }
        while (!closed && !sc.atEnd()) {
            Span span = sc.value(']');
            number++;
            if (span.end() == span.start()) {
                out.skip(
                        "malformed",
                        file + ":" + span.line() + ": skipped record " + number + ": nothing between two commas");
            } else {
                Parsed p = parse(text, span);
                if (p.error() != null) {
                    out.skip(
                            "malformed",
                            file + ":" + p.line() + ":" + p.column() + ": skipped record " + number
                                    + ": malformed JSON: " + p.error());
                } else if (p.node() instanceof ObjectNode o) {
                    recs.add(new RecordFields.Rec(o, span.line(), number));
                } else {
                    out.skip(
                            "malformed",
                            file + ":" + span.line() + ": skipped record " + number + ": not a JSON object");
                }
            }
            if (sc.atEnd()) break;
            char end = sc.peek(); // ',' or ']', or the line break that ended a broken record
            if (end == ']') closed = true;
            else if (end == '\n') sc.line++;
            sc.i++;
            sc.skipSpace();
        }
        if (!closed) {
            // Every record in it was read; a warning, not a skip, since nothing is lost.
            out.warn(file + ":" + sc.line + ": malformed JSON: the array that opens at line " + openLine + ", column "
                    + openColumn + " is not closed; read the " + number + (number == 1 ? " record" : " records")
                    + " in it");
        }
        return number;
    }

    /**
     * For an object that does not parse: when it has no text field of its own and exactly one member whose value is an
     * array, as a wrapped dump has ({"status": "ok", "articles": [...]}), a scanner on that array's '[', so that its
     * records load one by one; else null.
     */
    private static Scanner wrappedArray(String text, Span object, FieldNames names) {
        Scanner sc = new Scanner(text);
        sc.i = object.start() + 1;
        sc.line = object.line();
        Scanner found = null;
        while (!sc.atEnd()) {
            Span v = sc.memberValue();
            if (v == null) {
                // Junk where a member should stand: pass over it to the next ',' (or the end) at this level.
                if (sc.atEnd() || sc.peek() == '}') break;
                sc.value('}');
            } else {
                if (isTextField(sc.key, names)) return null; // a record of its own, and a broken one
                if (v.end() > v.start() && text.charAt(v.start()) == '[') {
                    if (found != null) return null;
                    found = new Scanner(text);
                    found.i = v.start();
                    found.line = v.line();
                }
            }
            if (sc.atEnd()) break;
            char end = sc.peek(); // ',' or '}', or the line break that ended a broken string
            if (end == '\n') sc.line++;
            else if (end != ',') break;
            sc.i++;
        }
        return found;
    }

    private static boolean isTextField(String key, FieldNames names) {
        if (names.text() != null)
            return key.equals(names.text()) || RecordFields.norm(key).equals(RecordFields.norm(names.text()));
        String k = RecordFields.norm(key);
        return RecordFields.TEXT.stream().anyMatch(t -> RecordFields.norm(t).equals(k));
    }

    private static String rest(List<RecordFields.Rec> recs) {
        return recs.isEmpty()
                ? "; skipped the file"
                : "; skipped the rest of the file, kept the " + recs.size() + " records before it";
    }

    /**
     * A news API dump wraps its records: {"status": "ok", "articles": [...]}. When an object has no text field of its
     * own and exactly one field is an array of objects, those are the records.
     */
    private static JsonNode wrapped(ObjectNode o, FieldNames names) {
        if (RecordFields.map(o, names).text() != null) return null;
        JsonNode found = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            JsonNode v = it.next().getValue();
            // Any object in it makes it the records' array: a bad first record must not hide the others.
            boolean objects = false;
            if (v.isArray()) for (JsonNode c : v) objects |= c.isObject();
            if (objects) {
                if (found != null) return null;
                found = v;
            }
        }
        return found;
    }

    static void readLines(String text, String file, String stem, FieldNames names, FileResult out) {
        // Lines are independent, so a single large file is parsed on all cores; results keep line order.
        List<int[]> lines = new ArrayList<>(); // {start, end, line number}
        int line = 0, i = 0, n = text.length();
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = n;
            line++;
            if (line == 1 && text.startsWith("{\"corpex_provenance\":", i)) {
                out.count("corpex provenance record"); // an export's first line says how it was made: no document
            } else if (!Clean.isBlank(text, i, end)) {
                lines.add(new int[] {i, end, line});
            }
            i = end + 1;
        }
        Object[] parsed = new Object[lines.size()];
        IntStream.range(0, parsed.length).parallel().forEach(k -> {
            int[] l = lines.get(k);
            try {
                JsonNode node = MAPPER.readTree(text.substring(l[0], l[1]));
                parsed[k] = node instanceof ObjectNode o ? o : file + ":" + l[2] + ": skipped line: not a JSON object";
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                parsed[k] = file + ":" + l[2] + ": skipped line: malformed JSON"
                        + (loc == null ? "" : " at column " + loc.getColumnNr()) + ": "
                        + firstLine(e.getOriginalMessage());
            }
        });
        List<RecordFields.Rec> recs = new ArrayList<>();
        for (int k = 0; k < parsed.length; k++) {
            if (parsed[k] instanceof ObjectNode o) recs.add(new RecordFields.Rec(o, lines.get(k)[2], k + 1));
            else out.skip("malformed", (String) parsed[k]);
        }
        RecordFields.addRecords(recs, parsed.length, names, file, stem, out);
    }

    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    private static final Pattern RELATIVE_POSITION =
            Pattern.compile(" \\((?:for \\w+ starting at|start marker at) line \\d+, column \\d+\\)");

    /** Jackson's message, on one line, without its "[Source: REDACTED ...]" noise. */
    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        s = SOURCE_LOCATION.matcher(s).replaceAll("line $1, column $2");
        // Positions inside the message count from the record, not the file: the warning gives the file's.
        return RELATIVE_POSITION.matcher(s).replaceAll("");
    }
}
