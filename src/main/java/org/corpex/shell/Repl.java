package org.corpex.shell;

import org.corpex.CorpexException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.PrintStream;

/** The interactive prompt. */
public final class Repl {
    private final Shell shell;
    private final PrintStream err;

    public Repl(Shell shell, PrintStream err) {
        this.shell = shell;
        this.err = err;
    }

    public int run() throws IOException {
        Session s = shell.session();
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
            PrintStream out = new PrintStream(terminal.output(), true, java.nio.charset.StandardCharsets.UTF_8);
            Printer printer = new Printer(out, s.settings());
            while (true) {
                String line;
                try {
                    line = reader.readLine("corpex " + s.selectionSize() + "/" + s.corpus().size() + "> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                s.settings().width = terminal.getWidth() > 0 ? terminal.getWidth() : s.settings().width;
                try {
                    Shell.Outcome o = shell.execute(line);
                    for (String w : o.table().warnings()) out.println("warning: " + w);
                    printer.print(o.table());
                    if (o.quit()) return 0;
                } catch (CorpexException e) {
                    out.println("error: " + e.getMessage());
                    if (!e.detail().isEmpty()) out.println(e.detail().stripTrailing());
                }
            }
        }
    }
}
