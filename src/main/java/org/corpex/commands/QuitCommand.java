package org.corpex.commands;

import org.corpex.shell.CorpexCommand;
import org.corpex.shell.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

/** Quitting is the front end's business; the shell recognises the name before this runs. */
@Command(name = "quit", aliases = "exit", description = "Leave corpex (Ctrl-D does too).")
public final class QuitCommand implements CorpexCommand {
    @Override
    public Table run(Session session) {
        return Table.message("quit");
    }
}
