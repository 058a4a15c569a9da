package org.corpex.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.corpex.figures.Figure;
import org.corpex.table.Table;

/**
 * The {@code figures} table: sortable as any table, narrowed by kind with {@code t}/{@code T} (all, money, percent...),
 * Enter opens the figure's sentence in its document. Narrowing keeps the rows the command gave and shows those of one
 * kind: nothing is extracted twice, and {@code e} writes what is on screen.
 */
final class FiguresView extends TableView {
    private static final List<String> SHOWN =
            List.of("doc", "line", "text", "kind", "value", "unit", "qualifier", "subject", "sentence");

    /** "" for every kind, then each kind in the order figures knows them. */
    static final List<String> KINDS;

    static {
        List<String> k = new ArrayList<>();
        k.add("");
        for (Figure.Kind kind : Figure.Kind.values()) k.add(kind.label());
        KINDS = List.copyOf(k);
    }

    private final Table all;
    private int kind;

    FiguresView(Table figures) {
        super(figures);
        this.all = figures;
    }

    @Override
    protected List<String> shownColumns() {
        return SHOWN;
    }

    @Override
    String name() {
        return "Figures";
    }

    String kind() {
        return KINDS.get(kind);
    }

    @Override
    String title() {
        return kind().isEmpty()
                ? super.title()
                : table.rows().size() + " " + kind() + " figures of "
                        + all.rows().size();
    }

    @Override
    String position() {
        return super.position() + "  kind " + (kind().isEmpty() ? "all" : kind());
    }

    @Override
    String hits() {
        return table.rows().size() + (table.rows().size() == 1 ? " figure" : " figures");
    }

    @Override
    boolean key(KeyStroke k, FullScreen fs) {
        if (k.getKeyType() == KeyType.Character
                && !k.isCtrlDown()
                && !k.isAltDown()
                && (k.getCharacter() == 't' || k.getCharacter() == 'T')) {
            int step = k.getCharacter() == 't' ? 1 : KINDS.size() - 1;
            // Kinds this corpus has none of are passed over: a key press always shows rows.
            for (int i = 0; i < KINDS.size(); i++) {
                kind = (kind + step) % KINDS.size();
                if (kind == 0 || !narrowed().rows().isEmpty()) break;
            }
            setTable(narrowed());
            fs.say(kind().isEmpty() ? "every kind of figure" : "only " + kind() + " figures");
            return true;
        }
        return super.key(k, fs);
    }

    private Table narrowed() {
        return kind().isEmpty() ? all : all.where("kind", kind()::equals);
    }
}
