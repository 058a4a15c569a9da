package org.corpex.commands;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;
import org.corpex.base.CorpexException;
import org.corpex.base.UserInput;
import org.corpex.base.Version;
import org.corpex.corpus.Document;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.table.Exporter;
import org.corpex.table.Provenance;
import org.corpex.table.Renderers;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "subcorpus",
        description = {
            "Write the documents in view as a corpus that corpex loads again with the same ids and fields:",
            "PATH.jsonl, one record a document (id, title, source, date, url, every metadata field, text);",
            "or a new folder PATH of ID.txt files with a metadata.csv. Its provenance goes beside it "
                    + "(PATH.provenance.json)."
        })
public final class SubcorpusCommand implements CorpexCommand {
    /** The fields a record always has; metadata fields follow them, the text comes last. */
    private static final List<String> HEAD = List.of("id", "title", "source", "date", "url");
    /** An id that is a safe file name everywhere. */
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,200}");

    @Parameters(index = "0", paramLabel = "PATH", description = "FILE.jsonl, or a folder to create.")
    String path;

    @Option(
            names = {"-f", "--force"},
            description = "Overwrite FILE.jsonl if it exists (a folder is never overwritten).")
    boolean force;

    @Option(
            names = "--provenance",
            paramLabel = "on|off",
            description = "Write PATH.provenance.json beside it (default: set provenance).")
    Provenance.Placement provenance;

    @Override
    public Table run(Session session) {
        List<Document> docs = session.selectedDocuments();
        if (docs.isEmpty()) throw new CorpexException("subcorpus: no documents in view; unfilter or reset first");
        Path target = Path.of(UserInput.expandHome(path)).toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new CorpexException("subcorpus: no such folder " + dir);
        boolean jsonl = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        Set<String> metaKeys = new LinkedHashSet<>();
        for (Document d : docs)
            for (String k : d.meta().keySet())
                if (!HEAD.contains(k) && !k.equals("text") && !k.equals("file")) metaKeys.add(k);
        try {
            if (jsonl) writeLines(docs, metaKeys, target);
            else writeFolder(docs, metaKeys, target);
        } catch (IOException e) {
            throw new CorpexException("subcorpus: cannot write " + path + ": " + e.getMessage());
        }
        Provenance.Placement where = provenance == null ? session.settings().provenance : provenance;
        String said = "";
        if (where != Provenance.Placement.OFF) {
            Table.Made made = session.made("subcorpus " + path);
            Provenance p = new Provenance(
                    "corpex " + Version.current(),
                    made.engine(),
                    made.corpus(),
                    made.filters(),
                    made.command(),
                    "",
                    null,
                    "subcorpus",
                    docs.size(),
                    false,
                    made.time().toString(),
                    new Provenance.Written(jsonl ? "jsonl" : "folder", "sidecar", "", false, false));
            Path side = target.resolveSibling(target.getFileName() + ".provenance.json");
            Exporter.writeRecord(side, p);
            said = "; its provenance in " + side.getFileName();
        }
        return Table.message(
                "subcorpus",
                "wrote " + docs.size() + (docs.size() == 1 ? " document" : " documents") + " to " + path
                        + (jsonl ? "" : " (" + docs.size() + " text files and metadata.csv)") + said
                        + "; load it with: load " + path);
    }

    private void writeLines(List<Document> docs, Set<String> metaKeys, Path target) throws IOException {
        if (Files.exists(target) && !force)
            throw new CorpexException("subcorpus: " + path + " already exists; use --force to overwrite it");
        if (Files.isDirectory(target)) throw new CorpexException("subcorpus: " + path + " is a folder");
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                JsonFactory f = JsonFactory.builder().build();
                for (Document d : docs) {
                    JsonGenerator g = f.createGenerator(w);
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("id", d.id());
                    g.writeStringField("title", d.title());
                    g.writeStringField("source", d.source());
                    g.writeStringField("date", d.date());
                    g.writeStringField("url", d.url());
                    for (String k : metaKeys) {
                        String v = d.meta().get(k);
                        if (v != null) g.writeStringField(k, v);
                    }
                    g.writeStringField("text", d.text());
                    g.writeEndObject();
                    g.flush();
                    w.write('\n');
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** ID.txt for each document and a metadata.csv, made in a hidden folder and renamed into place whole. */
    private void writeFolder(List<Document> docs, Set<String> metaKeys, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new CorpexException("subcorpus: " + path + " already exists; name a new folder (or FILE.jsonl)");
        }
        for (Document d : docs) {
            if (!FILE_ID.matcher(d.id()).matches() || d.id().equalsIgnoreCase("metadata")) {
                throw new CorpexException("subcorpus: the id '" + d.id()
                        + "' cannot be a file name, so a folder would change it; write FILE.jsonl instead");
            }
        }
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try {
            Set<String> taken = new HashSet<>();
            for (Document d : docs) {
                if (!taken.add(d.id().toLowerCase(Locale.ROOT))) {
                    throw new CorpexException("subcorpus: the ids '" + d.id()
                            + "' and another differ only in case; write FILE.jsonl instead");
                }
                Files.writeString(tmp.resolve(d.id() + ".txt"), d.text(), StandardCharsets.UTF_8);
            }
            try (Writer w = Files.newBufferedWriter(tmp.resolve("metadata.csv"), StandardCharsets.UTF_8);
                    CSVPrinter p = new CSVPrinter(w, Renderers.csvFormat(',', false))) {
                List<String> header = new ArrayList<>(List.of("file", "title", "source", "date", "url"));
                header.addAll(metaKeys);
                p.printRecord(header);
                for (Document d : docs) {
                    List<String> row =
                            new ArrayList<>(List.of(d.id() + ".txt", d.title(), d.source(), d.date(), d.url()));
                    for (String k : metaKeys) row.add(d.meta().getOrDefault(k, ""));
                    p.printRecord(row);
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(tmp)) {
                try (var s = Files.list(tmp)) {
                    for (Path f : s.toList()) Files.deleteIfExists(f);
                }
                Files.deleteIfExists(tmp);
            }
        }
    }
}
