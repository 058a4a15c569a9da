package org.corpex.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Fingerprint;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.corpex.index.Vocabulary;
import org.corpex.language.Attribution;
import org.corpex.quotes.Quotes;
import org.corpex.store.Records;
import org.corpex.store.Schema;
import org.corpex.store.SideFiles;
import org.corpex.store.StoredIndex;

/**
 * A collection opened: corpex's record of it and its vocabulary, then every document's head (a few hundred bytes each,
 * paged through with a cursor); texts and figures are read when a command needs them. Opening refuses a collection
 * corpex did not write, one whose build did not finish, and one that a shard is missing from: a corpus with holes would
 * give wrong tables.
 */
public final class SolrCollection {
    /** Figures are read this many documents a request (figures over a corpus walk it in order). */
    private static final int FIGURE_BLOCK = 512;

    private SolrCollection() {}

    public static StoredIndex.Opened open(String spec) {
        return open(SolrAddress.parse(spec), System.getenv());
    }

    static StoredIndex.Opened open(SolrAddress address, Map<String, String> env) {
        long t0 = System.nanoTime();
        Schema.quiet();
        SolrConnection solr = SolrConnection.open(address, env);
        try {
            BuildState state = state(solr);
            if (state == null) {
                throw new CorpexException(address + ": not a collection corpex wrote (it has no " + SolrLayout.STATE_ID
                        + "); build one with: corpex index PATH... --to " + address);
            }
            if (state.format() > Schema.FORMAT) {
                throw new CorpexException(
                        address + ": written by a newer corpex (format " + state.format() + "); update corpex");
            }
            if (state.format() < Schema.FORMAT) {
                throw new CorpexException(
                        address + ": written by an older corpex (format " + state.format() + ", this one reads "
                                + Schema.FORMAT + "); build it again with: corpex index PATH... --to " + address);
            }
            if (!state.complete()) {
                throw new CorpexException(String.format(
                        Locale.ROOT,
                        "%s: its build stopped after %,d documents; run the same"
                                + " 'corpex index ... --to %s' again to resume it",
                        address,
                        state.uploaded(),
                        address));
            }
            Vocabulary vocab = vocabulary(solr, state);
            Texts texts = new Texts(solr, env);
            List<Document> docs = heads(solr, state, texts);
            texts.documents(docs);
            SolrIndex engine = new SolrIndex(solr, vocab, docs, texts);
            // The address has no credentials in it (they come from the environment only).
            Corpus corpus = Corpus.over(
                    docs,
                    engine,
                    "collection " + address,
                    new Fingerprint(
                            Fingerprint.COLLECTION, List.of(address.toString()), null, List.of(), state.sources()));
            Map<Integer, List<byte[]>> blocks = new ConcurrentHashMap<>();
            Figures.attach(corpus, pos -> figures(solr, blocks, pos, docs));
            Quotes.attach(corpus, pos -> quotes(solr, blocks, pos, docs));
            long words = 0;
            for (Document d : docs) words += d.words();
            String summary = String.format(
                    Locale.ROOT,
                    "opened collection %s: %,d documents (%,d words) from %,d files, built %s; %.2f s",
                    address,
                    docs.size(),
                    words,
                    state.files(),
                    state.built(),
                    (System.nanoTime() - t0) / 1e9);
            return new StoredIndex.Opened(corpus, summary, List.copyOf(solr.warnings));
        } catch (RuntimeException e) {
            solr.close();
            throw e;
        }
    }

    static BuildState state(SolrConnection solr) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrLayout.ID + ":" + SolrLayout.STATE_ID);
        p.set("fl", SolrLayout.STATE);
        QueryResponse r = solr.query("reading corpex's record", p);
        String partial = solr.takePartial();
        if (r.getResults().isEmpty()) {
            if (partial != null)
                throw new CorpexException(
                        solr.address + ": a shard did not answer; cannot open the collection (" + partial + ")");
            return null;
        }
        return BuildState.parse(String.valueOf(r.getResults().get(0).getFieldValue(SolrLayout.STATE)), solr.address);
    }

    private static Vocabulary vocabulary(SolrConnection solr, BuildState state) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < state.vocabularyChunks(); i++) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", SolrLayout.ID + ":" + SolrLayout.VOCABULARY_ID + i);
            p.set("fl", SolrLayout.BLOB);
            QueryResponse r = solr.query("reading the vocabulary", p);
            if (r.getResults().isEmpty()) {
                String partial = solr.takePartial();
                throw new CorpexException(solr.address + ": part " + (i + 1) + " of the vocabulary is missing"
                        + (partial != null ? " (its shard did not answer)" : "; build the collection again"));
            }
            byte[] b = bytes(r.getResults().get(0).getFieldValue(SolrLayout.BLOB));
            all.writeBytes(b);
        }
        try {
            return SideFiles.vocabularyOf(all.toByteArray());
        } catch (IOException e) {
            throw new CorpexException(
                    solr.address + ": the vocabulary is damaged (" + e.getMessage() + "); build the collection again");
        }
    }

    static byte[] bytes(Object v) {
        if (v instanceof byte[] b) return b;
        if (v instanceof ByteBuffer bb) {
            byte[] b = new byte[bb.remaining()];
            bb.duplicate().get(b);
            return b;
        }
        if (v instanceof String s) return Base64.getDecoder().decode(s);
        return new byte[0];
    }

    private static List<Document> heads(SolrConnection solr, BuildState state, Texts texts) {
        List<byte[]> heads = new ArrayList<>(state.documents());
        List<Integer> stored = new ArrayList<>(); // heads too long for doc values
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("fq", SolrLayout.KIND + ":" + SolrLayout.KIND_DOC);
        p.set("fl", SolrLayout.ORD + "," + SolrLayout.HEAD);
        p.set("sort", SolrLayout.ORD + " asc," + SolrLayout.ID + " asc");
        p.set("rows", 20_000);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = solr.query("reading the documents", p);
            String partial = solr.takePartial();
            if (partial != null) {
                throw new CorpexException(
                        solr.address + ": a shard did not answer; cannot open the collection without its documents"
                                + " (" + partial + ")");
            }
            for (SolrDocument d : r.getResults()) {
                int ord = ((Number) d.getFieldValue(SolrLayout.ORD)).intValue();
                if (ord != heads.size()) {
                    throw new CorpexException(String.format(
                            Locale.ROOT,
                            "%s: document %,d is missing from the collection (found %,d next);" + " build it again",
                            solr.address,
                            heads.size(),
                            ord));
                }
                Object head = d.getFieldValue(SolrLayout.HEAD);
                String b64 = head == null ? "" : head.toString();
                if (b64.isEmpty()) stored.add(ord);
                heads.add(b64.isEmpty() ? null : Base64.getDecoder().decode(b64));
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) break;
            cursor = next;
        }
        if (heads.size() != state.documents()) {
            throw new CorpexException(String.format(
                    Locale.ROOT,
                    "%s: holds %,d documents where corpex wrote %,d; build it again",
                    solr.address,
                    heads.size(),
                    state.documents()));
        }
        for (int from = 0; from < stored.size(); from += 500) {
            List<Integer> some = stored.subList(from, Math.min(stored.size(), from + 500));
            ModifiableSolrParams q = new ModifiableSolrParams();
            q.set(
                    "q",
                    "{!terms f=" + SolrLayout.ORD + "}"
                            + some.stream().map(String::valueOf).collect(Collectors.joining(",")));
            q.set("fq", SolrLayout.KIND + ":" + SolrLayout.KIND_DOC);
            q.set("fl", SolrLayout.ORD + "," + SolrLayout.HEAD_STORED);
            q.set("rows", some.size());
            for (SolrDocument d : solr.query("reading the documents", q).getResults()) {
                heads.set(
                        ((Number) d.getFieldValue(SolrLayout.ORD)).intValue(),
                        bytes(d.getFieldValue(SolrLayout.HEAD_STORED)));
            }
        }
        List<Document> docs = new ArrayList<>(heads.size());
        for (int i = 0; i < heads.size(); i++) {
            int ord = i;
            byte[] head = heads.get(i);
            try {
                if (head == null) throw new IOException("no head");
                docs.add(Records.document(new BytesRef(head), () -> texts.get(ord)));
            } catch (IOException | RuntimeException e) {
                throw new CorpexException(
                        solr.address + ": the head of document " + ord + " is damaged; build the collection again");
            }
        }
        return docs;
    }

    /** A document's attributions, stored in the same record as its figures. */
    private static List<Attribution> quotes(
            SolrConnection solr, Map<Integer, List<byte[]>> blocks, int pos, List<Document> docs) {
        byte[] f = record(solr, blocks, pos, docs);
        try {
            Document doc = docs.get(pos);
            return Records.quotes(new BytesRef(f), doc::text);
        } catch (IOException e) {
            throw new CorpexException(
                    solr.address + ": the quotes of document " + docs.get(pos).id() + " are damaged");
        }
    }

    /**
     * A document's figures, read with those of its block of neighbours (a figures table reads them all, in parallel).
     */
    private static List<Figure> figures(
            SolrConnection solr, Map<Integer, List<byte[]>> blocks, int pos, List<Document> docs) {
        byte[] f = record(solr, blocks, pos, docs);
        try {
            Document doc = docs.get(pos);
            return Records.figures(new BytesRef(f), pos, doc::text);
        } catch (IOException e) {
            throw new CorpexException(
                    solr.address + ": the figures of document " + docs.get(pos).id() + " are damaged");
        }
    }

    /** A document's record of what was read from its text, fetched with those of its block of neighbours. */
    private static byte[] record(SolrConnection solr, Map<Integer, List<byte[]>> blocks, int pos, List<Document> docs) {
        int block = pos / FIGURE_BLOCK;
        List<byte[]> b = blocks.computeIfAbsent(block, k -> {
            int from = k * FIGURE_BLOCK, to = Math.min(docs.size(), from + FIGURE_BLOCK);
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", SolrLayout.ORD + ":[" + from + " TO " + (to - 1) + "]");
            p.set("fq", SolrLayout.KIND + ":" + SolrLayout.KIND_DOC);
            p.set("fl", SolrLayout.ORD + "," + SolrLayout.FIGURES);
            p.set("rows", to - from);
            QueryResponse r = solr.query("reading figures", p);
            List<byte[]> out = new ArrayList<>(Collections.nCopies(to - from, (byte[]) null));
            for (SolrDocument d : r.getResults()) {
                int ord = ((Number) d.getFieldValue(SolrLayout.ORD)).intValue();
                if (ord >= from && ord < to) out.set(ord - from, bytes(d.getFieldValue(SolrLayout.FIGURES)));
            }
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) == null) {
                    throw new CorpexException(solr.address + ": the figures of document "
                            + docs.get(from + i).id() + " could not be read"
                            + (solr.takePartial() != null ? " (its shard did not answer)" : ""));
                }
            }
            return out;
        });
        return b.get(pos - block * FIGURE_BLOCK);
    }
}
