package org.corpex.commands;

import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

@Command(name = "reset", description = "Remove every filter: all documents in view again.")
public final class ResetCommand implements CorpexCommand {
    @Override
    public Table run(Session session) {
        int n = session.filters().size();
        session.clearFilters();
        return Table.message(
                "reset",
                "removed " + n + (n == 1 ? " filter" : " filters") + "; all "
                        + session.corpus().size() + " documents in view");
    }
}
