package org.corpex.session;

import org.corpex.table.Table;

/**
 * A command: a function of the session and its parsed arguments that returns one {@link Table}. Implementations are
 * picocli {@code @Command} classes, so that parsing, usage text, help and completion all come from the same
 * definitions. A command never prints.
 */
public interface CorpexCommand {
    Table run(Session session);

    /**
     * Marker for commands whose positional arguments are queries or expressions: they receive those words raw, quotes
     * included, so the query parser can tell "a phrase" from a word.
     */
    interface RawArguments {}

    /**
     * A command that asks the front end to do something rather than show a table: leave, or hand the terminal to the
     * full screen. The shell's outcome carries the signal; the table the command returns is only a message.
     */
    interface Control {
        Signal signal();
    }

    /** What a {@link Control} command asks of the front end. */
    enum Signal {
        QUIT,
        FULL_SCREEN
    }

    /**
     * Marker for commands that neither change the session nor make a table worth making again (help, history, tui,
     * quit): a session's log, which {@code history save} writes as a script, leaves them out.
     */
    interface NotLogged {}
}
