package org.corpex.index;

import com.google.re2j.Matcher;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.corpex.base.Cancellation;
import org.corpex.corpus.Layout;

/**
 * The folded terms of a corpus with their counts. A term's id is its rank of first appearance in document order,
 * whichever engine holds the corpus: commands break ties by id, so two engines over the same documents give the same
 * tables.
 */
public final class Vocabulary {
    private final TermTable table;
    private final String[] terms;
    private final int[] collectionFrequency;
    private final int[] documentFrequency;
    private volatile int[] sortedTerms; // term ids in the order of their text, for prefix wildcards

    Vocabulary(TermTable table, int[] cf, int[] df) {
        this.table = table;
        this.terms = table.keys();
        this.collectionFrequency = cf;
        this.documentFrequency = df;
    }

    /** A vocabulary read back from a store: terms in id order, with their counts. */
    public static Vocabulary of(String[] terms, int[] cf, int[] df) {
        TermTable t = new TermTable();
        for (String s : terms) t.add(s);
        if (t.size() != terms.length) throw new IllegalArgumentException("duplicate terms in a vocabulary");
        return new Vocabulary(t, cf, df);
    }

    public int size() {
        return terms.length;
    }

    public String term(int id) {
        return terms[id];
    }
    /** Id of a folded term, or -1. */
    public int id(String folded) {
        return table.get(folded);
    }
    /** Id of the folded term in {@code b[0, len)}, or -1. */
    public int id(char[] b, int len) {
        return table.get(b, len);
    }

    public int collectionFrequency(int id) {
        return collectionFrequency[id];
    }

    public int documentFrequency(int id) {
        return documentFrequency[id];
    }

    /**
     * The term ids of a text's tokens, in order, each folded as searches fold; -1 for a token the vocabulary lacks (a
     * store that does not match its text: the caller says how).
     */
    public int[] ids(String text, Layout l) {
        int[] out = new int[l.tokenCount()];
        char[] buf = new char[64];
        for (int i = 0; i < out.length; i++) {
            int s = l.tokenStart(i), e = l.tokenEnd(i);
            if (buf.length < 2 * (e - s) + 2) buf = new char[4 * (e - s) + 2];
            out[i] = id(buf, Index.fold(text, s, e, buf));
        }
        return out;
    }

    /** How often each term occurs in the whole corpus, by id: what term counts over every document are. */
    public long[] collectionCounts() {
        long[] out = new long[terms.length];
        for (int id = 0; id < out.length; id++) out[id] = collectionFrequency[id];
        return out;
    }

    /** Term ids whose folded form the single-token query matches. */
    public int[] matching(Query q) {
        if (q instanceof Query.Word w) {
            int id = id(w.folded());
            return id < 0 ? new int[0] : new int[] {id};
        }
        if (q instanceof Query.Wildcard w) return matching(t -> Glob.matches(w.folded(), t), literalPrefix(w.glob()));
        if (q instanceof Query.TokenRegex r) {
            Matcher m = r.pattern().matcher("");
            return matching(t -> m.reset(t).matches(), "");
        }
        throw new IllegalArgumentException("not a single-token query: " + q.source());
    }

    /** Term ids containing this folded fragment anywhere, for narrowing a text regex to candidate documents. */
    public int[] containing(String fragment) {
        return matching(t -> t.contains(fragment), "");
    }

    /** Term ids a token of a regex plan can have (see {@link RegexPlan}). */
    public int[] matching(RegexPlan.Slot slot) {
        if (slot.literal() != null && slot.kind() == RegexPlan.Kind.WHOLE) {
            int id = id(slot.literal());
            return id < 0 ? new int[0] : new int[] {id};
        }
        if (slot.literal() != null) return matching(slot::matches, "");
        Matcher m = slot.pattern().matcher("");
        return matching(t -> slot.edges(t) && m.reset(t).find(), "");
    }

    private static String literalPrefix(String glob) {
        int i = 0;
        while (i < glob.length() && glob.charAt(i) != '*' && glob.charAt(i) != '?') i++;
        return Index.fold(glob.substring(0, i));
    }

    private int[] matching(Predicate<String> matches, String prefix) {
        Cancellation cancel = Cancellation.current();
        if (prefix.isEmpty()) {
            return IntStream.range(0, terms.length)
                    .filter(i -> {
                        if ((i & 0x3FF) == 0) cancel.poll();
                        return matches.test(terms[i]);
                    })
                    .toArray();
        }
        // A literal prefix ("invest*"): only the terms in its range of the sorted vocabulary.
        int[] sorted = sortedTerms();
        int lo = lowerBound(sorted, prefix);
        IntStream.Builder out = IntStream.builder();
        for (int i = lo; i < sorted.length && terms[sorted[i]].startsWith(prefix); i++) {
            cancel.poll();
            if (matches.test(terms[sorted[i]])) out.add(sorted[i]);
        }
        int[] r = out.build().toArray();
        Arrays.sort(r);
        return r;
    }

    private int lowerBound(int[] sorted, String key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (terms[sorted[mid]].compareTo(key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private int[] sortedTerms() {
        int[] s = sortedTerms;
        if (s == null) {
            String[] copy = terms.clone();
            Arrays.parallelSort(copy);
            s = new int[copy.length];
            for (int i = 0; i < copy.length; i++) s[i] = table.get(copy[i]);
            sortedTerms = s;
        }
        return s;
    }
}
