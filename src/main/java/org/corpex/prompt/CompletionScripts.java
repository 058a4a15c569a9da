package org.corpex.prompt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.corpex.table.Format;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the bash, zsh and fish completion scripts for the {@code corpex} command from the picocli model of the command
 * line (corpex's Main), with the same idea of what each argument takes as the prompt's Tab
 * ({@link CommandCompleter#kind}). picocli's own AutoComplete is not used: its bash script turns off file completion
 * for String paths and globs, and its zsh support is bashcompinit, which cannot be autoloaded from fpath; fish it does
 * not do at all (picocli#725).
 *
 * <p>The {@code corpex index} tool's options are completed after {@code corpex index}.
 *
 * <p>Run the test with {@code -Dcompletions.update=true} to rewrite {@code completions/}; a test fails when the
 * checked-in scripts are stale.
 */
public final class CompletionScripts {
    private static final String HEADER = "corpex completion, generated from corpex's command-line model by "
            + "org.corpex.prompt.CompletionScripts; do not edit.";

    private CompletionScripts() {}

    /**
     * File name in completions/ -> script, for corpex ({@code spec}) and its {@code corpex index} tool ({@code index}).
     */
    public static Map<String, String> all(CommandSpec spec, CommandSpec index) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("corpex.bash", bash(spec, index));
        out.put("_corpex", zsh(spec, index));
        out.put("corpex.fish", fish(spec, index));
        return out;
    }

    /** Writes the scripts into {@code dir}. */
    public static void write(CommandSpec spec, CommandSpec index, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : all(spec, index).entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The word that starts the index tool: {@code corpex index PATH... -o NAME}. */
    static final String INDEX = "index";
    /** The other tools' first words, and what they do; their arguments are files. */
    static final Map<String, String> FILE_TOOLS = new LinkedHashMap<>(Map.of(
            "provenance", "Print how an export was made, and whether its corpus is as it was",
            "replay", "Make an export again from its provenance and compare the rows"));

    /** What a value is completed with, in shell-neutral terms: files, a word list, or nothing. */
    record Value(boolean files, List<String> words) {
        static Value of(ArgSpec a) {
            return switch (CommandCompleter.kind(a)) {
                case FILES -> new Value(true, List.of());
                // The command line's --format prints to stdout: the formats a stream takes (an .xlsx is a file).
                case FORMATS ->
                    new Value(
                            false,
                            Arrays.stream(Format.values())
                                    .filter(f -> f != Format.XLSX)
                                    .map(Format::toString)
                                    .toList());
                // -c takes a whole command line; listing command names here would make the
                // scripts stale each time a command is added.
                case FIXED -> new Value(false, list(a.completionCandidates()));
                default -> new Value(false, List.of());
            };
        }

        private static List<String> list(Iterable<String> it) {
            List<String> l = new ArrayList<>();
            it.forEach(l::add);
            return l;
        }
    }

    private static List<OptionSpec> options(CommandSpec spec) {
        return spec.options().stream().filter(o -> !o.hidden()).toList();
    }

    private static Value positional(CommandSpec spec) {
        for (PositionalParamSpec p : spec.positionalParameters()) return Value.of(p);
        return new Value(false, List.of());
    }

    static String bash(CommandSpec spec, CommandSpec index) {
        StringBuilder b = new StringBuilder();
        b.append("# bash ").append(HEADER).append('\n');
        b.append("# Install: scripts/install, or source this file from ~/.bashrc.\n");
        b.append("_corpex() {\n");
        b.append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n");
        b.append("  # corpex index ...: the index tool's options\n");
        b.append("  if [[ ${COMP_WORDS[1]} == ").append(INDEX).append(" && $COMP_CWORD -gt 1 ]]; then\n");
        bashBody(b, index, "    ", null);
        b.append("    return\n");
        b.append("  fi\n");
        bashBody(b, spec, "  ", INDEX + " " + String.join(" ", new TreeSet<>(FILE_TOOLS.keySet())));
        b.append("}\n");
        b.append("complete -F _corpex corpex\n");
        return b.toString();
    }

    /** The case on the previous word, options, then positionals; {@code first} is also offered as the first word. */
    private static void bashBody(StringBuilder b, CommandSpec spec, String in, String first) {
        b.append(in).append("case $prev in\n");
        List<String> all = new ArrayList<>();
        for (OptionSpec o : options(spec)) {
            all.addAll(Arrays.asList(o.names()));
            if (o.arity().max() == 0) continue;
            Value v = Value.of(o);
            b.append(in).append("  ").append(String.join("|", o.names())).append(")\n");
            if (v.files()) {
                b.append(in).append("    compopt -o filenames 2>/dev/null\n");
                b.append(in).append("    local IFS=$'\\n'; COMPREPLY=( $(compgen -f -- \"$cur\") )\n");
            } else if (!v.words().isEmpty()) {
                b.append(in)
                        .append("    COMPREPLY=( $(compgen -W '")
                        .append(String.join(" ", v.words()))
                        .append("' -- \"$cur\") )\n");
            } else {
                b.append(in).append("    COMPREPLY=()\n");
            }
            b.append(in).append("    return ;;\n");
        }
        b.append(in).append("esac\n");
        b.append(in).append("if [[ $cur == -* ]]; then\n");
        b.append(in)
                .append("  COMPREPLY=( $(compgen -W '")
                .append(String.join(" ", all))
                .append("' -- \"$cur\") )\n");
        b.append(in).append("  return\n");
        b.append(in).append("fi\n");
        Value p = positional(spec);
        if (p.files()) {
            b.append(in).append("compopt -o filenames 2>/dev/null\n");
            b.append(in).append("local IFS=$'\\n'; COMPREPLY=( $(compgen -f -- \"$cur\") )\n");
        } else {
            b.append(in)
                    .append("COMPREPLY=( $(compgen -W '")
                    .append(String.join(" ", p.words()))
                    .append("' -- \"$cur\") )\n");
        }
        // (IFS is a line break above, for file names: the tools' words are split on spaces.)
        if (first != null)
            b.append(in)
                    .append("[[ $COMP_CWORD -eq 1 ]] && COMPREPLY+=( $(IFS=' '; compgen -W '")
                    .append(first)
                    .append("' -- \"$cur\") )\n");
    }

    static String zsh(CommandSpec spec, CommandSpec index) {
        StringBuilder b = new StringBuilder();
        b.append("#compdef corpex\n");
        b.append("# zsh ").append(HEADER).append('\n');
        b.append("# Install: scripts/install, or put this file in a folder on $fpath and run compinit.\n\n");
        b.append("# corpex index ...: the index tool's options, its words as if it were the command.\n");
        b.append("if (( CURRENT > 2 )) && [[ ${words[2]} == ").append(INDEX).append(" ]]; then\n");
        b.append("  shift words; (( CURRENT-- ))\n");
        zshArguments(b, index, "  ", false);
        b.append("  return\n");
        b.append("fi\n");
        b.append("# The first word may also be the index tool.\n");
        b.append("_corpex_paths() { (( CURRENT == 2 )) && compadd -- ")
                .append(INDEX)
                .append(' ')
                .append(String.join(" ", new TreeSet<>(FILE_TOOLS.keySet())))
                .append("; _files }\n");
        zshArguments(b, spec, "", true);
        return b.toString();
    }

    private static void zshArguments(StringBuilder b, CommandSpec spec, String in, boolean orIndex) {
        b.append(in).append("_arguments -s -S \\\n");
        for (OptionSpec o : options(spec)) {
            String[] names = o.names();
            boolean repeat = o.isMultiValue();
            String exclusion = repeat ? "'*'" : names.length > 1 ? "'(" + String.join(" ", names) + ")'" : "";
            String nameSpec = names.length > 1 ? "{" + String.join(",", names) + "}" : names[0];
            b.append(in)
                    .append("  ")
                    .append(exclusion)
                    .append(nameSpec)
                    .append("'[")
                    .append(zshText(first(o.description())))
                    .append(']');
            if (o.arity().max() > 0) {
                Value v = Value.of(o);
                b.append(':').append(zshText(o.paramLabel())).append(':').append(zshAction(v));
            }
            b.append("' \\\n");
        }
        PositionalParamSpec pp = spec.positionalParameters().isEmpty()
                ? null
                : spec.positionalParameters().get(0);
        if (pp != null) {
            Value v = Value.of(pp);
            String action = orIndex && v.files() ? "_corpex_paths" : zshAction(v);
            b.append(in)
                    .append("  '*:")
                    .append(zshText(pp.paramLabel()))
                    .append(':')
                    .append(action)
                    .append("'\n");
        } else {
            b.append(in).append("  && return 0\n");
        }
    }

    private static String zshAction(Value v) {
        if (v.files()) return "_files";
        if (v.words().isEmpty()) return " ";
        return "(" + String.join(" ", v.words()) + ")";
    }

    /** Text inside '...[text]' of an _arguments spec. */
    private static String zshText(String s) {
        return s.replace("'", "'\\''").replace("[", "(").replace("]", ")").replace(":", "\\:");
    }

    static String fish(CommandSpec spec, CommandSpec index) {
        StringBuilder b = new StringBuilder();
        b.append("# fish ").append(HEADER).append('\n');
        b.append("# Install: scripts/install, or copy this file to ~/.config/fish/completions/.\n");
        String session = " -n 'not __fish_seen_subcommand_from " + INDEX + "'";
        fishOptions(b, spec, session);
        Value p = positional(spec);
        if (!p.files() && !p.words().isEmpty())
            b.append("complete -c corpex")
                    .append(session)
                    .append(" -a ")
                    .append(fishQuote(String.join(" ", p.words())))
                    .append('\n');
        b.append("complete -c corpex -n '__fish_use_subcommand' -a ")
                .append(INDEX)
                .append(" -d ")
                .append(fishQuote(first(index.usageMessage().description())))
                .append('\n');
        fishOptions(b, index, " -n '__fish_seen_subcommand_from " + INDEX + "'");
        for (String tool : new TreeSet<>(FILE_TOOLS.keySet())) {
            b.append("complete -c corpex -n '__fish_use_subcommand' -a ")
                    .append(tool)
                    .append(" -d ")
                    .append(fishQuote(FILE_TOOLS.get(tool)))
                    .append('\n');
        }
        return b.toString();
    }

    private static void fishOptions(StringBuilder b, CommandSpec spec, String condition) {
        for (OptionSpec o : options(spec)) {
            b.append("complete -c corpex").append(condition);
            for (String n : o.names()) {
                if (n.startsWith("--")) b.append(" -l ").append(n.substring(2));
                else b.append(" -s ").append(n.substring(1));
            }
            if (o.arity().max() > 0) {
                Value v = Value.of(o);
                if (v.files()) b.append(" -r -F");
                else if (!v.words().isEmpty()) b.append(" -x -a ").append(fishQuote(String.join(" ", v.words())));
                else b.append(" -x");
            }
            b.append(" -d ").append(fishQuote(first(o.description()))).append('\n');
        }
    }

    private static String fishQuote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String first(String[] description) {
        if (description.length == 0) return "";
        String d = description[0];
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }
}
