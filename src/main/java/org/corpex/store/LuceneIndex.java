package org.corpex.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.base.Failure;
import org.corpex.corpus.Document;
import org.corpex.index.Hit;
import org.corpex.index.Index;
import org.corpex.index.Query;
import org.corpex.index.RegexPlan;
import org.corpex.index.StoredEngine;
import org.corpex.index.TextScan;
import org.corpex.index.Vocabulary;

/**
 * The engine over an index opened from disk: postings (with positions and character offsets) come from Lucene, term ids
 * and counts from the vocabulary written beside it, texts from Lucene's stored fields when a command needs them
 * (context, case-sensitive checks, free regexes on the documents their literals point to). Answers as
 * {@link org.corpex.index.MemoryIndex} does, hit for hit: the index's segments hold consecutive batches of documents,
 * in corpus order, and are never merged out of it, so a document's Lucene number is its corpus position (opening checks
 * it).
 */
final class LuceneIndex extends StoredEngine {
    private final IndexReader reader;
    private final List<LeafReaderContext> leaves;
    private final String name;
    private volatile long[] bases; // where each document's tokens begin among the corpus's (regex plans)
    private volatile Map<String, Integer>
            longTerms; // Lucene term -> id for the rare tokens too long to index as they are

    LuceneIndex(IndexReader reader, Vocabulary vocab, List<Document> docs, String name) {
        super(vocab, docs);
        this.reader = reader;
        this.leaves = reader.leaves();
        this.name = name;
    }

    /** Documents and terms come from the vocabulary and the heads ({@link org.corpex.index.StoredEngine}). */
    @Override
    protected CorpexException missingTerm(Document d) {
        return damaged("a token of document " + d.id() + " is missing from the vocabulary", null);
    }

    // ---------------------------------------------------------------- searching

    @Override
    public BitSet documentsMatching(Query q, boolean caseSensitive) {
        BitSet out = new BitSet(docs.size());
        run(q, null, caseSensitive, 0, new ArrayList<>(), out);
        return out;
    }

    @Override
    public Result find(Query q, BitSet scope, boolean caseSensitive, int limit) {
        List<Hit> hits = new ArrayList<>(Math.min(limit, 1024));
        BitSet docsHit = new BitSet(docs.size());
        long total = run(q, scope, caseSensitive, limit, hits, docsHit);
        return new Result(hits, total, docsHit.cardinality());
    }

    @Override
    public int[] hitsPerDocument(Query q, BitSet scope, boolean caseSensitive) {
        int[] out = new int[docs.size()];
        if (scope != null && scope.nextClearBit(0) >= docs.size()) scope = null;
        if (!caseSensitive
                && (q instanceof Query.Word || q instanceof Query.Wildcard || q instanceof Query.TokenRegex)) {
            int[] ids = matchingTerms(q);
            try {
                BytesRef[] keys = keys(ids);
                for (LeafReaderContext leaf : leaves) {
                    eachPostings(leaf.reader(), keys, PostingsEnum.FREQS, p -> {
                        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc())
                            out[leaf.docBase + d] += p.freq();
                    });
                }
            } catch (IOException e) {
                throw damaged("reading postings", e);
            }
            if (scope != null)
                for (int d = scope.nextClearBit(0); d < out.length; d = scope.nextClearBit(d + 1)) out[d] = 0;
            return out;
        }
        return Index.countedHits(this, q, scope, caseSensitive);
    }

    @Override
    public long[] termCounts(BitSet documents) {
        int n = docs.size();
        long[] out = new long[vocab.size()];
        long[] share = Index.tokens(docs, documents);
        long inside = share[0], all = share[1];
        if (inside == all) return vocab.collectionCounts();
        // A small selection (or a small rest) is counted off its texts; a middling one off the postings.
        if (inside <= all / 8) {
            countTexts(documents, out, 1);
        } else if (all - inside <= all / 8) {
            BitSet rest = new BitSet(n);
            rest.set(0, n);
            rest.andNot(documents);
            out = vocab.collectionCounts();
            countTexts(rest, out, -1);
        } else {
            countPostings(documents, out);
        }
        return out;
    }

    private void countTexts(BitSet documents, long[] out, int sign) {
        int[] list = documents.stream().filter(d -> d < docs.size()).toArray();
        Cancellation cancel = Cancellation.current();
        int chunks =
                Math.max(1, Math.min(list.length / 16, 4 * Runtime.getRuntime().availableProcessors()));
        long[][] partial = new long[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            long[] mine = new long[out.length];
            for (int k = c; k < list.length; k += chunks) {
                cancel.poll();
                for (int id : documentTerms(list[k])) mine[id]++;
            }
            partial[c] = mine;
        });
        for (long[] p : partial) for (int id = 0; id < out.length; id++) out[id] += sign * p[id];
    }

    private void countPostings(BitSet documents, long[] out) {
        Cancellation cancel = Cancellation.current();
        try {
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(Schema.BODY);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                PostingsEnum p = null;
                int k = 0;
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    if ((++k & 0xFFF) == 0) cancel.poll();
                    int id = idOfIndexed(t.utf8ToString());
                    p = te.postings(p, PostingsEnum.FREQS);
                    long c = 0;
                    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                        if (documents.get(leaf.docBase + d)) c += p.freq();
                    }
                    out[id] += c;
                }
            }
        } catch (IOException e) {
            throw damaged("reading postings", e);
        }
    }

    private int idOfIndexed(String indexed) {
        int id = vocab.id(indexed);
        if (id >= 0) return id;
        Map<String, Integer> m = longTerms;
        if (m == null) {
            m = new HashMap<>();
            for (int i = 0; i < vocab.size(); i++) {
                String t = vocab.term(i);
                if (Schema.mayBeTooLong(t.length())) m.put(Schema.indexed(t), i);
            }
            longTerms = m;
        }
        Integer got = m.get(indexed);
        if (got == null) throw damaged("the term '" + indexed + "' is missing from the vocabulary", null);
        return got;
    }

    private long run(Query q, BitSet scope, boolean cs, int limit, List<Hit> out, BitSet docsHit) {
        if (scope != null && scope.nextClearBit(0) >= docs.size()) scope = null;
        try {
            if (q instanceof Query.TextRegex r) {
                var plan = RegexPlan.of(r.pattern().pattern());
                if (plan.isPresent()) return planned(r, plan.get(), scope, limit, out, docsHit);
                BitSet candidates = TextScan.candidates(r, vocab, this::documentsOf);
                return TextScan.scan(r, docs, TextScan.order(docs.size(), scope, candidates), limit, out, docsHit);
            }
            if (q instanceof Query.Phrase p) return phrase(p, scope, cs, limit, out, docsHit);
            return token(q, scope, cs, limit, out, docsHit);
        } catch (IOException e) {
            throw damaged("reading postings", e);
        }
    }

    /** Documents where any of these terms occurs. */
    private BitSet documentsOf(int[] ids) {
        BitSet b = new BitSet(docs.size());
        try {
            BytesRef[] keys = keys(ids);
            for (LeafReaderContext leaf : leaves) {
                eachPostings(leaf.reader(), keys, PostingsEnum.NONE, p -> {
                    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc())
                        b.set(leaf.docBase + d);
                });
            }
        } catch (IOException e) {
            throw damaged("reading postings", e);
        }
        return b;
    }

    private PostingsEnum postings(LeafReader r, int id, int flags) throws IOException {
        return r.postings(new Term(Schema.BODY, Schema.indexed(vocab.term(id))), flags);
    }

    /** One term's postings in a leaf, for walking several terms in document order. */
    private static final class Cursor {
        final PostingsEnum p;
        int doc;

        Cursor(PostingsEnum p) throws IOException {
            this.p = p;
            this.doc = p.nextDoc();
        }
    }

    private List<Cursor> cursors(LeafReader r, int[] ids, int flags) throws IOException {
        List<Cursor> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            PostingsEnum p = postings(r, id, flags);
            if (p != null) {
                Cursor c = new Cursor(p);
                if (c.doc != DocIdSetIterator.NO_MORE_DOCS) out.add(c);
            }
        }
        return out;
    }

    /** Tokens of one document that belong to a set of terms: positions and character spans, in position order. */
    private static final class Tokens {
        int[] pos = new int[16], start = new int[16], end = new int[16];
        int size;

        void clear() {
            size = 0;
        }

        void add(int p, int s, int e) {
            if (size == pos.length) {
                pos = Arrays.copyOf(pos, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            pos[size] = p;
            start[size] = s;
            end[size] = e;
            size++;
        }

        void read(PostingsEnum p) throws IOException {
            for (int i = p.freq(); i > 0; i--) {
                int at = p.nextPosition();
                add(at, p.startOffset(), p.endOffset());
            }
        }

        /** Sorts by position (needed when several terms' tokens were read one term after another). */
        void sort() {
            if (size < 2) return;
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) sorted = pos[i - 1] < pos[i];
            if (sorted) return;
            long[] k = new long[size];
            for (int i = 0; i < size; i++) k[i] = ((long) pos[i] << 32) | i;
            Arrays.sort(k);
            int[] p = new int[size], s = new int[size], e = new int[size];
            for (int i = 0; i < size; i++) {
                int j = (int) k[i];
                p[i] = pos[j];
                s[i] = start[j];
                e[i] = end[j];
            }
            pos = p;
            start = s;
            end = e;
        }

        /** Index of position {@code p}, or -1. */
        int find(int p) {
            int i = Arrays.binarySearch(pos, 0, size, p);
            return i >= 0 ? i : -1;
        }
    }

    /**
     * A word, wildcard or token regex. The first hits come from the union of its terms' postings, walked document by
     * document until the limit; the totals then from each term's postings on its own (frequencies only), which needs no
     * merge. A case-sensitive search checks every token as written, so it walks everything in order.
     */
    private long token(Query q, BitSet scope, boolean cs, int limit, List<Hit> out, BitSet docsHit) throws IOException {
        int[] ids = matchingTerms(q);
        if (ids.length == 0) return 0;
        Cancellation cancel = Cancellation.current();
        long total = 0;
        Tokens t = new Tokens();
        boolean walkAll = cs;
        for (LeafReaderContext leaf : leaves) {
            if (!walkAll && out.size() >= limit) break;
            PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> Integer.compare(a.doc, b.doc));
            queue.addAll(cursors(leaf.reader(), ids, PostingsEnum.OFFSETS));
            int seen = 0;
            while (!queue.isEmpty() && (walkAll || out.size() < limit)) {
                if ((++seen & 0xFF) == 0) cancel.poll();
                int d = queue.peek().doc, g = leaf.docBase + d;
                boolean in = scope == null || scope.get(g);
                t.clear();
                while (!queue.isEmpty() && queue.peek().doc == d) {
                    Cursor c = queue.poll();
                    if (in) t.read(c.p);
                    c.doc = c.p.nextDoc();
                    if (c.doc != DocIdSetIterator.NO_MORE_DOCS) queue.add(c);
                }
                if (!in) continue;
                t.sort();
                String text = cs ? docs.get(g).text() : null;
                for (int i = 0; i < t.size; i++) {
                    if (cs && !Query.matchesSurface(q, text.substring(t.start[i], t.end[i]))) continue;
                    total++;
                    docsHit.set(g);
                    if (out.size() < limit) out.add(new Hit(g, t.start[i], t.end[i]));
                }
            }
        }
        if (walkAll) return total;
        // The totals: every term's frequency in every document in scope.
        long[] sum = {0};
        BitSet in = scope;
        BytesRef[] keys = keys(ids);
        for (LeafReaderContext leaf : leaves) {
            eachPostings(leaf.reader(), keys, PostingsEnum.FREQS, p -> {
                for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                    int g = leaf.docBase + d;
                    if (in != null && !in.get(g)) continue;
                    sum[0] += p.freq();
                    docsHit.set(g);
                }
            });
        }
        return sum[0];
    }

    /**
     * A phrase: the documents holding every part, walked from the rarest part's postings; in each, a start position is
     * a hit when part i holds position start + i.
     */
    private long phrase(Query.Phrase p, BitSet scope, boolean cs, int limit, List<Hit> out, BitSet docsHit)
            throws IOException {
        int n = p.parts().size();
        int[][] ids = new int[n][];
        for (int i = 0; i < n; i++) ids[i] = matchingTerms(p.parts().get(i));
        long[] total = {0};
        consecutive(ids, scope, (g, tokens, at) -> {
            if (cs) {
                String text = docs.get(g).text();
                for (int i = 0; i < n; i++) {
                    String surface = text.substring(tokens[i].start[at[i]], tokens[i].end[at[i]]);
                    if (!Query.matchesSurface(p.parts().get(i), surface)) return;
                }
            }
            total[0]++;
            docsHit.set(g);
            if (out.size() < limit) out.add(new Hit(g, tokens[0].start[at[0]], tokens[n - 1].end[at[n - 1]]));
        });
        return total[0];
    }

    /** A run of consecutive tokens found: document, each part's tokens, and where in them this run's token is. */
    private interface RunVisitor {
        void visit(int doc, Tokens[] tokens, int[] at);
    }

    /**
     * Every run of consecutive positions where part i holds one of the terms {@code ids[i]}, in document and position
     * order: the documents holding every part, walked from the rarest part's postings.
     */
    private void consecutive(int[][] ids, BitSet scope, RunVisitor visitor) throws IOException {
        int n = ids.length;
        int anchor = -1;
        long anchorCount = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            if (ids[i].length == 0) return;
            long c = 0;
            for (int id : ids[i]) c += vocab.collectionFrequency(id);
            if (c < anchorCount) {
                anchorCount = c;
                anchor = i;
            }
        }
        Cancellation cancel = Cancellation.current();
        Tokens[] tokens = new Tokens[n];
        for (int i = 0; i < n; i++) tokens[i] = new Tokens();
        int[] at = new int[n];
        for (LeafReaderContext leaf : leaves) {
            List<List<Cursor>> parts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) parts.add(cursors(leaf.reader(), ids[i], PostingsEnum.OFFSETS));
            PriorityQueue<Cursor> queue = new PriorityQueue<>((a, b) -> Integer.compare(a.doc, b.doc));
            queue.addAll(parts.get(anchor));
            int seen = 0;
            while (!queue.isEmpty()) {
                if ((++seen & 0xFF) == 0) cancel.poll();
                int d = queue.peek().doc, g = leaf.docBase + d;
                tokens[anchor].clear();
                while (!queue.isEmpty() && queue.peek().doc == d) {
                    Cursor c = queue.poll();
                    tokens[anchor].read(c.p);
                    c.doc = c.p.nextDoc();
                    if (c.doc != DocIdSetIterator.NO_MORE_DOCS) queue.add(c);
                }
                if (scope != null && !scope.get(g)) continue;
                boolean all = true;
                for (int i = 0; i < n && all; i++) {
                    if (i == anchor) continue;
                    Tokens t = tokens[i];
                    t.clear();
                    for (Cursor c : parts.get(i)) {
                        if (c.doc < d) c.doc = c.p.advance(d);
                        if (c.doc == d) t.read(c.p);
                    }
                    t.sort();
                    all = t.size > 0;
                }
                if (!all) continue;
                tokens[anchor].sort();
                Tokens a = tokens[anchor];
                for (int k = 0; k < a.size; k++) {
                    int start = a.pos[k] - anchor;
                    if (start < 0) continue;
                    boolean ok = true;
                    for (int i = 0; i < n && ok; i++) {
                        at[i] = tokens[i].find(start + i);
                        ok = at[i] >= 0;
                    }
                    if (ok) visitor.visit(g, tokens, at);
                }
            }
        }
    }

    /**
     * A free regex with a {@link RegexPlan}. The plan's chain whose rarest token is rarest gives the anchors: that
     * token's occurrences, kept where the chain's other tokens stand at their places (each a set of corpus positions,
     * read when reading it costs less than the windows it could spare). Each anchor opens a window of its text; only
     * the documents holding one are read, and only the windows scanned.
     */
    private long planned(Query.TextRegex r, RegexPlan plan, BitSet scope, int limit, List<Hit> out, BitSet docsHit)
            throws IOException {
        RegexPlan.Anchor best = plan.anchor(vocab);
        if (best == null) return 0; // a token every match needs is nowhere
        int n = best.ids().length, anchor = best.slot();
        int[][] bestIds = best.ids();
        long[] bestCounts = best.counts();
        long[] base = tokenBases();
        long all = base[docs.size()];
        // The other tokens of the chain, where it pays: a set of corpus positions each. Reading a position costs
        // about a tenth of what a window costs to scan, opening a term about five times that; a slot of a thousand
        // number terms seldom pays for itself, one common word often does.
        long[][] holds = new long[n][];
        for (int i = 0; i < n; i++) {
            if (i == anchor || all >= Integer.MAX_VALUE) continue;
            if (bestCounts[i] + 50L * bestIds[i].length > 10 * bestCounts[anchor]) continue;
            holds[i] = positions(bestIds[i], base, all);
        }
        long[][] found = {new long[1024]};
        int[] size = {0};
        int a = anchor;
        BytesRef[] anchorKeys = keys(bestIds[anchor]);
        for (LeafReaderContext leaf : leaves) {
            eachPostings(leaf.reader(), anchorKeys, PostingsEnum.OFFSETS, p -> {
                for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                    int g = leaf.docBase + d;
                    if (scope != null && !scope.get(g)) continue;
                    for (int f = p.freq(); f > 0; f--) {
                        long at = base[g] + p.nextPosition();
                        boolean ok = true;
                        for (int i = 0; i < n && ok; i++) {
                            long q = at - a + i;
                            ok = holds[i] == null
                                    || q >= base[g] && q < base[g + 1] && (holds[i][(int) (q >>> 6)] & 1L << q) != 0;
                        }
                        if (!ok) continue;
                        if (size[0] == found[0].length) found[0] = Arrays.copyOf(found[0], size[0] * 2);
                        found[0][size[0]++] = ((long) g << 32) | p.startOffset();
                    }
                }
            });
        }
        Arrays.sort(found[0], 0, size[0]);
        TextScan.Anchors anchors = new TextScan.Anchors();
        for (int i = 0; i < size[0]; i++) anchors.add((int) (found[0][i] >>> 32), (int) found[0][i]);
        return TextScan.scanWindows(r, docs, anchors, best.piece(), plan, limit, out, docsHit);
    }

    /** Where each document's tokens begin among the corpus's, and (last) how many there are. */
    private long[] tokenBases() {
        long[] b = bases;
        if (b == null) {
            b = new long[docs.size() + 1];
            for (int d = 0; d < docs.size(); d++) b[d + 1] = b[d] + docs.get(d).tokens();
            bases = b;
        }
        return b;
    }

    /** The corpus positions holding any of these terms. */
    private long[] positions(int[] ids, long[] base, long all) throws IOException {
        BytesRef[] keys = keys(ids);
        Cancellation cancel = Cancellation.current();
        long[] words = new long[(int) ((all + 63) >>> 6)];
        // The segments on every core. A segment's positions are a range of their own: only the words at its two ends
        // can hold another segment's bits, so those two are kept apart and joined under a lock, the rest written as
        // they come.
        Object joining = new Object();
        IOException[] failed = new IOException[1];
        IntStream.range(0, leaves.size()).parallel().forEach(li -> {
            LeafReaderContext leaf = leaves.get(li);
            int firstWord = (int) (base[leaf.docBase] >>> 6);
            int lastWord = (int) ((base[leaf.docBase + leaf.reader().maxDoc()] - 1) >>> 6);
            long[] ends = new long[2];
            try {
                eachPostings(leaf.reader(), keys, PostingsEnum.POSITIONS, cancel, p -> {
                    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
                        long b = base[leaf.docBase + d];
                        for (int f = p.freq(); f > 0; f--) {
                            long at = b + p.nextPosition();
                            int w = (int) (at >>> 6);
                            if (w == firstWord) ends[0] |= 1L << at;
                            else if (w == lastWord) ends[1] |= 1L << at;
                            else words[w] |= 1L << at;
                        }
                    }
                });
            } catch (IOException e) {
                synchronized (failed) {
                    failed[0] = e;
                }
            }
            synchronized (joining) {
                if (firstWord < words.length) words[firstWord] |= ends[0];
                if (lastWord >= 0 && lastWord < words.length) words[lastWord] |= ends[1];
            }
        });
        if (failed[0] != null) throw failed[0];
        return words;
    }

    /**
     * These terms as the index holds them, in its order: made once for a search, not once for each segment (a slot of
     * twenty thousand number terms over sixteen segments spent most of its time making and sorting them again).
     */
    private BytesRef[] keys(int[] ids) {
        BytesRef[] keys = new BytesRef[ids.length];
        for (int i = 0; i < ids.length; i++) keys[i] = new BytesRef(Schema.indexed(vocab.term(ids[i])));
        Arrays.sort(keys);
        return keys;
    }

    /** Reads one term's postings. */
    private interface PostingsReader {
        void read(PostingsEnum p) throws IOException;
    }

    /**
     * These terms' postings in one leaf, one term after the other: one terms enum seeking in term order and one
     * postings enum reused, where opening each term on its own would cost a terms enum each (thousands of number terms
     * make that the larger part of a search).
     */
    private void eachPostings(LeafReader r, BytesRef[] keys, int flags, PostingsReader reader) throws IOException {
        eachPostings(r, keys, flags, Cancellation.current(), reader);
    }

    /** As above, stopping when {@code cancel} (the command's, from the thread that runs it) fires. */
    private void eachPostings(LeafReader r, BytesRef[] keys, int flags, Cancellation cancel, PostingsReader reader)
            throws IOException {
        Terms terms = r.terms(Schema.BODY);
        if (terms == null || keys.length == 0) return;
        TermsEnum te = terms.iterator();
        PostingsEnum p = null;
        int k = 0;
        for (BytesRef key : keys) {
            if ((++k & 0xFF) == 0) cancel.poll();
            if (!te.seekExact(key)) continue;
            p = te.postings(p, flags);
            reader.read(p);
        }
    }

    private CorpexException damaged(String what, Exception e) {
        String why = e == null
                ? ""
                : e.getMessage() == null ? Failure.words(e) : e.getMessage().replaceAll("\\s*\\(resource=[^)]*\\)", "");
        return StoredIndex.damaged(name, what + (e == null ? "" : ": " + why));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // letting go of a read-only index: nothing to lose
        }
    }

    IndexReader reader() {
        return reader;
    }

    Vocabulary vocabulary() {
        return vocab;
    }
}
