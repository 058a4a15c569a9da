package org.corpex.index;

import org.corpex.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus index: a case-folded vocabulary, positional postings (term -> document, token
 * position) and, per document, the sequence of term ids (to check phrases without touching text).
 * Character offsets are recovered from each document's {@link Layout}.
 */
public final class Index {
    /** How long a scan of the raw text with a regex may run before it is stopped. */
    public static final long REGEX_DEADLINE_MILLIS = 5_000;

    private final List<Document> docs;
    private final Map<String, Integer> termIds;
    private final String[] terms;
    private final int[][] postings;      // per term: doc0, pos0, doc1, pos1, ... in order
    private final int[][] docTerms;      // per document: term id of each token

    private Index(List<Document> docs, Map<String, Integer> termIds, String[] terms, int[][] postings, int[][] docTerms) {
        this.docs = docs;
        this.termIds = termIds;
        this.terms = terms;
        this.postings = postings;
        this.docTerms = docTerms;
    }

    /** Case-folds a token: lower case, and curly apostrophes as straight ones. */
    public static String fold(String token) {
        String s = token.toLowerCase(Locale.ROOT);
        if (s.indexOf('\u2019') >= 0 || s.indexOf('\u02BC') >= 0) s = s.replace('\u2019', '\'').replace('\u02BC', '\'');
        return s;
    }

    public static Index build(List<Document> docs) {
        // Fold tokens in parallel (the costly part), then assign ids in document order.
        String[][] folded = new String[docs.size()][];
        java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(d -> {
            Document doc = docs.get(d);
            Layout l = doc.layout();
            String[] f = new String[l.tokenCount()];
            for (int t = 0; t < f.length; t++) f[t] = fold(doc.text().substring(l.tokenStart(t), l.tokenEnd(t)));
            folded[d] = f;
        });
        Map<String, Integer> ids = new HashMap<>();
        List<String> termList = new ArrayList<>();
        int[][] docTerms = new int[docs.size()][];
        int[] counts = new int[1024];
        for (int d = 0; d < folded.length; d++) {
            String[] f = folded[d];
            int[] dt = new int[f.length];
            for (int t = 0; t < f.length; t++) {
                Integer id = ids.get(f[t]);
                if (id == null) {
                    id = termList.size();
                    ids.put(f[t], id);
                    termList.add(f[t]);
                    if (id >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
                }
                dt[t] = id;
                counts[id]++;
            }
            docTerms[d] = dt;
            folded[d] = null;
        }
        int[][] postings = new int[termList.size()][];
        for (int i = 0; i < postings.length; i++) postings[i] = new int[counts[i] * 2];
        int[] fill = new int[termList.size()];
        for (int d = 0; d < docTerms.length; d++) {
            int[] dt = docTerms[d];
            for (int t = 0; t < dt.length; t++) {
                int id = dt[t];
                postings[id][fill[id]++] = d;
                postings[id][fill[id]++] = t;
            }
        }
        return new Index(docs, ids, termList.toArray(new String[0]), postings, docTerms);
    }

    /** Number of distinct folded terms. */
    public int vocabularySize() { return terms.length; }

    /** The folded term with this id. */
    public String term(int id) { return terms[id]; }

    /** Id of a folded term, or -1. */
    public int termId(String folded) {
        Integer id = termIds.get(folded);
        return id == null ? -1 : id;
    }

    /** How often a term occurs in the whole corpus. */
    public int termFrequency(int id) { return postings[id].length / 2; }

    /** Term ids of a document's tokens, in order. Do not modify. */
    public int[] documentTerms(int doc) { return docTerms[doc]; }

    /** Documents (positions in the corpus) with at least one hit. */
    public BitSet documentsMatching(Query q, boolean caseSensitive) {
        BitSet out = new BitSet(docs.size());
        for (Hit h : search(q, null, caseSensitive, Integer.MAX_VALUE)) out.set(h.doc());
        return out;
    }

    /**
     * Hits for a query, in document then text order, in the documents of {@code scope}
     * (null for all), at most {@code limit} of them.
     */
    public List<Hit> search(Query q, BitSet scope, boolean caseSensitive, int limit) {
        List<Hit> out = new ArrayList<>();
        if (q instanceof Query.TextRegex r) {
            scanText(r, scope, limit, out);
        } else if (q instanceof Query.Phrase p) {
            phrase(p, scope, caseSensitive, limit, out);
        } else {
            tokenHits(matchingTerms(q), scope, limit, out);
            if (caseSensitive) out.removeIf(h -> !surfaceMatches(q, docs.get(h.doc()).text().substring(h.start(), h.end())));
        }
        return out;
    }

    /** Term ids whose folded form the single-token query matches. */
    public int[] matchingTerms(Query q) {
        if (q instanceof Query.Word w) {
            int id = termId(w.folded());
            return id < 0 ? new int[0] : new int[] {id};
        }
        if (q instanceof Query.Wildcard w) return vocabularyMatching(w.pattern());
        if (q instanceof Query.TokenRegex r) return vocabularyMatching(r.pattern());
        throw new IllegalArgumentException("not a single-token query: " + q.source());
    }

    private int[] vocabularyMatching(Pattern p) {
        Matcher m = p.matcher("");
        return java.util.stream.IntStream.range(0, terms.length).filter(i -> m.reset(terms[i]).matches()).toArray();
    }

    private void tokenHits(int[] ids, BitSet scope, int limit, List<Hit> out) {
        if (ids.length == 0) return;
        // Merge the postings of all matching terms in (doc, position) order.
        long total = 0;
        for (int id : ids) total += postings[id].length / 2;
        long[] keys = new long[(int) Math.min(total, Integer.MAX_VALUE - 8)];
        int k = 0;
        for (int id : ids) {
            int[] p = postings[id];
            for (int i = 0; i < p.length; i += 2) {
                if (scope != null && !scope.get(p[i])) continue;
                keys[k++] = ((long) p[i] << 32) | p[i + 1];
            }
        }
        long[] sorted = Arrays.copyOf(keys, k);
        if (ids.length > 1) Arrays.sort(sorted);
        for (int i = 0; i < sorted.length && out.size() < limit; i++) {
            int d = (int) (sorted[i] >>> 32), t = (int) sorted[i];
            Layout l = docs.get(d).layout();
            out.add(new Hit(d, l.tokenStart(t), l.tokenEnd(t)));
        }
    }

    private void phrase(Query.Phrase p, BitSet scope, boolean caseSensitive, int limit, List<Hit> out) {
        int n = p.parts().size();
        BitSet[] allowed = new BitSet[n];
        for (int i = 0; i < n; i++) {
            allowed[i] = new BitSet(terms.length);
            for (int id : matchingTerms(p.parts().get(i))) allowed[i].set(id);
            if (allowed[i].isEmpty()) return;
        }
        // Walk the postings of the rarest first part... the first part keeps hits in order.
        int[] first = allowed[0].stream().toArray();
        List<Hit> starts = new ArrayList<>();
        tokenHits(first, scope, Integer.MAX_VALUE, starts);
        for (Hit h : starts) {
            if (out.size() >= limit) break;
            Layout l = docs.get(h.doc()).layout();
            int t0 = l.tokenAtOrAfter(h.start());
            int[] dt = docTerms[h.doc()];
            if (t0 + n > dt.length) continue;
            boolean ok = true;
            for (int i = 1; i < n && ok; i++) ok = allowed[i].get(dt[t0 + i]);
            if (!ok) continue;
            Hit hit = new Hit(h.doc(), l.tokenStart(t0), l.tokenEnd(t0 + n - 1));
            if (caseSensitive) {
                boolean same = true;
                for (int i = 0; i < n && same; i++) {
                    same = surfaceMatches(p.parts().get(i), docs.get(h.doc()).text().substring(l.tokenStart(t0 + i), l.tokenEnd(t0 + i)));
                }
                if (!same) continue;
            }
            out.add(hit);
        }
    }

    private static boolean surfaceMatches(Query q, String surface) {
        String s = surface.replace('\u2019', '\'').replace('\u02BC', '\'');
        if (q instanceof Query.Word w) return s.equals(w.source().replace('\u2019', '\''));
        if (q instanceof Query.Wildcard w) {
            return Pattern.compile(w.glob().replace('\u2019', '\'').chars()
                    .mapToObj(c -> c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf((char) c)))
                    .reduce("", String::concat), Pattern.DOTALL).matcher(s).matches();
        }
        if (q instanceof Query.TokenRegex r) return r.pattern().matcher(surface).matches();
        return true;
    }

    private void scanText(Query.TextRegex r, BitSet scope, int limit, List<Hit> out) {
        long deadline = System.nanoTime() + REGEX_DEADLINE_MILLIS * 1_000_000L;
        for (int d = 0; d < docs.size() && out.size() < limit; d++) {
            if (scope != null && !scope.get(d)) continue;
            Matcher m = r.pattern().matcher(new DeadlineText(docs.get(d).text(), deadline, r.source()));
            while (m.find() && out.size() < limit) {
                if (m.end() > m.start()) out.add(new Hit(d, m.start(), m.end()));
            }
        }
    }

    /**
     * Text that gives up when a deadline passes or the thread is interrupted: the regex engine
     * reads every character through charAt, so this bounds catastrophic backtracking.
     */
    private static final class DeadlineText implements CharSequence {
        private final String text;
        private final long deadline;
        private final String source;
        private int calls;

        DeadlineText(String text, long deadline, String source) {
            this.text = text;
            this.deadline = deadline;
            this.source = source;
        }

        @Override public int length() { return text.length(); }

        @Override public char charAt(int index) {
            if ((++calls & 0xFFFF) == 0) {
                if (Thread.currentThread().isInterrupted()) throw new CorpexException("search " + source + " cancelled");
                if (System.nanoTime() > deadline) {
                    throw new CorpexException("regex " + source + " took longer than " + REGEX_DEADLINE_MILLIS / 1000
                            + " s and was stopped; a nested repeat like (a+)+ backtracks without end, simplify it");
                }
            }
            return text.charAt(index);
        }

        @Override public CharSequence subSequence(int start, int end) { return text.subSequence(start, end); }
        @Override public String toString() { return text; }
    }
}
