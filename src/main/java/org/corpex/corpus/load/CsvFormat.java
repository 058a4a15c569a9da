package org.corpex.corpus.load;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corpex.corpus.FieldNames;

/**
 * CSV and TSV with a header row (RFC 4180 quoting in both, as corpex's own exports write them). A record with the wrong
 * number of fields is skipped with a warning; an unterminated quote ends the file, and the records before it load.
 */
final class CsvFormat {
    private CsvFormat() {}

    private static final Pattern LINE_IN_MESSAGE =
            Pattern.compile("(?:startline|line:?)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    /** Records read, and how many data records the file has (skipped ones too: it sizes the ids' zero padding). */
    record Parsed(List<RecordFields.Rec> recs, int total) {}

    /** The records of a CSV text, each as an object of its header's names; problems go to {@code out}. */
    static Parsed records(String text, char delimiter, String file, FileResult out) {
        return records(text, delimiter, file, out, null);
    }

    /** With {@code columns} given, the file has no header: its first line is a record. */
    static Parsed records(String text, char delimiter, String file, FileResult out, List<String> columns) {
        CSVFormat.Builder b = CSVFormat.DEFAULT.builder().setDelimiter(delimiter);
        // A headerless export (GDELT) is tab-separated data with stray quotes in it: no quoting at all.
        if (columns != null) b.setQuote(null);
        CSVFormat fmt = b.get();
        List<RecordFields.Rec> recs = new ArrayList<>();
        Lines lines = new Lines(text);
        List<String> header = columns;
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), fmt)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                int line = lines.lineOf((int) r.getCharacterPosition());
                if (header == null) {
                    header = header(r);
                    continue;
                }
                number++;
                if (r.size() != header.size()) {
                    if (r.size() == 1 && r.get(0).isBlank()) {
                        number--;
                        continue;
                    }
                    out.skip(
                            "malformed",
                            file + ":" + line + ": skipped record " + number + ": " + r.size()
                                    + (r.size() == 1 ? " field" : " fields") + ", but the header has " + header.size());
                    continue;
                }
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                for (int i = 0; i < header.size(); i++) o.put(header.get(i), r.get(i));
                recs.add(new RecordFields.Rec(o, line, number));
            }
        } catch (UncheckedIOException | IOException e) {
            String msg = e instanceof UncheckedIOException u && u.getCause() != null
                    ? u.getCause().getMessage()
                    : e.getMessage();
            Matcher m = LINE_IN_MESSAGE.matcher(msg == null ? "" : msg);
            String line = m.find() ? ":" + m.group(1) : "";
            String why = msg != null && msg.contains("EOF reached before encapsulated token finished")
                    ? "unterminated quote (a field opens a \" that never closes)"
                    : msg != null && msg.contains("between encapsulated token and delimiter")
                            ? "a quoted field is followed by more text (a \" inside a field must be doubled)"
                            : "malformed CSV: " + msg;
            out.skip(
                    "malformed",
                    file + line + ": " + why
                            + (recs.isEmpty()
                                    ? "; skipped the file"
                                    : "; skipped the rest of the file, kept the " + recs.size()
                                            + " records before it"));
        }
        return new Parsed(recs, number);
    }

    static void read(String text, char delimiter, String file, String stem, FieldNames names, FileResult out) {
        Profiles.Profile headerless = Profiles.headerless(names, text);
        if (headerless != null) {
            Parsed p = records(text, headerless.delimiter(), file, out, headerless.columns());
            RecordFields.addRecords(
                    p.recs(),
                    p.total(),
                    new FieldNames(
                            names.text(),
                            names.title(),
                            names.source(),
                            names.date(),
                            names.url(),
                            names.id(),
                            headerless.name()),
                    file,
                    stem,
                    out);
            return;
        }
        Parsed p = records(text, delimiter, file, out);
        RecordFields.addRecords(p.recs(), p.total(), names, file, stem, out);
    }

    /** Header names, made unique and non-empty so each field keeps its own name. */
    private static List<String> header(CSVRecord r) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            String name = Clean.field(r.get(i));
            if (name.isEmpty()) name = "column" + (i + 1);
            String unique = name;
            for (int k = 2; !seen.add(unique); k++) unique = name + "~" + k;
            names.add(unique);
        }
        return names;
    }

    /** Line numbers of character offsets that only move forward, in one pass over the text. */
    static final class Lines {
        private final String text;
        private int pos, line = 1;

        Lines(String text) {
            this.text = text;
        }

        int lineOf(int offset) {
            if (offset < pos) {
                pos = 0;
                line = 1;
            }
            for (; pos < offset && pos < text.length(); pos++) if (text.charAt(pos) == '\n') line++;
            return line;
        }
    }
}
