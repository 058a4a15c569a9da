package org.corpex.solr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.index.Hit;
import org.corpex.index.Index;
import org.corpex.index.Literals;
import org.corpex.index.Query;
import org.corpex.index.StoredEngine;
import org.corpex.index.TextScan;
import org.corpex.index.Vocabulary;

/**
 * The engine over a SolrCloud collection. Solr says which documents can match (its postings are corpex's folded tokens,
 * so a word, a wildcard's terms or a phrase find exactly the documents they find in memory) and how often a word occurs
 * in each ({@code termfreq}); the hits themselves, with their character spans, come from the texts of those documents,
 * fetched in batches and segmented as the loader segments, so that every table is the one the same corpus gives in
 * memory. Term ids and counts come from the vocabulary corpex stored in the collection.
 *
 * <p>A search that must read texts to count (a phrase, a regex, a case-sensitive word) reads only the candidate
 * documents, and at most {@link Texts#limit()} of text per command: beyond that it stops with an error that says so,
 * rather than pulling a whole archive over the network.
 */
final class SolrIndex extends StoredEngine {
    /** The most terms a count asks {@code termfreq} for in one request; a wider wildcard counts off the texts. */
    private static final int TERMFREQ_TERMS = 256;

    private final SolrConnection solr;
    private final Texts texts;

    SolrIndex(SolrConnection solr, Vocabulary vocab, List<Document> docs, Texts texts) {
        super(vocab, docs);
        this.solr = solr;
        this.texts = texts;
    }

    @Override
    protected CorpexException missingTerm(Document d) {
        return new CorpexException(solr.address + ": a token of document " + d.id()
                + " is missing from the collection's vocabulary (was the collection changed by another program?)");
    }

    // ---------------------------------------------------------------- what Solr answers alone

    /**
     * A query Solr answers exactly, documents and counts: the terms of one field whose occurrences are the query's
     * hits. A single-token query (folded) is its terms in {@link SolrLayout#BODY}; a two-word phrase (folded) is its
     * pairs in {@link SolrLayout#PAIRS}.
     */
    private record Counted(String field, List<String> terms) {}

    private Counted counted(Query q, boolean cs) {
        if (cs) return null;
        if (q instanceof Query.Word || q instanceof Query.Wildcard || q instanceof Query.TokenRegex) {
            List<String> terms = new ArrayList<>();
            for (int id : vocab.matching(q)) terms.add(SolrLayout.indexed(vocab.term(id)));
            return new Counted(SolrLayout.BODY, terms);
        }
        if (q instanceof Query.Phrase p && p.parts().size() == 2) {
            int[] a = vocab.matching(p.parts().get(0)),
                    b = vocab.matching(p.parts().get(1));
            if ((long) a.length * b.length > TERMFREQ_TERMS) return null;
            List<String> terms = new ArrayList<>();
            for (int x : a) {
                for (int y : b) {
                    String pair = SolrLayout.pair(SolrLayout.indexed(vocab.term(x)), SolrLayout.indexed(vocab.term(y)));
                    if (pair == null) return null; // too long for Solr to hold: counted off the texts
                    terms.add(pair);
                }
            }
            return new Counted(SolrLayout.PAIRS, terms);
        }
        return null;
    }

    /** The Solr query for documents holding any of these terms of a field. */
    private static String anyOf(String field, List<String> terms) {
        StringBuilder b = new StringBuilder("{!terms f=" + field + " separator='" + SolrLayout.SEPARATOR + "'}");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) b.append(SolrLayout.SEPARATOR);
            b.append(terms.get(i));
        }
        return b.toString();
    }

    private String anyOf(int[] ids) {
        List<String> terms = new ArrayList<>(ids.length);
        for (int id : ids) terms.add(SolrLayout.indexed(vocab.term(id)));
        return anyOf(SolrLayout.BODY, terms);
    }

    /**
     * The Solr filters a query's documents must pass (a superset of them for a regex or a wildcard phrase), or null for
     * none.
     */
    private List<String> filters(Query q) {
        return filters(q, counted(q, false));
    }

    /** The same, for a query whose counted form (null: none) is known already: the vocabulary is walked once. */
    private List<String> filters(Query q, Counted c) {
        if (c != null) return c.terms().isEmpty() ? List.of() : List.of(anyOf(c.field(), c.terms()));
        if (q instanceof Query.Phrase p) {
            List<String> out = new ArrayList<>();
            boolean plain = true;
            StringBuilder phrase = new StringBuilder();
            for (Query part : p.parts()) {
                int[] ids = vocab.matching(part);
                if (ids.length == 0) return List.of();
                out.add(anyOf(ids));
                if (part instanceof Query.Word w) {
                    if (phrase.length() > 0) phrase.append(SolrLayout.SEPARATOR);
                    phrase.append(SolrLayout.indexed(w.folded()));
                } else {
                    plain = false;
                }
            }
            // A phrase of plain words is a Lucene phrase query in the field's own analysis (split on the separator).
            if (plain) return List.of("{!field f=" + SolrLayout.BODY + " v=$phrase}", "phrase=" + phrase);
            return out;
        }
        if (q instanceof Query.TextRegex r) {
            List<String> out = new ArrayList<>();
            for (String fragment : Literals.required(r.pattern().pattern())) {
                int[] ids = vocab.containing(fragment);
                if (ids.length == 0) return List.of();
                out.add(anyOf(ids));
            }
            return out.isEmpty() ? null : out;
        }
        int[] ids = vocab.matching(q);
        return ids.length == 0 ? List.of() : List.of(anyOf(ids));
    }

    /**
     * The documents passing these filters (all for null, none for an empty list), with, when {@code counts} is given,
     * each one's occurrences of the counted terms (from {@code termfreq}).
     */
    private BitSet documents(List<String> filters, Counted counted, int[] counts) {
        BitSet out = new BitSet(docs.size());
        if (filters != null && filters.isEmpty()) return out;
        if (filters == null) {
            out.set(0, docs.size());
            return out;
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.add("fq", SolrLayout.KIND + ":" + SolrLayout.KIND_DOC);
        for (String f : filters) {
            if (f.startsWith("phrase=")) p.set("phrase", f.substring("phrase=".length()));
            else p.add("fq", f);
        }
        String fl = SolrLayout.ORD;
        if (counts != null) fl += ",tf:" + termfreqs(counted);
        p.set("fl", fl);
        p.set("sort", SolrLayout.ORD + " asc," + SolrLayout.ID + " asc");
        p.set("rows", 20_000);
        Cancellation cancel = Cancellation.current();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            cancel.poll();
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = solr.query("searching", p);
            for (SolrDocument d : r.getResults()) {
                int ord = ((Number) d.getFieldValue(SolrLayout.ORD)).intValue();
                if (ord < 0 || ord >= docs.size()) continue;
                out.set(ord);
                if (counts != null) counts[ord] = ((Number) d.getFieldValue("tf")).intValue();
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) break;
            cursor = next;
        }
        return out;
    }

    private BitSet documentsOf(int[] ids) {
        return ids.length == 0 ? new BitSet() : documents(List.of(anyOf(ids)), null, null);
    }

    // ---------------------------------------------------------------- searching

    @Override
    public BitSet documentsMatching(Query q, boolean caseSensitive) {
        Counted c = counted(q, caseSensitive);
        if (c != null || plainPhrase(q) && !caseSensitive) return documents(filters(q, c), null, null);
        BitSet out = new BitSet(docs.size());
        run(q, null, caseSensitive, 0, new ArrayList<>(), out);
        return out;
    }

    private static boolean plainPhrase(Query q) {
        return q instanceof Query.Phrase p && p.parts().stream().allMatch(x -> x instanceof Query.Word);
    }

    @Override
    public Result find(Query q, BitSet scope, boolean caseSensitive, int limit) {
        if (scope != null && scope.nextClearBit(0) >= docs.size()) scope = null;
        Counted c = counted(q, caseSensitive);
        if (scope == null && c != null && !c.terms().isEmpty() && c.terms().size() <= TERMFREQ_TERMS) {
            // The totals in one request (Solr sums the term frequencies); then only the documents the first hits are
            // in.
            List<String> f = filters(q, c);
            long[] totals = totals(f, c);
            if (limit < totals[1]) return new Result(firstHits(q, f, caseSensitive, limit), totals[1], (int) totals[0]);
        }
        List<Hit> hits = new ArrayList<>(Math.min(limit, 1024));
        BitSet docsHit = new BitSet(docs.size());
        long total = run(q, scope, caseSensitive, limit, hits, docsHit);
        return new Result(hits, total, docsHit.cardinality());
    }

    @Override
    public int[] hitsPerDocument(Query q, BitSet scope, boolean caseSensitive) {
        Counted c = counted(q, caseSensitive);
        if (c != null) {
            if (c.terms().size() <= TERMFREQ_TERMS) {
                int[] out = new int[docs.size()];
                if (c.terms().isEmpty()) return out;
                documents(filters(q, c), c, out);
                if (scope != null)
                    for (int d = scope.nextClearBit(0); d < out.length; d = scope.nextClearBit(d + 1)) out[d] = 0;
                return out;
            }
        }
        return Index.countedHits(this, q, scope, caseSensitive);
    }

    @Override
    public long[] termCounts(BitSet documents) {
        int n = docs.size();
        long[] share = Index.tokens(docs, documents);
        long inside = share[0], all = share[1];
        if (inside == all) return vocab.collectionCounts();
        // Counted off the texts of the selection, or of the rest (subtracted from the whole) when that is smaller.
        boolean rest = all - inside < inside;
        long[] out = rest ? vocab.collectionCounts() : new long[vocab.size()];
        BitSet read = documents;
        if (rest) {
            read = new BitSet(n);
            read.set(0, n);
            read.andNot(documents);
        }
        int by = rest ? -1 : 1;
        int[] list = read.stream().filter(d -> d < n).toArray();
        texts.expect(list);
        visit(list, (d, text, l) -> {
            for (int id : termsOf(text, l, d)) out[id] += by;
            return true;
        });
        return out;
    }

    /** How many documents match a counted query, and how many hits they hold: {documents, hits}. */
    private long[] totals(List<String> filters, Counted c) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.add("fq", SolrLayout.KIND + ":" + SolrLayout.KIND_DOC);
        for (String f : filters) p.add("fq", f);
        p.set("rows", 0);
        // The function goes in a JSON string: its backslashes and quotes escaped once more.
        p.set("json.facet", "{hits:\"sum(" + termfreqs(c).replace("\\", "\\\\").replace("\"", "\\\"") + ")\"}");
        QueryResponse r = solr.query("counting", p);
        long found = r.getResults().getNumFound();
        Object facets = r.getResponse().get("facets");
        Object hits = facets instanceof NamedList<?> nl ? nl.get("hits") : null;
        return new long[] {found, hits instanceof Number n ? Math.round(n.doubleValue()) : 0};
    }

    /** The Solr function adding up the counted terms' frequencies in a document. */
    private static String termfreqs(Counted c) {
        StringBuilder sum = new StringBuilder("sum(0");
        for (String t : c.terms()) {
            sum.append(",termfreq(")
                    .append(c.field())
                    .append(",'")
                    .append(t.replace("\\", "\\\\").replace("'", "\\'"))
                    .append("')");
        }
        return sum.append(")").toString();
    }

    /**
     * The first {@code limit} hits of a counted query: candidates paged in corpus order, a few at first, their texts
     * matched.
     */
    private List<Hit> firstHits(Query q, List<String> filters, boolean cs, int limit) {
        List<Hit> out = new ArrayList<>(Math.min(limit, 1024));
        if (limit <= 0) return out;
        List<Query> parts = q instanceof Query.Phrase p ? p.parts() : List.of(q);
        BitSet[] sets = sets(parts);
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.add("fq", SolrLayout.KIND + ":" + SolrLayout.KIND_DOC);
        for (String f : filters) p.add("fq", f);
        p.set("fl", SolrLayout.ORD);
        p.set("sort", SolrLayout.ORD + " asc," + SolrLayout.ID + " asc");
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        int rows = 16;
        while (out.size() < limit) {
            p.set("rows", rows);
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = solr.query("searching", p);
            int[] list = r.getResults().stream()
                    .mapToInt(d -> ((Number) d.getFieldValue(SolrLayout.ORD)).intValue())
                    .filter(d -> d >= 0 && d < docs.size())
                    .toArray();
            visit(list, (d, text, l) -> {
                match(parts, sets, cs, d, text, l, out, limit);
                return out.size() < limit;
            });
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) break;
            cursor = next;
            rows = Math.min(rows * 4, 4096);
        }
        return out;
    }

    private BitSet[] sets(List<Query> parts) {
        BitSet[] sets = new BitSet[parts.size()];
        for (int k = 0; k < sets.length; k++) {
            sets[k] = new BitSet(vocab.size());
            for (int id : vocab.matching(parts.get(k))) sets[k].set(id);
        }
        return sets;
    }

    /** What {@link #visit} calls for each document: false stops the walk. */
    private interface Visitor {
        boolean visit(int doc, String text, Layout layout);
    }

    /**
     * Walks the texts of these documents (corpus positions, ascending), fetched from Solr in batches, until
     * {@code visitor} says stop.
     */
    private void visit(int[] list, Visitor visitor) {
        Cancellation cancel = Cancellation.current();
        int from = 0, most = 8;
        while (from < list.length) {
            // Small batches first: a page of hits often needs a few documents only.
            int to = texts.batchEnd(list, from, most);
            most *= 2;
            Map<Integer, String> got = texts.fetch(list, from, to);
            for (int k = from; k < to; k++) {
                cancel.poll();
                String text = got.get(list[k]);
                texts.charge(text.length());
                if (!visitor.visit(list[k], text, Layout.of(text))) return;
            }
            from = to;
        }
    }

    private long run(Query q, BitSet scope, boolean cs, int limit, List<Hit> out, BitSet docsHit) {
        if (scope != null && scope.nextClearBit(0) >= docs.size()) scope = null;
        if (q instanceof Query.TextRegex r) {
            List<String> f = filters(q);
            BitSet candidates = f == null ? null : documents(f, null, null);
            int[] order = TextScan.order(docs.size(), scope, candidates);
            texts.expect(order);
            long total = 0;
            for (int from = 0; from < order.length; ) {
                int to = texts.batchEnd(order, from);
                texts.prefetch(order, from, to);
                total += TextScan.scan(r, docs, Arrays.copyOfRange(order, from, to), limit, out, docsHit);
                from = to;
            }
            return total;
        }
        List<Query> parts = q instanceof Query.Phrase p ? p.parts() : List.of(q);
        BitSet[] sets = sets(parts);
        for (BitSet set : sets) if (set.isEmpty()) return 0;
        Counted c = counted(q, cs);
        boolean counted = c != null && c.terms().size() <= TERMFREQ_TERMS;
        int[] counts = counted ? new int[docs.size()] : null;
        BitSet candidates = documents(filters(q, cs ? counted(q, false) : c), c, counts);
        if (scope != null) candidates.and(scope);
        int[] list = candidates.stream().toArray();
        long[] total = {0};
        if (counted) {
            // The totals from Solr's term frequencies; texts only for the hits shown.
            for (int d : list) total[0] += counts[d];
            docsHit.or(candidates);
            if (limit >= total[0]) texts.expect(list); // every hit wanted (kwic sorted by context): every text read
            if (limit > 0)
                visit(list, (d, text, l) -> {
                    match(parts, sets, cs, d, text, l, out, limit);
                    return out.size() < limit;
                });
            return total[0];
        }
        texts.expect(list);
        visit(list, (d, text, l) -> {
            int found = match(parts, sets, cs, d, text, l, out, limit);
            if (found > 0) {
                total[0] += found;
                docsHit.set(d);
            }
            return true;
        });
        return total[0];
    }

    /** The hits of a word or phrase in one document's tokens (each start position, as the other engines count). */
    private int match(
            List<Query> parts, BitSet[] sets, boolean cs, int doc, String text, Layout l, List<Hit> out, int limit) {
        int[] terms = termsOf(text, l, doc);
        int n = sets.length, count = 0;
        for (int i = 0; i + n <= terms.length; i++) {
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = sets[k].get(terms[i + k])
                        && (!cs
                                || Query.matchesSurface(
                                        parts.get(k), text.substring(l.tokenStart(i + k), l.tokenEnd(i + k))));
            }
            if (!ok) continue;
            count++;
            if (out.size() < limit) out.add(new Hit(doc, l.tokenStart(i), l.tokenEnd(i + n - 1)));
        }
        return count;
    }

    /** Closes the connection (its HTTP client and threads). */
    @Override
    public void close() {
        solr.close();
    }

    /** Tells the first partial answer since the last command, if any (shards that did not answer). */
    @Override
    public List<String> warnings() {
        String p = solr.takePartial();
        return p == null ? List.of() : List.of(p);
    }
}
