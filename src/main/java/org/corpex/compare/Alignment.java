package org.corpex.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.corpex.compare.Sentences.Sentence;

/**
 * Aligns source B's sentences to source A's.
 *
 * <p>Similarity is the Jaccard index of the two sentences' word sets (case-folded): shared words over all words.
 * Identical sentences pair first, in order; then the remaining pairs at or above {@link #THRESHOLD} pair greedily, most
 * similar first. Of the pairs, those on the longest run that keeps both documents' order stay in place (same or
 * changed); the others were moved. Sentences left over are only in A or only in B.
 */
public final class Alignment {
    private Alignment() {}

    /** Below this Jaccard similarity two sentences are different sentences, not one rewritten. */
    public static final double THRESHOLD = 0.5;

    public enum Kind {
        SAME("same"),
        CHANGED("changed"),
        MOVED("moved"),
        ONLY_A("only in A"),
        ONLY_B("only in B");

        public final String label;

        Kind(String label) {
            this.label = label;
        }

        /** As a cell shows it: the kind travels in tables typed, for screens, and prints as its label. */
        @Override
        public String toString() {
            return label;
        }
    }

    /** One row of the alignment; {@code a} or {@code b} is null for sentences only on one side. */
    record Pair(Kind kind, Sentence a, Sentence b, double similarity) {}

    static List<Pair> align(List<Sentence> a, List<Sentence> b) {
        int[] matchA = new int[a.size()], matchB = new int[b.size()];
        double[] sim = new double[a.size()];
        Arrays.fill(matchA, -1);
        Arrays.fill(matchB, -1);

        // 1. Identical sentences, in order.
        Map<String, LinkedList<Integer>> byText = new HashMap<>();
        for (int j = 0; j < b.size(); j++)
            byText.computeIfAbsent(b.get(j).text(), k -> new LinkedList<>()).add(j);
        for (int i = 0; i < a.size(); i++) {
            LinkedList<Integer> q = byText.get(a.get(i).text());
            if (q != null && !q.isEmpty()) {
                int j = q.removeFirst();
                matchA[i] = j;
                matchB[j] = i;
                sim[i] = 1;
            }
        }
        // 2. Rewritten sentences: most similar pairs first, each sentence used once.
        List<double[]> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] >= 0) continue;
            for (int j = 0; j < b.size(); j++) {
                if (matchB[j] >= 0) continue;
                double s = Sentences.jaccard(a.get(i).terms(), b.get(j).terms());
                if (s >= THRESHOLD) candidates.add(new double[] {s, i, j});
            }
        }
        candidates.sort(
                Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> Math.abs(c[1] - c[2])));
        for (double[] c : candidates) {
            int i = (int) c[1], j = (int) c[2];
            if (matchA[i] >= 0 || matchB[j] >= 0) continue;
            matchA[i] = j;
            matchB[j] = i;
            sim[i] = c[0];
        }
        // 3. Pairs that keep the order of both documents (longest increasing run of B positions).
        boolean[] inPlace = inOrder(matchA);

        // Rows in reading order: A's order, with B-only sentences after the A sentence they follow.
        List<double[]> keyed = new ArrayList<>(); // {sortKey, tie, kind, i, j}
        for (int i = 0; i < a.size(); i++) {
            int j = matchA[i];
            Kind k = j < 0
                    ? Kind.ONLY_A
                    : !inPlace[i] ? Kind.MOVED : a.get(i).text().equals(b.get(j).text()) ? Kind.SAME : Kind.CHANGED;
            keyed.add(new double[] {i, j < 0 ? 0 : j, k.ordinal(), i, j});
        }
        int lastA = -1;
        for (int j = 0; j < b.size(); j++) {
            if (matchB[j] >= 0) {
                if (inPlace[matchB[j]]) lastA = matchB[j];
                continue;
            }
            keyed.add(new double[] {lastA + 0.5, j, Kind.ONLY_B.ordinal(), -1, j});
        }
        keyed.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]));
        List<Pair> out = new ArrayList<>();
        for (double[] r : keyed) {
            Kind k = Kind.values()[(int) r[2]];
            int i = (int) r[3], j = (int) r[4];
            Sentence sa = i >= 0 ? a.get(i) : null, sb = j >= 0 && k != Kind.ONLY_A ? b.get(j) : null;
            out.add(new Pair(k, sa, sb, sa != null && sb != null ? sim[i] : 0));
        }
        return out;
    }

    /** Marks the matched A positions whose B positions form a longest increasing subsequence. */
    private static boolean[] inOrder(int[] matchA) {
        int n = matchA.length;
        int[] tailIdx = new int[n + 1], prev = new int[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            if (matchA[i] < 0) continue;
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (matchA[tailIdx[mid]] < matchA[i]) lo = mid + 1;
                else hi = mid;
            }
            prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
            tailIdx[lo] = i;
            if (lo == len) len++;
        }
        boolean[] keep = new boolean[n];
        for (int i = len > 0 ? tailIdx[len - 1] : -1; i >= 0; i = prev[i]) keep[i] = true;
        return keep;
    }

    /** Word-level diff of two sentences, git --word-diff style: [-removed-] {+added+}. */
    static String wordDiff(String a, String b) {
        List<String> wa = words(a), wb = words(b);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(wa, wb).getDeltas()) {
            for (; pos < d.getSource().getPosition(); pos++) append(out, wa.get(pos));
            if (d.getType() != DeltaType.INSERT)
                append(out, "[-" + String.join(" ", d.getSource().getLines()) + "-]");
            if (d.getType() != DeltaType.DELETE)
                append(out, "{+" + String.join(" ", d.getTarget().getLines()) + "+}");
            pos = d.getSource().getPosition() + d.getSource().size();
        }
        for (; pos < wa.size(); pos++) append(out, wa.get(pos));
        return out.toString();
    }

    /** One side of a word diff: only the removed (side A) or only the added (side B) words marked. */
    static String sideDiff(String a, String b, boolean sideA) {
        List<String> wa = words(a), wb = words(b);
        List<String> mine = sideA ? wa : wb;
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(wa, wb).getDeltas()) {
            var chunk = sideA ? d.getSource() : d.getTarget();
            for (; pos < chunk.getPosition(); pos++) append(out, mine.get(pos));
            if (chunk.size() > 0)
                append(out, (sideA ? "[-" : "{+") + String.join(" ", chunk.getLines()) + (sideA ? "-]" : "+}"));
            pos = chunk.getPosition() + chunk.size();
        }
        for (; pos < mine.size(); pos++) append(out, mine.get(pos));
        return out.toString();
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    private static void append(StringBuilder b, String w) {
        if (b.length() > 0) b.append(' ');
        b.append(w);
    }
}
