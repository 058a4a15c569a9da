package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.corpex.compare.DiffCommand;
import org.corpex.compare.FigureDiff;
import org.corpex.compare.Reconcile;
import org.corpex.table.Table;

/**
 * Tables with a status per row — {@code compare} (conflict, evolving, soft, agree, one source) and {@code diff A B
 * --figures} (changed, only in A, only in B, same) — with the disagreements highlighted. {@code c} shows only the
 * conflicts (changed figures in a diff) and back; on a compare row, {@code d} shows side by side how this document and
 * one that gives another value for the same fact tell it; Enter opens the document at the line.
 */
final class CompareView extends TableView {
    /** The fact names its kind and unit ("investment: Acme [USD]"): their own columns would only crowd it. */
    private static final List<String> SHOWN =
            List.of("fact", "doc", "text", "value", "status", "qualifier", "time", "line", "sentence");
    /** A figures diff: the values are in the texts, and the difference says by how much. */
    private static final List<String> DIFF_SHOWN =
            List.of("status", "kind", "subject", "a_line", "a_text", "b_line", "b_text", "difference");

    private final Table all, conflicts;
    private boolean onlyConflicts;

    CompareView(Table t) {
        super(t);
        this.all = t;
        this.conflicts = t.whereCell("status", CompareView::conflict);
    }

    @Override
    protected List<String> shownColumns() {
        return isCompare() ? SHOWN : DIFF_SHOWN;
    }

    // The table, not 'all': TableView's constructor asks for the shown columns before 'all' is set.
    private boolean isCompare() {
        return table.kind() == Table.Kind.COMPARE;
    }

    @Override
    String name() {
        return isCompare() ? "Compare" : "diff figures";
    }

    @Override
    String hits() {
        int n = conflicts.rows().size();
        return n + (isCompare() ? (n == 1 ? " conflicting claim" : " conflicting claims") : " changed");
    }

    @Override
    String position() {
        return super.position() + (onlyConflicts ? "  conflicts only" : "");
    }

    /** A fact in conflict, or a figure B changed: what 'c' keeps and what is drawn as a conflict. */
    private static boolean conflict(Object status) {
        return status == Reconcile.Status.CONFLICT || status == FigureDiff.Status.CHANGED;
    }

    @Override
    protected Style.Kind cellStyle(int row, int column) {
        Object status = table.rows().get(row).get(table.columnIndex("status"));
        if (conflict(status)) return Style.Kind.CONFLICT;
        if (status == FigureDiff.Status.ONLY_A) return Style.Kind.REMOVED;
        if (status == FigureDiff.Status.ONLY_B) return Style.Kind.ADDED;
        return super.cellStyle(row, column);
    }

    @Override
    boolean key(KeyStroke k, FullScreen fs) {
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            switch (k.getCharacter()) {
                case 'c' -> {
                    onlyConflicts = !onlyConflicts;
                    setTable(onlyConflicts ? conflicts : all);
                    fs.say(
                            onlyConflicts
                                    ? "only the " + (isCompare() ? "conflicts" : "changed figures")
                                            + "; c again for every row"
                                    : "every row");
                    return true;
                }
                case 'd' -> {
                    diffWithAnotherSource(fs);
                    return true;
                }
                default -> {}
            }
        }
        return super.key(k, fs);
    }

    /** Enter on a figures diff: A's document at A's line, or B's when only B gives the figure. */
    @Override
    protected void open(FullScreen fs) {
        if (isCompare()) {
            super.open(fs);
            return;
        }
        List<String> sides = all.info().documents();
        if (sides.size() < 2 || selectedRow() < 0) {
            fs.say("nothing to open");
            return;
        }
        Object a = selected("a_line"), b = selected("b_line");
        if (a instanceof Number n) fs.openDocument(sides.get(0), n.intValue());
        else if (b instanceof Number n) fs.openDocument(sides.get(1), n.intValue());
        else fs.say("this row gives no line to open");
    }

    /** d: this row's document against the first other document that gives the same fact another value. */
    private void diffWithAnotherSource(FullScreen fs) {
        if (!isCompare()) {
            fs.say("d diffs two sources from the compare screen");
            return;
        }
        int r = selectedRow();
        if (r < 0) {
            fs.say("no rows");
            return;
        }
        int fi = table.columnIndex("fact"),
                di = table.columnIndex("doc"),
                ti = table.columnIndex("text"),
                vi = table.columnIndex("value");
        List<Object> row = table.rows().get(r);
        String fact = Table.format(row.get(fi)), doc = Table.format(row.get(di));
        String value = Table.format(row.get(vi)), text = Table.format(row.get(ti));
        String other = null, sameValue = null;
        for (List<Object> o : all.rows()) {
            String od = Table.format(o.get(di));
            if (!Table.format(o.get(fi)).equals(fact) || od.equals(doc)) continue;
            String ov = Table.format(o.get(vi));
            // Figures without a value (a garbled "30Band40B") differ when their text does.
            boolean differs = !ov.equals(value)
                    || value.isEmpty() && !Table.format(o.get(ti)).equals(text);
            if (differs) {
                other = od;
                break;
            }
            if (sameValue == null) sameValue = od;
        }
        if (other == null) other = sameValue;
        if (other == null) {
            fs.say("only " + doc + " gives " + fact + ": nothing to diff it with");
            return;
        }
        fs.command(DiffCommand.sideBySide(doc, other));
    }
}
