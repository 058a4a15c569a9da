package org.corpex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.table.Table;

/** A session over real files, driven through the command layer exactly as a user drives it. */
public final class TestShell {
    /** The bundled corpus, from the project folder (tests run with the project as working folder). */
    public static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    private final Shell shell;

    private TestShell(Session session) {
        this.shell = new Shell(session);
    }

    public static TestShell seeds() {
        return on(SEEDS);
    }

    /** A session over the given files or folders. */
    public static TestShell on(Path... paths) {
        List<String> specs = new ArrayList<>();
        for (Path p : paths) specs.add(p.toString());
        LoadReport r = Loader.load(specs, FieldNames.DETECT);
        Session s = new Session();
        s.setCorpus(Corpus.of(r.documents(), r.fingerprint(specs, FieldNames.DETECT)));
        return new TestShell(s);
    }

    /** Runs one command line and returns its table; user errors surface as CorpexException. */
    public Table run(String line) {
        return shell.execute(line).table();
    }

    public Session session() {
        return shell.session();
    }

    public Shell shell() {
        return shell;
    }

    /** The cells of one column, as text. */
    public static List<String> column(Table t, String name) {
        int i = t.columnIndex(name);
        if (i < 0) throw new AssertionError("no column " + name + " in " + t.columns());
        List<String> out = new ArrayList<>();
        // As a user sees the cell: with its spans drawn («hits», ⟦figures⟧).
        for (int r = 0; r < t.rows().size(); r++) out.add(t.marked(r, i));
        return out;
    }
}
