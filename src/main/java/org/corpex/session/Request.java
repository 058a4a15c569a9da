package org.corpex.session;

import java.util.ArrayList;
import java.util.List;

/**
 * A command as a front end asks for it: its name, its options with their values as separate words, its positional
 * arguments (a document id), and, for a command that reads a query or an expression
 * ({@link CorpexCommand.RawArguments}), that text as the user typed it. Screens build these (through the commands' own
 * factories, such as {@code KwicCommand.request}) instead of gluing command lines together; the shell runs their words
 * as they are, and {@link #line()} is how one is written in the history and in an export's provenance, quoted as the
 * shell splits words, so that a replay reads back the same request.
 */
public record Request(String command, List<String> options, List<String> arguments, String text) {
    public Request {
        if (command == null || command.isBlank() || command.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a command name is one word: '" + command + "'");
        }
        options = List.copyOf(options);
        arguments = List.copyOf(arguments);
        text = text == null ? "" : text.strip();
    }

    /** A command with no options and no text: {@code Request.of("docs")}. */
    public static Request of(String command) {
        return new Request(command, List.of(), List.of(), "");
    }

    /** This request with an option and its value added ({@code --where EXPR}). */
    public Request with(String option, String value) {
        List<String> o = new ArrayList<>(options);
        o.add(option);
        o.add(value);
        return new Request(command, o, arguments, text);
    }

    /** This request with a flag added when {@code on} ({@code --case}). */
    public Request flag(String option, boolean on) {
        if (!on) return this;
        List<String> o = new ArrayList<>(options);
        o.add(option);
        return new Request(command, o, arguments, text);
    }

    /** This request with a positional argument added (a document id): one word, whatever it holds. */
    public Request argument(String value) {
        List<String> a = new ArrayList<>(arguments);
        a.add(value);
        return new Request(command, options, a, text);
    }

    /** This request with its query or expression. */
    public Request text(String typed) {
        return new Request(command, options, arguments, typed);
    }

    /**
     * The words the command's parser gets: the options, then, after {@code --} (so that an id or a text that starts
     * with a dash is no option), the arguments and the text, the text as one word.
     */
    public List<String> words() {
        List<String> w = new ArrayList<>(options);
        if (!arguments.isEmpty() || !text.isEmpty()) w.add("--");
        w.addAll(arguments);
        if (!text.isEmpty()) w.add(text);
        return w;
    }

    /**
     * The line the shell reads as this request: options and arguments quoted where they must be, the text as typed,
     * with {@code --} before them where an option could be read into them.
     */
    public String line() {
        StringBuilder b = new StringBuilder(command);
        for (String o : options) b.append(' ').append(quote(o));
        boolean dashes = arguments.stream().anyMatch(a -> a.startsWith("-"))
                || !text.isEmpty() && (!options.isEmpty() || text.startsWith("-"));
        if (dashes) b.append(" --");
        for (String a : arguments) b.append(' ').append(quote(a));
        if (!text.isEmpty()) b.append(' ').append(text);
        return b.toString();
    }
    /** A word as the shell's splitting gives it back: bare when it can be, else in single quotes. */
    public static String quote(String s) {
        if (!s.isEmpty()
                && s.chars()
                        .noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '>'))
            return s;
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
