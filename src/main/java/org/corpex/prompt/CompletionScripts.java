package org.corpex.prompt;

import org.corpex.table.Format;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the bash, zsh and fish completion scripts for the {@code corpex} command from the
 * picocli model of the command line (corpex's Main), with the same idea of what each argument takes as the prompt's
 * Tab ({@link CommandCompleter#kind}). picocli's own AutoComplete is not used: its bash script
 * turns off file completion for String paths and globs, and its zsh support is bashcompinit,
 * which cannot be autoloaded from fpath; fish it does not do at all (picocli#725).
 *
 * <p>Run {@code main} (or the test with {@code -Dcompletions.update=true}) to rewrite
 * {@code completions/}; a test fails when the checked-in scripts are stale.
 */
public final class CompletionScripts {
    private static final String HEADER = "corpex completion, generated from corpex's command-line model by org.corpex.prompt.CompletionScripts; do not edit.";

    private CompletionScripts() {}

    /** File name in completions/ -> script. */
    public static Map<String, String> all(CommandSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("corpex.bash", bash(spec));
        out.put("_corpex", zsh(spec));
        out.put("corpex.fish", fish(spec));
        return out;
    }

    /** Writes the scripts for the command line {@code spec} into {@code dir}. */
    public static void write(CommandSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : all(spec).entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** What a value is completed with, in shell-neutral terms: files, a word list, or nothing. */
    record Value(boolean files, List<String> words) {
        static Value of(ArgSpec a) {
            return switch (CommandCompleter.kind(a)) {
                case FILES -> new Value(true, List.of());
                case FORMATS -> new Value(false, Arrays.stream(Format.values()).map(Format::toString).toList());
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

    static String bash(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        b.append("# bash ").append(HEADER).append('\n');
        b.append("# Install: scripts/install, or source this file from ~/.bashrc.\n");
        b.append("_corpex() {\n");
        b.append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n");
        b.append("  case $prev in\n");
        List<String> all = new ArrayList<>();
        for (OptionSpec o : options(spec)) {
            all.addAll(Arrays.asList(o.names()));
            if (o.arity().max() == 0) continue;
            Value v = Value.of(o);
            b.append("    ").append(String.join("|", o.names())).append(")\n");
            if (v.files()) {
                b.append("      compopt -o filenames 2>/dev/null\n");
                b.append("      local IFS=$'\\n'; COMPREPLY=( $(compgen -f -- \"$cur\") )\n");
            } else if (!v.words().isEmpty()) {
                b.append("      COMPREPLY=( $(compgen -W '").append(String.join(" ", v.words())).append("' -- \"$cur\") )\n");
            } else {
                b.append("      COMPREPLY=()\n");
            }
            b.append("      return ;;\n");
        }
        b.append("  esac\n");
        b.append("  if [[ $cur == -* ]]; then\n");
        b.append("    COMPREPLY=( $(compgen -W '").append(String.join(" ", all)).append("' -- \"$cur\") )\n");
        b.append("    return\n");
        b.append("  fi\n");
        Value p = positional(spec);
        if (p.files()) {
            b.append("  compopt -o filenames 2>/dev/null\n");
            b.append("  local IFS=$'\\n'; COMPREPLY=( $(compgen -f -- \"$cur\") )\n");
        } else {
            b.append("  COMPREPLY=( $(compgen -W '").append(String.join(" ", p.words())).append("' -- \"$cur\") )\n");
        }
        b.append("}\n");
        b.append("complete -F _corpex corpex\n");
        return b.toString();
    }

    static String zsh(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        b.append("#compdef corpex\n");
        b.append("# zsh ").append(HEADER).append('\n');
        b.append("# Install: scripts/install, or put this file in a folder on $fpath and run compinit.\n\n");
        b.append("_arguments -s -S \\\n");
        for (OptionSpec o : options(spec)) {
            String[] names = o.names();
            boolean repeat = o.isMultiValue();
            String exclusion = repeat ? "'*'" : names.length > 1 ? "'(" + String.join(" ", names) + ")'" : "";
            String nameSpec = names.length > 1 ? "{" + String.join(",", names) + "}" : names[0];
            b.append("  ").append(exclusion).append(nameSpec).append("'[").append(zshText(first(o.description()))).append(']');
            if (o.arity().max() > 0) {
                Value v = Value.of(o);
                b.append(':').append(zshText(o.paramLabel())).append(':').append(zshAction(v));
            }
            b.append("' \\\n");
        }
        PositionalParamSpec pp = spec.positionalParameters().isEmpty() ? null : spec.positionalParameters().get(0);
        if (pp != null) b.append("  '*:").append(zshText(pp.paramLabel())).append(':').append(zshAction(Value.of(pp))).append("'\n");
        else b.append("  && return 0\n");
        return b.toString();
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

    static String fish(CommandSpec spec) {
        StringBuilder b = new StringBuilder();
        b.append("# fish ").append(HEADER).append('\n');
        b.append("# Install: scripts/install, or copy this file to ~/.config/fish/completions/.\n");
        for (OptionSpec o : options(spec)) {
            b.append("complete -c corpex");
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
        Value p = positional(spec);
        if (!p.files() && !p.words().isEmpty()) b.append("complete -c corpex -a ").append(fishQuote(String.join(" ", p.words()))).append('\n');
        return b.toString();
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
