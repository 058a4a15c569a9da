package org.corpex.table;

/**
 * How to write a table.
 *
 * @param width screen width to fit text tables to; 0 means never cut cells (files, pipes)
 * @param color ANSI styling for text tables
 * @param header write the header row (false when appending to an existing file)
 * @param neutralize defuse cells a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * @param excel UTF-8 byte order mark and CRLF line ends, for Excel
 * @param delimiter CSV field separator (',' by default; ';' for decimal-comma locales)
 */
public record RenderOptions(
        int width, boolean color, boolean header, boolean neutralize, boolean excel, char delimiter) {
    /** For files: full cells, header, neutralised formulas, commas. */
    public static RenderOptions file() {
        return new RenderOptions(0, false, true, true, false, ',');
    }

    public RenderOptions withHeader(boolean h) {
        return new RenderOptions(width, color, h, neutralize, excel, delimiter);
    }

    public RenderOptions withWidth(int w) {
        return new RenderOptions(w, color, header, neutralize, excel, delimiter);
    }

    public RenderOptions withColor(boolean c) {
        return new RenderOptions(width, c, header, neutralize, excel, delimiter);
    }
}
