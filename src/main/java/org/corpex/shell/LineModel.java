package org.corpex.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.table.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What each word of a command line is, by the one set of rules that running it, completing it and colouring it all
 * follow: the command, an option, an option's value, a positional word, the {@code --} that ends options, or a redirect
 * ({@code > FILE}, {@code >> FILE}, {@code >FILE}).
 */
public final class LineModel {
    private LineModel() {}

    public enum Role {
        COMMAND,
        OPTION,
        OPTION_VALUE,
        END_OF_OPTIONS,
        POSITIONAL,
        REDIRECT
    }

    /** A word as the rules see it: its value (quotes taken off) and whether it was quoted. */
    public record Word(String value, boolean quoted) {}

    /**
     * The role of each word. {@code spec} is the command's model (null when the first word names no command: the rest
     * are positional); {@code expression} is true for commands whose words are an expression, where {@code > 500} with
     * no file extension is a comparison.
     */
    public static List<Role> roles(List<Word> words, CommandSpec spec, boolean expression) {
        List<Role> out = new ArrayList<>(words.size());
        int redirect = redirectAt(words, expression);
        boolean optionsEnded = false;
        OptionSpec pending = null;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String v = w.value();
            if (i == 0) {
                out.add(Role.COMMAND);
                continue;
            }
            if (redirect >= 0 && i >= redirect) {
                out.add(Role.REDIRECT);
                continue;
            }
            if (pending != null) {
                out.add(Role.OPTION_VALUE);
                pending = null;
                continue;
            }
            if (!optionsEnded && !w.quoted() && v.equals("--")) {
                optionsEnded = true;
                out.add(Role.END_OF_OPTIONS);
                continue;
            }
            if (!optionsEnded && !w.quoted() && v.startsWith("-") && v.length() > 1 && spec != null) {
                OptionSpec o = spec.findOption(optionName(v));
                if (o != null) {
                    out.add(Role.OPTION);
                    if (o.arity().max() > 0 && !v.contains("=")) pending = o;
                    continue;
                }
            }
            out.add(Role.POSITIONAL);
        }
        return out;
    }

    /** An option word's name: {@code --limit=3} is {@code --limit}. */
    public static String optionName(String word) {
        int eq = word.indexOf('=');
        return eq > 0 ? word.substring(0, eq) : word;
    }

    /** The option a word names in a command, or null. */
    public static OptionSpec option(CommandSpec spec, String word) {
        return spec == null || !word.startsWith("-") || word.length() < 2 ? null : spec.findOption(optionName(word));
    }

    /**
     * Where a trailing redirect starts, or -1: {@code > FILE} or {@code >> FILE} as the last two words, or
     * {@code >FILE} / {@code >>FILE} as the last. In an expression a {@code >} whose target has no file extension is a
     * comparison ({@code filter words > 500}); a {@code >>} is always a redirect.
     */
    public static int redirectAt(List<Word> words, boolean expression) {
        int n = words.size();
        for (int i = n - 1; i >= 1 && i >= n - 2; i--) {
            Word w = words.get(i);
            if (w.quoted()) continue;
            String v = w.value();
            String target;
            boolean append;
            if ((v.equals(">") || v.equals(">>")) && i == n - 2) {
                target = words.get(n - 1).value();
                append = v.equals(">>");
            } else if ((v.equals(">") || v.equals(">>")) && i == n - 1) {
                return i; // no file yet: still a redirect (running it says the file is missing)
            } else if (i == n - 1 && v.startsWith(">>") && v.length() > 2) {
                target = v.substring(2);
                append = true;
            } else if (i == n - 1 && v.startsWith(">") && v.length() > 1) {
                target = v.substring(1);
                append = false;
            } else {
                continue;
            }
            if (expression && !append && !hasExtension(target)) return -1;
            return i;
        }
        return -1;
    }

    private static boolean hasExtension(String file) {
        return Format.fromFileName(Path.of(file.isEmpty() ? "x" : file)) != null;
    }
}
