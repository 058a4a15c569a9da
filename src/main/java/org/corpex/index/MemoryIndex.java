package org.corpex.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;

/**
 * The corpus index built in memory at load, in parallel across documents: the fast engine for a corpus that fits in
 * memory.
 *
 * <ul>
 *   <li>A vocabulary of folded terms (lower case, curly apostrophes as straight ones; accents kept).
 *   <li>Positional postings: for each term, the corpus-wide positions of its tokens (a token's position is its
 *       document's first position plus its index in the document), delta-coded as variable-length bytes. A frequent
 *       word's gaps are small, so most positions cost one byte.
 *   <li>Per document, the term id of each token (two bytes a token; the rare ids above 65,534 are kept aside), so
 *       phrases, collocates and n-grams never touch the text.
 *   <li>Collection and document frequency per term, so the count of a word is known without reading its postings.
 * </ul>
 *
 * Character offsets come from each document's {@link Layout}; nothing is held per token as an object.
 */
public final class MemoryIndex implements Index {
    private static final char ESCAPE = '\uFFFF';

    private final List<Document> docs;
    private final int[] docBase; // first corpus-wide position of each document; docBase[n] = token count
    private final Vocabulary vocab;
    private final byte[][] postings; // per term: varint gaps between positions, first gap from -1
    private final int[] collectionFrequency; // the vocabulary's, at hand for the hot loops
    private final int[] documentFrequency;
    private final char[][] docTerms; // per document: term id of each token, ESCAPE for ids >= 0xFFFF
    private final int[][] escapes; // per document: position, id, position, id... of escaped ids; or null

    private MemoryIndex(
            List<Document> docs,
            int[] docBase,
            TermTable vocabulary,
            byte[][] postings,
            int[] cf,
            int[] df,
            char[][] docTerms,
            int[][] escapes) {
        this.docs = docs;
        this.docBase = docBase;
        this.vocab = new Vocabulary(vocabulary, cf, df);
        this.postings = postings;
        this.collectionFrequency = cf;
        this.documentFrequency = df;
        this.docTerms = docTerms;
        this.escapes = escapes;
    }

    // ---------------------------------------------------------------- building

    public static MemoryIndex build(List<Document> docs) {
        int n = docs.size();
        int[] docBase = new int[n + 1];
        for (int d = 0; d < n; d++) {
            long next = (long) docBase[d] + docs.get(d).layout().tokenCount();
            if (next > Integer.MAX_VALUE - 8)
                throw new CorpexException("corpus too large to index: more than 2 billion tokens");
            docBase[d + 1] = (int) next;
        }
        // 1. In parallel over chunks of documents: fold each token, give it a chunk-local id, and
        //    note per local term its count, documents, first and last position, and the bytes its
        //    gaps inside the chunk will take.
        int chunks = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors() * 8));
        Chunk[] parts = new Chunk[chunks];
        int[][] ids = new int[n][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Chunk ch = new Chunk(c * n / chunks, (c + 1) * n / chunks);
            char[] buf = new char[64];
            for (int d = ch.from; d < ch.to; d++) {
                Document doc = docs.get(d);
                String text = doc.text();
                Layout l = doc.layout();
                int[] out = new int[l.tokenCount()];
                int base = docBase[d];
                for (int i = 0; i < out.length; i++) {
                    int s = l.tokenStart(i), e = l.tokenEnd(i);
                    if (buf.length < 2 * (e - s)) buf = new char[4 * (e - s)];
                    int len = Index.fold(text, s, e, buf);
                    int k = ch.table.add(buf, len, TermTable.hash(buf, len));
                    ch.see(k, base + i, d);
                    out[i] = k;
                }
                ids[d] = out;
            }
            parts[c] = ch;
        });
        // 2. Merge the chunk vocabularies in document order (ids follow first appearance), and lay
        //    out each term's postings: where each chunk's part of it starts, and the gap before it.
        TermTable vocabulary = new TermTable();
        int[] cf = new int[1024], df = new int[1024], size = new int[1024], last = new int[1024];
        for (Chunk ch : parts) {
            int m = ch.table.size();
            ch.global = new int[m];
            ch.offset = new int[m];
            ch.previous = new int[m];
            for (int k = 0; k < m; k++) {
                int g = vocabulary.add(ch.table.key(k));
                if (g >= cf.length) {
                    int cap = cf.length * 2;
                    cf = Arrays.copyOf(cf, cap);
                    df = Arrays.copyOf(df, cap);
                    size = Arrays.copyOf(size, cap);
                    last = Arrays.copyOf(last, cap);
                }
                if (cf[g] == 0) last[g] = -1;
                ch.global[k] = g;
                ch.offset[k] = size[g];
                ch.previous[k] = last[g];
                size[g] += varintLength(ch.first[k] - last[g]) + ch.bytes[k];
                cf[g] += ch.count[k];
                df[g] += ch.docs[k];
                last[g] = ch.last[k];
            }
            ch.table = null;
        }
        int v = vocabulary.size();
        byte[][] postings = new byte[v][];
        for (int g = 0; g < v; g++) postings[g] = new byte[size[g]];
        // 3. In parallel over the chunks again: write each chunk's stretch of every term's postings
        //    (no two chunks write the same bytes) and the two-byte term ids of its documents.
        char[][] docTerms = new char[n][];
        int[][] escapes = new int[n][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Chunk ch = parts[c];
            int[] at = ch.offset, prev = ch.previous, global = ch.global;
            for (int d = ch.from; d < ch.to; d++) {
                int[] a = ids[d];
                int base = docBase[d];
                char[] out = new char[a.length];
                int esc = 0;
                for (int i = 0; i < a.length; i++) {
                    int k = a[i], g = global[k], pos = base + i;
                    at[k] = writeVarint(postings[g], at[k], pos - prev[k]);
                    prev[k] = pos;
                    if (g >= ESCAPE) {
                        out[i] = ESCAPE;
                        esc++;
                    } else out[i] = (char) g;
                }
                if (esc > 0) {
                    int[] e = new int[esc * 2];
                    int j = 0;
                    for (int i = 0; i < a.length; i++)
                        if (global[a[i]] >= ESCAPE) {
                            e[j++] = i;
                            e[j++] = global[a[i]];
                        }
                    escapes[d] = e;
                }
                docTerms[d] = out;
                ids[d] = null;
            }
        });
        cf = Arrays.copyOf(cf, v);
        df = Arrays.copyOf(df, v);
        return new MemoryIndex(docs, docBase, vocabulary, postings, cf, df, docTerms, escapes);
    }

    /** One indexing task's documents, its local vocabulary, and what it noted per local term. */
    private static final class Chunk {
        final int from, to;
        TermTable table = new TermTable();
        int[] count = new int[1024],
                docs = new int[1024],
                first = new int[1024],
                last = new int[1024],
                bytes = new int[1024],
                lastDoc = new int[1024];
        int[] global, offset, previous;

        Chunk(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void see(int k, int pos, int doc) {
            if (k >= count.length) {
                int cap = count.length * 2;
                count = Arrays.copyOf(count, cap);
                docs = Arrays.copyOf(docs, cap);
                first = Arrays.copyOf(first, cap);
                last = Arrays.copyOf(last, cap);
                bytes = Arrays.copyOf(bytes, cap);
                lastDoc = Arrays.copyOf(lastDoc, cap);
            }
            if (count[k] == 0) {
                first[k] = pos;
            } else {
                bytes[k] += varintLength(pos - last[k]);
            }
            if (count[k] == 0 || lastDoc[k] != doc) {
                docs[k]++;
                lastDoc[k] = doc;
            }
            count[k]++;
            last[k] = pos;
        }
    }

    private static int varintLength(int v) {
        return v < 1 << 7 ? 1 : v < 1 << 14 ? 2 : v < 1 << 21 ? 3 : v < 1 << 28 ? 4 : 5;
    }

    private static int writeVarint(byte[] b, int k, int v) {
        while ((v & ~0x7F) != 0) {
            b[k++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        b[k++] = (byte) v;
        return k;
    }

    /** Reads a term's positions in order. */
    private static final class Postings {
        private final byte[] b;
        private int i;
        private int pos = -1;

        Postings(byte[] b) {
            this.b = b;
        }

        boolean hasNext() {
            return i < b.length;
        }

        int next() {
            int v = 0, shift = 0;
            byte x;
            do {
                x = b[i++];
                v |= (x & 0x7F) << shift;
                shift += 7;
            } while (x < 0);
            return pos += v;
        }
    }

    // ---------------------------------------------------------------- the vocabulary

    /** Number of distinct folded terms. */
    @Override
    public int vocabularySize() {
        return vocab.size();
    }

    /** The folded term with this id. */
    @Override
    public String term(int id) {
        return vocab.term(id);
    }

    /** Id of a folded term, or -1. */
    @Override
    public int termId(String folded) {
        return vocab.id(folded);
    }

    /** How often a term occurs in the whole corpus. */
    @Override
    public int termFrequency(int id) {
        return collectionFrequency[id];
    }

    /** In how many documents a term occurs. */
    @Override
    public int documentFrequency(int id) {
        return documentFrequency[id];
    }

    /** Number of documents indexed. */
    @Override
    public int documentCount() {
        return docs.size();
    }

    /** Number of tokens in a document. */
    @Override
    public int tokenCount(int doc) {
        return docTerms[doc].length;
    }

    /** Term id of token {@code i} of a document. */
    @Override
    public int termAt(int doc, int i) {
        char c = docTerms[doc][i];
        if (c != ESCAPE) return c;
        int[] e = escapes[doc];
        int lo = 0, hi = e.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int p = e[mid * 2];
            if (p < i) lo = mid + 1;
            else if (p > i) hi = mid - 1;
            else return e[mid * 2 + 1];
        }
        throw new IllegalStateException("escaped term id missing at " + doc + ":" + i);
    }

    /** Term ids of a document's tokens, in order (a fresh array). */
    @Override
    public int[] documentTerms(int doc) {
        char[] a = docTerms[doc];
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i];
        int[] e = escapes[doc];
        if (e != null) for (int k = 0; k < e.length; k += 2) out[e[k]] = e[k + 1];
        return out;
    }

    /** Term ids whose folded form the single-token query matches. */
    @Override
    public int[] matchingTerms(Query q) {
        return vocab.matching(q);
    }

    // ---------------------------------------------------------------- searching

    /** Documents (positions in the corpus) with at least one hit. */
    @Override
    public BitSet documentsMatching(Query q, boolean caseSensitive) {
        BitSet out = new BitSet(docs.size());
        run(q, null, caseSensitive, 0, new ArrayList<>(), out);
        return out;
    }

    /**
     * Hits for a query, in document then text order, in the documents of {@code scope} (null for all), at most
     * {@code limit} of them.
     */
    @Override
    public List<Hit> search(Query q, BitSet scope, boolean caseSensitive, int limit) {
        return find(q, scope, caseSensitive, limit).hits();
    }

    /** The first {@code limit} hits, with the total number of hits and of documents with one. */
    @Override
    public Result find(Query q, BitSet scope, boolean caseSensitive, int limit) {
        if (!caseSensitive
                && (scope == null || scope.nextClearBit(0) >= docs.size())
                && (q instanceof Query.Word || q instanceof Query.Wildcard || q instanceof Query.TokenRegex)) {
            int[] ids = matchingTerms(q);
            // Over the whole corpus, a word's totals are known: only the first hits are decoded.
            List<Hit> hits = new ArrayList<>(Math.min(limit, 1024));
            if (ids.length == 1) {
                run(q, null, false, limit, hits, null);
                return new Result(hits, collectionFrequency[ids[0]], documentFrequency[ids[0]]);
            }
            long total = 0;
            for (int id : ids) total += collectionFrequency[id];
            BitSet docsHit = new BitSet(docs.size());
            markDocuments(ids, docsHit);
            for (int pos : firstPositions(ids, limit)) hits.add(hitAt(pos));
            return new Result(hits, total, docsHit.cardinality());
        }
        List<Hit> hits = new ArrayList<>(Math.min(limit, 1024));
        BitSet docsHit = new BitSet(docs.size());
        long total = run(q, scope, caseSensitive, limit, hits, docsHit);
        return new Result(hits, total, docsHit.cardinality());
    }

    private long run(Query q, BitSet scope, boolean cs, int limit, List<Hit> out, BitSet docsHit) {
        if (scope != null && scope.nextClearBit(0) >= docs.size()) scope = null; // everything: the fast paths apply
        if (q instanceof Query.TextRegex r) return scanText(r, scope, limit, out, docsHit);
        if (q instanceof Query.Phrase p) return phrase(p, scope, cs, limit, out, docsHit);
        int[] ids = matchingTerms(q);
        if (ids.length == 0) return 0;
        if (!cs && scope == null && ids.length == 1) {
            // Known totals; only the first hits need decoding.
            int id = ids[0];
            Postings p = new Postings(postings[id]);
            int d = 0;
            while (out.size() < limit && p.hasNext()) {
                int pos = p.next();
                while (pos >= docBase[d + 1]) d++;
                out.add(hit(d, pos - docBase[d], 1));
            }
            if (docsHit != null) markDocuments(ids, docsHit);
            return collectionFrequency[id];
        }
        Predicate check = cs ? (d, local) -> Query.matchesSurface(q, surface(d, local)) : null;
        return walk(positions(ids), scope, 0, 1, check, limit, out, docsHit);
    }

    /**
     * Hits per document (indexed by corpus position) in the documents of {@code scope} (null for all): what trend,
     * count and dispersion need. A word, wildcard or token regex is counted off its postings, without making a hit of
     * each position, so a common word over a large corpus stays a matter of milliseconds; phrases and text regexes
     * count the hits a search finds.
     */
    @Override
    public int[] hitsPerDocument(Query q, BitSet scope, boolean caseSensitive) {
        int[] out = new int[docs.size()];
        if (scope != null && scope.nextClearBit(0) >= docs.size()) scope = null;
        if (!caseSensitive
                && (q instanceof Query.Word || q instanceof Query.Wildcard || q instanceof Query.TokenRegex)) {
            Cancellation cancel = Cancellation.current();
            for (int id : matchingTerms(q)) {
                cancel.poll();
                Postings p = new Postings(postings[id]);
                int d = 0;
                while (p.hasNext()) {
                    int pos = p.next();
                    if (pos >= docBase[d + 1]) d = docOf(pos, d);
                    out[d]++;
                }
            }
            if (scope != null)
                for (int d = scope.nextClearBit(0); d < out.length; d = scope.nextClearBit(d + 1)) out[d] = 0;
            return out;
        }
        return Index.countedHits(this, q, scope, caseSensitive);
    }

    /**
     * How often each term occurs in these documents (indexed by term id). Read straight off the documents' term arrays,
     * on every core; when the documents hold most of the corpus's tokens, the rest is counted instead and subtracted
     * from the corpus totals, which the index knows.
     */
    @Override
    public long[] termCounts(BitSet documents) {
        int n = docs.size();
        long[] out = new long[vocab.size()];
        long inside = 0, all = docBase[n];
        for (int d = documents.nextSetBit(0); d >= 0 && d < n; d = documents.nextSetBit(d + 1))
            inside += docTerms[d].length;
        boolean complement = inside > all / 2;
        BitSet count = documents;
        if (complement) {
            count = new BitSet(n);
            count.set(0, n);
            count.andNot(documents);
        }
        int[] list = count.stream().filter(d -> d < n).toArray();
        Cancellation cancel = Cancellation.current();
        int chunks =
                Math.max(1, Math.min(list.length / 64, 4 * Runtime.getRuntime().availableProcessors()));
        long[][] partial = new long[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            long[] mine = new long[vocab.size()];
            for (int k = c; k < list.length; k += chunks) {
                if ((k & 0x3F) == 0) cancel.poll();
                int d = list[k];
                char[] a = docTerms[d];
                for (char t : a) if (t != ESCAPE) mine[t]++;
                int[] e = escapes[d];
                if (e != null) for (int j = 1; j < e.length; j += 2) mine[e[j]]++;
            }
            partial[c] = mine;
        });
        for (long[] p : partial) for (int id = 0; id < out.length; id++) out[id] += p[id];
        if (complement) for (int id = 0; id < out.length; id++) out[id] = collectionFrequency[id] - out[id];
        return out;
    }

    /** Documents where any of these terms occurs. */
    private void markDocuments(int[] ids, BitSet docsHit) {
        for (int id : ids) {
            Postings p = new Postings(postings[id]);
            int d = 0;
            while (p.hasNext()) {
                int pos = p.next();
                if (pos >= docBase[d + 1]) d = docOf(pos, d);
                docsHit.set(d);
            }
        }
    }

    /** The document holding corpus-wide position {@code pos}, searching forward from {@code from}. */
    private int docOf(int pos, int from) {
        int lo = from, hi = docs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (docBase[mid] <= pos) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The first {@code limit} positions of any of these terms, in order: the first of each term, merged. */
    private int[] firstPositions(int[] ids, int limit) {
        long size = 0;
        for (int id : ids) size += Math.min(limit, collectionFrequency[id]);
        int[] all = new int[(int) Math.min(size, Integer.MAX_VALUE - 8)];
        int k = 0;
        for (int id : ids) {
            Postings p = new Postings(postings[id]);
            for (int i = 0; i < limit && p.hasNext() && k < all.length; i++) all[k++] = p.next();
        }
        int[] out = Arrays.copyOf(all, k);
        Arrays.sort(out);
        return out.length > limit ? Arrays.copyOf(out, limit) : out;
    }

    private Hit hitAt(int pos) {
        int d = docOf(pos, 0);
        return hit(d, pos - docBase[d], 1);
    }

    /** All positions of these terms, in order. */
    private int[] positions(int[] ids) {
        long total = 0;
        for (int id : ids) total += collectionFrequency[id];
        if (total > Integer.MAX_VALUE - 8) throw new CorpexException("too many hits to list");
        int[] out = new int[(int) total];
        int k = 0;
        for (int id : ids) {
            Postings p = new Postings(postings[id]);
            while (p.hasNext()) out[k++] = p.next();
        }
        if (ids.length > 1) Arrays.parallelSort(out);
        return out;
    }

    private interface Predicate {
        boolean test(int doc, int local);
    }

    /**
     * Walks positions in order: those in scope whose {@code length}-token span starting {@code offset} tokens before
     * them fits in the document and passes {@code check} are hits.
     */
    private long walk(
            int[] positions,
            BitSet scope,
            int offset,
            int length,
            Predicate check,
            int limit,
            List<Hit> out,
            BitSet docsHit) {
        long total = 0;
        int d = 0;
        Cancellation cancel = Cancellation.current();
        for (int k = 0; k < positions.length; k++) {
            if ((k & 0xFFF) == 0xFFF) cancel.poll();
            int pos = positions[k];
            if (pos >= docBase[d + 1]) d = docOf(pos, d);
            if (scope != null && !scope.get(d)) {
                int next = scope.nextSetBit(d + 1);
                if (next < 0) break;
                int target = docBase[next];
                while (k + 1 < positions.length && positions[k + 1] < target) k++;
                continue;
            }
            int start = pos - offset - docBase[d];
            if (start < 0 || start + length > docTerms[d].length) continue;
            if (check != null && !check.test(d, start)) continue;
            total++;
            docsHit.set(d);
            if (out.size() < limit) out.add(hit(d, start, length));
        }
        return total;
    }

    private Hit hit(int d, int start, int length) {
        Layout l = docs.get(d).layout();
        return new Hit(d, l.tokenStart(start), l.tokenEnd(start + length - 1));
    }

    private String surface(int d, int local) {
        Layout l = docs.get(d).layout();
        return docs.get(d).text().substring(l.tokenStart(local), l.tokenEnd(local));
    }

    private long phrase(Query.Phrase p, BitSet scope, boolean cs, int limit, List<Hit> out, BitSet docsHit) {
        int n = p.parts().size();
        int[][] allowedIds = new int[n][];
        BitSet[] allowed = new BitSet[n];
        int anchor = -1;
        long anchorCount = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            allowedIds[i] = matchingTerms(p.parts().get(i));
            if (allowedIds[i].length == 0) return 0;
            allowed[i] = new BitSet(vocab.size());
            long c = 0;
            for (int id : allowedIds[i]) {
                allowed[i].set(id);
                c += collectionFrequency[id];
            }
            if (c < anchorCount) {
                anchorCount = c;
                anchor = i;
            }
        }
        // Walk the rarest part's positions; check the others in the documents' term sequences.
        int a = anchor;
        Predicate check = (d, start) -> {
            for (int i = 0; i < n; i++) {
                if (i != a && !allowed[i].get(termAt(d, start + i))) return false;
            }
            if (cs) {
                for (int i = 0; i < n; i++)
                    if (!Query.matchesSurface(p.parts().get(i), surface(d, start + i))) return false;
            }
            return true;
        };
        return walk(positions(allowedIds[a]), scope, a, n, check, limit, out, docsHit);
    }

    // ---------------------------------------------------------------- free regex: a scan

    private long scanText(Query.TextRegex r, BitSet scope, int limit, List<Hit> out, BitSet docsHit) {
        var plan = RegexPlan.of(r.pattern().pattern());
        if (plan.isPresent()) return planned(r, plan.get(), scope, limit, out, docsHit);
        BitSet candidates = TextScan.candidates(r, vocab, ids -> {
            BitSet b = new BitSet(docs.size());
            markDocuments(ids, b);
            return b;
        });
        return TextScan.scan(r, docs, TextScan.order(docs.size(), scope, candidates), limit, out, docsHit);
    }

    /**
     * A free regex with a {@link RegexPlan}: the anchor token's positions, kept where the chain's other tokens stand at
     * theirs (read off each document's term ids), each open a window of text to scan (see
     * {@link TextScan#scanWindows}).
     */
    private long planned(Query.TextRegex r, RegexPlan plan, BitSet scope, int limit, List<Hit> out, BitSet docsHit) {
        RegexPlan.Anchor a = plan.anchor(vocab);
        if (a == null) return 0;
        int n = a.ids().length;
        BitSet[] allowed = new BitSet[n];
        for (int i = 0; i < n; i++) {
            if (i == a.slot()) continue;
            allowed[i] = new BitSet(vocab.size());
            for (int id : a.ids()[i]) allowed[i].set(id);
        }
        Cancellation cancel = Cancellation.current();
        TextScan.Anchors anchors = new TextScan.Anchors();
        int[] positions = positions(a.ids()[a.slot()]);
        int d = 0;
        for (int k = 0; k < positions.length; k++) {
            if ((k & 0xFFF) == 0xFFF) cancel.poll();
            int pos = positions[k];
            if (pos >= docBase[d + 1]) d = docOf(pos, d);
            if (scope != null && !scope.get(d)) continue;
            int local = pos - docBase[d], start = local - a.slot();
            if (start < 0 || start + n > docTerms[d].length) continue;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) ok = allowed[i] == null || allowed[i].get(termAt(d, start + i));
            if (ok) anchors.add(d, docs.get(d).layout().tokenStart(local));
        }
        return TextScan.scanWindows(r, docs, anchors, a.piece(), plan, limit, out, docsHit);
    }
}
