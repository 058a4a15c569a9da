package org.corpex.commands;

import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

@Command(name = "unfilter", description = "Remove the last filter applied.")
public final class UnfilterCommand implements CorpexCommand {
    @Override
    public Table run(Session session) {
        Session.Filter f = session.popFilter();
        String what = f == null ? "no filter to remove" : "removed filter " + f.expression();
        return Table.message(
                "unfilter",
                what + "; " + session.selectionSize() + " of "
                        + session.corpus().size() + " documents in view" + FilterCommand.depthNote(session));
    }
}
