package org.corpex.shell;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.corpex.base.Choice;
import org.corpex.commands.DocsCommand;
import org.corpex.commands.ExportCommand;
import org.corpex.commands.FilterCommand;
import org.corpex.commands.HistoryCommand;
import org.corpex.commands.LoadCommand;
import org.corpex.commands.QuitCommand;
import org.corpex.commands.ResetCommand;
import org.corpex.commands.SetCommand;
import org.corpex.commands.ShowCommand;
import org.corpex.commands.SubcorpusCommand;
import org.corpex.commands.TuiCommand;
import org.corpex.commands.UnfilterCommand;
import org.corpex.compare.CompareCommand;
import org.corpex.compare.DiffCommand;
import org.corpex.compare.DupesCommand;
import org.corpex.compare.FiguresCommand;
import org.corpex.kwic.CollocatesCommand;
import org.corpex.kwic.DispersionCommand;
import org.corpex.kwic.FreqCommand;
import org.corpex.kwic.KwicCommand;
import org.corpex.kwic.NgramsCommand;
import org.corpex.quotes.QuotesCommand;
import org.corpex.session.CorpexCommand;
import org.corpex.time.CountCommand;
import org.corpex.time.KeywordsCommand;
import org.corpex.time.TrendCommand;
import picocli.CommandLine;

/**
 * The one registry of commands. Adding a command is one line here; its picocli annotations give the parser, the usage
 * text, {@code help} and completion.
 */
public final class Commands {
    private Commands() {}

    /** Every command, in the order {@code help} lists them. */
    static List<Supplier<CorpexCommand>> all() {
        return List.of(
                LoadCommand::new,
                DocsCommand::new,
                ShowCommand::new,
                FilterCommand::new,
                UnfilterCommand::new,
                ResetCommand::new,
                ExportCommand::new,
                SubcorpusCommand::new,
                HelpCommand::new,
                SetCommand::new,
                HistoryCommand::new,
                TuiCommand::new,
                QuitCommand::new,
                KwicCommand::new,
                DispersionCommand::new,
                FreqCommand::new,
                CollocatesCommand::new,
                NgramsCommand::new,
                DiffCommand::new,
                DupesCommand::new,
                TrendCommand::new,
                CountCommand::new,
                KeywordsCommand::new,
                FiguresCommand::new,
                CompareCommand::new,
                QuotesCommand::new);
    }

    /**
     * A fresh command tree with every command (picocli command objects hold parsed state, so each shell has its own).
     */
    public static CommandLine commandLine() {
        CommandLine root = root();
        for (Supplier<CorpexCommand> s : all()) root.addSubcommand(configure(new CommandLine(s.get())));
        return root;
    }

    /** The root alone: a shell adds each command to it the first time the command is used. */
    static CommandLine root() {
        return new CommandLine(new Root());
    }

    /** How every command parses: raw words for expression commands, enums in any case, and -h/--help. */
    static CommandLine configure(CommandLine sub) {
        sub.setUnmatchedOptionsArePositionalParams(sub.getCommand() instanceof CorpexCommand.RawArguments);
        sub.setCaseInsensitiveEnumValuesAllowed(true);
        // an option that takes one of a closed set of words reads them one way, and says one thing of a word it does
        // not know
        for (CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
            if (o.type().isEnum() && Choice.class.isAssignableFrom(o.type())) choices(sub, o.type());
        }
        offerWords(sub.getCommandSpec());
        sub.setUsageHelpWidth(100);
        sub.getCommandSpec()
                .addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .description("Show how to use this command.")
                        .build());
        return sub;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choices(CommandLine sub, Class type) {
        sub.registerConverter(type, s -> Choice.of(type, s));
    }

    /**
     * Tab and {@code ${COMPLETION-CANDIDATES}} offer a choice option's words ("document, section or passage"), where
     * picocli would offer its constants' names: the options are put back in their order, those given their words.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void offerWords(CommandLine.Model.CommandSpec spec) {
        List<CommandLine.Model.OptionSpec> options = List.copyOf(spec.options());
        boolean any = false;
        List<CommandLine.Model.OptionSpec> out = new ArrayList<>();
        for (CommandLine.Model.OptionSpec o : options) {
            Class type = o.type();
            if (type.isEnum() && Choice.class.isAssignableFrom(type) && namesOnly(o, type)) {
                out.add(CommandLine.Model.OptionSpec.builder(o)
                        .completionCandidates(Choice.words(type))
                        .build());
                any = true;
            } else {
                out.add(o);
            }
        }
        if (!any) return;
        for (CommandLine.Model.OptionSpec o : options) spec.remove(o);
        for (CommandLine.Model.OptionSpec o : out) spec.addOption(o);
    }

    /** Whether an enum option offers what picocli makes of an enum: its constants' names (none were given). */
    private static boolean namesOnly(CommandLine.Model.OptionSpec o, Class<?> type) {
        Iterable<String> given = o.completionCandidates();
        if (given == null) return true;
        List<String> names = new ArrayList<>();
        for (Object e : type.getEnumConstants()) names.add(String.valueOf(e));
        List<String> got = new ArrayList<>();
        given.forEach(got::add);
        return got.equals(names);
    }

    /** The names a command answers to (its name, then its aliases), read from its annotation. */
    static List<String> names(Class<?> command) {
        CommandLine.Command c = command.getAnnotation(CommandLine.Command.class);
        List<String> out = new ArrayList<>();
        out.add(c.name());
        out.addAll(List.of(c.aliases()));
        return out;
    }

    @CommandLine.Command(
            name = "corpex",
            mixinStandardHelpOptions = false,
            description = "Commands at the corpex prompt, in scripts and after ':' in the full screen.")
    static final class Root {}

    /** Command names, from the registry: what help and the completion of a command name offer. */
    public static final class CommandNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return new TreeSet<>(commandLine().getSubcommands().keySet()).iterator();
        }
    }
}
