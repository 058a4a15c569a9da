package org.corpex.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Writes a {@link Table} in any {@link Format}. The one place that turns tables into characters. */
public final class Renderers {
    private Renderers() {}

    /** Made when JSON is first written: a text table should not load and set up Jackson at start. */
    private static final class Json {
        static final JsonFactory FACTORY = JsonFactory.builder().build();
    }
    /**
     * A number as LibreOffice and Excel read one from a CSV cell (measured with LibreOffice 7.4's CSV import): a sign,
     * digits with or without thousands commas, a decimal part, an exponent, a percent sign. "-5%", "+3", "-1,234.5",
     * "-.5" and "-2e3" are numbers, not formulas.
     */
    private static final Pattern SPREADSHEET_NUMBER =
            Pattern.compile("[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?%?");

    public static void write(Table t, Format format, Writer out, RenderOptions o) throws IOException {
        switch (format) {
            case TEXT -> TextTable.write(t, out, o);
            case CSV -> delimited(t, out, o, o.delimiter());
            case TSV -> tsv(t, out, o);
            case XLSX -> throw new IllegalArgumentException("xlsx is written by Xlsx, to a file");
            case JSON -> json(t, out, false);
            case JSONL -> json(t, out, true);
        }
        out.flush();
    }

    /** CSV format used for writing and, in tests and appends, for reading back. */
    public static CSVFormat csvFormat(char delimiter, boolean crlf) {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setRecordSeparator(crlf ? "\r\n" : "\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
    }

    private static void delimited(Table t, Writer out, RenderOptions o, char delimiter) throws IOException {
        if (t.isMessage()) return;
        if (o.excel() && o.header()) out.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(out, csvFormat(delimiter, o.excel()));
        if (o.header()) p.printRecord(header(t, o));
        List<String> cells = new ArrayList<>(t.columns().size());
        for (int r = 0; r < t.rows().size(); r++) {
            cells.clear();
            for (int i = 0; i < t.columns().size(); i++) cells.add(cell(t, r, i, o));
            p.printRecord(cells);
        }
        p.flush();
    }

    /** The header cells as a CSV or TSV file gets them: defused like any cell (a JSON field may be named "=x()"). */
    static List<String> header(Table t, RenderOptions o) {
        List<String> h = new ArrayList<>(t.columns().size());
        for (Column c : t.columns()) h.add(o.neutralize() ? neutralize(c.name()) : c.name());
        return h;
    }

    private static String cell(Table t, int r, int i, RenderOptions o) {
        String s = t.marked(r, i);
        return o.neutralize() && !(t.rows().get(r).get(i) instanceof Number) ? neutralize(s) : s;
    }

    /**
     * Tab-separated values as cut, awk and Miller read them: one line a row, a tab between cells, and inside a cell a
     * tab, a line break and a backslash written {@code \t}, {@code \n} (a carriage return {@code \r}) and {@code \\}.
     * No quoting: a quote is data.
     */
    private static void tsv(Table t, Writer out, RenderOptions o) throws IOException {
        if (t.isMessage()) return;
        String eol = o.excel() ? "\r\n" : "\n";
        if (o.excel() && o.header()) out.write('\uFEFF');
        if (o.header()) writeTsvLine(header(t, o), out, eol);
        List<String> cells = new ArrayList<>(t.columns().size());
        for (int r = 0; r < t.rows().size(); r++) {
            cells.clear();
            for (int i = 0; i < t.columns().size(); i++) cells.add(cell(t, r, i, o));
            writeTsvLine(cells, out, eol);
        }
    }

    private static void writeTsvLine(List<String> cells, Writer out, String eol) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write('\t');
            out.write(tsvEscape(cells.get(i)));
        }
        out.write(eol);
    }

    /** A cell as a TSV line holds it: backslash, tab, line feed and carriage return escaped. */
    public static String tsvEscape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (rep != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b != null) {
                if (rep != null) b.append(rep);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** The cells of one TSV line, escapes undone: how appends read a file's header. */
    public static List<String> tsvSplit(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                cells.add(b.toString());
                b.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                b.append(
                        switch (n) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else {
                b.append(c);
            }
        }
        cells.add(b.toString());
        return cells;
    }

    /**
     * Defuses a cell that a spreadsheet would run as a formula (OWASP CSV injection): one that starts with =, +, -, @,
     * a tab, a carriage return or a line feed (or their full-width forms) and is not a number gets a ' in front.
     * Numbers as spreadsheets read them ("-5%", "+3", "-1,234.5") are left alone, so they stay numbers. Text such as "-
     * item" or "+3 points" is defused: LibreOffice runs only cells that start with =, but Excel reads a leading +, -
     * or @ as the start of a formula too ("- item" becomes #NAME?, "-2+3+cmd|..." runs). An .xlsx export needs none of
     * this: its text cells are never formulas.
     */
    public static String neutralize(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean risky = c == '='
                || c == '+'
                || c == '-'
                || c == '@'
                || c == '\t'
                || c == '\r'
                || c == '\n'
                || c == '\uFF1D'
                || c == '\uFF0B'
                || c == '\uFF0D'
                || c == '\uFF20';
        if (!risky) return s;
        if ((c == '+' || c == '-') && SPREADSHEET_NUMBER.matcher(s).matches()) return s;
        return "'" + s;
    }

    /** JSON: an array with one object per line; JSON Lines: one object per line. Numbers stay numbers. */
    private static void json(Table t, Writer out, boolean lines) throws IOException {
        if (t.isMessage()) return;
        if (!lines) out.write("[\n");
        for (int r = 0; r < t.rows().size(); r++) {
            if (!lines && r > 0) out.write(",\n");
            JsonGenerator g = Json.FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            List<Object> row = t.rows().get(r);
            g.writeStartObject();
            for (int i = 0; i < row.size(); i++) {
                g.writeFieldName(t.columns().get(i).name());
                Object v = row.get(i);
                if (v == null) g.writeNull();
                else if (v instanceof Integer n) g.writeNumber(n);
                else if (v instanceof Long n) g.writeNumber(n);
                else if (v instanceof Double d && !d.isNaN() && !d.isInfinite())
                    g.writeNumber(new BigDecimal(Table.format(d)));
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
