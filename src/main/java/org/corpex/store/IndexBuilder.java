package org.corpex.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.misc.store.HardlinkCopyDirectoryWrapper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.base.Sizes;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Vocabulary;

/**
 * Builds, extends and refreshes an on-disk index. The loader reads files in batches of 64 MB on every core (decoding,
 * segmenting), the figures are extracted in parallel, and writer threads turn the batches into Lucene segments side by
 * side; the segments join the index in batch order, so documents keep their corpus order, and the vocabulary is read
 * back from Lucene's term dictionary. Nothing is visible until the commit, which names the vocabulary and sources files
 * written just before it.
 */
public final class IndexBuilder {
    /** What a build did: one summary line, and the warnings of the load. */
    public record Report(String summary, List<String> warnings) {}

    /**
     * Files are read in batches of about this much; at most one a writer thread, plus the one loading, are in memory.
     */
    public static final long BATCH_BYTES = 64L << 20;

    /**
     * Heap a batch of text takes while it is loaded, segmented and inverted: its strings, tokens, figures and the
     * writer's buffer (measured: a 64 MB batch peaks near 600 MB).
     */
    static final long HEAP_PER_BATCH_BYTE = 10;

    /**
     * The batch size and writer threads that fit this heap: the full 64 MB and up to four writers when there is room,
     * smaller batches and fewer writers in a small heap, so a build of any corpus runs in a fixed heap (a file is still
     * read whole: the largest one sets the floor).
     */
    record Plan(long batchBytes, int writers, double ramBufferMB) {
        static Plan forHeap(long maxHeap) {
            int cores = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            // Half the heap for batches in flight (the loading one and one a writer), the rest for the index's own
            // state.
            long perBatch = maxHeap / 2 / HEAP_PER_BATCH_BYTE;
            int writers = (int) Math.max(1, Math.min(cores, perBatch / (1L << 20) / 4));
            long batch = Math.max(1L << 20, Math.min(BATCH_BYTES, perBatch / (writers + 1)));
            double ram = Math.max(16, Math.min(256, maxHeap / 8.0 / writers / (1 << 20)));
            return new Plan(batch, writers, ram);
        }
    }

    private static final Plan PLAN = Plan.forHeap(Runtime.getRuntime().maxMemory());

    private IndexBuilder() {}

    /** Builds an index of these files into {@code dir}, replacing an index there. */
    public static Report create(
            Path dir, String shown, List<String> specs, FieldNames fields, Consumer<String> progress) {
        Schema.quiet();
        checkTarget(dir, shown);
        try (Builds.Lock lock = new Builds.Lock(dir, shown)) {
            Builds.recover(dir);
            return createLocked(dir, shown, specs, fields, progress, "built");
        } catch (IOException e) {
            throw new CorpexException(shown + ": cannot write the index (" + e.getMessage() + ")");
        }
    }

    private static Report createLocked(
            Path dir, String shown, List<String> specs, FieldNames fields, Consumer<String> progress, String verb)
            throws IOException {
        long t0 = System.nanoTime();
        List<String> absolute = new ArrayList<>();
        for (String s : specs) absolute.add(absolute(s));
        Path building = Builds.building(dir);
        Builds.deleteTree(building);
        Files.createDirectories(building);
        boolean done = false;
        try {
            Written w;
            try (Directory d = new HardlinkCopyDirectoryWrapper(FSDirectory.open(building));
                    IndexWriter writer = new IndexWriter(d, config(IndexWriterConfig.OpenMode.CREATE))) {
                w = write(writer, Builds.scratch(dir), 0, new HashSet<>(), specs, fields, progress, shown);
                if (w.documents == 0) {
                    throw new CorpexException(
                            "no documents to index from " + String.join(" ", specs) + "; nothing was written"
                                    + (w.report.warnings().isEmpty()
                                            ? ""
                                            : " (" + w.report.warnings().get(0) + ")"));
                }
                commit(writer, d, w, new Sources(absolute, w.files));
            }
            Files.writeString(
                    building.resolve(Schema.MARKER),
                    "A corpex index (format " + Schema.FORMAT + "); open it with: corpex " + dir.getFileName() + "\n");
            Builds.replace(building, dir);
            done = true;
            return report(verb, shown, w, t0);
        } finally {
            if (!done) Builds.deleteTree(building);
        }
    }

    /** Adds these files to the index in {@code dir}. */
    public static Report append(
            Path dir, String shown, List<String> specs, FieldNames fields, Consumer<String> progress) {
        try (Builds.Lock lock = new Builds.Lock(dir, shown)) {
            return appendLocked(dir, shown, specs, fields, progress, StoredIndex.load(dir, shown), "appended to");
        } catch (IOException e) {
            throw new CorpexException(shown + ": cannot write the index (" + e.getMessage() + ")");
        }
    }

    private static Report appendLocked(
            Path dir,
            String shown,
            List<String> specs,
            FieldNames fields,
            Consumer<String> progress,
            StoredIndex.Loaded loaded,
            String verb)
            throws IOException {
        long t0 = System.nanoTime();
        Set<String> taken = new HashSet<>();
        for (Document d : loaded.opened().corpus().documents()) taken.add(d.id());
        Sources before = loaded.sources();
        Vocabulary vocab = loaded.engine().vocabulary();
        loaded.engine().reader().close();
        Set<String> known = new HashSet<>();
        for (Sources.File f : before.files()) known.add(f.path());
        for (Path p : Loader.files(specs)) {
            String abs = Sources.key(p);
            if (known.contains(abs)) {
                throw new CorpexException(shown + ": " + Sources.shown(abs)
                        + " is already in the index; nothing was added (use --update to take in changed files)");
            }
        }
        try (Directory d = new HardlinkCopyDirectoryWrapper(FSDirectory.open(dir));
                IndexWriter writer = new IndexWriter(d, config(IndexWriterConfig.OpenMode.APPEND))) {
            int first = writer.getDocStats().maxDoc;
            Written w = write(writer, Builds.scratch(dir), first, taken, specs, fields, progress, shown);
            for (int id = 0; id < vocab.size(); id++) {
                String t = vocab.term(id);
                if (Schema.mayBeTooLong(t.length())) w.longTerms.put(Schema.indexed(t), t);
            }
            List<Sources.File> files = new ArrayList<>(before.files());
            for (Sources.File f : w.files) {
                if (known.contains(f.path())) {
                    writer.rollback();
                    throw new CorpexException(
                            shown + ": " + Sources.shown(f.path()) + " is already in the index; nothing was added"
                                    + " (use --update to take in changed files)");
                }
                files.add(f);
            }
            List<String> allSpecs = new ArrayList<>(before.specs());
            for (String s : specs) if (!allSpecs.contains(absolute(s))) allSpecs.add(absolute(s));
            if (w.documents == 0) {
                writer.rollback();
                throw new CorpexException(
                        "no documents to add from " + String.join(" ", specs) + "; the index is unchanged"
                                + (w.report.warnings().isEmpty()
                                        ? ""
                                        : " (" + w.report.warnings().get(0) + ")"));
            }
            w.totalDocuments = first + w.documents;
            commit(writer, d, w, new Sources(allSpecs, files));
            return report(verb, shown, w, t0);
        }
    }

    /**
     * Catches up with the files the index was built from: when any of them changed or went away, the index is built
     * again from the same paths; files added under them since are appended.
     */
    public static Report update(Path dir, String shown, FieldNames fields, Consumer<String> progress) {
        try (Builds.Lock lock = new Builds.Lock(dir, shown)) {
            StoredIndex.Loaded loaded = StoredIndex.load(dir, shown);
            Sources sources = loaded.sources();
            Sources.Changes changes = loaded.changes(); // compared when it was opened: stat and checksum once
            if (!changes.none()) {
                loaded.engine().reader().close();
                Report r = createLocked(dir, shown, sources.specs(), fields, progress, "rebuilt");
                return new Report(
                        r.summary() + " (" + changes.describe(sources.files().size()) + ")", r.warnings());
            }
            Set<String> known = new HashSet<>();
            for (Sources.File f : sources.files()) known.add(f.path());
            List<String> added = new ArrayList<>();
            for (Path p : Loader.files(sources.specs())) {
                String abs = Sources.key(p);
                if (!known.contains(abs)) added.add(abs);
            }
            if (added.isEmpty()) {
                loaded.engine().reader().close();
                return new Report(
                        "index " + shown + " is up to date (" + sources.files().size() + " files)", List.of());
            }
            return appendLocked(dir, shown, added, fields, progress, loaded, "updated");
        } catch (IOException e) {
            throw new CorpexException(shown + ": cannot write the index (" + e.getMessage() + ")");
        }
    }

    private static void checkTarget(Path dir, String shown) {
        if (Files.exists(dir) && !StoredIndex.isIndex(dir)) {
            boolean empty;
            try (var s = Files.list(dir)) {
                empty = s.findAny().isEmpty();
            } catch (IOException e) {
                empty = false;
            }
            if (!empty || !Files.isDirectory(dir)) {
                throw new CorpexException(shown
                        + " exists and is not a corpex index; choose another name for the index (nothing was written)");
            }
        }
    }

    private static String absolute(String spec) {
        try {
            return Path.of(spec).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return spec;
        }
    }

    /**
     * The writers' settings. No merges: each batch's writer makes one segment or two, and the index takes them as they
     * come (merging ten gigabytes of segments again stalled a build for minutes); a query walks the segments in order,
     * a few microseconds each.
     */
    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(mode)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(PLAN.ramBufferMB())
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
    }

    /** What one pass of writing did. */
    private static final class Written {
        LoadReport report;
        Map<String, String> longTerms = new ConcurrentHashMap<>();
        List<Sources.File> files = Collections.synchronizedList(new ArrayList<>());
        int documents;
        int totalDocuments;
        long bytes;
    }

    /**
     * Loads and writes in a pipeline. While the loader reads, segments and extracts the figures of one batch, writer
     * threads turn the batches before it into Lucene segments, each batch into a small index of its own in a scratch
     * folder (inverting is the costliest step, and one thread could not keep up with the loader). The segments then
     * join the index in batch order, by hard links, so documents keep their corpus order.
     */
    private static Written write(
            IndexWriter writer,
            Path scratch,
            int first,
            Set<String> taken,
            List<String> specs,
            FieldNames fields,
            Consumer<String> progress,
            String shown)
            throws IOException {
        Written w = new Written();
        long t0 = System.nanoTime();
        int threads = PLAN.writers();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corpex-index-writer");
            t.setDaemon(true);
            return t;
        });
        // Batches handed to writers and not yet written: memory holds at most this many.
        Semaphore inFlight = new Semaphore(threads);
        List<Future<Path>> parts = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Cancellation cancel = Cancellation.current();
        long[] note = {t0};
        int[] position = {first};
        Builds.deleteTree(scratch);
        Files.createDirectories(scratch);
        try {
            w.report = Loader.load(
                    specs,
                    fields,
                    PLAN.batchBytes(),
                    taken,
                    batch -> {
                        List<Sources.File> recorded = batch.parallelStream()
                                .map(p -> {
                                    try {
                                        return Sources.of(p);
                                    } catch (IOException e) {
                                        return null; // unreadable: the load says so
                                    }
                                })
                                .filter(Objects::nonNull)
                                .toList();
                        w.files.addAll(recorded);
                    },
                    docs -> {
                        rethrow(failure.get());
                        cancel.poll();
                        int base = position[0];
                        List<BytesRef> figures = IntStream.range(0, docs.size())
                                .parallel()
                                .mapToObj(i -> Records.extracted(docs.get(i), base + i))
                                .toList();
                        position[0] += docs.size();
                        try {
                            inFlight.acquire();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new CorpexException("indexing was interrupted; nothing was written");
                        }
                        Path dir = scratch.resolve(String.format(Locale.ROOT, "%06d", parts.size()));
                        parts.add(pool.submit(() -> {
                            try {
                                writeBatch(dir, docs, figures, base, w.longTerms, chars -> {
                                    // Progress document by document, not batch by batch: a batch can take seconds.
                                    synchronized (w) {
                                        w.documents++;
                                        w.bytes += chars;
                                        long now = System.nanoTime();
                                        if (now - note[0] > 1_000_000_000L) {
                                            note[0] = now;
                                            progress.accept(String.format(
                                                    Locale.ROOT,
                                                    "indexing %s: %,d documents, %s of text, %.1f MB/s",
                                                    shown,
                                                    w.documents,
                                                    Sizes.format(w.bytes),
                                                    w.bytes / 1e6 / ((now - t0) / 1e9)));
                                        }
                                    }
                                });
                                return dir;
                            } catch (Throwable e) {
                                failure.compareAndSet(null, e);
                                throw e;
                            } finally {
                                inFlight.release();
                            }
                        }));
                    });
            List<Directory> dirs = new ArrayList<>();
            try {
                for (Future<Path> f : parts) dirs.add(FSDirectory.open(done(f)));
                if (!dirs.isEmpty()) writer.addIndexes(dirs.toArray(new Directory[0]));
            } finally {
                for (Directory d : dirs) d.close();
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Builds.deleteTree(scratch);
        }
        w.totalDocuments = first + w.documents;
        return w;
    }

    /** Writes one batch as an index of its own, telling {@code written} the characters of each document written. */
    private static void writeBatch(
            Path dir,
            List<Document> docs,
            List<BytesRef> figures,
            int base,
            Map<String, String> longTerms,
            IntConsumer written)
            throws IOException {
        try (Directory d = FSDirectory.open(dir);
                IndexWriter iw = new IndexWriter(d, config(IndexWriterConfig.OpenMode.CREATE))) {
            LayoutTokens tokens = new LayoutTokens(longTerms);
            for (int i = 0; i < docs.size(); i++) {
                Document doc = docs.get(i);
                int pos = base + i;
                // Lucene's Document by its full name: two classes share the name (corpex's Document).
                org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
                ld.add(new Field(Schema.BODY, tokens.of(doc, pos), Schema.BODY_TYPE));
                ld.add(new BinaryDocValuesField(Schema.TEXT, Schema.sealed(new BytesRef(doc.text()))));
                ld.add(new BinaryDocValuesField(Schema.HEAD, Schema.sealed(Records.head(doc))));
                ld.add(new BinaryDocValuesField(Schema.FIGURES, figures.get(i)));
                ld.add(new NumericDocValuesField(Schema.ORD, pos));
                iw.addDocument(ld);
                written.accept(doc.text().length());
            }
            iw.commit();
        }
    }

    private static Path done(Future<Path> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpexException("indexing was interrupted; nothing was written");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            rethrow(c);
            throw new IllegalStateException(c);
        }
    }

    private static void rethrow(Throwable t) {
        if (t == null) return;
        if (t instanceof RuntimeException re) throw re;
        if (t instanceof Error err) throw err;
        if (t instanceof IOException io) throw new UncheckedIOException(io);
        throw new IllegalStateException(t);
    }

    /**
     * The vocabulary of everything written so far, read from Lucene's term dictionary (through a reader that sees what
     * is not committed yet): counts from its statistics, and ids ranked by each term's first occurrence (document, then
     * position), which gives an appended index's old terms the ids they had.
     */
    private static Vocabulary vocabulary(IndexWriter writer, Map<String, String> longTerms) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            Terms terms = MultiTerms.getTerms(r, Schema.BODY);
            if (terms == null) return Vocabulary.of(new String[0], new int[0], new int[0]);
            List<String> names = new ArrayList<>();
            long[] first = new long[1024];
            int[] cf = new int[1024], df = new int[1024];
            TermsEnum te = terms.iterator();
            PostingsEnum p = null;
            int n = 0;
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                p = te.postings(p, PostingsEnum.POSITIONS);
                int doc = p.nextDoc(), pos = p.nextPosition();
                long total = te.totalTermFreq();
                if (total > Integer.MAX_VALUE)
                    throw new CorpexException("a term occurs more than 2 billion times: too large to index");
                if (n == first.length) {
                    first = Arrays.copyOf(first, n * 2);
                    cf = Arrays.copyOf(cf, n * 2);
                    df = Arrays.copyOf(df, n * 2);
                }
                String name = t.utf8ToString();
                names.add(longTerms.getOrDefault(name, name));
                first[n] = ((long) doc << 32) | pos;
                cf[n] = (int) total;
                df[n] = te.docFreq();
                n++;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            long[] key = first;
            Arrays.sort(order, (x, y) -> Long.compare(key[x], key[y]));
            String[] outTerms = new String[n];
            int[] outCf = new int[n], outDf = new int[n];
            for (int i = 0; i < n; i++) {
                outTerms[i] = names.get(order[i]);
                outCf[i] = cf[order[i]];
                outDf[i] = df[order[i]];
            }
            return Vocabulary.of(outTerms, outCf, outDf);
        }
    }

    private static void commit(IndexWriter writer, Directory d, Written w, Sources sources) throws IOException {
        String stamp = Long.toString(System.currentTimeMillis(), 36) + "-"
                + Long.toString(ProcessHandle.current().pid(), 36);
        String vocabName = "corpex-vocabulary-" + stamp + ".bin", sourcesName = "corpex-sources-" + stamp + ".bin";
        SideFiles.writeVocabulary(d, vocabName, vocabulary(writer, w.longTerms));
        SideFiles.writeSources(d, sourcesName, sources);
        d.sync(List.of(vocabName, sourcesName));
        Map<String, String> data = new HashMap<>();
        data.put(Schema.KEY_FORMAT, Integer.toString(Schema.FORMAT));
        data.put(Schema.KEY_DOCS, Integer.toString(w.totalDocuments));
        data.put(Schema.KEY_VOCABULARY, vocabName);
        data.put(Schema.KEY_SOURCES, sourcesName);
        data.put(Schema.KEY_BUILT, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        data.put(Schema.KEY_DIGEST, sources.digest());
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        writer.close();
        // The files of earlier commits are no longer named by any: remove them.
        for (String f : d.listAll()) {
            if ((f.startsWith("corpex-vocabulary-") || f.startsWith("corpex-sources-"))
                    && !f.equals(vocabName)
                    && !f.equals(sourcesName)) {
                d.deleteFile(f);
            }
        }
    }

    private static Report report(String verb, String shown, Written w, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        String summary = String.format(
                Locale.ROOT,
                "%s index %s: %,d documents (%,d in all) from %,d files, %s of text in %.1f s (%.1f MB/s)",
                verb,
                shown,
                w.documents,
                w.totalDocuments,
                w.report.files(),
                Sizes.format(w.bytes),
                s,
                w.bytes / 1e6 / Math.max(s, 1e-9));
        return new Report(summary, w.report.warnings());
    }
}
