package org.corpex;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Fingerprint;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Printer;
import org.corpex.shell.Shell;
import org.corpex.shell.ShellWords;
import org.corpex.solr.SolrAddress;
import org.corpex.solr.Stores;
import org.corpex.store.StoredIndex;
import org.corpex.table.Display;
import org.corpex.table.Exporter;
import org.corpex.table.Format;
import org.corpex.table.Provenance;
import org.corpex.table.RenderOptions;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corpex provenance FILE} (what made an export, and whether its corpus is as it was) and {@code corpex replay
 * FILE} (make it again and compare the rows byte for byte).
 */
public final class ProvenanceTools {
    private ProvenanceTools() {}

    @Command(
            name = "provenance",
            mixinStandardHelpOptions = true,
            usageHelpWidth = 100,
            description = {
                "Print how an export was made (its provenance record), and whether the corpus it names still has "
                        + "the same fingerprint."
            },
            footer = {
                "",
                "Exit status: 0 the corpus is as it was, 1 it changed (or the record cannot be read), 2 usage error."
            })
    static final class Show implements Callable<Integer> {
        @Parameters(
                index = "0",
                paramLabel = "FILE",
                description = "An export (its record inside, in its header or beside it) or a FILE.provenance.json.")
        Path file;

        @Option(names = "--json", description = "Print the record as JSON, as written.")
        boolean json;

        private final PrintStream out, err;

        /** On the process's own stdout and stderr, as {@code corpex provenance} runs. */
        Show() {
            this(Printer.utf8(FileDescriptor.out), Display.messages(Printer.utf8(FileDescriptor.err)));
        }

        Show(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            try {
                Provenance p = Provenance.read(file);
                if (json) {
                    out.println(p.json());
                } else {
                    for (String line : describe(p)) out.println(line);
                }
                List<String> changes = changes(p);
                out.println(
                        changes.isEmpty()
                                ? "corpus now: the same fingerprint"
                                : "corpus now: changed since the export: " + String.join("; ", changes));
                return changes.isEmpty() ? 0 : 1;
            } catch (CorpexException e) {
                err.println("corpex provenance: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            usageHelpWidth = 100,
            description = {
                "Make an export again from its provenance record and say whether its rows are the same.",
                "It opens the corpus the record names, applies its filters and runs its command; the rows are "
                        + "compared byte for byte with those in the file."
            },
            footer = {"", "Exit status: 0 the same rows, 1 other rows (or the replay failed), 2 usage error."})
    static final class Replay implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "An export, or its FILE.provenance.json.")
        Path file;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "NEW",
                description = "Also write the rows made now to NEW (with their own provenance).")
        Path output;

        private final PrintStream out, err;

        /** On the process's own stdout and stderr, as {@code corpex replay} runs. */
        Replay() {
            this(Printer.utf8(FileDescriptor.out), Display.messages(Printer.utf8(FileDescriptor.err)));
        }

        Replay(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            try {
                Provenance p = Provenance.read(file);
                String name = file.getFileName().toString();
                Path data = name.endsWith(".provenance.json")
                        ? file.resolveSibling(name.substring(0, name.length() - ".provenance.json".length()))
                        : file;
                out.println("replaying " + p.command()
                        + (p.filters().isEmpty() ? "" : " (filters: " + String.join(", ", p.filters()) + ")") + " on "
                        + p.engine() + " " + String.join(" ", p.corpus().specs()));
                List<String> changes = changes(p);
                out.println(
                        changes.isEmpty()
                                ? "corpus: the same fingerprint"
                                : "corpus: changed since the export: " + String.join("; ", changes));
                if (p.table().equals("subcorpus")) return subcorpus(p, data, out, err);
                Table t = run(p, err);
                Format f = Format.parseForFile(p.written().format());
                RenderOptions o = new RenderOptions(
                        0,
                        false,
                        true,
                        p.written().defused(),
                        p.written().excel(),
                        p.written().delimiter().isEmpty()
                                ? ','
                                : p.written().delimiter().charAt(0));
                byte[] now = Exporter.bytes(t, f, o, p, p.written().placement());
                if (!Files.isRegularFile(data)) throw new CorpexException(data + ": no such file to compare with");
                byte[] then;
                try {
                    then = Files.readAllBytes(data);
                } catch (IOException e) {
                    throw new CorpexException("cannot read " + data + ": " + e.getMessage());
                }
                if (output != null) {
                    Exporter.Result r = Exporter.write(
                            t,
                            output,
                            Format.fromFileName(output) != null ? Format.fromFileName(output) : f,
                            Exporter.Mode.OVERWRITE,
                            o,
                            Provenance.Placement.AUTO);
                    out.println(r.message());
                }
                if (f == Format.XLSX ? sameWorkbook(then, now) : Arrays.equals(now, then)) {
                    out.println(
                            "rows: identical (" + t.rows().size() + (t.rows().size() == 1 ? " row)" : " rows)"));
                    return 0;
                }
                out.println("rows: different: " + p.rows() + " then, "
                        + t.rows().size() + " now" + firstDifference(f, then, now));
                return 1;
            } catch (CorpexException e) {
                err.println("corpex replay: " + e.getMessage());
                return 1;
            }
        }
    }

    /** A subcorpus made again in a temporary folder from the same selection, and compared file by file. */
    private static int subcorpus(Provenance p, Path data, PrintStream out, PrintStream err) {
        if (!Files.exists(data)) throw new CorpexException(data + ": no such subcorpus to compare with");
        Path tmp;
        try {
            tmp = Files.createTempDirectory("corpex-replay");
        } catch (IOException e) {
            throw new CorpexException("cannot make a temporary folder: " + e.getMessage());
        }
        try {
            Session s = new Session();
            s.setCorpus(open(p, err));
            try {
                Shell shell = new Shell(s);
                for (String f : p.filters()) shell.execute("filter " + f);
                Path again = tmp.resolve(data.getFileName());
                shell.execute("subcorpus " + ShellWords.quote(again.toString()) + " --provenance off");
                Map<String, String> then = sums(data), now = sums(again);
                if (then.equals(now)) {
                    out.println("documents: identical (" + p.rows() + (p.rows() == 1 ? " document)" : " documents)"));
                    return 0;
                }
                List<String> differ = new ArrayList<>();
                for (String k : new TreeSet<>(then.keySet())) {
                    if (!now.containsKey(k)) differ.add(k + " (gone)");
                    else if (!then.get(k).equals(now.get(k))) differ.add(k);
                }
                for (String k : new TreeSet<>(now.keySet())) if (!then.containsKey(k)) differ.add(k + " (new)");
                out.println("documents: different: " + s.selectionSize() + " now, " + p.rows()
                        + " then; files that differ: "
                        + String.join(", ", differ.subList(0, Math.min(5, differ.size())))
                        + (differ.size() > 5 ? ", ..." : ""));
                return 1;
            } finally {
                s.corpus().index().close();
            }
        } finally {
            try (var walk = Files.walk(tmp)) {
                for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
            } catch (IOException ignored) {
                // a temporary folder: best effort
            }
        }
    }

    /**
     * Each file of a subcorpus (the .jsonl itself, or each file of its folder) by name, with the SHA-256 of its bytes.
     */
    private static Map<String, String> sums(Path p) {
        Map<String, String> out = new TreeMap<>();
        try {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (var l = Files.list(p)) {
                    files = l.toList();
                }
            } else {
                files = List.of(p);
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files)
                out.put(f.getFileName().toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(f))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new CorpexException("cannot read " + p + ": " + e.getMessage());
        }
        return out;
    }

    /** The record, a line a fact. */
    static List<String> describe(Provenance p) {
        List<String> l = new ArrayList<>();
        l.add("made      " + p.made() + " by " + p.corpex());
        l.add("engine    " + p.engine());
        Fingerprint c = p.corpus();
        l.add("corpus    " + String.join(" ", c.specs())
                + (c.kind().equals(Fingerprint.FILES)
                        ? " (" + c.sources().size() + (c.sources().size() == 1 ? " file" : " files") + ")"
                        : "")
                + ", fingerprint " + (c.digest().length() > 16 ? c.digest().substring(0, 16) : c.digest()));
        l.add("filters   " + (p.filters().isEmpty() ? "(none)" : String.join(" | ", p.filters())));
        l.add("command   " + p.command());
        l.add("sort      " + (p.sort().isEmpty() ? "(the command's own order)" : p.sort())
                + (p.resort() == null
                        ? ""
                        : ", then on screen by " + p.resort().column()
                                + (p.resort().descending() ? " descending" : " ascending")));
        l.add("rows      " + p.rows() + (p.cut() ? " (cut by --limit)" : " (all)") + " of table " + p.table());
        l.add("written   " + p.written().format() + ", record " + p.written().placement());
        return l;
    }

    /**
     * How the corpus differs now from the record: files changed or gone, a collection rebuilt; empty when it is the
     * same.
     */
    static List<String> changes(Provenance p) {
        Fingerprint c = p.corpus();
        if (c.kind().equals(Fingerprint.COLLECTION)) {
            StoredIndex.Opened o = Stores.openIfStored(c.specs());
            try {
                String now = o.corpus().fingerprint().digest();
                return now.equals(c.digest())
                        ? List.of()
                        : List.of(String.join(" ", c.specs()) + " was built again from other files");
            } finally {
                o.corpus().index().close();
            }
        }
        if (!c.kind().equals(Fingerprint.FILES))
            throw new CorpexException("the record names no corpus files to compare with");
        return c.changedFiles();
    }

    /**
     * The corpus the record names, opened as it was: an index or a collection, or the files loaded with the same field
     * names.
     */
    static Corpus open(Provenance p, PrintStream err) {
        Fingerprint c = p.corpus();
        if (c.kind().isEmpty() || c.specs().isEmpty()) throw new CorpexException("the record names no corpus to open");
        if (!p.engine().equals("memory")) {
            StoredIndex.Opened o = Stores.openIfStored(c.specs());
            if (o == null) throw new CorpexException(String.join(" ", c.specs()) + " is no longer an index");
            for (String w : o.warnings()) err.println("corpex: warning: " + w);
            return o.corpus();
        }
        for (String spec : c.specs()) {
            // load --append onto an opened index or collection made one corpus in memory that no single open makes
            // again.
            if (SolrAddress.looksLike(spec) || StoredIndex.isIndex(Path.of(spec))) {
                throw new CorpexException(
                        "the corpus was " + spec + " with files appended to it (load --append); a replay opens one"
                                + " corpus: open it and run the record's filters and command yourself");
            }
        }
        LoadReport r = Loader.load(c.specs(), c.fields());
        for (String w : r.warnings()) err.println("corpex: warning: " + w);
        if (r.documents().isEmpty())
            throw new CorpexException("no documents loaded from " + String.join(" ", c.specs()));
        return Corpus.of(r.documents(), r.fingerprint(c.specs(), c.fields()));
    }

    /** Runs the record's filters and command on its corpus; the table they make. */
    public static Table run(Provenance p, PrintStream err) {
        Session s = new Session();
        s.setCorpus(open(p, err));
        try {
            Shell shell = new Shell(s);
            for (String f : p.filters()) shell.execute("filter " + f);
            Table t = shell.execute(p.command()).table();
            if (t.isMessage()) throw new CorpexException("'" + p.command() + "' gave no table");
            if (p.resort() != null) {
                if (t.columnIndex(p.resort().column()) < 0)
                    throw new CorpexException(
                            "'" + p.command() + "' has no column " + p.resort().column() + " to sort by now");
                t = t.sortedBy(p.resort().column(), p.resort().descending());
            }
            return t;
        } finally {
            s.corpus().index().close(); // an index's files, a cluster's connections: the table holds its cells
        }
    }

    /**
     * Whether two workbooks hold the same sheets, byte for byte: every part of the zip but the document properties,
     * which carry the time of writing.
     */
    static boolean sameWorkbook(byte[] a, byte[] b) {
        return parts(a).equals(parts(b));
    }

    private static Map<String, String> parts(byte[] xlsx) {
        Map<String, String> out = new TreeMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().startsWith("docProps/")) continue;
                out.put(
                        e.getName(),
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(z.readAllBytes())));
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            out.put("(unreadable)", String.valueOf(e.getMessage()));
        }
        return out;
    }

    /** "; first difference at line N" for text formats, "" for a workbook. */
    private static String firstDifference(Format f, byte[] then, byte[] now) {
        if (f == Format.XLSX) return "";
        List<String> a = new String(then, StandardCharsets.UTF_8).lines().toList(),
                b = new String(now, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : null, y = i < b.size() ? b.get(i) : null;
            if (x == null || !x.equals(y)) return "; first difference at line " + (i + 1) + " of the file";
        }
        return "";
    }
}
