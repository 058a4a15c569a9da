package org.corpex.index;

import java.util.BitSet;
import java.util.List;
import org.corpex.corpus.Document;

/**
 * The engine every command asks: what matches a query, where, how often, and which terms a document holds.
 * {@link MemoryIndex} answers for a corpus loaded into memory; an on-disk index (package store) answers for a corpus
 * opened from disk. No command knows which one it has, and both give the same answers: term ids are ranks of first
 * appearance in document order, hits come in document then text order.
 */
public interface Index {
    /** What a search found: the first hits (at most the limit asked for), and the totals. */
    record Result(List<Hit> hits, long total, int documents) {}

    /** Number of distinct folded terms. */
    int vocabularySize();

    /** The folded term with this id. */
    String term(int id);

    /** Id of a folded term, or -1. */
    int termId(String folded);

    /** How often a term occurs in the whole corpus. */
    int termFrequency(int id);

    /** In how many documents a term occurs. */
    int documentFrequency(int id);

    /** Number of documents indexed. */
    int documentCount();

    /** Number of tokens in a document. */
    int tokenCount(int doc);

    /** Term id of token {@code i} of a document. */
    default int termAt(int doc, int i) {
        return documentTerms(doc)[i];
    }

    /** Term ids of a document's tokens, in order (a fresh array). */
    int[] documentTerms(int doc);

    /** Term ids whose folded form the single-token query matches. */
    int[] matchingTerms(Query q);

    /** Documents (positions in the corpus) with at least one hit. */
    BitSet documentsMatching(Query q, boolean caseSensitive);

    /**
     * Hits for a query, in document then text order, in the documents of {@code scope} (null for all), at most
     * {@code limit} of them.
     */
    default List<Hit> search(Query q, BitSet scope, boolean caseSensitive, int limit) {
        return find(q, scope, caseSensitive, limit).hits();
    }

    /** The first {@code limit} hits, with the total number of hits and of documents with one. */
    Result find(Query q, BitSet scope, boolean caseSensitive, int limit);

    /** Hits per document (indexed by corpus position) in the documents of {@code scope} (null for all). */
    int[] hitsPerDocument(Query q, BitSet scope, boolean caseSensitive);

    /** Hits per document counted off a search: the way for queries whose postings do not give counts directly. */
    static int[] countedHits(Index index, Query q, BitSet scope, boolean caseSensitive) {
        int[] out = new int[index.documentCount()];
        for (Hit h : index.search(q, scope, caseSensitive, Integer.MAX_VALUE)) out[h.doc()]++;
        return out;
    }

    /** Tokens in these documents and in all: {inside, all}, from the documents' heads (no text is read). */
    static long[] tokens(List<Document> docs, BitSet documents) {
        long inside = 0, all = 0;
        for (int d = 0; d < docs.size(); d++) {
            int t = docs.get(d).tokens();
            all += t;
            if (documents.get(d)) inside += t;
        }
        return new long[] {inside, all};
    }

    /** How often each term occurs in these documents (indexed by term id). */
    long[] termCounts(BitSet documents);

    /**
     * What the user must know about the answers given since the last call, taken once: an engine over a cluster says
     * here that a shard did not answer and the results are partial. The session adds these to the command's table, so
     * every front end shows them.
     */
    default List<String> warnings() {
        return List.of();
    }

    /**
     * Lets go of what the engine holds open (an index's files, a cluster's connections) once its corpus is replaced.
     */
    default void close() {}

    /**
     * Folds a token as Unicode simple case folding does, character by character (so accents stay, and a wildcard's ? is
     * still one character): the lower case of the upper case, so that ΟΔΟΣ and οδος meet (final ς and σ), as do ſ and
     * s, and the Kelvin sign and k; curly apostrophes become straight ones.
     */
    static String fold(String token) {
        char[] b = new char[token.length() * 2 + 2];
        int n = fold(token, 0, token.length(), b);
        return new String(b, 0, n);
    }

    /** Folds {@code s[start, end)} into {@code out} (at least twice as long); returns the length written. */
    static int fold(CharSequence s, int start, int end, char[] out) {
        int k = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[k++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c == '\u2019' || c == '\u02BC') {
                out[k++] = '\'';
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toLowerCase(Character.toUpperCase(Character.toCodePoint(c, s.charAt(++i))));
                k += Character.toChars(cp, out, k);
            } else {
                out[k++] = Character.toLowerCase(Character.toUpperCase(c));
            }
        }
        return k;
    }
}
