package org.corpex.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import org.corpex.base.CorpexException;
import org.corpex.base.Failure;
import org.corpex.base.Memory;
import org.corpex.shell.Printer;
import org.corpex.shell.Shell;
import org.corpex.table.Table;

/**
 * Runs commands from a script, stdin or -c: one a line, # comments and blank lines skipped, no prompt. An error goes to
 * stderr as {@code SOURCE:LINE: message} and the run goes on (unless fail-fast); {@link #failures()} tells the caller
 * what exit status to give.
 */
public final class BatchRunner {
    private final Shell shell;
    private final Printer printer;
    private final PrintStream err;
    private final boolean failFast;
    private int failures;
    private boolean stopped;

    public BatchRunner(Shell shell, Printer printer, PrintStream err, boolean failFast) {
        this.shell = shell;
        this.printer = printer;
        this.err = err;
        this.failFast = failFast;
    }

    /** Runs every line of {@code in}; returns false once the run should stop (quit, or fail-fast after an error). */
    public boolean run(BufferedReader in, String source) throws IOException {
        return run(in, source, null);
    }

    /** Runs every line of a script, its parameters replaced first ({@code params} null: none). */
    public boolean run(BufferedReader in, String source, ScriptParameters params) throws IOException {
        String line;
        int n = 0;
        while (!stopped && (line = in.readLine()) != null) {
            n++;
            if (params != null) {
                int at = n;
                try {
                    line = params.apply(line, w -> err.println(source + ":" + at + ": warning: " + w));
                } catch (CorpexException e) {
                    failures++;
                    err.println(source + ":" + n + ": " + e.getMessage());
                    if (failFast) stopped = true;
                    continue;
                }
            }
            runLine(line, source, n);
        }
        return !stopped;
    }

    /** Runs one line; returns false once the run should stop. */
    public boolean runLine(String line, String source, int lineNumber) {
        if (stopped) return false;
        try {
            Shell.Outcome o = shell.execute(line);
            if (o.fullScreen()) {
                throw new CorpexException(
                        "tui opens the full screen from the interactive prompt; in a script or pipe there is no "
                                + "terminal to give it (run corpex --tui)");
            }
            Table t = printer.text() ? Printer.charted(o.table(), printer.width()) : o.table();
            if (printer.screen()) t = Printer.forScreen(t);
            for (String w : t.warnings()) err.println(source + ":" + lineNumber + ": warning: " + w);
            printer.print(t);
            if (o.quit()) stopped = true;
        } catch (CorpexException e) {
            failures++;
            err.println(source + ":" + lineNumber + ": " + e.getMessage());
            if (!e.detail().isEmpty()) err.println(e.detail().stripTrailing());
            if (failFast) stopped = true;
        } catch (Printer.Closed e) {
            throw e;
        } catch (OutOfMemoryError e) {
            failures++;
            err.println(source + ":" + lineNumber + ": " + Memory.advice());
            if (failFast) stopped = true;
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours, not the user's: say so in one line, keep the run going.
            failures++;
            err.println(source + ":" + lineNumber + ": " + Failure.describe(e));
            if (failFast) stopped = true;
        }
        return !stopped;
    }

    public int failures() {
        return failures;
    }

    public boolean stopped() {
        return stopped;
    }

    /** The exit status for the run so far: 0 when every command succeeded, 1 otherwise. */
    public int exitStatus() {
        return failures == 0 ? 0 : 1;
    }
}
