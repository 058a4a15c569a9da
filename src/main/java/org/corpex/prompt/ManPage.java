package org.corpex.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual page {@code man/corpex.1}, in troff's man macros, written from the same picocli models as {@code --help},
 * the prompt's {@code help} and the completion scripts: corpex's own command line, the {@code corpex index} tool, and
 * every command of the session language. So the page cannot drift from the program; a test fails when the checked-in
 * page is stale.
 */
public final class ManPage {
    private ManPage() {}

    /**
     * The page. {@code main} is corpex's command line, {@code tools} those of the tools it runs instead of a session
     * ({@code corpex index}, ...), {@code commands} the session's commands by name, in the order {@code help} lists
     * them.
     */
    public static String of(CommandSpec main, Map<String, CommandSpec> tools, Map<String, CommandLine> commands) {
        StringBuilder b = new StringBuilder();
        b.append(".\\\" Generated from corpex's command-line models (ManPage in the sources); do not edit.\n");
        b.append(".TH CORPEX 1 \"\" \"corpex\" \"User Commands\"\n");
        b.append(".SH NAME\ncorpex \\- ")
                .append(text(first(main.usageMessage().description())))
                .append('\n');
        b.append(".SH SYNOPSIS\n");
        b.append(".B corpex\n").append(text(synopsisOf(main))).append('\n');
        for (Map.Entry<String, CommandSpec> t : tools.entrySet()) {
            b.append(".br\n.B corpex ")
                    .append(text(t.getKey()))
                    .append('\n')
                    .append(text(synopsisOf(t.getValue())))
                    .append('\n');
        }
        b.append(".SH DESCRIPTION\n");
        for (String d : main.usageMessage().description()) b.append(text(d)).append('\n');
        b.append(".PP\nAt the prompt, in a script (\\fB\\-f\\fR, \\fB\\-c\\fR or standard input) and in "
                        + "the full screen ")
                .append("(\\fB\\-\\-tui\\fR), corpex reads the commands of its session language, listed under "
                        + "COMMANDS. ")
                .append("A command's table can be written to a file with \\fB> FILE\\fR or appended with \\fB>> "
                        + "FILE\\fR.\n");
        b.append(".SH OPTIONS\n");
        arguments(b, main);
        b.append(".SH TOOLS\nWhat corpex runs instead of a session when its first word names it.\n");
        for (Map.Entry<String, CommandSpec> t : tools.entrySet()) {
            b.append(".SS corpex ").append(text(t.getKey())).append('\n');
            for (String d : t.getValue().usageMessage().description())
                b.append(".PP\n").append(text(d)).append('\n');
            arguments(b, t.getValue());
        }
        b.append(".SH COMMANDS\n");
        for (Map.Entry<String, CommandLine> e : commands.entrySet()) {
            CommandSpec c = e.getValue().getCommandSpec();
            if (!c.name().equals(e.getKey())) continue; // an alias: listed under its command
            b.append(".SS ").append(text(e.getKey()));
            if (c.aliases().length > 0)
                b.append(" (also ").append(text(String.join(", ", c.aliases()))).append(')');
            b.append('\n');
            b.append(".B ")
                    .append(text(e.getKey()))
                    .append('\n')
                    .append(text(synopsisOf(c)))
                    .append('\n');
            for (String d : c.usageMessage().description())
                b.append(".PP\n").append(text(d)).append('\n');
            arguments(b, c);
        }
        for (String f : main.usageMessage().footer()) {
            if (f.startsWith("Exit status:"))
                b.append(".SH EXIT STATUS\n")
                        .append(text(f.substring("Exit status:".length()).strip()))
                        .append('\n');
        }
        b.append(".SH SEE ALSO\nThe README and the pages of docs/ in corpex's sources; \\fBhelp\\fR at the prompt.\n");
        return b.toString();
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    /** "[-h] [--format=FORMAT] [PATH...]": picocli's own synopsis without the command's name. */
    private static String synopsisOf(CommandSpec spec) {
        String s = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0)
                .strip();
        String name = spec.qualifiedName().strip();
        if (s.startsWith(name)) s = s.substring(name.length()).strip();
        else if (s.startsWith(spec.name()))
            s = s.substring(spec.name().length()).strip();
        return s.replaceAll("\\s+", " ");
    }

    private static void arguments(StringBuilder b, CommandSpec spec) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden()) continue;
            b.append(".TP\n.I ")
                    .append(text(p.paramLabel()))
                    .append('\n')
                    .append(text(String.join(" ", p.description())))
                    .append('\n');
        }
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            List<String> names = new ArrayList<>();
            for (String n : o.names()) names.add("\\fB" + text(n) + "\\fR");
            String label =
                    o.typeInfo().isBoolean() || o.arity().max() == 0 ? "" : " \\fI" + text(o.paramLabel()) + "\\fR";
            b.append(".TP\n")
                    .append(String.join(", ", names))
                    .append(label)
                    .append('\n')
                    .append(text(String.join(" ", o.description())
                            .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()))))
                    .append('\n');
        }
    }

    /**
     * Text as troff reads it: backslashes escaped, hyphens as minus signs, no line opening with a control character,
     * ASCII only.
     */
    static String text(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (out.length() > 0) out.append('\n');
            if (line.startsWith(".") || line.startsWith("'")) out.append("\\&");
            // troff reads bytes: every other character as its Unicode name, as preconv would write it
            line.codePoints().forEach(cp -> {
                if (cp < 128) out.appendCodePoint(cp);
                else out.append(String.format(Locale.ROOT, "\\[u%04X]", cp));
            });
        }
        return out.toString();
    }
}
