package org.corpex.prompt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.corpex.table.TextTable;
import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;

/**
 * Shows output taller than the screen in JLine's less (space, b, /, n, q); shorter output is printed inline. Less runs
 * on the prompt's own terminal, so no second reader competes for keys.
 */
public final class Pager {
    private Pager() {}

    /** Screen rows {@code text} takes on a terminal {@code width} columns wide (long lines wrap). */
    public static int rows(String text, int width) {
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            int w = TextTable.width(stripAnsi(line));
            rows += width <= 0 || w == 0 ? 1 : (w + width - 1) / width;
        }
        if (text.endsWith("\n")) rows--;
        return rows;
    }

    /** Whether {@code text} needs the pager: taller than the screen less the prompt line. */
    public static boolean tooTall(String text, Terminal terminal) {
        int height = terminal.getHeight();
        return height > 1 && rows(text, terminal.getWidth()) > height - 1;
    }

    public static void page(Terminal terminal, String text) throws IOException, InterruptedException {
        Less less = new Less(terminal, Path.of("").toAbsolutePath());
        less.ignoreCaseCond = true; // like less -i: a lower-case search ignores case
        less.run(new Source.InputStreamSource(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, "corpex"));
    }

    static String stripAnsi(String s) {
        return s.indexOf('\u001B') < 0 ? s : s.replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");
    }
}
