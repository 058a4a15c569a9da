package org.corpex.tui;

import org.corpex.table.Table;

/** Every key of the full screen, as the table {@code ?} shows (and {@code e} can export). */
final class Keys {
    private Keys() {}

    static final String[][] ALL = {
        {"j k  ↓ ↑", "everywhere", "move down / up one row (a document scrolls one line)"},
        {"PgDn PgUp  Space b  Ctrl-F Ctrl-B", "everywhere", "a page down / up"},
        {"Ctrl-D Ctrl-U", "everywhere", "half a page down / up"},
        {"g G  Home End", "everywhere", "first / last row"},
        {"h l  ← →", "tables", "previous / next column (the current column's header is reversed)"},
        {"s", "tables", "sort by the current column; again to reverse"},
        {"[ ]", "tables", "sort by the current column, ascending / descending"},
        {"0", "tables", "back to the command's own order"},
        {"/", "everywhere", "search the rows (a document: its lines) for text"},
        {"n N", "tables", "next / previous row matching the search"},
        {"n N", "document", "next / previous hit (or search match, after /)"},
        {"Enter", "tables", "open the document the row points at, at its line (a figure: its sentence)"},
        {"Enter", "Trend", "the KWIC of the cell's period and source (the period column: the whole period)"},
        {"f", "Documents", "filter line: narrow with the filter language (runs filter EXPR)"},
        {"d", "Documents", "mark this document as A; d on another shows diff A B side by side"},
        {"n N", "diff", "next / previous sentence pair that differs"},
        {"K", "everywhere", "KWIC: type a query; the lines follow each key (Enter or Esc ends typing)"},
        {"o O", "KWIC", "next / previous sort key: doc, L1, L2, L3, R1, R2, R3"},
        {"i  Tab", "KWIC", "type the query again"},
        {"u  R", "Documents", "remove the last filter / every filter"},
        {"F", "everywhere", "Figures: every figure in view (runs figures)"},
        {"t T", "Figures", "only figures of the next / previous kind (money, percent...); back to all"},
        {"C", "everywhere", "Compare: every fact the sources give, conflicts highlighted (runs compare)"},
        {"c", "Compare", "only the conflicts, and back (in diff --figures: only the changed figures)"},
        {"d", "Compare", "diff this row's document with one that gives the fact another value, side by side"},
        {":", "everywhere", "command line: run any command and show its table (↑ ↓ recall)"},
        {"e", "everywhere", "export the table on screen to a file (.csv .tsv .json .jsonl .txt)"},
        {"?", "everywhere", "this list of keys"},
        {"q  Esc", "everywhere", "back to the previous screen; q on the first screen leaves"},
        {"Ctrl-C", "everywhere", "cancel the line being typed; else leave the full screen"},
        {"Enter Esc", "line editor", "run / cancel; Ctrl-A Ctrl-E Ctrl-U Ctrl-W edit"},
    };

    /** The sheet of keys that ? opens (once: ? on it does nothing more). */
    static final class View extends TableView {
        View() {
            super(Keys.table());
        }
    }

    static Table table() {
        Table.Builder b = new Table.Builder("keys").text("key").text("where").text("does");
        for (String[] k : ALL) b.row(k[0], k[1], k[2]);
        b.note("Keys of the full screen (less, vim and VisiData habits)");
        return b.build();
    }
}
