package org.corpex.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.corpex.base.CorpexException;
import org.corpex.index.Corpus;
import org.corpex.language.StopWords;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Finds repeated text: near-duplicate documents (syndicated copies) and passages repeated across or within documents
 * (boilerplate, an article restating its introduction).
 *
 * <p>Each unit is a set: a passage is the set of its sentence's content words (function words left out), a document the
 * set of its word 3-shingles. MinHash signatures with locality-sensitive banding propose candidate pairs without
 * comparing every pair; each candidate is then checked with the exact Jaccard similarity of the two sets, so what is
 * reported is measured, not estimated.
 */
public final class Duplicates {
    private Duplicates() {}

    private static final int HASHES = 48, BANDS = 24, ROWS = HASHES / BANDS;
    /** Above this many members a bucket is boilerplate: pair its members with the first only. */
    private static final int BIG_BUCKET = 50;

    /**
     * A repeated pair: two documents ("document"), two sentences ("passage"), or, within one document, a run of
     * passages restated later in the same order ("section": lines lineA..endA again at lineB..endB).
     */
    public record Match(
            String kind,
            int docA,
            int lineA,
            int endA,
            int docB,
            int lineB,
            int endB,
            double similarity,
            String textA,
            String textB) {}

    private record Unit(int doc, int line, String text, int[] set) {}

    public static List<Match> find(Corpus corpus, BitSet scope, double minSimilarity, int minWords) {
        List<Match> out = new ArrayList<>();
        Thread caller = Thread.currentThread();
        int[] ids = scope.stream().toArray();
        // Shingles and sentences of each document, on both cores.
        Unit[] docUnits = new Unit[ids.length];
        List<List<Sentences.Sentence>> sentences = new ArrayList<>(Collections.nCopies(ids.length, null));
        IntStream.range(0, ids.length).parallel().forEach(i -> {
            if (caller.isInterrupted()) throw new CorpexException("dupes cancelled");
            int d = ids[i];
            docUnits[i] = new Unit(
                    d, 0, corpus.get(d).title(), shingles(corpus.index().documentTerms(d)));
            sentences.set(i, Sentences.of(corpus, d));
        });
        List<Unit> docs = Arrays.asList(docUnits);
        // Each vocabulary term is stemmed once: its stem's id, or -1 for a stop word. Ids are given
        // in reading order, one thread, so the MinHash signatures (and so the candidates) never
        // depend on how the work above was split.
        Map<String, Integer> stems = new HashMap<>();
        int[] stemOf = new int[corpus.index().vocabularySize()];
        Arrays.fill(stemOf, -2);
        for (List<Sentences.Sentence> ss : sentences) {
            for (Sentences.Sentence s : ss) {
                for (int t : s.terms()) {
                    if (stemOf[t] != -2) continue;
                    String term = corpus.index().term(t);
                    stemOf[t] = StopWords.contains(term) ? -1 : stems.computeIfAbsent(stem(term), x -> stems.size());
                }
            }
        }
        List<List<Unit>> perDoc = new ArrayList<>(Collections.nCopies(ids.length, null));
        IntStream.range(0, ids.length).parallel().forEach(i -> {
            List<Unit> units = new ArrayList<>();
            for (Sentences.Sentence s : sentences.get(i)) {
                int[] content = new int[s.terms().length];
                int k = 0;
                for (int t : s.terms()) if (stemOf[t] >= 0) content[k++] = stemOf[t];
                content = sortedUnique(content, k);
                if (content.length >= minWords) units.add(new Unit(ids[i], s.line(), s.text(), content));
            }
            perDoc.set(i, units);
        });
        sentences.clear();
        List<Unit> passages = new ArrayList<>();
        for (List<Unit> units : perDoc) passages.addAll(units);
        if (caller.isInterrupted()) throw new CorpexException("dupes cancelled");
        for (long p : candidates(docs)) {
            Unit a = docs.get((int) (p >>> 32)), b = docs.get((int) p);
            double s = Sentences.jaccard(a.set(), b.set());
            if (s >= minSimilarity) out.add(new Match("document", a.doc(), 0, 0, b.doc(), 0, 0, s, a.text(), b.text()));
        }
        // Sorted primitive keys: asked once per candidate pair, tens of millions of times on a large corpus.
        long[] sameDocs =
                out.stream().mapToLong(m -> key(m.docA(), m.docB())).sorted().toArray();
        // Each candidate is measured exactly, on both cores; the matches keep the candidates' order.
        long[] pairs = candidates(passages);
        // The passages' documents and sets packed in flat arrays: pairs visit passages at random,
        // and a set reached in one step instead of three (list, record, array) misses the cache less.
        int np = passages.size();
        int[] docOf = new int[np], from = new int[np + 1];
        for (int u = 0; u < np; u++) {
            docOf[u] = passages.get(u).doc();
            from[u + 1] = from[u] + passages.get(u).set().length;
        }
        int[] flat = new int[from[np]];
        for (int u = 0; u < np; u++) System.arraycopy(passages.get(u).set(), 0, flat, from[u], from[u + 1] - from[u]);
        Match[] found = new Match[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(i -> {
            int x = (int) (pairs[i] >>> 32), y = (int) pairs[i];
            if (docOf[x] != docOf[y] && Arrays.binarySearch(sameDocs, key(docOf[x], docOf[y])) >= 0)
                return; // inside a reported copy
            double s = jaccard(flat, from[x], from[x + 1], from[y], from[y + 1]);
            if (s < minSimilarity) return;
            Unit a = passages.get(x), b = passages.get(y);
            found[i] = new Match(
                    "passage", a.doc(), a.line(), a.line(), b.doc(), b.line(), b.line(), s, a.text(), b.text());
        });
        for (Match m : found) if (m != null) out.add(m);
        out.addAll(sections(out));
        List<String> order = List.of("document", "section", "passage");
        out.sort(Comparator.<Match>comparingInt(m -> order.indexOf(m.kind()))
                .thenComparing(Match::similarity, Comparator.reverseOrder())
                .thenComparingInt(Match::docA)
                .thenComparingInt(Match::lineA));
        return out;
    }

    /**
     * Within each document, the longest run of repeated passages whose first and second places both advance (the later
     * ones after the earlier ones end): a section written twice, like an article that restates its introduction. Runs
     * of at least two passages are reported.
     */
    private static List<Match> sections(List<Match> matches) {
        Map<Integer, List<Match>> byDoc = new TreeMap<>();
        for (Match m : matches) {
            if (m.kind().equals("passage") && m.docA() == m.docB() && m.lineA() != m.lineB()) {
                Match o = m.lineA() < m.lineB()
                        ? m
                        : new Match(
                                m.kind(),
                                m.docB(),
                                m.lineB(),
                                m.lineB(),
                                m.docA(),
                                m.lineA(),
                                m.lineA(),
                                m.similarity(),
                                m.textB(),
                                m.textA());
                byDoc.computeIfAbsent(m.docA(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Match> out = new ArrayList<>();
        for (List<Match> ms : byDoc.values()) {
            ms.sort((x, y) -> x.lineA() != y.lineA()
                    ? Integer.compare(x.lineA(), y.lineA())
                    : Integer.compare(x.lineB(), y.lineB()));
            int n = ms.size();
            int[] len = new int[n], prev = new int[n], start = new int[n];
            int best = -1;
            for (int i = 0; i < n; i++) {
                len[i] = 1;
                prev[i] = -1;
                start[i] = i;
                for (int j = 0; j < i; j++) {
                    Match a = ms.get(j), b = ms.get(i);
                    // Both places advance, and the first place still ends before the second begins.
                    if (a.lineA() < b.lineA()
                            && a.lineB() < b.lineB()
                            && b.lineA() < ms.get(start[j]).lineB()
                            && len[j] + 1 > len[i]) {
                        len[i] = len[j] + 1;
                        prev[i] = j;
                        start[i] = start[j];
                    }
                }
                if (best < 0 || len[i] > len[best]) best = i;
            }
            if (best < 0 || len[best] < 2) continue;
            List<Match> run = new ArrayList<>();
            for (int i = best; i >= 0; i = prev[i]) run.add(0, ms.get(i));
            Match first = run.get(0), last = run.get(run.size() - 1);
            if (last.lineA() >= first.lineB()) continue; // the two places overlap: not a restatement
            double mean = run.stream().mapToDouble(Match::similarity).average().orElse(0);
            out.add(new Match(
                    "section",
                    first.docA(),
                    first.lineA(),
                    last.lineA(),
                    first.docB(),
                    first.lineB(),
                    last.lineB(),
                    mean,
                    first.textA(),
                    first.textB()));
        }
        return out;
    }

    /** Snowball's English (Porter2) stemmer: not thread-safe, so one per thread. */
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    /**
     * The stem of a word, so a restatement that says "committed" where the original said "commits" still meets it:
     * Snowball's English stemmer, as Lucene ships it.
     */
    static String stem(String w) {
        EnglishStemmer s = STEMMER.get();
        s.setCurrent(w);
        s.stem();
        return s.getCurrent();
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Word 3-shingles of a document as sorted distinct hashes. */
    private static int[] shingles(int[] terms) {
        if (terms.length < 3) return terms.clone();
        int[] h = new int[terms.length - 2];
        for (int i = 0; i < h.length; i++)
            h[i] = mix(terms[i] * 0x9E3779B1 ^ terms[i + 1] * 0x85EBCA6B ^ terms[i + 2] * 0xC2B2AE35);
        return sortedUnique(h, h.length);
    }

    /**
     * Pairs of unit indexes that share at least one MinHash band, each once, as {@code lo << 32 | hi} in ascending
     * order. A pair is kept only in the first band that pairs it, so no set of pairs is needed to make them unique
     * (sorting millions of repeats was most of the time on a large corpus); a bucket of boilerplate pairs its members
     * with its first member only.
     */
    private static long[] candidates(List<Unit> units) {
        int n = units.size();
        Thread caller = Thread.currentThread();
        // For unit u and band b: its bucket (the band's hash), and, when that bucket is big, the
        // bucket's first member (else -1), which is all it takes to know whether b paired two units.
        int[] bucket = new int[n * BANDS];
        int[] bigFirst = new int[n * BANDS];
        IntStream.range(0, n).parallel().forEach(u -> {
            int[] sig = minHash(units.get(u).set());
            for (int band = 0; band < BANDS; band++) {
                int h = band;
                for (int r = 0; r < ROWS; r++) h = mix(h * 31 + sig[band * ROWS + r]);
                bucket[u * BANDS + band] = h;
            }
        });
        // Which big bucket each unit is in, band by band; then each band's new pairs. Bands are
        // independent, so both passes run a band per core.
        IntStream.range(0, BANDS).parallel().forEach(band -> {
            if (caller.isInterrupted()) throw new CorpexException("dupes cancelled");
            long[] keys = bandKeys(bucket, n, band);
            for (int i = 0; i < n; ) {
                int j = bucketEnd(keys, i);
                boolean big = j - i > BIG_BUCKET;
                for (int x = i; x < j; x++) bigFirst[(int) keys[x] * BANDS + band] = big ? (int) keys[i] : -1;
                i = j;
            }
        });
        long[][] perBand = new long[BANDS][];
        IntStream.range(0, BANDS).parallel().forEach(band -> {
            if (caller.isInterrupted()) throw new CorpexException("dupes cancelled");
            long[] keys = bandKeys(bucket, n, band);
            long[] pairs = new long[1024];
            int size = 0;
            for (int i = 0; i < n; ) {
                int j = bucketEnd(keys, i);
                boolean big = j - i > BIG_BUCKET;
                for (int x = i; x < (big ? i + 1 : j); x++) {
                    for (int y = x + 1; y < j; y++) {
                        int a = (int) keys[x], b = (int) keys[y];
                        if (pairedBefore(a, b, band, bucket, bigFirst)) continue;
                        if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
                        pairs[size++] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                    }
                }
                i = j;
            }
            perBand[band] = Arrays.copyOf(pairs, size);
        });
        long[] out = new long[Arrays.stream(perBand).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] p : perBand) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        Arrays.parallelSort(out);
        return out;
    }

    /** Units as {@code bucket << 32 | unit}, sorted: each band's buckets as runs, members in unit order. */
    private static long[] bandKeys(int[] bucket, int n, int band) {
        long[] keys = new long[n];
        for (int u = 0; u < n; u++) keys[u] = ((long) bucket[u * BANDS + band] << 32) | u;
        Arrays.sort(keys);
        return keys;
    }

    /** The end of the bucket that starts at i. */
    private static int bucketEnd(long[] keys, int i) {
        int j = i;
        while (j < keys.length && (keys[j] >>> 32) == (keys[i] >>> 32)) j++;
        return j;
    }

    /** Whether a band before {@code band} already paired units a and b. */
    private static boolean pairedBefore(int a, int b, int band, int[] bucket, int[] bigFirst) {
        for (int k = 0; k < band; k++) {
            if (bucket[a * BANDS + k] != bucket[b * BANDS + k]) continue;
            int first = bigFirst[a * BANDS + k];
            if (first < 0 || first == a || first == b) return true;
        }
        return false;
    }

    /** {@link Sentences#jaccard} of two sorted sets stored at [a, aEnd) and [b, bEnd) of one array. */
    private static double jaccard(int[] flat, int a, int aEnd, int b, int bEnd) {
        int lengths = (aEnd - a) + (bEnd - b), shared = 0;
        while (a < aEnd && b < bEnd) {
            int va = flat[a], vb = flat[b];
            if (va == vb) {
                shared++;
                a++;
                b++;
            } else if (va < vb) a++;
            else b++;
        }
        int union = lengths - shared;
        return union == 0 ? 1 : (double) shared / union;
    }

    /** The first {@code n} ints, sorted, without repeats (IntStream.distinct would box each one). */
    private static int[] sortedUnique(int[] a, int n) {
        Arrays.sort(a, 0, n);
        int w = 0;
        for (int r = 0; r < n; r++) if (w == 0 || a[r] != a[w - 1]) a[w++] = a[r];
        return Arrays.copyOf(a, w);
    }

    private static int[] minHash(int[] set) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int v : set) {
            for (int k = 0; k < HASHES; k++) {
                int h = mix(v ^ SEEDS[k]);
                if (h < sig[k]) sig[k] = h;
            }
        }
        return sig;
    }

    private static final int[] SEEDS = new Random(20261122).ints(HASHES).toArray();

    /** MurmurHash3's finaliser: a cheap, well-spread 32-bit mix. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
