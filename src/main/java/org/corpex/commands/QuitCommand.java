package org.corpex.commands;

import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

/** Asks to leave: the shell's outcome says so, and every front end honours it in its own way. */
@Command(name = "quit", aliases = "exit", description = "Leave corpex (Ctrl-D does too).")
public final class QuitCommand implements CorpexCommand, CorpexCommand.NotLogged, CorpexCommand.Control {
    @Override
    public Signal signal() {
        return Signal.QUIT;
    }

    @Override
    public Table run(Session session) {
        return Table.message("quit");
    }
}
