package org.corpex.shell;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.corpex.base.CorpexException;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "help", description = "List the commands, or show how to use one: help kwic.")
public final class HelpCommand implements CorpexCommand, CorpexCommand.NotLogged {
    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to explain.")
    String command;

    @Spec
    CommandSpec spec;

    @Override
    public Table run(Session session) {
        Map<String, CommandLine> all = spec.parent().subcommands();
        if (command != null) {
            CommandLine c = all.get(command);
            if (c == null) throw new CorpexException("help: no command '" + command + "' (type 'help' for the list)");
            return Table.message("help", Shell.usage(c).stripTrailing());
        }
        Table.Builder b = new Table.Builder("help").text("command").text("description");
        Set<CommandLine> seen = new HashSet<>();
        for (CommandLine c : all.values()) {
            if (!seen.add(c)) continue; // aliases map to the same command
            String[] d = c.getCommandSpec().usageMessage().description();
            b.row(c.getCommandName(), d.length == 0 ? "" : d[0]);
        }
        b.note("Any command can end in > FILE or >> FILE (.csv .tsv .json .jsonl .txt). 'help COMMAND' for its "
                + "options.");
        return b.build();
    }
}
