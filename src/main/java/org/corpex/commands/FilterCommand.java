package org.corpex.commands;

import java.util.BitSet;
import java.util.List;
import org.corpex.query.FilterExpression;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Request;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "filter",
        description = {
            "Narrow the selection to documents matching EXPR; filters stack (unfilter pops one).",
            "EXPR: words, \"phrases\", wildcards (invest*), /regex/, fields, comparisons (date>=2025-03-01, "
                    + "words>500),",
            "AND, OR, NOT, parentheses; juxtaposition means AND.",
            "field:value: the field CONTAINS the value, ignoring case (party:republican takes "
                    + "Democratic-Republican too);",
            "field=value: the field EQUALS it, ignoring case (party=republican); quote a value with spaces: "
                    + "party:\"national union\".",
            "Without EXPR, lists the filters in force."
        })
public final class FilterCommand implements CorpexCommand, CorpexCommand.RawArguments {
    /** filter EXPR, as typed. */
    public static Request request(String expression) {
        return Request.of("filter").text(expression);
    }

    @Parameters(arity = "0..*", paramLabel = "EXPR", description = "The filter expression.")
    List<String> expression;

    @Override
    public Table run(Session session) {
        if (expression == null || expression.isEmpty()) return stack(session);
        String text = String.join(" ", expression);
        FilterExpression expr = FilterExpression.parse(text);
        int before = session.selectionSize();
        BitSet result = expr.evaluate(session.corpus(), session.selection());
        session.pushFilter(new Session.Filter(expr.source(), result));
        // A filter on fields alone (money>=60e9) has nothing to mark: show --hits keeps the words before it.
        if (!expr.highlights().isEmpty()) session.setLastQuery(expr.highlights(), false);
        int n = result.cardinality();
        int total = session.corpus().size();
        return Table.message(
                "filter",
                n + " of " + before + " documents match " + expr.source()
                        + (before != total ? "; " + n + " of " + total + " in view" : "")
                        + " (filter depth " + session.filters().size() + ")"
                        + (n == 0 ? "; 'unfilter' to go back" : ""));
    }

    private static Table stack(Session session) {
        Table.Builder b =
                new Table.Builder("filters").integer("depth").text("filter").integer("documents");
        int depth = 0;
        for (Session.Filter f : session.filters())
            b.row(++depth, f.expression(), f.selection().cardinality());
        b.note(
                depth == 0
                        ? "no filter: all " + session.corpus().size() + " documents in view"
                        : session.selectionSize() + " of " + session.corpus().size() + " documents in view");
        return b.build();
    }

    /** ", filter depth 2" when filters are in force, else "". */
    static String depthNote(Session session) {
        int depth = session.filters().size();
        return depth == 0 ? "" : ", filter depth " + depth;
    }
}
