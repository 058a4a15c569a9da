package org.corpex.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.corpex.base.CorpexException;
import org.corpex.base.Failure;
import org.corpex.corpus.Document;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.corpex.index.Vocabulary;
import org.corpex.language.Attribution;
import org.corpex.quotes.Quotes;

/**
 * An index on disk, opened: its documents (heads in memory, texts read when asked for), its engine and what it was
 * built from. Opening reads the heads and the vocabulary, not the texts, so it takes a fraction of a second for a
 * gigabyte and keeps the heap far below the text's size.
 */
public final class StoredIndex {
    /** An opened index: the corpus to explore, a one-line summary, and what the user should know. */
    public record Opened(Corpus corpus, String summary, List<String> warnings) {}

    /** An opened index with what the builder needs too: its sources, compared once with the files. */
    record Loaded(Opened opened, LuceneIndex engine, Sources sources, Sources.Changes changes) {}

    /** The one message for an index that cannot be read as written. */
    static CorpexException damaged(String shown, String why) {
        return new CorpexException(shown + " is damaged (" + why + "); build it again with 'corpex index'");
    }

    private StoredIndex() {}

    /** Whether this path is a folder corpex wrote an index into. */
    public static boolean isIndex(Path p) {
        return Files.isRegularFile(p.resolve(Schema.MARKER));
    }

    /**
     * Whether this path is an index, or names one that a replacement killed halfway set aside (then the path itself is
     * missing; only then is its folder listed, so a folder of a million files to load costs nothing here).
     */
    static boolean looksLikeIndex(Path p) {
        return isIndex(p) || !Files.exists(p) && Builds.interrupted(p) != null;
    }

    /**
     * The index these paths name, opened; null when they name files to load. An index opens alone: mixed with files it
     * is an error (files are added with corpex index NAME --append).
     */
    public static Opened openIfIndex(List<String> specs) {
        Path index = null;
        String shown = null;
        for (String s : specs) {
            Path p;
            try {
                p = Path.of(s);
            } catch (InvalidPathException e) {
                continue;
            }
            if (looksLikeIndex(p)) {
                index = p;
                shown = s;
            }
        }
        if (index == null) return null;
        if (specs.size() > 1) {
            throw new CorpexException(shown + " is an index, which opens alone; add files to it with: corpex index "
                    + shown + " --append PATH...");
        }
        return open(index, shown);
    }

    /** Opens the index in {@code dir}; {@code shown} is how the user named it. */
    public static Opened open(Path dir, String shown) {
        return load(dir, shown).opened();
    }

    static Loaded load(Path dir, String shown) {
        long t0 = System.nanoTime();
        Schema.quiet();
        Builds.recover(dir);
        if (!Files.isDirectory(dir)) throw new CorpexException(shown + ": no such index");
        if (!isIndex(dir)) {
            boolean lucene;
            try (var s = Files.list(dir)) {
                lucene = s.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
            } catch (IOException e) {
                lucene = false;
            }
            throw new CorpexException(
                    shown + ": " + (lucene ? "a Lucene index that corpex did not make" : "not a corpex index") + " (no "
                            + Schema.MARKER + ")");
        }
        Directory directory = null;
        DirectoryReader reader = null;
        try {
            directory = FSDirectory.open(dir);
            reader = DirectoryReader.open(directory);
            Map<String, String> data = reader.getIndexCommit().getUserData();
            String format = data.get(Schema.KEY_FORMAT);
            if (format == null)
                throw new CorpexException(
                        shown + ": a Lucene index that corpex did not make (no format in its commit)");
            int f = Integer.parseInt(format);
            if (f > Schema.FORMAT) {
                throw new CorpexException(shown + ": made by a newer corpex (index format " + f
                        + "; this one reads format " + Schema.FORMAT + "); update corpex, or build the index again");
            }
            if (f < Schema.FORMAT)
                throw new CorpexException(
                        shown + ": made by an older corpex (format " + f + "); build the index again");
            int n = Integer.parseInt(data.get(Schema.KEY_DOCS));
            if (reader.maxDoc() != n || reader.numDeletedDocs() != 0) {
                throw damaged(shown, "its commit says " + n + " documents, Lucene holds " + reader.maxDoc());
            }
            Failure.opened(shown);
            Sources sources = SideFiles.readSources(directory, data.get(Schema.KEY_SOURCES));
            Vocabulary vocab = SideFiles.readVocabulary(directory, data.get(Schema.KEY_VOCABULARY));
            List<Document> docs = heads(reader, shown);
            LuceneIndex engine = new LuceneIndex(reader, vocab, docs, shown);
            Corpus corpus =
                    Corpus.over(docs, engine, "index " + shown, sources.fingerprint(dir, data.get(Schema.KEY_DIGEST)));
            DirectoryReader r = reader;
            Figures.attach(corpus, pos -> figures(r, pos, shown, docs.get(pos)));
            Quotes.attach(corpus, pos -> quotes(r, pos, shown, docs.get(pos)));
            List<String> warnings = new ArrayList<>();
            Sources.Changes changes = sources.changes();
            if (!changes.none()) {
                warnings.add(shown + ": " + changes.describe(sources.files().size()) + "; run 'corpex index " + shown
                        + " --update' to catch up");
            }
            long words = 0;
            for (Document d : docs) words += d.words();
            String summary = String.format(
                    Locale.ROOT,
                    "opened index %s: %,d documents (%,d words) from %,d files, built %s; %.2f s",
                    shown,
                    n,
                    words,
                    sources.files().size(),
                    data.getOrDefault(Schema.KEY_BUILT, "?"),
                    (System.nanoTime() - t0) / 1e9);
            return new Loaded(new Opened(corpus, summary, warnings), engine, sources, changes);
        } catch (CorpexException e) {
            close(reader, directory);
            throw e;
        } catch (IndexNotFoundException e) {
            close(reader, directory);
            throw new CorpexException(
                    shown + ": the index has no complete commit (its first build was interrupted); build it "
                            + "again with 'corpex index'");
        } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
            close(reader, directory);
            throw new CorpexException(shown
                    + ": written by a Lucene version this corpex cannot read; build it again with 'corpex index'");
        } catch (CorruptIndexException | EOFException | NoSuchFileException | NumberFormatException e) {
            close(reader, directory);
            throw damaged(shown, oneLine(e));
        } catch (IOException e) {
            close(reader, directory);
            throw new CorpexException(shown + ": cannot read the index (" + oneLine(e) + ")");
        } catch (RuntimeException e) {
            // Lucene reading a damaged file (an index out of bounds): not an internal error
            close(reader, directory);
            throw damaged(shown, Failure.words(e));
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").replaceAll("\\s*\\(resource=[^)]*\\)", "");
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }

    private static void close(DirectoryReader r, Directory d) {
        try {
            if (r != null) r.close();
            if (d != null) d.close();
        } catch (IOException ignored) {
            // closing after a failure to open: the first error is the one to tell
        }
    }

    /** Every document's head, in corpus order; each reads its text from the stored fields when asked. */
    private static List<Document> heads(DirectoryReader reader, String shown) throws IOException {
        List<Document> docs = new ArrayList<>(reader.maxDoc());
        Texts texts = new Texts(reader, shown);
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ord = leaf.reader().getNumericDocValues(Schema.ORD);
            BinaryDocValues head = leaf.reader().getBinaryDocValues(Schema.HEAD);
            int max = leaf.reader().maxDoc();
            if (max > 0 && (ord == null || !ord.advanceExact(0) || ord.longValue() != leaf.docBase)) {
                throw damaged(shown, "documents out of order");
            }
            for (int d = 0; d < max; d++) {
                if (head == null || !head.advanceExact(d))
                    throw new CorruptIndexException("document " + (leaf.docBase + d) + " has no head", shown);
                int pos = leaf.docBase + d;
                docs.add(Records.document(
                        Schema.unsealed(head.binaryValue(), "the head of document " + pos), () -> texts.get(pos)));
            }
        }
        return docs;
    }

    /**
     * Reads texts from their doc values. A doc values iterator only goes forward, so each thread keeps one per segment
     * and starts a new one when asked for a document behind it: a scan over consecutive documents (a regex over the
     * corpus, on every core) walks each segment once.
     */
    private static final class Texts {
        private final List<LeafReaderContext> leaves;
        private final String shown;
        private final ThreadLocal<Cursor> cursors = ThreadLocal.withInitial(Cursor::new);

        private static final class Cursor {
            int leaf = -1;
            BinaryDocValues values;
        }

        Texts(DirectoryReader reader, String shown) {
            this.leaves = reader.leaves();
            this.shown = shown;
        }

        String get(int pos) {
            try {
                int li = ReaderUtil.subIndex(pos, leaves);
                LeafReaderContext leaf = leaves.get(li);
                int d = pos - leaf.docBase;
                Cursor c = cursors.get();
                if (c.leaf != li || c.values == null || c.values.docID() > d) {
                    c.values = leaf.reader().getBinaryDocValues(Schema.TEXT);
                    c.leaf = li;
                }
                if (c.values == null || !c.values.advanceExact(d)) {
                    throw damaged(shown, "document " + pos + " has no text");
                }
                BytesRef b = Schema.unsealed(c.values.binaryValue(), "the text of document " + pos);
                return new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
            } catch (AlreadyClosedException e) {
                throw new CorpexException("index " + shown + " was closed");
            } catch (IOException e) {
                throw damaged(shown, oneLine(e));
            } catch (CorpexException e) {
                throw e;
            } catch (RuntimeException e) {
                // Lucene reading a damaged file: an index out of bounds, a negative length
                throw damaged(shown, "reading the text of document " + pos + ": " + Failure.words(e));
            }
        }
    }

    private static List<Attribution> quotes(DirectoryReader reader, int pos, String shown, Document doc) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(pos, leaves));
            BinaryDocValues v = leaf.reader().getBinaryDocValues(Schema.FIGURES);
            if (v == null || !v.advanceExact(pos - leaf.docBase)) return List.of();
            return Records.quotes(v.binaryValue(), doc::text);
        } catch (IOException e) {
            throw damaged(shown, oneLine(e));
        }
    }

    private static List<Figure> figures(DirectoryReader reader, int pos, String shown, Document doc) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(pos, leaves));
            BinaryDocValues v = leaf.reader().getBinaryDocValues(Schema.FIGURES);
            if (v == null || !v.advanceExact(pos - leaf.docBase)) return List.of();
            return Records.figures(v.binaryValue(), pos, doc::text);
        } catch (IOException e) {
            throw damaged(shown, oneLine(e));
        }
    }
}
