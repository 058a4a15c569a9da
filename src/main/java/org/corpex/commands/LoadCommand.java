package org.corpex.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpex.base.CorpexException;
import org.corpex.base.UserInput;
import org.corpex.corpus.Document;
import org.corpex.corpus.Fingerprint;
import org.corpex.corpus.load.LoadProgress;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.solr.Stores;
import org.corpex.store.StoredIndex;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "load",
        description = "Load files, folders (recursively) and globs; replaces the corpus unless --append.")
public final class LoadCommand implements CorpexCommand {
    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description =
                    "Files, folders or globs (txt, md, json, jsonl, csv, html...), or an index made by corpex index.")
    List<String> paths;

    @Option(
            names = {"-a", "--append"},
            description = "Add to the corpus instead of replacing it.")
    boolean append;

    @Mixin
    FieldOptions fields = new FieldOptions();

    @Override
    public Table run(Session session) {
        List<String> specs = new ArrayList<>();
        for (String p : paths) specs.add(UserInput.expandHome(p));
        StoredIndex.Opened index = Stores.openIfStored(specs);
        if (index != null) {
            if (append) {
                throw new CorpexException(
                        paths.get(0) + " is an index; it opens alone (add files to it with: corpex index "
                                + paths.get(0) + " --append PATH...); the corpus is unchanged");
            }
            session.setCorpus(index.corpus());
            return Table.message("load", index.summary()).withWarnings(index.warnings());
        }
        LoadProgress progress = new LoadProgress(paths);
        session.setLoading(progress);
        try {
            return load(session, specs, progress);
        } finally {
            session.setLoading(null);
        }
    }

    private Table load(Session session, List<String> specs, LoadProgress progress) {
        LoadReport r = Loader.load(specs, fields.toFieldNames(), progress);
        if (r.documents().isEmpty()) {
            // Keep the corpus the user had: a failed load loses nothing.
            throw new CorpexException(
                    "no documents loaded from " + String.join(" ", paths) + "; the corpus is unchanged"
                            + (r.warnings().isEmpty()
                                    ? ""
                                    : " (" + r.warnings().get(0) + (r.warnings().size() > 1 ? ", ..." : "") + ")"));
        }
        // Ctrl-C at the prompt interrupts this thread: keep the corpus the user had.
        if (Thread.currentThread().isInterrupted())
            throw new CorpexException("load cancelled; the corpus is unchanged");
        List<Document> docs = new ArrayList<>();
        if (append) docs.addAll(session.corpus().documents());
        docs.addAll(r.documents());
        // Ids that clash with the corpus already there are renamed, and each rename is said (capped as every warning
        // is).
        List<String> renamed = new ArrayList<>();
        progress.indexing(docs.size());
        Fingerprint made = r.fingerprint(specs, fields.toFieldNames());
        session.setCorpus(Corpus.of(
                Loader.uniqueIds(docs, renamed::add),
                append ? session.corpus().fingerprint().plus(made) : made));
        List<String> warnings = new ArrayList<>(r.warnings());
        int shown = Math.min(renamed.size(), 20);
        warnings.addAll(renamed.subList(0, shown));
        if (renamed.size() > shown)
            warnings.add(String.format(Locale.ROOT, "... and %,d more id clashes", renamed.size() - shown));
        return Table.message(
                        "load",
                        r.summary()
                                + (append ? "; corpus now " + session.corpus().size() + " documents" : ""))
                .withWarnings(warnings);
    }
}
