package org.corpex.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.corpex.base.CorpexException;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building, appending to, updating and opening an on-disk index; what a damaged or foreign one says. */
class StoredIndexTest {
    @TempDir
    Path tmp;

    private Path corpus(String name, String... texts) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        for (int i = 0; i < texts.length; i++)
            Files.writeString(dir.resolve(String.format("%s%02d.txt", name, i)), texts[i]);
        return dir;
    }

    private static String run(Corpus c, String command) {
        Session s = new Session();
        s.setCorpus(c);
        return new Shell(s).execute(command).table().toString();
    }

    private StoredIndex.Opened build(Path ix, Path... sources) {
        List<String> specs = Arrays.stream(sources).map(Path::toString).toList();
        IndexBuilder.Report r = IndexBuilder.create(ix, "ix", specs, FieldNames.DETECT, line -> {});
        assertThat(r.summary()).startsWith("built index ix: ");
        return StoredIndex.open(ix, "ix");
    }

    @Test
    void appendedIndexAnswersAsTheFilesLoadedInThatOrder() throws IOException {
        Path a = corpus("a", "The harbor strike ended on Monday.", "Harbor workers won a 4% raise, worth $12 million.");
        Path b = corpus("b", "A second strike began at the harbor.", "The harbor authority lost $3 million in fees.");
        Path ix = tmp.resolve("ix");
        build(ix, a);
        IndexBuilder.Report r = IndexBuilder.append(ix, "ix", List.of(b.toString()), FieldNames.DETECT, line -> {});
        assertThat(r.summary()).startsWith("appended to index ix: 2 documents (4 in all)");
        Corpus disk = StoredIndex.open(ix, "ix").corpus();
        Corpus memory = Corpus.of(Loader.load(List.of(a.toString(), b.toString()), FieldNames.DETECT)
                .documents());
        for (int id = 0; id < memory.index().vocabularySize(); id++) {
            assertThat(disk.index().term(id) + " " + disk.index().termFrequency(id) + " "
                            + disk.index().documentFrequency(id))
                    .isEqualTo(memory.index().term(id) + " " + memory.index().termFrequency(id) + " "
                            + memory.index().documentFrequency(id));
        }
        for (String c : List.of(
                "docs", "kwic harbor", "kwic strike --sort R1", "freq", "figures", "compare", "kwic \"the harbor\"")) {
            assertThat(run(disk, c)).as(c).isEqualTo(run(memory, c));
        }
        // The same file twice is refused, and the index is as it was.
        assertThatThrownBy(() -> IndexBuilder.append(ix, "ix", List.of(b.toString()), FieldNames.DETECT, line -> {}))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("is already in the index; nothing was added");
        assertThat(StoredIndex.open(ix, "ix").corpus().size()).isEqualTo(4);
    }

    @Test
    void changedSourcesAreToldAndUpdateCatchesUp() throws IOException {
        Path a = corpus("a", "Tariffs rose in March.", "Exports fell by 2%.", "Ports were quiet.");
        Path ix = tmp.resolve("ix");
        assertThat(build(ix, a).warnings()).isEmpty();

        // A touched file whose content is the same is not a change.
        Path first = a.resolve("a00.txt");
        Files.setLastModifiedTime(first, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(StoredIndex.open(ix, "ix").warnings()).isEmpty();

        Files.writeString(a.resolve("a01.txt"), "Exports fell by 7%, a record.");
        Files.delete(a.resolve("a02.txt"));
        List<String> warnings = StoredIndex.open(ix, "ix").warnings();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .contains(
                        "1 of 3 source files changed since the index was built",
                        "a01.txt",
                        "1 is gone",
                        "a02.txt",
                        "corpex index ix --update");

        IndexBuilder.Report r = IndexBuilder.update(ix, "ix", FieldNames.DETECT, line -> {});
        assertThat(r.summary()).startsWith("rebuilt index ix: 2 documents");
        StoredIndex.Opened o = StoredIndex.open(ix, "ix");
        assertThat(o.warnings()).isEmpty();
        assertThat(run(o.corpus(), "kwic record")).contains("Exports fell by 7%, a , record");

        // A new file under the indexed folder is appended by an update; then the index is up to date.
        Files.writeString(a.resolve("a09.txt"), "Imports doubled.");
        assertThat(IndexBuilder.update(ix, "ix", FieldNames.DETECT, line -> {}).summary())
                .startsWith("updated index ix: 1 documents (3 in all)");
        assertThat(IndexBuilder.update(ix, "ix", FieldNames.DETECT, line -> {}).summary())
                .isEqualTo("index ix is up to date (3 files)");
        assertThat(run(StoredIndex.open(ix, "ix").corpus(), "kwic imports")).contains("Imports");
    }

    /** The digest the commit keeps, so an open need not hash every source; made again after each append. */
    @Test
    void theCommitKeepsTheFingerprintDigestOfTheFilesLoadedInMemory() throws IOException {
        Path a = corpus("a", "The canal reopened.", "Freight rose 9%.");
        Path b = corpus("b", "Tolls fell by $2 million.");
        Path ix = tmp.resolve("ix");
        build(ix, a);
        assertThat(keptDigest(ix)).isEqualTo(memoryDigest(a));
        IndexBuilder.append(ix, "ix", List.of(b.toString()), FieldNames.DETECT, line -> {});
        assertThat(keptDigest(ix)).isEqualTo(memoryDigest(a, b));
        assertThat(StoredIndex.open(ix, "ix").corpus().fingerprint().digest()).isEqualTo(memoryDigest(a, b));

        // An index whose commit lacks it (one made before it was kept) computes it when it opens.
        try (FSDirectory d = FSDirectory.open(ix);
                IndexWriter w = new IndexWriter(
                        d,
                        new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data =
                    new HashMap<>(DirectoryReader.listCommits(d).get(0).getUserData());
            data.remove(Schema.KEY_DIGEST);
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        assertThat(keptDigest(ix)).isNull();
        assertThat(StoredIndex.open(ix, "ix").corpus().fingerprint().digest()).isEqualTo(memoryDigest(a, b));
    }

    private static String keptDigest(Path ix) throws IOException {
        try (FSDirectory d = FSDirectory.open(ix)) {
            return DirectoryReader.listCommits(d).get(0).getUserData().get(Schema.KEY_DIGEST);
        }
    }

    private static String memoryDigest(Path... sources) {
        List<String> specs = Arrays.stream(sources).map(Path::toString).toList();
        return Loader.load(specs, FieldNames.DETECT)
                .fingerprint(specs, FieldNames.DETECT)
                .digest();
    }

    @Test
    void aFolderThatIsNotAnIndexIsNeverOverwritten() throws IOException {
        Path a = corpus("a", "Some text.");
        Path other = corpus("keep", "A file of the user's.");
        assertThatThrownBy(
                        () -> IndexBuilder.create(other, "keep", List.of(a.toString()), FieldNames.DETECT, line -> {}))
                .isInstanceOf(CorpexException.class)
                .hasMessage("keep exists and is not a corpex index; choose another name for the index (nothing was "
                        + "written)");
        assertThat(Files.readString(other.resolve("keep00.txt"))).isEqualTo("A file of the user's.");
    }

    @Test
    void nothingToIndexWritesNothing() throws IOException {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        Path ix = tmp.resolve("ix");
        assertThatThrownBy(
                        () -> IndexBuilder.create(ix, "ix", List.of(empty.toString()), FieldNames.DETECT, line -> {}))
                .isInstanceOf(CorpexException.class)
                .hasMessageStartingWith("no documents to index from ");
        assertThat(ix).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".ix.building"));
        }
    }

    @Test
    void damagedForeignAndNewerIndexesAreOneLineErrors() throws IOException {
        Path a = corpus("a", "The harbor strike ended.", "Workers won a raise.");
        Path ix = tmp.resolve("ix");
        build(ix, a);

        // A foreign Lucene index: no marker.
        Path foreign = tmp.resolve("foreign");
        try (FSDirectory d = FSDirectory.open(foreign);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new KeywordAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "1", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        assertThatThrownBy(() -> StoredIndex.open(foreign, "foreign"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("foreign: a Lucene index that corpex did not make (no corpex-index.txt)");
        Files.writeString(foreign.resolve(Schema.MARKER), "claims to be one\n");
        assertThatThrownBy(() -> StoredIndex.open(foreign, "foreign"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("foreign: a Lucene index that corpex did not make (no format in its commit)");

        // A newer format: its commit says so.
        Path newer = tmp.resolve("newer");
        build(newer, a);
        try (FSDirectory d = FSDirectory.open(newer);
                IndexWriter w = new IndexWriter(
                        d,
                        new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data =
                    new HashMap<>(DirectoryReader.listCommits(d).get(0).getUserData());
            data.put(Schema.KEY_FORMAT, "99");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        assertThatThrownBy(() -> StoredIndex.open(newer, "newer"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("newer: made by a newer corpex (index format 99; this one reads format " + Schema.FORMAT
                        + "); update corpex, or build the index again");

        // Truncated: every file cut in half.
        Path cut = tmp.resolve("cut");
        build(cut, a);
        try (var files = Files.list(cut)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().equals(Schema.MARKER)) continue;
                byte[] b = Files.readAllBytes(f);
                Files.write(f, Arrays.copyOf(b, b.length / 2));
            }
        }
        assertThatThrownBy(() -> StoredIndex.open(cut, "cut"))
                .isInstanceOf(CorpexException.class)
                .hasMessageStartingWith("cut is damaged (")
                .hasMessageEndingWith("); build it again with 'corpex index'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        // The vocabulary file alone damaged: its checksum catches it.
        Path vocab = tmp.resolve("vocab");
        build(vocab, a);
        try (var files = Files.list(vocab)) {
            Path v = files.filter(f -> f.getFileName().toString().startsWith("corpex-vocabulary-"))
                    .findFirst()
                    .orElseThrow();
            byte[] b = Files.readAllBytes(v);
            b[b.length / 2] ^= 0x55;
            Files.write(v, b);
        }
        assertThatThrownBy(() -> StoredIndex.open(vocab, "vocab"))
                .isInstanceOf(CorpexException.class)
                .hasMessageStartingWith("vocab is damaged (");

        assertThatThrownBy(() -> StoredIndex.open(tmp.resolve("nothing"), "nothing"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("nothing: no such index");
        assertThatThrownBy(() -> StoredIndex.open(a, "a"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("a: not a corpex index (no corpex-index.txt)");
    }

    @Test
    void aReplacementKilledBetweenItsRenamesIsPutBack() throws IOException {
        Path a = corpus("a", "The harbor strike ended.");
        Path ix = tmp.resolve("ix");
        build(ix, a);
        // As a build killed after setting the old index aside and before moving the new one in leaves it.
        Path aside = tmp.resolve(".ix.old-999999999");
        Files.move(ix, aside);
        assertThat(StoredIndex.openIfIndex(List.of(ix.toString()))).isNotNull();
        assertThat(ix).isDirectory();
        assertThat(aside).doesNotExist();
    }
}
