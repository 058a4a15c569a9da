package org.corpex.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.corpex.session.CorpexCommand;
import org.corpex.shell.LineModel;
import org.corpex.shell.Shell;
import org.corpex.shell.ShellWords;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine;

/**
 * Colours the line as it is typed, from the same model that parses it: a known command, its known options, quoted
 * strings and redirects each get a colour, and a first word that no command starts with shows in the error colour
 * before Enter is pressed. Plain when colour is off.
 */
public final class CommandHighlighter implements Highlighter {
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle QUOTED = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle REDIRECT = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle ERROR = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);

    private final Shell shell;
    private final BooleanSupplier color;

    public CommandHighlighter(Shell shell, BooleanSupplier color) {
        this.shell = shell;
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    public AttributedString highlight(String buffer) {
        if (!color.getAsBoolean()) return new AttributedString(buffer);
        AttributedStringBuilder b = new AttributedStringBuilder();
        if (buffer.stripLeading().startsWith("#"))
            return b.styled(COMMENT, buffer).toAttributedString();
        List<ShellWords.Scanned> tokens = ShellWords.scan(buffer);
        CommandLine cmd =
                tokens.isEmpty() ? null : shell.commands().get(tokens.get(0).value());
        boolean expression = cmd != null && cmd.getCommand() instanceof CorpexCommand.RawArguments;
        List<LineModel.Word> model = new ArrayList<>();
        for (ShellWords.Scanned t : tokens) model.add(new LineModel.Word(t.value(), t.quoted()));
        // The same roles the shell runs the line by: "filter words > 500" has no redirect in it.
        List<LineModel.Role> roles = LineModel.roles(model, cmd == null ? null : cmd.getCommandSpec(), expression);
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            ShellWords.Scanned t = tokens.get(i);
            b.append(buffer.substring(pos, t.start()));
            String raw = buffer.substring(t.start(), t.end());
            AttributedStyle style = AttributedStyle.DEFAULT;
            LineModel.Role role = roles.get(i);
            if (i == 0) {
                if (cmd != null) style = COMMAND;
                else if (shell.commands().keySet().stream().noneMatch(n -> n.startsWith(t.value()))) style = ERROR;
            } else if (role == LineModel.Role.REDIRECT) {
                style = REDIRECT;
            } else if (role == LineModel.Role.OPTION) {
                style = OPTION;
            } else if (t.quoted() || t.openQuote() != 0) {
                b.append(quotedParts(raw));
                pos = t.end();
                continue;
            }
            b.styled(style, raw);
            pos = t.end();
        }
        b.append(buffer.substring(pos));
        return b.toAttributedString();
    }

    /** A word with quoted parts ({@code title:"cloud computing"}): the quotes and what they hold in green. */
    private static AttributedString quotedParts(String raw) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < raw.length() && raw.charAt(j) != c) j += raw.charAt(j) == '\\' && c == '"' ? 2 : 1;
                int end = Math.min(raw.length(), j + 1);
                b.styled(QUOTED, raw.substring(i, end));
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toAttributedString();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {}

    @Override
    public void setErrorIndex(int errorIndex) {}
}
