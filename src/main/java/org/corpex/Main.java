package org.corpex;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.base.Memory;
import org.corpex.batch.BatchRunner;
import org.corpex.batch.ScriptParameters;
import org.corpex.commands.FieldOptions;
import org.corpex.corpus.load.LoadProgress;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.prompt.Repl;
import org.corpex.session.Session;
import org.corpex.shell.Printer;
import org.corpex.shell.ProgressLine;
import org.corpex.shell.Shell;
import org.corpex.shell.TerminalInfo;
import org.corpex.solr.Stores;
import org.corpex.store.StoredIndex;
import org.corpex.table.Display;
import org.corpex.table.Format;
import org.corpex.tui.FullScreen;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads the command line, loads the corpus and hands over to the batch runner or the prompt. */
@Command(
        name = "corpex",
        mixinStandardHelpOptions = true,
        subcommands = {IndexCommand.class, ProvenanceTools.Show.class, ProvenanceTools.Replay.class},
        versionProvider = Main.Version.class,
        usageHelpWidth = 100,
        description = {
            "A terminal explorer for corpora of news articles.",
            "With no PATH, explores the bundled seeds corpus. Reads commands from stdin when it is not a terminal."
        },
        footer = {
            "",
            "Exit status: 0 all commands succeeded, 1 a command failed, 2 usage error.",
            "Type 'help' at the prompt, or run: corpex -c help",
            "Build an on-disk index of a large corpus with: corpex index PATH... -o NAME (then: corpex NAME)",
            "How an export was made: corpex provenance FILE; make it again and compare: corpex replay FILE"
        })
public final class Main implements Callable<Integer> {

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "Files, folders or globs to load (default: the bundled seeds/); or an index built by 'corpex "
                    + "index'," + " or a collection: solr://HOST:PORT/COLLECTION, solrs://..., "
                    + "zk://HOST:PORT/CHROOT/COLLECTION.")
    List<String> paths = new ArrayList<>();

    @Option(
            names = {"-c", "--command"},
            paramLabel = "CMD",
            description = "Run CMD and exit; repeatable, run in order.")
    List<String> commands = new ArrayList<>();

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "Run the commands in FILE, one a line, and exit.")
    String script;

    @Option(
            names = {"-a", "--arg"},
            paramLabel = "VALUE",
            description = "A value for the -f script's $1, $2... (repeatable, in order).")
    List<String> scriptArgs = new ArrayList<>();

    @Option(
            names = {"-p", "--param"},
            paramLabel = "NAME=VALUE",
            description = "A value for the -f script's ${NAME} (repeatable; else the environment's NAME, else "
                    + "${NAME:-default}).")
    Map<String, String> scriptParams = new LinkedHashMap<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Output format for tables: text, csv, tsv, json, jsonl (default text).")
    String format;

    @Option(names = "--fail-fast", description = "Stop at the first command that fails.")
    boolean failFast;

    @Option(
            names = "--tui",
            description = "Open the full-screen explorer (needs a terminal; 'tui' at the prompt does the same).")
    boolean tui;

    @Option(names = "--no-color", description = "No colour (NO_COLOR and TERM=dumb do the same).")
    boolean noColor;

    @Mixin
    FieldOptions fields = new FieldOptions();

    private final PrintStream out = Printer.utf8(FileDescriptor.out);
    /** stderr itself: only corpex's own control output (the progress line) goes here unescaped. */
    private final PrintStream rawErr = Printer.utf8(FileDescriptor.err);

    private final PrintStream err = Display.messages(rawErr);

    public static void main(String[] args) {
        // corpex --version and corpex --help build no command line: the one reads the jar's manifest, the other prints
        // the usage picocli renders, kept beside the classes when they are built (UsageTextTest keeps the two the same)
        if (args.length == 1) {
            String quick = Usage.quick(args[0]);
            if (quick != null) {
                Usage.print(quick);
                return; // status 0; not System.exit, which looks up a logger in every jar of the class path (JDK 21 on)
            }
        }
        System.exit(run(args));
    }

    /** The status when standard output was closed under corpex, as a process ended by SIGPIPE has. */
    public static final int OUTPUT_CLOSED = 141;

    /** Runs corpex as a process would, returning the exit status. */
    public static int run(String[] args) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(main.out, true));
        cl.setErr(new PrintWriter(main.err, true));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof Printer.Closed) return OUTPUT_CLOSED; // quietly: the reader has what it wanted
            if (e instanceof CorpexException ce) {
                main.err.println("corpex: " + ce.getMessage());
                if (!ce.detail().isEmpty()) main.err.println(ce.detail().stripTrailing());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }

    /**
     * The tools corpex runs instead of a session (corpex index, provenance, replay), its subcommands, and their command
     * lines: for the manual page.
     */
    public static Map<String, CommandLine.Model.CommandSpec> toolSpecs() {
        Map<String, CommandLine.Model.CommandSpec> out = new LinkedHashMap<>();
        for (Map.Entry<String, CommandLine> e :
                new CommandLine(new Main()).getSubcommands().entrySet()) {
            out.put(e.getKey(), e.getValue().getCommandSpec());
        }
        return out;
    }

    /** The model of {@code corpex index}'s command line: for the shell completion scripts. */
    public static CommandLine.Model.CommandSpec indexSpec() {
        return toolSpecs().get("index");
    }

    @Override
    public Integer call() throws IOException {
        try {
            return session();
        } catch (OutOfMemoryError e) {
            err.println("corpex: "
                    + Memory.advice(paths.isEmpty() ? List.of(seedsFolder().toString()) : paths));
            return 1;
        }
    }

    private int session() throws IOException {
        TerminalInfo tty = TerminalInfo.detect(System.getenv(), noColor);
        Format chosen;
        try {
            chosen = format == null ? Format.TEXT : Format.parse(format);
        } catch (Choice.Unknown e) {
            err.println("corpex: --format " + e.getMessage());
            return 2;
        } catch (CorpexException e) {
            err.println("corpex: --format: " + e.getMessage());
            return 2;
        }
        if (script != null) {
            Path sp = Path.of(script);
            String problem = Files.isDirectory(sp)
                    ? "is a folder, not a file of commands"
                    : !Files.exists(sp)
                            ? "does not exist"
                            : !Files.isReadable(sp) ? "cannot be read (permission denied)" : null;
            if (problem != null) {
                err.println("corpex: -f " + script + ": " + problem);
                return 2;
            }
        }
        if (script == null && (!scriptArgs.isEmpty() || !scriptParams.isEmpty())) {
            err.println("corpex: --arg and --param give values to a script's parameters; they go with -f FILE");
            return 2;
        }
        boolean stdinClosed = "1".equals(System.getenv("CORPEX_STDIN_CLOSED"));
        if (stdinClosed && commands.isEmpty() && script == null && !tui) {
            err.println("corpex: standard input is closed, so there are no commands to read; give them with -c or -f");
            return 2;
        }
        if (tui && (!commands.isEmpty() || script != null)) {
            err.println(
                    "corpex: --tui cannot be combined with -c or -f (run commands with ':' inside the full screen)");
            return 2;
        }
        if (tui && !(tty.stdinTty() && tty.stdoutTty())) {
            err.println("corpex: --tui needs a terminal on stdin and stdout");
            return 2;
        }
        Session.Settings settings = new Session.Settings();
        settings.format = chosen;
        settings.color = tty.color();
        settings.width = tty.width();
        settings.screen = tty.stdoutTty();
        Session session = new Session(settings);

        List<String> specs = paths.isEmpty() ? List.of(shown(seedsFolder())) : paths;
        String summary;
        StoredIndex.Opened opened = Stores.openIfStored(specs);
        if (opened != null) {
            for (String w : opened.warnings()) err.println("corpex: warning: " + w);
            session.setCorpus(opened.corpus());
            summary = opened.summary();
        } else {
            LoadProgress progress = new LoadProgress(specs);
            LoadReport report;
            Corpus corpus = null;
            try (ProgressLine.Ticker ticker = ProgressLine.Ticker.start(
                    "1".equals(System.getenv("CORPEX_STDERR_TTY")) ? new ProgressLine(rawErr) : null, progress::line)) {
                report = Loader.load(specs, fields.toFieldNames(), progress);
                progress.indexing(report.documents().size());
                if (!report.documents().isEmpty())
                    corpus = Corpus.of(report.documents(), report.fingerprint(specs, fields.toFieldNames()));
            }
            for (String w : report.warnings()) err.println("corpex: warning: " + w);
            if (corpus == null) {
                err.println("corpex: no documents loaded from " + String.join(" ", specs));
                return 1;
            }
            session.setCorpus(corpus);
            summary = report.summary();
        }
        Shell shell = new Shell(session);

        if (tui) {
            settings.interactive = true;
            return FullScreen.run(shell);
        }
        boolean batch = !commands.isEmpty() || script != null || !tty.stdinTty();
        if (!batch) {
            settings.interactive = true;
            return new Repl(shell, System.getenv())
                    .withFullScreen(FullScreen::run)
                    .run(summary + ". Type 'help' for commands, Tab to complete, Ctrl-D to leave.");
        }
        // A summary ends every load; in a batch it goes to stderr so stdout stays data.
        err.println("corpex: " + summary);
        BatchRunner runner = new BatchRunner(shell, new Printer(out, settings), err, failFast);
        for (int i = 0; i < commands.size() && runner.runLine(commands.get(i), "-c", i + 1); i++) {
            /* runs in order */
        }
        if (script != null && !runner.stopped()) {
            try (BufferedReader r = Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8)) {
                runner.run(r, script, new ScriptParameters(scriptArgs, scriptParams, System.getenv()));
            } catch (NoSuchFileException e) {
                err.println("corpex: no such script: " + script);
                return 2;
            } catch (MalformedInputException e) {
                err.println("corpex: " + script + " is not UTF-8 text");
                return 2;
            } catch (IOException e) {
                err.println("corpex: cannot read " + script + ": " + e.getMessage());
                return 2;
            }
        }
        if (commands.isEmpty() && script == null) {
            runner.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "<stdin>");
        }
        out.flush();
        return runner.exitStatus();
    }

    /** A path as the user would write it: relative when it lies under the working folder. */
    static String shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** The bundled corpus: beside the jar's folder, or where the launcher says corpex lives. */
    static Path seedsFolder() {
        String home = System.getProperty("corpex.home");
        if (home != null) return Path.of(home, "seeds");
        try {
            Path code = Path.of(Main.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            // target/corpex.jar or target/classes -> the project folder
            return code.getParent().getParent().resolve("seeds");
        } catch (Exception e) {
            return Path.of("seeds");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Usage.version()};
        }
    }
}
