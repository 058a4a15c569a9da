package org.corpex.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.corpex.base.Cancellation;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.base.Unicode;
import org.corpex.base.UserInput;
import org.corpex.index.Index;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Request;
import org.corpex.session.Session;
import org.corpex.table.Exporter;
import org.corpex.table.Format;
import org.corpex.table.RenderOptions;
import org.corpex.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs command lines against a session: splits the line, finds the command, parses its options with picocli, runs it,
 * and writes the table to a file when the line ends in {@code > FILE} or {@code >> FILE}. Every front end (batch,
 * prompt, full screen) goes through here.
 */
public final class Shell {
    private final Session session;
    private CommandLine root;
    /** Every command by name and alias, in the order help lists them. */
    private final Map<String, CorpexCommand> registry = new LinkedHashMap<>();

    private boolean complete;

    /** What a line produced: the table to show, and whether the user asked to quit. */
    /** What a line did: its table, and what a control command (quit, tui) asks of the front end (null: nothing). */
    public record Outcome(Table table, CorpexCommand.Signal signal) {
        public boolean quit() {
            return signal == CorpexCommand.Signal.QUIT;
        }

        public boolean fullScreen() {
            return signal == CorpexCommand.Signal.FULL_SCREEN;
        }
    }

    public Shell(Session session) {
        this.session = session;
        // Commands join the tree when first used: building a picocli model costs milliseconds a
        // command, and a script that runs one command should not pay for twenty.
        this.root = Commands.root();
        for (Supplier<CorpexCommand> s : Commands.all()) {
            CorpexCommand c = s.get();
            for (String n : Commands.names(c.getClass())) registry.put(n, c);
        }
    }

    public Session session() {
        return session;
    }

    /** The picocli model of every command: for help, completion and the full screen. */
    public CommandLine commandLine() {
        if (!complete) {
            // A new root in the registry's order (help lists in it), keeping the models already built.
            Map<String, CommandLine> built = root.getSubcommands();
            CommandLine all = Commands.root();
            for (CorpexCommand c : new LinkedHashSet<>(registry.values())) {
                String name = Commands.names(c.getClass()).get(0);
                all.addSubcommand(built.containsKey(name) ? built.get(name) : Commands.configure(new CommandLine(c)));
            }
            root = all;
            complete = true;
        }
        return root;
    }

    /** The model of one command, added to the tree the first time; null for an unknown name. */
    private CommandLine sub(String name) {
        CommandLine sub = root.getSubcommands().get(name);
        if (sub != null) return sub;
        CorpexCommand c = registry.get(name);
        if (c == null) return null;
        root.addSubcommand(Commands.configure(new CommandLine(c)));
        return root.getSubcommands().get(name);
    }

    /** Runs one line. Blank lines and # comments give an empty outcome. */
    public Outcome execute(String line) {
        return execute(line, false);
    }

    /**
     * Runs one line; {@code live} for a line a screen runs as the user types (the full screen's kwic), whose entry in
     * the session's log replaces the last one of the same command, so that a saved script holds the query typed, not
     * each letter of it.
     */
    public Outcome execute(String line, boolean live) {
        // What is typed is compared with text loaded in composed form (NFC): so is the line.
        line = Unicode.nfc(line);
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) return new Outcome(Table.message("empty"), null);
        List<ShellWords.Word> words = new ArrayList<>(ShellWords.split(line));
        String name = words.get(0).value();
        CommandLine sub = sub(name);
        if (sub == null) throw unknownCommand(name);
        if (sub.getCommand() instanceof HelpCommand) commandLine(); // help lists them all
        Redirect redirect = Redirect.take(words, sub.getCommand() instanceof CorpexCommand.RawArguments);
        List<String> args = new ArrayList<>();
        args.add(name);
        args.addAll(arguments(sub, words.subList(1, words.size())));
        // The table was made by the line without its redirect; the history keeps the whole line.
        String made = redirect != null ? line.substring(0, redirect.at()).strip() : trimmed;
        return run(sub, args, made, trimmed, redirect, live);
    }

    /**
     * Runs a request a front end built (a screen's drill-down): its options go to the command as the words they are,
     * its arguments and its query or expression after {@code --} (the text as one word), so nothing is joined into a
     * line and split again. The history and the table's provenance get {@link Request#line()}, which a replay reads
     * back as this request.
     */
    public Outcome execute(Request request, boolean live) {
        String name = request.command();
        CommandLine sub = sub(name);
        if (sub == null) throw unknownCommand(name);
        List<String> args = new ArrayList<>();
        args.add(name);
        // A query or an expression is what a user would type after the command: it is read by the same rules
        // (an unclosed quote is an error here as at the prompt, not a phrase that runs to the end).
        if (!request.text().isEmpty()) ShellWords.split(request.text());
        for (String w : request.words()) args.add(Unicode.nfc(w));
        String line = Unicode.nfc(request.line());
        return run(sub, args, line, line, null, live);
    }

    /** Parses a command's words, runs it, and writes, logs and remembers its table as the line says. */
    private Outcome run(
            CommandLine sub, List<String> args, String made, String logged, Redirect redirect, boolean live) {
        String name = args.get(0);
        CorpexCommand command;
        try {
            CommandLine.ParseResult pr =
                    root.parseArgs(args.toArray(new String[0])).subcommand();
            if (pr.isUsageHelpRequested())
                return new Outcome(Table.message("help", usage(sub).stripTrailing()), null);
            command = (CorpexCommand) sub.getCommand();
        } catch (CommandLine.ParameterException e) {
            // a word an option's choices do not know: "trend: --norm takes count, permillion or docs, not 'x'"
            if (e.getCause() instanceof Choice.Unknown u && e.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
                throw new CorpexException(name + ": " + o.longestName() + " " + u.getMessage(), usage(sub));
            }
            throw new CorpexException(name + ": " + e.getMessage(), usage(sub));
        }
        Table t;
        Cancellation.start(session.settings().timeoutMillis);
        Index engine = session.corpus().index();
        List<String> engineWarnings;
        try {
            t = command.run(session);
        } finally {
            Cancellation.end();
            // Taken even when the command failed, so that they cannot reach the next one.
            engineWarnings = engine.warnings();
        }
        // What the engine must tell about its answers (a cluster's shard that did not answer): on every front end.
        if (!engineWarnings.isEmpty()) t = t.withWarnings(engineWarnings);
        if (!t.isMessage()) {
            // The table remembers how it was made: its exports say so, and a replay runs it again.
            if (t.info().made() == null) t = t.made(session.made(made, sortOf(sub)));
            session.setLastTable(t);
        }
        if (redirect != null) {
            if (t.isMessage()) throw new CorpexException(name + " gives no table to write to " + redirect.file());
            Exporter.Result r = Exporter.write(
                    t,
                    redirect.file(),
                    redirect.format(),
                    redirect.mode(),
                    RenderOptions.file(),
                    session.settings().provenance);
            Table done =
                    Table.message(name, r.message()).withWarnings(t.warnings()).withWarnings(r.warnings());
            if (!(command instanceof CorpexCommand.NotLogged)) session.log(logged);
            return new Outcome(done, null);
        }
        if (!(command instanceof CorpexCommand.NotLogged)) {
            if (live) session.logLive(logged, name);
            else session.log(logged);
        }
        return new Outcome(t, command instanceof CorpexCommand.Control c ? c.signal() : null);
    }

    /** The value of a command's --sort as parsed (given or its default), or "" for a command without one. */
    private static String sortOf(CommandLine sub) {
        OptionSpec o = sub.getCommandSpec().findOption("--sort");
        Object v = o == null ? null : o.getValue();
        return v == null
                ? ""
                : v instanceof Collection<?> c
                        ? String.join(",", c.stream().map(String::valueOf).toList())
                        : v instanceof Choice choice ? choice.word() : String.valueOf(v);
    }

    /** The usage text of a command, from its picocli definition. */
    public static String usage(CommandLine cmd) {
        return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /**
     * The words picocli gets: option names and values as the user meant them, and, for commands that take queries,
     * positional words raw (quotes kept) so "a phrase" stays a phrase.
     */
    private static List<String> arguments(CommandLine sub, List<ShellWords.Word> words) {
        boolean raw = sub.getCommand() instanceof CorpexCommand.RawArguments;
        CommandSpec spec = sub.getCommandSpec();
        List<ShellWords.Word> all = new ArrayList<>(words.size() + 1);
        all.add(new ShellWords.Word(sub.getCommandName(), sub.getCommandName(), 0, false));
        all.addAll(words);
        // The redirect is already taken off: an expression's "> 500" stays a positional word.
        List<LineModel.Role> roles = LineModel.roles(model(all), spec, true);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            ShellWords.Word w = all.get(i);
            String v = w.value();
            switch (roles.get(i)) {
                case OPTION, OPTION_VALUE, END_OF_OPTIONS -> out.add(v);
                default -> {
                    // Commands that take queries keep unknown -words (filter -word is NOT word), but a
                    // --word that is no option is a typo: searching for "--limt 3" helps nobody.
                    boolean optionsEnded = roles.subList(1, i).contains(LineModel.Role.END_OF_OPTIONS);
                    // (Three dashes or more are no option: a run of NOTs, -(-(-x)) written short.)
                    if (raw
                            && !w.quoted()
                            && !optionsEnded
                            && v.startsWith("--")
                            && !v.startsWith("---")
                            && v.length() > 2) {
                        String optName = LineModel.optionName(v);
                        throw new CorpexException(
                                sub.getCommandName() + ": unknown option '" + optName + "'" + suggestion(spec, optName)
                                        + " (quote it to search for it)",
                                usage(sub));
                    }
                    out.add(raw ? w.raw() : v);
                }
            }
        }
        return out;
    }

    /** " (did you mean --limit?)" for the option nearest to a misspelt one, or "". */
    private static String suggestion(CommandSpec spec, String typed) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) for (String n : o.names()) if (n.startsWith("--")) names.add(n);
        String best = UserInput.nearest(typed, names, false);
        return best != null ? " (did you mean " + best + "?)" : "";
    }

    private CorpexException unknownCommand(String name) {
        String best = UserInput.nearest(name.toLowerCase(Locale.ROOT), registry.keySet(), true);
        String hint = best != null ? " (did you mean " + best + "?)" : " (type 'help' for the list)";
        return new CorpexException("unknown command '" + name + "'" + hint);
    }

    /** Names of all commands, for completion and help. */
    public List<String> commandNames() {
        return new ArrayList<>(registry.keySet());
    }

    /** Subcommand models by name. */
    public Map<String, CommandLine> commands() {
        return commandLine().getSubcommands();
    }

    /** A trailing {@code > FILE} or {@code >> FILE}, taken off the words of a line. */
    record Redirect(Path file, Exporter.Mode mode, Format format, int at) {
        /**
         * For commands that take expressions, {@code > 500} with no file extension is a comparison (filter words >
         * 500), not a redirect.
         */
        static Redirect take(List<ShellWords.Word> words, boolean expression) {
            int n = words.size();
            int i = LineModel.redirectAt(model(words), expression);
            if (i < 0) return null;
            String v = words.get(i).value();
            if (i == n - 1 && (v.equals(">") || v.equals(">>"))) throw new CorpexException("no file named after " + v);
            String target = i == n - 2 ? words.get(n - 1).value() : v.substring(v.startsWith(">>") ? 2 : 1);
            Exporter.Mode mode = v.startsWith(">>") ? Exporter.Mode.APPEND : Exporter.Mode.OVERWRITE;
            Path file = Path.of(UserInput.expandHome(target));
            Format f = Format.fromFileName(file);
            if (f == null) {
                throw new CorpexException("cannot tell the format of '" + target
                        + "' from its extension (use .csv, .tsv, .xlsx, .json, .jsonl or .txt)");
            }
            int at = words.get(i).start();
            words.subList(i, n).clear();
            if (words.isEmpty()) throw new CorpexException("no command before " + v);
            return new Redirect(file, mode, f, at);
        }
    }

    /** The words as the line model sees them. */
    static List<LineModel.Word> model(List<ShellWords.Word> words) {
        List<LineModel.Word> out = new ArrayList<>(words.size());
        for (ShellWords.Word w : words) out.add(new LineModel.Word(w.value(), w.quoted()));
        return out;
    }
}
