package org.corpex.commands;

import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

/**
 * Asks for the full screen: a table of kind FULL_SCREEN. The prompt hands its terminal over; a
 * batch, with no terminal to give, says so; the full screen is already there.
 */
@Command(name = "tui", description = "Open the full-screen explorer on this session (at the prompt; from a shell: corpex --tui).")
public final class TuiCommand implements CorpexCommand, CorpexCommand.NotLogged {
    @Override
    public Table run(Session session) {
        return Table.request(Table.Kind.FULL_SCREEN, "tui");
    }
}
