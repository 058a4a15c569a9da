package org.corpex.table;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.corpex.base.CorpexException;

/**
 * A table as an Excel workbook (.xlsx, Apache POI): one sheet, a bold header row that stays in view (a frozen pane),
 * and typed cells, so that a spreadsheet keeps every value as the table has it. Numbers are numbers; a column of ISO
 * dates (yyyy-MM-dd) holds dates; text stays text, so an id or code ({@code 00123}, a 21-digit id) keeps its form, and
 * no cell is ever a formula. Written by POI's streaming workbook: a few hundred rows in memory, however long the table.
 * Only an .xlsx export touches this class, so POI is loaded then and never at start-up.
 */
final class Xlsx {
    private Xlsx() {}

    /** Digits Excel keeps of a number: a longer whole number (an id) is written as text, whole. */
    private static final long EXACT = 999_999_999_999_999L;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Rows POI keeps in memory before it flushes them to its temporary file. */
    private static final int WINDOW = 200;

    /**
     * Refuses, before anything is written, a table a sheet cannot hold: more rows than Excel's 1,048,576 (header
     * included).
     */
    static void check(Table t, String file) {
        if (t.rows().size() + 1L > Exporter.EXCEL_MAX_ROWS) {
            throw new CorpexException(String.format(
                    Locale.ROOT,
                    "cannot write %s: %,d rows is more than a sheet holds (%,d after the header); write .csv "
                            + "instead, or narrow the table with filter or --limit",
                    file,
                    t.rows().size(),
                    Exporter.EXCEL_MAX_ROWS - 1));
        }
    }

    /** Writes the workbook to {@code out}; returns the warnings (cells cut to Excel's 32,767 characters). */
    static List<String> write(Table t, OutputStream out, String file) throws IOException {
        check(t, file);
        int n = t.columns().size();
        boolean[] dates = new boolean[n];
        for (int c = 0; c < n; c++) dates[c] = isDateColumn(t, c);
        int cut = 0;
        String firstCut = null;
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet =
                    wb.createSheet(WorkbookUtil.createSafeSheetName(t.name().isEmpty() ? "table" : t.name()));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < n; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(t.columns().get(c).name());
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] widths = new int[n];
            for (int c = 0; c < n; c++) widths[c] = t.columns().get(c).name().length() + 2;
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = t.rows().get(r);
                for (int c = 0; c < n; c++) {
                    Object v = cells.get(c);
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    if (t.columns().get(c).numeric() && v instanceof Number num && fitsExactly(num)) {
                        cell.setCellValue(num.doubleValue());
                    } else if (dates[c] && v instanceof String s && !s.isEmpty()) {
                        cell.setCellValue(LocalDate.parse(s));
                        cell.setCellStyle(date);
                    } else {
                        String s = t.marked(r, c);
                        if (s.isEmpty()) {
                            row.removeCell(cell);
                            continue;
                        }
                        if (s.length() > Exporter.EXCEL_MAX_CELL) {
                            if (cut++ == 0)
                                firstCut = "row " + (r + 1) + ", column "
                                        + t.columns().get(c).name() + " ("
                                        + String.format(Locale.ROOT, "%,d", s.length()) + " characters)";
                            int end = Exporter.EXCEL_MAX_CELL;
                            if (Character.isHighSurrogate(s.charAt(end - 1))) end--; // never half a character
                            s = s.substring(0, end);
                        }
                        cell.setCellValue(s);
                    }
                    if (r < 100)
                        widths[c] =
                                Math.max(widths[c], Math.min(60, Table.format(v).length() + 2));
                }
            }
            for (int c = 0; c < n; c++) sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose(); // POI's temporary files of the rows already flushed
        }
        List<String> warnings = new ArrayList<>();
        if (cut > 0) {
            warnings.add(file + ": " + cut + (cut == 1 ? " cell is" : " cells are") + " longer than Excel's "
                    + String.format(Locale.ROOT, "%,d", Exporter.EXCEL_MAX_CELL) + " characters and "
                    + (cut == 1 ? "was" : "were") + " cut to it (the first: " + firstCut + "); .csv keeps them whole");
        }
        return warnings;
    }

    /** A number Excel holds exactly: any double, or a whole number of at most 15 digits (a longer one is an id). */
    private static boolean fitsExactly(Number n) {
        if (n instanceof Double d) return !d.isNaN() && !d.isInfinite();
        if (n instanceof Float f) return !f.isNaN() && !f.isInfinite();
        long v = n.longValue();
        return v >= -EXACT && v <= EXACT;
    }

    /**
     * True when every non-empty cell of a text column is an ISO date Excel can hold (from 1900 on): such a column
     * becomes dates; one with a date before 1900 or a partial date (2025-03) stays text.
     */
    private static boolean isDateColumn(Table t, int c) {
        if (t.columns().get(c).numeric()) return false;
        boolean any = false;
        for (List<Object> row : t.rows()) {
            Object v = row.get(c);
            if (v == null || v instanceof String s && s.isEmpty()) continue;
            if (!(v instanceof String s) || !ISO_DATE.matcher(s).matches()) return false;
            try {
                if (LocalDate.parse(s).getYear() < 1900) return false;
            } catch (DateTimeParseException e) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
