package org.corpex.commands;

import org.corpex.base.CorpexException;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

@Command(name = "history", description = "The lines typed at the prompt, oldest first (kept across runs); history 20 shows the last 20.")
public final class HistoryCommand implements CorpexCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Parameters(arity = "0..1", paramLabel = "N", description = "Show only the last N lines.")
    Integer last;

    @Override
    public Table run(Session session) {
        if (last != null && last < 1) throw new CorpexException("history: N must be 1 or more, not " + last);
        List<Session.HistoryEntry> all = session.history();
        List<Session.HistoryEntry> shown = last == null || last >= all.size() ? all : all.subList(all.size() - last, all.size());
        Table.Builder b = new Table.Builder("history").integer("n").text("when").text("command");
        for (Session.HistoryEntry e : shown) b.row(e.number(), WHEN.format(e.time()), e.line());
        if (all.isEmpty()) b.note("no history: the interactive prompt keeps it (Up, Ctrl-R)");
        return b.build();
    }
}
