package org.corpex.commands;

import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

/**
 * Asks for the full screen: the shell's outcome carries the signal. The prompt hands its terminal over; a batch, with
 * no terminal to give, says so; the full screen is already there.
 */
@Command(
        name = "tui",
        description = "Open the full-screen explorer on this session (at the prompt; from a shell: corpex --tui).")
public final class TuiCommand implements CorpexCommand, CorpexCommand.NotLogged, CorpexCommand.Control {
    @Override
    public Signal signal() {
        return Signal.FULL_SCREEN;
    }

    @Override
    public Table run(Session session) {
        return Table.message("tui");
    }
}
