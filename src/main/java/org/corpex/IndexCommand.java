package org.corpex;

import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.corpex.base.CorpexException;
import org.corpex.base.Memory;
import org.corpex.base.UserInput;
import org.corpex.commands.FieldOptions;
import org.corpex.session.Candidates;
import org.corpex.shell.Printer;
import org.corpex.shell.ProgressLine;
import org.corpex.solr.SolrAddress;
import org.corpex.solr.SolrIndexer;
import org.corpex.store.IndexBuilder;
import org.corpex.store.IndexCheck;
import org.corpex.table.Display;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpex index}: builds an on-disk index, adds files to one, or brings one up to date. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        description = {
            "Build an on-disk index of a corpus, which 'corpex NAME' then opens in a moment.",
            "  corpex index PATH... -o NAME     build (or rebuild) the index NAME from files, folders or globs",
            "  corpex index NAME --append PATH...  add files to it",
            "  corpex index NAME --update       catch up with changed, removed and new source files",
            "  corpex index NAME --check        read every byte of it and say whether it is sound",
            "  corpex index PATH... --to solr://HOST:PORT/COLLECTION   write them into a SolrCloud collection",
            "Credentials for Solr come from CORPEX_SOLR_USER and CORPEX_SOLR_PASSWORD, or the file "
                    + "CORPEX_SOLR_CREDENTIALS",
            "names (one line USER:PASSWORD); never from the command line."
        },
        footer = {"", "Exit status: 0 done, 1 nothing was written (the index is as it was), 2 usage error."})
final class IndexCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files, folders or globs; with --append or --update, the index first.")
    List<String> args;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "NAME",
            completionCandidates = Candidates.Files.class,
            description = "The index folder to build (replaced if it is an index already).")
    String output;

    @Option(
            names = "--to",
            paramLabel = "solr://HOST:PORT/COLLECTION",
            description = "Write into a SolrCloud collection (created with corpex's configset when missing; an "
                    + "interrupted run resumes).")
    String to;

    @Option(
            names = "--shards",
            paramLabel = "N",
            description = "Shards of a collection that --to creates (default: 2).")
    Integer shards;

    @Option(
            names = "--replicas",
            paramLabel = "N",
            description = "Replicas of each shard of a collection that --to creates (default: 2); it is loaded "
                    + "with one, and the others are added once every document is in.")
    Integer replicas;

    @Option(names = "--append", description = "Add the PATHs after NAME to the index NAME.")
    boolean append;

    @Option(
            names = "--update",
            description = "Rebuild the index NAME if any of its sources changed or went away; append new files under "
                    + "its paths.")
    boolean update;

    @Option(
            names = "--check",
            description = "Read every byte of the index NAME and say whether it is sound (Lucene's CheckIndex, every "
                    + "checksum).")
    boolean check;

    @Mixin
    FieldOptions fields = new FieldOptions();

    private final PrintStream err;
    private final boolean progressOnTty;
    /** The progress line on a terminal, drawn with control codes the messages stream would make visible. */
    private final ProgressLine line;

    /**
     * @param err messages (control characters shown as placeholders); @param raw stderr itself, for the progress line
     */
    /** On the process's own stderr, as {@code corpex index} runs. */
    IndexCommand() {
        this(Printer.utf8(FileDescriptor.err));
    }

    private IndexCommand(PrintStream raw) {
        this(Display.messages(raw), raw, "1".equals(System.getenv("CORPEX_STDERR_TTY")));
    }

    IndexCommand(PrintStream err, PrintStream raw, boolean stderrTty) {
        this.err = err;
        this.progressOnTty = stderrTty;
        this.line = new ProgressLine(raw);
    }

    @Override
    public Integer call() {
        int modes =
                (output != null ? 1 : 0) + (append ? 1 : 0) + (update ? 1 : 0) + (to != null ? 1 : 0) + (check ? 1 : 0);
        if (modes != 1) {
            err.println("corpex index: give one of -o NAME (build), --to solr://HOST:PORT/COLLECTION, --append, "
                    + "--update or --check; see corpex index --help");
            return 2;
        }
        if ((shards != null || replicas != null) && to == null) {
            err.println("corpex index: --shards and --replicas go with --to solr://HOST:PORT/COLLECTION");
            return 2;
        }
        if (shards != null && shards < 1 || replicas != null && replicas < 1) {
            err.println("corpex index: --shards and --replicas must be at least 1");
            return 2;
        }
        Consumer<String> progress = line -> {
            if (progressOnTty) this.line.show(line);
            else err.println("corpex: " + line);
        };
        IndexBuilder.Report r;
        try {
            if (to != null) {
                if (!SolrAddress.looksLike(to)) {
                    err.println("corpex index: --to takes solr://HOST:PORT/COLLECTION (solrs:// for TLS), not "
                            + SolrAddress.redacted(to));
                    return 2;
                }
                r = SolrIndexer.build(
                        to,
                        expand(args),
                        fields.toFieldNames(),
                        shards == null ? 0 : shards,
                        replicas == null ? 0 : replicas,
                        progress);
            } else if (output != null) {
                r = IndexBuilder.create(
                        Path.of(UserInput.expandHome(output)), output, expand(args), fields.toFieldNames(), progress);
            } else if (append) {
                if (args.size() < 2) {
                    err.println("corpex index: --append needs the index, then the files to add: corpex index NAME "
                            + "--append PATH...");
                    return 2;
                }
                r = IndexBuilder.append(
                        Path.of(UserInput.expandHome(args.get(0))),
                        args.get(0),
                        expand(args.subList(1, args.size())),
                        fields.toFieldNames(),
                        progress);
            } else if (check) {
                if (args.size() != 1) {
                    err.println("corpex index: --check takes the index alone: corpex index NAME --check");
                    return 2;
                }
                r = new IndexBuilder.Report(
                        IndexCheck.check(Path.of(UserInput.expandHome(args.get(0))), args.get(0)), List.of());
            } else {
                if (args.size() != 1) {
                    err.println("corpex index: --update takes the index alone: corpex index NAME --update");
                    return 2;
                }
                r = IndexBuilder.update(
                        Path.of(UserInput.expandHome(args.get(0))), args.get(0), fields.toFieldNames(), progress);
            }
        } catch (CorpexException e) {
            line.clear();
            err.println("corpex: " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            // What was built so far is let go with the stack: there is memory again to say how much to give
            line.clear();
            err.println("corpex: " + Memory.indexAdvice(expand(args)));
            return 1;
        }
        line.clear();
        for (String w : r.warnings()) err.println("corpex: warning: " + w);
        err.println("corpex: " + r.summary());
        return 0;
    }

    private static List<String> expand(List<String> specs) {
        return specs.stream().map(UserInput::expandHome).toList();
    }
}
