package org.corpex.commands;

import org.corpex.CorpexException;
import org.corpex.shell.CorpexCommand;
import org.corpex.shell.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;

/**
 * Opening the full screen is the prompt's business (it hands its terminal over, see Repl); this
 * definition gives `tui` its help text, and a clear error where no terminal can be handed over.
 */
@Command(name = "tui", description = "Open the full-screen explorer on this session (at the prompt; from a shell: corpex --tui).")
public final class TuiCommand implements CorpexCommand {
    @Override
    public Table run(Session session) {
        throw new CorpexException("tui opens the full screen from the interactive prompt; in a script or pipe there is no terminal to give it (run corpex --tui)");
    }
}
