package org.corpex.commands;

import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

/** Asks to leave: a table of kind QUIT, which every front end honours in its own way. */
@Command(name = "quit", aliases = "exit", description = "Leave corpex (Ctrl-D does too).")
public final class QuitCommand implements CorpexCommand, CorpexCommand.NotLogged {
    @Override
    public Table run(Session session) {
        return Table.request(Table.Kind.QUIT, "quit");
    }
}
