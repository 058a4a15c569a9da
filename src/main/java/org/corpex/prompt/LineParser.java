package org.corpex.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpex.shell.ShellWords;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * The prompt's view of a line being typed, for completion and highlighting only. It splits with
 * {@link ShellWords#scan}, as commands are split (quotes group, a backslash escapes a quote, a space or a backslash,
 * and is kept before anything else), but never fails: an open quote just runs to the end of the line. The accepted line
 * goes to {@code Shell.execute} exactly as typed (JLine's DefaultParser would strip backslashes from regexes and ask
 * for more lines on an open quote).
 */
public final class LineParser implements Parser {
    /**
     * The commands whose words reach them raw, quotes kept: filter, kwic... (their values are quoted, not backslashed).
     */
    private final Predicate<String> rawCommand;

    public LineParser() {
        this(name -> false);
    }

    /** @param rawCommand true for a command name whose arguments go to a query or filter parser as typed */
    public LineParser(Predicate<String> rawCommand) {
        this.rawCommand = rawCommand;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        Parsed p = parsed(line, cursor);
        return p.index > 0 && rawCommand.test(p.words.get(0)) ? p.raw() : p;
    }

    /** Never treats a character as an escape for JLine's own purposes: Words does the splitting. */
    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    public static Parsed parsed(String line, int cursor) {
        List<ShellWords.Scanned> all = ShellWords.scan(line);
        List<String> words = new ArrayList<>();
        int index = -1;
        ShellWords.Scanned current = null;
        for (ShellWords.Scanned t : all) {
            if (index < 0 && cursor >= t.start() && cursor <= t.end()) {
                index = words.size();
                current = t;
            }
            if (index < 0 && t.start() > cursor) {
                index = words.size();
                words.add("");
            }
            words.add(t.value());
        }
        if (index < 0) {
            index = words.size();
            words.add("");
        }
        // The word up to the cursor: what candidates must start with.
        String prefix = "";
        int rawStart = cursor;
        char open = 0;
        if (current != null) {
            ShellWords.Scanned head = ShellWords.scan(line.substring(current.start(), cursor)).stream()
                    .findFirst()
                    .orElse(null);
            prefix = head == null ? "" : head.value();
            open = head == null ? 0 : head.openQuote();
            rawStart = current.start();
        }
        words.set(index, prefix);
        return new Parsed(line, cursor, words, index, prefix, cursor - rawStart, open);
    }

    /** A line split for completion; the word at the cursor is the part before the cursor. */
    public static final class Parsed implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final List<String> words;
        private final int index;
        private final String word;
        private final int rawCursor;
        private final char openQuote;
        private final boolean raw;

        Parsed(String line, int cursor, List<String> words, int index, String word, int rawCursor, char openQuote) {
            this(line, cursor, words, index, word, rawCursor, openQuote, false);
        }

        private Parsed(
                String line,
                int cursor,
                List<String> words,
                int index,
                String word,
                int rawCursor,
                char openQuote,
                boolean raw) {
            this.line = line;
            this.cursor = cursor;
            this.words = List.copyOf(words);
            this.index = index;
            this.word = word;
            this.rawCursor = rawCursor;
            this.openQuote = openQuote;
            this.raw = raw;
        }

        /** The same line, its word an argument of a command that reads words as typed (a filter expression). */
        public Parsed raw() {
            return new Parsed(line, cursor, words, index, word, rawCursor, openQuote, true);
        }

        @Override
        public String word() {
            return word;
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return index;
        }

        @Override
        public List<String> words() {
            return words;
        }

        @Override
        public String line() {
            return line;
        }

        @Override
        public int cursor() {
            return cursor;
        }

        @Override
        public int rawWordCursor() {
            return rawCursor;
        }

        @Override
        public int rawWordLength() {
            return rawCursor;
        }

        /**
         * Writes a candidate back so that Words reads it as one word again; in a filter or a query, so that the filter
         * reads it as one value: {@code party:"national union"}, which matches, not {@code party:national\ union},
         * which the filter would take as two words.
         */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            String s = candidate.toString();
            if (raw) return quotedValue(s, complete);
            if (openQuote != 0) {
                String inner =
                        openQuote == '"' ? s.replace("\\", "\\\\").replace("\"", "\\\"") : s.replace("'", "'\"'\"'");
                return openQuote + inner + (complete ? String.valueOf(openQuote) : "");
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '"' || c == '\'') b.append('\\');
                b.append(c);
            }
            return b.toString();
        }

        /** Operators and brackets glued in front, then a field and its : or = (or nothing), then the value. */
        private static final Pattern HEAD =
                Pattern.compile("([(\\-]*(?:[\\p{L}\\p{N}_.]+(?:[:=]|[<>!]=?))?)(.*)", Pattern.DOTALL);

        /** A filter value in the quotes the filter language reads: bare when it can be, else in double quotes. */
        private String quotedValue(String s, boolean complete) {
            Matcher m = HEAD.matcher(s);
            if (!m.matches()) return s;
            String head = m.group(1), value = m.group(2);
            boolean plain =
                    value.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\');
            if (plain && openQuote == 0) return s;
            char q = value.indexOf('"') >= 0 && value.indexOf('\'') < 0 ? '\'' : '"';
            String inner = q == '"' ? value.replace("\\", "\\\\").replace("\"", "\\\"") : value;
            return head + q + inner + (complete ? String.valueOf(q) : "");
        }
    }
}
