package org.corpex.compare;

import org.corpex.base.CorpexException;
import org.corpex.index.Corpus;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

@Command(name = "compare", description = {
        "Figures that different sources give for the same fact, with a status: conflict, soft (same value,",
        "different qualifier), consistent (periods), agree, or one source. Conflicts come first."})
public final class CompareCommand implements CorpexCommand {
    @Mixin
    org.corpex.session.Options.Limit limitOption = new org.corpex.session.Options.Limit();

    @Option(names = "--conflicts", description = "Only facts on which the sources conflict.")
    boolean conflictsOnly;

    @Option(names = {"-k", "--kind"}, paramLabel = "KIND", description = "Only money, percent, quantity or period facts.")
    String kind;

    @Option(names = {"-s", "--subject"}, paramLabel = "TEXT", description = "Only facts whose label contains TEXT (investment, market cap...).")
    String subject;

    @Option(names = "--timeline", description = "For each fact and value: which document gave it first (by date), and who repeated it after.")
    boolean timeline;

    @Override
    public Table run(Session session) {
        if (kind != null && !List.of("money", "percent", "quantity", "period").contains(kind.toLowerCase(Locale.ROOT))) {
            throw new CorpexException("compare: --kind must be money, percent, quantity or period, not '" + kind + "'");
        }
        Corpus c = session.corpus();
        BitSet sel = session.selection();
        Figures.prepare(c, sel);   // the selection's documents, on every core
        List<Figure> all = new ArrayList<>();
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) all.addAll(Figures.of(c, d));
        Table.Builder t = new Table.Builder("compare").kind(Table.Kind.COMPARE).text("fact").text("kind").text("doc").text("text").number("value")
                .text("unit").text("status").text("qualifier").integer("line").text("sentence");
        int facts = 0, conflicts = 0;
        List<Reconcile.Fact> kept = new ArrayList<>();
        for (Reconcile.Fact f : Reconcile.facts(all)) {
            if (conflictsOnly && f.status() != Reconcile.Status.CONFLICT) continue;
            if (kind != null && !f.kind().equalsIgnoreCase(kind)) continue;
            if (subject != null && !f.label().toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT))) continue;
            kept.add(f);
        }
        int max = limitOption.max("compare");
        if (timeline) return org.corpex.session.RowLimit.apply(Timeline.table(c, kept, sel.cardinality()), "compare", max, "rows");
        for (Reconcile.Fact f : kept) {
            facts++;
            if (f.status() == Reconcile.Status.CONFLICT) conflicts++;
            for (Figure g : f.figures()) {
                Double v = f.kind().equals("period") ? (g.kind() == Figure.Kind.RANGE ? g.high() - g.value() : g.value()) : g.value();
                String unit = f.kind().equals("period") ? "years" : g.unit();
                t.row(f.label(), f.kind(), c.get(g.doc()).id(), g.text(), v, unit, f.status().label, g.qualifier(), g.line(), g.sentence());
            }
        }
        t.note(facts + " facts, " + conflicts + " in conflict, across " + sel.cardinality() + " documents"
                + " (period values are spans in years)");
        return org.corpex.session.RowLimit.apply(t.build(), "compare", max, "rows");
    }
}
