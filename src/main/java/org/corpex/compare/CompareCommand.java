package org.corpex.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.corpex.base.Choice;
import org.corpex.figures.Figure;
import org.corpex.index.Corpus;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "compare",
        description = {
            "Figures that different sources give for one fact (what is measured, of whom, where and when), with a",
            "status: conflict, evolving (one fact at different times), soft (values a wording allows together),",
            "agree, or one source. Conflicts come first."
        })
public final class CompareCommand implements CorpexCommand {
    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Option(names = "--conflicts", description = "Only facts on which the sources conflict.")
    boolean conflictsOnly;

    @Option(
            names = {"-k", "--kind"},
            paramLabel = "KIND",
            description = "Only ${COMPLETION-CANDIDATES} facts.")
    FactKind kind;

    /** The kinds of figure a fact can be of. */
    public enum FactKind implements Choice {
        MONEY,
        PERCENT,
        QUANTITY,
        DURATION;
    }

    @Option(
            names = {"-s", "--subject"},
            paramLabel = "TEXT",
            description = "Only facts whose label contains TEXT (an entity, a measure, a place...).")
    String subject;

    @Option(
            names = "--timeline",
            description = "For each fact and value: which document gave it first (by date), and who repeated it after.")
    boolean timeline;

    @Override
    public Table run(Session session) {
        Corpus c = session.corpus();
        BitSet sel = session.selection();
        Table.Builder t = new Table.Builder("compare")
                .kind(Table.Kind.COMPARE)
                .text("fact")
                .text("kind")
                .text("doc")
                .text("text")
                .number("value")
                .text("unit")
                .text("status")
                .text("qualifier")
                .text("entity")
                .text("measure")
                .text("scope")
                .text("time")
                .text("source")
                .text("date")
                .integer("line")
                .text("sentence");
        int facts = 0, conflicts = 0, evolving = 0;
        List<Reconcile.Fact> kept = new ArrayList<>();
        for (Reconcile.Fact f : Reconcile.facts(c, sel)) {
            if (conflictsOnly && f.status() != Reconcile.Status.CONFLICT) continue;
            if (kind != null && !f.kind().equalsIgnoreCase(kind.word())) continue;
            if (subject != null && !f.label().toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT)))
                continue;
            kept.add(f);
        }
        int max = limitOption.max("compare");
        if (timeline) return RowLimit.apply(Timeline.table(c, kept, sel.cardinality()), "compare", max, "rows");
        for (Reconcile.Fact f : kept) {
            facts++;
            if (f.status() == Reconcile.Status.CONFLICT) conflicts++;
            if (f.status() == Reconcile.Status.EVOLVING) evolving++;
        }
        rows(t, c, kept);
        t.note(facts + " facts, " + conflicts + " in conflict, " + evolving + " evolving, across " + sel.cardinality()
                + " documents");
        return RowLimit.apply(t.build(), "compare", max, "rows");
    }

    /**
     * A row per figure of each fact. A fact keeps the rows made of it: most facts are of one figure, made once per
     * corpus, and a compare that lists them again (another option, another selection) reads its rows as they were made,
     * in the order it lists them, rather than every figure and document they come from.
     */
    private static void rows(Table.Builder t, Corpus c, List<Reconcile.Fact> facts) {
        for (Reconcile.Fact f : facts) {
            List<List<Object>> rows = f.rows;
            if (rows == null) {
                rows = new ArrayList<>(f.figures().size());
                for (Figure g : f.figures()) {
                    var d = c.get(g.doc());
                    rows.add(Collections.unmodifiableList(Arrays.asList(
                            f.label(),
                            f.kind(),
                            d.id(),
                            g.text(),
                            g.value(),
                            g.unit(),
                            f.status(),
                            g.qualifier(),
                            f.entity(),
                            f.measure(),
                            f.scope(),
                            Reconcile.time(g),
                            d.source(),
                            d.date(),
                            g.line(),
                            g.sentence())));
                }
                f.rows = rows = List.copyOf(rows);
            }
            for (List<Object> r : rows) t.kept(r);
        }
    }
}
