package org.corpex.solr;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;

/**
 * Texts read from the collection, a batch of documents a request. A command may read at most {@link #limit()}
 * characters of text (CORPEX_SOLR_READ_LIMIT, 512 MB unless set): a command that would read more (dupes over a whole
 * archive, a regex with no literal) stops and says so, and the user narrows the selection with filter first. What was
 * fetched ahead and not yet asked for is held briefly, up to a bound.
 */
final class Texts {
    static final String ENV_LIMIT = "CORPEX_SOLR_READ_LIMIT";
    private static final long DEFAULT_LIMIT = 512L << 20;
    /** A batch: at most this many documents, and about this many characters. */
    private static final int BATCH_DOCS = 256;

    private static final long BATCH_CHARS = 4L << 20, HELD_CHARS = 64L << 20;

    private final SolrConnection solr;
    private final long limit;
    private List<Document> docs = List.of();
    private final Map<Integer, String> ready = new ConcurrentHashMap<>();
    private long held;
    private Cancellation owner;
    private long read;
    private int documents;

    Texts(SolrConnection solr, Map<String, String> env) {
        this.solr = solr;
        this.limit = limit(env.get(ENV_LIMIT));
    }

    static long limit(String v) {
        if (v == null || v.isBlank()) return DEFAULT_LIMIT;
        Matcher m = Pattern.compile("(?i)\\s*(\\d+)\\s*(k|m|g|t)?i?b?\\s*").matcher(v);
        if (!m.matches()) throw new CorpexException(ENV_LIMIT + "=" + v + ": not a size; write e.g. 512MB or 2GB");
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            case "t" -> n << 40;
            default -> n;
        };
    }

    long limit() {
        return limit;
    }

    void documents(List<Document> docs) {
        this.docs = docs;
    }

    /** A document's text, for a command that asks for one: it and the next few come in one request. */
    String get(int pos) {
        String s = ready.remove(pos);
        if (s != null) {
            synchronized (this) {
                held -= s.length();
            }
            charge(s.length());
            return s;
        }
        int end = pos + 1;
        long est = estimate(pos);
        while (end < docs.size() && end - pos < 32 && est + estimate(end) < BATCH_CHARS / 4) est += estimate(end++);
        int[] list = new int[end - pos];
        for (int i = 0; i < list.length; i++) list[i] = pos + i;
        Map<Integer, String> got = fetch(list, 0, 1, list.length);
        String mine = got.remove(pos);
        hold(got);
        charge(mine.length());
        return mine;
    }

    /** Where the batch that starts at {@code list[from]} ends. */
    int batchEnd(int[] list, int from) {
        return batchEnd(list, from, BATCH_DOCS);
    }

    /** Where a batch of at most {@code most} documents that starts at {@code list[from]} ends. */
    int batchEnd(int[] list, int from, int most) {
        int to = from;
        long chars = 0;
        while (to < list.length
                && to - from < Math.min(most, BATCH_DOCS)
                && (to == from || chars + estimate(list[to]) <= BATCH_CHARS)) {
            chars += estimate(list[to++]);
        }
        return to;
    }

    /** Says before a walk whether it would pass the limit (an estimate from the documents' token counts). */
    void expect(int[] list) {
        long chars = 0;
        for (int d : list) chars += estimate(d);
        if (chars > limit && Cancellation.current().active()) throw tooMuch(chars, list.length);
    }

    /** Fetches these texts now for the gets that follow. */
    void prefetch(int[] list, int from, int to) {
        hold(fetch(list, from, to));
    }

    private void hold(Map<Integer, String> got) {
        long add = 0;
        for (String s : got.values()) add += s.length();
        synchronized (this) {
            if (held + add > HELD_CHARS) {
                ready.clear();
                held = 0;
            }
            ready.putAll(got);
            held += add;
        }
    }

    /**
     * The texts of {@code list[from, to)}, by corpus position, in one request. What a command reads is counted against
     * the limit as each text is handed over ({@link #charge}), not as fetched: a batch fetched ahead costs nothing
     * until it is used.
     */
    Map<Integer, String> fetch(int[] list, int from, int to) {
        return fetch(list, from, to, to);
    }

    /**
     * The texts of {@code list[from, to)}, of which those before {@code required} must come back (the rest were asked
     * for ahead).
     */
    private Map<Integer, String> fetch(int[] list, int from, int required, int to) {
        StringBuilder q = new StringBuilder("{!terms f=" + SolrLayout.ORD + "}");
        for (int k = from; k < to; k++) {
            if (k > from) q.append(',');
            q.append(list[k]);
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q.toString());
        p.set("fq", SolrLayout.KIND + ":" + SolrLayout.KIND_DOC);
        p.set("fl", SolrLayout.ORD + "," + SolrLayout.TEXT);
        p.set("rows", to - from);
        QueryResponse r = solr.query("reading texts", p);
        Map<Integer, String> out = new HashMap<>((to - from) * 2);
        for (SolrDocument d : r.getResults()) {
            Object text = d.getFieldValue(SolrLayout.TEXT);
            out.put(((Number) d.getFieldValue(SolrLayout.ORD)).intValue(), text == null ? "" : text.toString());
        }
        for (int k = from; k < required; k++) {
            if (!out.containsKey(list[k])) {
                String id = list[k] < docs.size() ? docs.get(list[k]).id() : Integer.toString(list[k]);
                String partial = solr.takePartial();
                throw new CorpexException(solr.address + ": the text of document " + id + " could not be read"
                        + (partial != null
                                ? " (its shard did not answer)"
                                : " (the collection changed since it was opened?)"));
            }
        }
        return out;
    }

    /** Counts text handed to the running command; past the limit, the command stops and says so. */
    synchronized void charge(long chars) {
        Cancellation c = Cancellation.current();
        if (!c.active()) c = Cancellation.sole(); // a worker thread of the running command (dupes reads in parallel)
        if (c == null) return;
        if (c != owner) {
            owner = c;
            read = 0;
            documents = 0;
        }
        read += chars;
        documents++;
        if (read > limit) throw tooMuch(read, documents);
    }

    private CorpexException tooMuch(long chars, int count) {
        return new CorpexException(String.format(
                Locale.ROOT,
                "this would read %s of text from %s (%,d document%s), more than the %s a command may read over "
                        + "the network;" + " narrow the selection with filter first, or raise %s",
                size(chars),
                solr.address,
                count,
                count == 1 ? "" : "s",
                size(limit),
                ENV_LIMIT));
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        return String.format(Locale.ROOT, "%,d KB", Math.max(1, bytes >> 10));
    }

    /** About how many characters a document's text has: its tokens, with the spaces between them. */
    private long estimate(int pos) {
        return pos < docs.size() ? docs.get(pos).tokens() * 6L + 16 : 16;
    }
}
