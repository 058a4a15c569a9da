package org.corpex.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.base.Sizes;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.Layout;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Index;
import org.corpex.index.Vocabulary;
import org.corpex.store.IndexBuilder;
import org.corpex.store.Records;
import org.corpex.store.Schema;
import org.corpex.store.SideFiles;

/**
 * Writes a corpus into a SolrCloud collection: uploads corpex's configset and creates the collection when they are
 * missing, then loads the files in batches (on every core, as for an index on disk), extracts the figures, and sends
 * each batch's documents; after each batch a commit and corpex's record of how far it got. An interrupted build resumes
 * there when run again with the same paths: the files are read again (the vocabulary needs every token, in order) but
 * the documents already in the collection are not sent twice.
 */
public final class SolrIndexer {
    /** Documents go to Solr in requests of about this many characters. */
    private static final long REQUEST_CHARS = 8L << 20;
    /** The vocabulary is stored in chunks of this many bytes (one stored field each). */
    private static final int CHUNK = 8 << 20;

    private SolrIndexer() {}

    /** Shards and replicas of a collection it creates when none are given (0). */
    static final int DEFAULT_SHARDS = 2, DEFAULT_REPLICAS = 2;

    /**
     * {@code shards} and {@code replicas} (0: the defaults) shape a collection it creates; for one that exists, a
     * warning says they were not used.
     */
    public static IndexBuilder.Report build(
            String target, List<String> specs, FieldNames fields, int shards, int replicas, Consumer<String> progress) {
        return build(SolrAddress.parse(target), specs, fields, shards, replicas, progress, System.getenv());
    }

    static IndexBuilder.Report build(
            SolrAddress address,
            List<String> specs,
            FieldNames fields,
            int shards,
            int replicas,
            Consumer<String> progress,
            Map<String, String> env) {
        return build(address, specs, fields, shards, replicas, progress, env, BATCH_BYTES, n -> {});
    }

    /** {@code committed} hears the number of documents in the collection after each batch's commit. */
    static IndexBuilder.Report build(
            SolrAddress address,
            List<String> specs,
            FieldNames fields,
            int shards,
            int replicas,
            Consumer<String> progress,
            Map<String, String> env,
            long batchBytes,
            IntConsumer committed) {
        long t0 = System.nanoTime();
        Schema.quiet();
        List<String> absolute = specs.stream().map(SolrIndexer::absolute).toList();
        try (SolrConnection solr = SolrConnection.open(address, env)) {
            int copies = replicas > 0 ? replicas : DEFAULT_REPLICAS;
            boolean created = ensureCollection(solr, shards > 0 ? shards : DEFAULT_SHARDS, copies, progress);
            // One build at a time into a collection: a second run refuses at once (nothing written).
            try (BuildLock lock = BuildLock.acquire(solr)) {
                List<String> warnings = new ArrayList<>(solr.warnings);
                if (!created && (shards > 0 || replicas > 0)) {
                    warnings.add(address + ": the collection exists; --shards and --replicas shape only a collection "
                            + "corpex creates");
                }
                BuildState before = created ? null : SolrCollection.state(solr);
                if (before == null && !created && count(solr, "*:* -" + SolrLayout.ID + ":" + BuildLock.LOCK_ID) > 0) {
                    throw new CorpexException(address
                            + " holds documents corpex did not write; choose another collection (nothing was written)");
                }
                int skip = 0;
                String sources = fingerprint(specs);
                if (before != null
                        && !before.complete()
                        && before.format() == Schema.FORMAT
                        && before.specs().equals(absolute)
                        && sources.equals(before.sources())) {
                    skip = before.uploaded();
                    progress.accept(String.format(Locale.ROOT, "resuming %s after %,d documents", address, skip));
                } else if (before != null) {
                    // A new build replaces what the collection held (as corpex index -o replaces an index).
                    solr.call(
                            "clearing the collection",
                            c -> c.deleteByQuery(
                                    address.collection(), "*:* -" + SolrLayout.ID + ":" + BuildLock.LOCK_ID));
                    solr.call("committing", c -> c.commit(address.collection(), true, true));
                }
                // A collection corpex creates is loaded with one copy of each shard and given the others once
                // loaded (a copy recovers the files, where each replica would index every document); a resumed build
                // gives the copies its record asked for.
                int wanted = created ? copies : before != null ? before.replicas() : 0;
                Written w = write(
                        solr, absolute, sources, specs, fields, skip, progress, t0, batchBytes, committed, wanted);
                if (w.documents == 0) {
                    throw new CorpexException(
                            "no documents to index from " + String.join(" ", specs) + "; nothing was written"
                                    + (w.report.warnings().isEmpty()
                                            ? ""
                                            : " (" + w.report.warnings().get(0) + ")"));
                }
                // The vocabulary, then the record that says the collection is complete.
                byte[] vocab = SideFiles.vocabularyBytes(w.vocabulary.build());
                List<SolrInputDocument> chunks = new ArrayList<>();
                for (int i = 0, k = 0; i < vocab.length || k == 0; i += CHUNK, k++) {
                    SolrInputDocument d = new SolrInputDocument();
                    d.setField(SolrLayout.ID, SolrLayout.VOCABULARY_ID + k);
                    d.setField(SolrLayout.KIND, SolrLayout.KIND_META);
                    d.setField(SolrLayout.BLOB, Arrays.copyOfRange(vocab, i, Math.min(vocab.length, i + CHUNK)));
                    chunks.add(d);
                }
                for (SolrInputDocument d : chunks)
                    solr.call("writing the vocabulary", c -> c.add(address.collection(), d));
                BuildState done = new BuildState(
                        Schema.FORMAT,
                        true,
                        absolute,
                        sources,
                        w.documents,
                        w.documents,
                        chunks.size(),
                        w.report.files(),
                        w.chars,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                        wanted);
                addReplicas(solr, wanted, progress);
                writeState(solr, done);
                double s = (System.nanoTime() - t0) / 1e9;
                String summary = String.format(
                        Locale.ROOT,
                        "indexed %,d documents into %s from %,d files, %s of text in %.1f s" + " (%.1f documents/s)%s",
                        w.documents,
                        address,
                        w.report.files(),
                        Sizes.format(w.chars),
                        s,
                        (w.documents - skip) / Math.max(s, 1e-9),
                        skip > 0 ? String.format(Locale.ROOT, "; %,d were there already", skip) : "");
                warnings.addAll(w.report.warnings());
                return new IndexBuilder.Report(summary, warnings);
            }
        }
    }

    private static long count(SolrConnection solr, String q) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("rows", 0);
        return solr.query("counting documents", p).getResults().getNumFound();
    }

    /** Creates the collection (and uploads the configset) when missing; true when it was created. */
    private static boolean ensureCollection(SolrConnection solr, int shards, int replicas, Consumer<String> progress) {
        String name = solr.address.collection();
        List<String> collections = solr.call("listing collections", c -> CollectionAdminRequest.listCollections(c));
        if (collections.contains(name)) return false;
        ConfigSetAdminResponse.List sets =
                solr.call("listing configsets", c -> new ConfigSetAdminRequest.List().process(c));
        if (!sets.getConfigSets().contains(SolrLayout.CONFIGSET)) {
            progress.accept("uploading configset " + SolrLayout.CONFIGSET);
            byte[] zip = configsetZip();
            solr.call(
                    "uploading configset " + SolrLayout.CONFIGSET,
                    c -> new ConfigSetAdminRequest.Upload()
                            .setConfigSetName(SolrLayout.CONFIGSET)
                            .setUploadStream(new ContentStreamBase.ByteArrayStream(
                                    zip, SolrLayout.CONFIGSET + ".zip", "application/zip"))
                            .process(c));
        }
        progress.accept(String.format(
                Locale.ROOT,
                "creating collection %s (%d shards, %d replicas each; loaded with one)",
                name,
                shards,
                replicas));
        solr.call(
                "creating collection " + name,
                c -> CollectionAdminRequest.createCollection(name, SolrLayout.CONFIGSET, shards, 1)
                        .process(c));
        // Wait until every shard answers.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try {
                count(solr, "*:*");
                if (solr.takePartial() == null) return true;
            } catch (CorpexException e) {
                if (System.nanoTime() > deadline) throw e;
            }
            if (System.nanoTime() > deadline)
                throw new CorpexException(solr.address + ": the new collection's shards did not come up in 2 minutes");
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CorpexException("indexing was interrupted");
            }
        }
    }

    /**
     * Gives each shard of the collection {@code wanted} copies (adding what it lacks) and waits until every copy is
     * active, so that a build that returns has the shape it was asked for.
     */
    private static void addReplicas(SolrConnection solr, int wanted, Consumer<String> progress) {
        String name = solr.address.collection();
        Map<String, List<String>> shards = replicaStates(solr);
        int added = 0;
        for (Map.Entry<String, List<String>> e : shards.entrySet()) {
            for (int k = e.getValue().size(); k < wanted; k++) {
                String shard = e.getKey();
                solr.call(
                        "adding a replica to " + shard,
                        c -> CollectionAdminRequest.addReplicaToShard(name, shard)
                                .process(c));
                added++;
            }
        }
        if (added == 0) return;
        progress.accept(
                String.format(Locale.ROOT, "%s: %d replicas added; waiting until they are active", name, added));
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (true) {
            boolean active = replicaStates(solr).values().stream()
                    .allMatch(
                            states -> states.size() >= wanted && states.stream().allMatch("active"::equals));
            if (active) return;
            if (System.nanoTime() > deadline)
                throw new CorpexException(solr.address + ": the added replicas did not become active in 10 minutes"
                        + " (the documents are written; Solr goes on copying them)");
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CorpexException("indexing was interrupted");
            }
        }
    }

    /** Each shard of the collection with the states of its replicas, as the cluster reports them now. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> replicaStates(SolrConnection solr) {
        String name = solr.address.collection();
        CollectionAdminResponse r = solr.call(
                "reading the cluster's state",
                c -> CollectionAdminRequest.getClusterStatus()
                        .setCollectionName(name)
                        .process(c));
        Map<String, List<String>> out = new TreeMap<>();
        Object cluster = r.getResponse().get("cluster");
        Map<String, Object> collections =
                (Map<String, Object>) asMap(asMap(cluster).get("collections"));
        Map<String, Object> collection = asMap(collections.get(name));
        Map<String, Object> shards = asMap(collection.get("shards"));
        for (Map.Entry<String, Object> shard : shards.entrySet()) {
            List<String> states = new ArrayList<>();
            for (Object replica : asMap(asMap(shard.getValue()).get("replicas")).values())
                states.add(String.valueOf(asMap(replica).get("state")));
            out.put(shard.getKey(), states);
        }
        return out;
    }

    /** A map of what a Solr response nests (a NamedList or a Map); empty for anything else. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
        if (o instanceof NamedList<?> n) return (Map<String, Object>) n.asShallowMap();
        return Map.of();
    }

    /** The configset's files, zipped as the Configsets API takes them. */
    static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : SolrLayout.CONFIGSET_FILES) {
                try (InputStream in = SolrIndexer.class.getResourceAsStream("configset/" + f)) {
                    if (in == null) throw new IllegalStateException("configset file missing from the jar: " + f);
                    zip.putNextEntry(new ZipEntry(f));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeState(SolrConnection solr, BuildState state) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(SolrLayout.ID, SolrLayout.STATE_ID);
        d.setField(SolrLayout.KIND, SolrLayout.KIND_META);
        d.setField(SolrLayout.STATE, state.json());
        solr.call("writing corpex's record", c -> c.add(solr.address.collection(), d));
        solr.call("committing", c -> c.commit(solr.address.collection(), true, true));
    }

    /** Term ids in order of first appearance, with their counts: built as the documents go by, in corpus order. */
    static final class VocabularyCounter {
        private final Map<String, int[]> terms = new HashMap<>(); // term -> {id, cf, df, last doc}
        private final List<String> order = new ArrayList<>();

        void add(int doc, String[] folded) {
            for (String t : folded) {
                int[] e = terms.get(t);
                if (e == null) {
                    e = new int[] {order.size(), 0, 0, -1};
                    terms.put(t, e);
                    order.add(t);
                }
                e[1]++;
                if (e[3] != doc) {
                    e[2]++;
                    e[3] = doc;
                }
            }
        }

        Vocabulary build() {
            int n = order.size();
            String[] t = order.toArray(new String[0]);
            int[] cf = new int[n], df = new int[n];
            for (int i = 0; i < n; i++) {
                int[] e = terms.get(t[i]);
                cf[i] = e[1];
                df[i] = e[2];
            }
            return Vocabulary.of(t, cf, df);
        }
    }

    private static final class Written {
        LoadReport report;
        final VocabularyCounter vocabulary = new VocabularyCounter();
        int documents;
        long chars;
    }

    private static Written write(
            SolrConnection solr,
            List<String> absolute,
            String sources,
            List<String> specs,
            FieldNames fields,
            int skip,
            Consumer<String> progress,
            long t0,
            long batchBytes,
            IntConsumer committed,
            int replicas) {
        Written w = new Written();
        Cancellation cancel = Cancellation.current();
        long[] note = {t0};
        // Requests go out on threads of their own, a few at a time: the cluster indexes one batch while this process
        // reads and extracts the next. A batch is committed (and the record of how far the build got written) once
        // all its requests are answered, just before the next batch's go out.
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
            Thread t = new Thread(r, "corpex-solr-send");
            t.setDaemon(true);
            return t;
        });
        Pending pending = new Pending();
        try {
            w.report = Loader.load(specs, fields, batchBytes, new HashSet<>(), files -> {}, docs -> {
                cancel.poll();
                int base = w.documents;
                // Folded tokens and figures on every core; the vocabulary in corpus order.
                String[][] folded = new String[docs.size()][];
                IntStream.range(0, docs.size()).parallel().forEach(i -> folded[i] = fold(docs.get(i)));
                for (int i = 0; i < docs.size(); i++) w.vocabulary.add(base + i, folded[i]);
                int from = Math.max(0, Math.min(docs.size(), skip - base));
                List<SolrInputDocument> out = IntStream.range(from, docs.size())
                        .parallel()
                        .mapToObj(i -> solrDocument(docs.get(i), base + i, folded[i]))
                        .toList();
                commit(solr, pending, absolute, sources, committed, replicas);
                List<SolrInputDocument> request = new ArrayList<>();
                long chars = 0;
                for (int k = 0; k < out.size(); k++) {
                    Document d = docs.get(from + k);
                    request.add(out.get(k));
                    chars += d.text().length();
                    if (chars >= REQUEST_CHARS || k == out.size() - 1) {
                        List<SolrInputDocument> send = List.copyOf(request);
                        pending.sent.add(senders.submit(
                                () -> solr.call("writing documents", c -> c.add(solr.address.collection(), send))));
                        request.clear();
                        chars = 0;
                        progress(w, solr, base + from + k + 1, t0, note, progress);
                    }
                }
                for (Document d : docs) w.chars += d.text().length();
                w.documents += docs.size();
                if (!out.isEmpty()) {
                    pending.documents = w.documents;
                    pending.chars = w.chars;
                }
            });
            commit(solr, pending, absolute, sources, committed, replicas);
        } finally {
            senders.shutdownNow();
        }
        return w;
    }

    /**
     * Text read and extracted at a time, then sent and committed: smaller than an index build's batch, so that the
     * cluster indexes one batch while the next is extracted (a build resumes from the last batch committed).
     */
    static final long BATCH_BYTES = 16L << 20;

    /** How many requests go out at once. */
    private static final int SENDERS = 3;

    /** The requests of the batch being sent, and what the build will have written once they are committed. */
    private static final class Pending {
        final List<Future<?>> sent = new ArrayList<>();
        int documents;
        long chars;
    }

    /**
     * Waits for the batch's requests, commits them, and records how far the build got; the first failure is the
     * build's.
     */
    private static void commit(
            SolrConnection solr,
            Pending p,
            List<String> absolute,
            String sources,
            IntConsumer committed,
            int replicas) {
        if (p.sent.isEmpty()) return;
        try {
            for (Future<?> f : p.sent) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new CorpexException("writing documents to " + solr.address + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpexException("indexing was interrupted");
        } finally {
            p.sent.clear();
        }
        solr.call("committing", c -> c.commit(solr.address.collection(), true, false));
        writeState(
                solr,
                new BuildState(Schema.FORMAT, false, absolute, sources, p.documents, 0, 0, 0, p.chars, null, replicas));
        committed.accept(p.documents);
    }

    /** A progress line at most every second: documents sent so far (a request of a few megabytes at a time). */
    private static void progress(
            Written w, SolrConnection solr, int documents, long t0, long[] note, Consumer<String> progress) {
        long now = System.nanoTime();
        if (now - note[0] < 1_000_000_000L) return;
        note[0] = now;
        progress.accept(String.format(
                Locale.ROOT,
                "indexing into %s: %,d documents sent, %.1f documents/s",
                solr.address,
                documents,
                documents / ((now - t0) / 1e9)));
    }

    private static String[] fold(Document d) {
        String text = d.text();
        Layout l = d.layout();
        String[] out = new String[l.tokenCount()];
        char[] buf = new char[64];
        for (int i = 0; i < out.length; i++) {
            int s = l.tokenStart(i), e = l.tokenEnd(i);
            if (buf.length < 2 * (e - s) + 2) buf = new char[4 * (e - s) + 2];
            out[i] = new String(buf, 0, Index.fold(text, s, e, buf));
        }
        return out;
    }

    private static SolrInputDocument solrDocument(Document d, int ord, String[] folded) {
        SolrInputDocument s = new SolrInputDocument();
        s.setField(SolrLayout.ID, "d" + ord + ":" + d.id());
        s.setField(SolrLayout.KIND, SolrLayout.KIND_DOC);
        s.setField(SolrLayout.ORD, ord);
        StringBuilder body = new StringBuilder(d.text().length() + folded.length);
        for (int i = 0; i < folded.length; i++) {
            if (i > 0) body.append(SolrLayout.SEPARATOR);
            body.append(SolrLayout.indexed(folded[i]));
        }
        s.setField(SolrLayout.BODY, body.toString());
        s.setField(SolrLayout.TEXT, d.text());
        byte[] head = bytes(Records.head(d));
        String b64 = Base64.getEncoder().encodeToString(head);
        if (b64.length() <= SolrLayout.HEAD_MAX_CHARS) {
            s.setField(SolrLayout.HEAD, b64);
        } else {
            s.setField(SolrLayout.HEAD, "");
            s.setField(SolrLayout.HEAD_STORED, head);
        }
        s.setField(SolrLayout.FIGURES, bytes(Records.extracted(d, ord)));
        s.setField(SolrLayout.SOURCE, d.source());
        s.setField(SolrLayout.DATE, d.date());
        return s;
    }

    private static byte[] bytes(BytesRef b) {
        return Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    /**
     * The files these paths name, with their sizes and times, as one digest: a build resumes only over the same files.
     */
    static String fingerprint(List<String> specs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : Loader.files(specs)) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // unreadable: the load says so
                }
                md.update((p.toAbsolutePath().normalize() + "\0" + a.size() + "\0"
                                + a.lastModifiedTime().toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String absolute(String spec) {
        try {
            return Path.of(spec).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return spec;
        }
    }
}
