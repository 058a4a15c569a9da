package org.corpex.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Writes a {@link Table} in any {@link Format}. The one place that turns tables into characters. */
public final class Renderers {
    private Renderers() {}

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    public static void write(Table t, Format format, Writer out, RenderOptions o) throws IOException {
        switch (format) {
            case TEXT -> TextTable.write(t, out, o);
            case CSV -> delimited(t, out, o, o.delimiter());
            case TSV -> delimited(t, out, o, '\t');
            case JSON -> json(t, out, false);
            case JSONL -> json(t, out, true);
        }
        out.flush();
    }

    /** CSV format used for writing and, in tests and appends, for reading back. */
    public static CSVFormat csvFormat(char delimiter, boolean crlf) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setRecordSeparator(crlf ? "\r\n" : "\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
    }

    private static void delimited(Table t, Writer out, RenderOptions o, char delimiter) throws IOException {
        if (t.isMessage()) return;
        if (o.excel() && o.header()) out.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(out, csvFormat(delimiter, o.excel()));
        if (o.header()) {
            List<String> h = new ArrayList<>();
            for (Column c : t.columns()) h.add(c.name());
            p.printRecord(h);
        }
        List<String> cells = new ArrayList<>(t.columns().size());
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            cells.clear();
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                String s = t.marked(r, i);
                if (o.neutralize() && !(cell instanceof Number)) s = neutralize(s);
                cells.add(s);
            }
            p.printRecord(cells);
        }
        p.flush();
    }

    /**
     * Defuses a cell that Excel, LibreOffice or Google Sheets would run as a formula (OWASP CSV
     * injection): a leading =, +, -, @, tab or CR gets a ' in front. Plain numbers ("-5", "+3.2") are
     * left alone, or negative values would be mangled.
     */
    public static String neutralize(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        if (!risky) return s;
        if (PLAIN_NUMBER.matcher(s).matches()) return s;
        return "'" + s;
    }

    /** JSON: an array with one object per line; JSON Lines: one object per line. Numbers stay numbers. */
    private static void json(Table t, Writer out, boolean lines) throws IOException {
        if (t.isMessage()) return;
        if (!lines) out.write("[\n");
        for (int r = 0; r < t.rows().size(); r++) {
            if (!lines && r > 0) out.write(",\n");
            JsonGenerator g = JSON.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            List<Object> row = t.rows().get(r);
            g.writeStartObject();
            for (int i = 0; i < row.size(); i++) {
                g.writeFieldName(t.columns().get(i).name());
                Object v = row.get(i);
                if (v == null) g.writeNull();
                else if (v instanceof Integer n) g.writeNumber(n);
                else if (v instanceof Long n) g.writeNumber(n);
                else if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) g.writeNumber(new java.math.BigDecimal(Table.format(d)));
                else if (v instanceof Boolean b) g.writeBoolean(b);
                else g.writeString(t.marked(r, i));
            }
            g.writeEndObject();
            g.flush();
            if (lines) out.write('\n');
        }
        if (!lines) out.write(t.rows().isEmpty() ? "]\n" : "\n]\n");
    }
}
