package org.corpex.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.corpex.base.CorpexException;
import org.corpex.base.UserInput;
import org.corpex.base.Version;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "history",
        description = {
            "The lines typed at the prompt, oldest first (kept across runs); history 20 shows the last 20.",
            "history save FILE writes this session as a corpex script: every command that changed the session or "
                    + "made a table,",
            "in order, with its options (filters, sorts, exports and set too; not help, history or quit). Run it "
                    + "again with:",
            "corpex -f FILE [CORPUS...]; in a script, $1 and ${NAME:-default} take the values of --arg and --param."
        })
public final class HistoryCommand implements CorpexCommand, CorpexCommand.NotLogged {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Parameters(arity = "0..2", paramLabel = "N | save FILE", description = "Show only the last N lines; or save FILE.")
    List<String> words;

    @Option(
            names = {"-f", "--force"},
            description = "With save: overwrite FILE if it exists.")
    boolean force;

    @Override
    public Table run(Session session) {
        if (words != null && !words.isEmpty() && words.get(0).equals("save")) {
            if (words.size() < 2)
                throw new CorpexException("history save: name the FILE to write the session's script to");
            return save(session, Path.of(UserInput.expandHome(words.get(1))));
        }
        if (words != null && words.size() > 1) throw new CorpexException("history: give N, or save FILE");
        Integer last = null;
        if (words != null && !words.isEmpty()) {
            try {
                last = Integer.parseInt(words.get(0));
            } catch (NumberFormatException e) {
                throw new CorpexException("history: '" + words.get(0) + "' is neither a number of lines nor save FILE");
            }
        }
        if (last != null && last < 1) throw new CorpexException("history: N must be 1 or more, not " + last);
        List<Session.HistoryEntry> all = session.history();
        List<Session.HistoryEntry> shown =
                last == null || last >= all.size() ? all : all.subList(all.size() - last, all.size());
        Table.Builder b = new Table.Builder("history").integer("n").text("when").text("command");
        for (Session.HistoryEntry e : shown) b.row(e.number(), WHEN.format(e.time()), e.line());
        if (all.isEmpty()) b.note("no history: the interactive prompt keeps it (Up, Ctrl-R)");
        return b.build();
    }

    /** The session's log as a script, written whole (a temporary file renamed into place). */
    private Table save(Session session, Path file) {
        if (Files.isDirectory(file)) throw new CorpexException("history save: " + file + " is a folder");
        if (Files.exists(file) && !force)
            throw new CorpexException("history save: " + file + " already exists; use --force to overwrite it");
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new CorpexException("history save: no such folder " + dir);
        List<String> log = session.log();
        StringBuilder b = new StringBuilder();
        b.append("# corpex script, saved ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .append(" by corpex ")
                .append(Version.current())
                .append('\n');
        b.append("# made on: ")
                .append(session.corpus().engine())
                .append(' ')
                .append(String.join(" ", session.corpus().fingerprint().specs()))
                .append('\n');
        b.append("# run it again with: corpex -f ").append(file.getFileName()).append(" [CORPUS...]\n");
        for (String line : log) b.append(line).append('\n');
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CorpexException("history save: cannot write " + file + ": " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    /* renamed, or best effort */
                }
            }
        }
        return Table.message(
                "history", "saved " + log.size() + (log.size() == 1 ? " command" : " commands") + " to " + file);
    }
}
