package org.corpex.index;

import com.google.re2j.Matcher;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.corpex.base.Cancellation;
import org.corpex.corpus.Document;

/** A free regex over the texts: the one search that reads text, so it reads as little as it can. */
public final class TextScan {
    private TextScan() {}

    /**
     * The documents that can hold a match (those with a token containing each of the regex's {@link Literals}), or null
     * when the regex names no literal and every document must be read. {@code documentsOf} gives the documents where
     * any of some term ids occurs.
     */
    public static BitSet candidates(Query.TextRegex r, Vocabulary vocab, Function<int[], BitSet> documentsOf) {
        BitSet out = null;
        for (String fragment : Literals.required(r.pattern().pattern())) {
            BitSet b = documentsOf.apply(vocab.containing(fragment));
            if (out == null) out = b;
            else out.and(b);
        }
        return out;
    }

    /** Positions of the documents to scan: those in scope (null: all) and among the candidates (null: all). */
    public static int[] order(int size, BitSet scope, BitSet candidates) {
        BitSet b = new BitSet(size);
        b.set(0, size);
        if (scope != null) b.and(scope);
        if (candidates != null) b.and(candidates);
        return b.stream().toArray();
    }

    /** Scans these documents (in parallel); hits are taken in document order. Returns the total. */
    public static long scan(
            Query.TextRegex r, List<Document> docs, int[] order, int limit, List<Hit> out, BitSet docsHit) {

        Cancellation cancel = Cancellation.current();
        // Each document is scanned on its own (in parallel); hits are then taken in document order.
        int[][] found = new int[order.length][];
        AtomicLong total = new AtomicLong();
        List<String> lineLiterals = withinLines(r.pattern().pattern())
                ? Literals.required(r.pattern().pattern())
                : List.of();
        IntStream.range(0, order.length).parallel().forEach(k -> {
            int d = order[k];
            String text = docs.get(d).textOnce();
            int[][] spans = {new int[8]};
            int c;
            if (lineLiterals.isEmpty()) {
                c = find(r, text, 0, text.length(), cancel, spans, 0);
            } else {
                // Only the lines holding every literal can hold a match, as no match crosses a line.
                c = 0;
                String first = lineLiterals.get(0);
                for (int at = indexOfIgnoreCase(text, first, 0); at >= 0; ) {
                    int ls = text.lastIndexOf('\n', at) + 1, le = text.indexOf('\n', at);
                    if (le < 0) le = text.length();
                    boolean all = true;
                    for (int i = 1; i < lineLiterals.size() && all; i++) {
                        int j = indexOfIgnoreCase(text, lineLiterals.get(i), ls);
                        all = j >= 0 && j + lineLiterals.get(i).length() <= le;
                    }
                    if (all) c = find(r, text, ls, le, cancel, spans, c);
                    at = le >= text.length() ? -1 : indexOfIgnoreCase(text, first, le + 1);
                }
            }
            if (c > 0) {
                found[k] = Arrays.copyOf(spans[0], c);
                total.addAndGet(c / 2);
            }
        });
        for (int k = 0; k < order.length; k++) {
            int[] s = found[k];
            if (s == null) continue;
            docsHit.set(order[k]);
            for (int i = 0; i < s.length && out.size() < limit; i += 2) out.add(new Hit(order[k], s[i], s[i + 1]));
        }
        return total.get();
    }

    /** Where a regex plan's chain was found: documents (in order) and a token's start in each, growing. */
    public static final class Anchors {
        private int[] doc = new int[64], offset = new int[64];
        private int size;

        public void add(int d, int at) {
            if (size == doc.length) {
                doc = Arrays.copyOf(doc, size * 2);
                offset = Arrays.copyOf(offset, size * 2);
            }
            doc[size] = d;
            offset[size++] = at;
        }

        public int size() {
            return size;
        }
    }

    /**
     * Scans the windows of text a {@link RegexPlan} points to: around each anchor (a token in the chunk of piece
     * {@code piece}), the runs of non-blank characters a match through it would cover, {@code piece} before and the
     * rest after; overlapping windows are merged, so each match is found once and as a scan of the whole text finds it.
     * Only the documents holding an anchor are read (in parallel); hits are taken in document order.
     */
    public static long scanWindows(
            Query.TextRegex r,
            List<Document> docs,
            Anchors a,
            int piece,
            RegexPlan plan,
            int limit,
            List<Hit> out,
            BitSet docsHit) {
        int pieces = plan.pieces();
        List<String> needs = plan.needs();
        Cancellation cancel = Cancellation.current();
        int[] groupStart = new int[a.size + 1];
        int groups = 0;
        for (int i = 0; i < a.size; i++) if (i == 0 || a.doc[i] != a.doc[i - 1]) groupStart[groups++] = i;
        groupStart[groups] = a.size;
        int[][] found = new int[groups][];
        AtomicLong total = new AtomicLong();
        int after = pieces - 1 - piece;
        IntStream.range(0, groups).parallel().forEach(k -> {
            cancel.poll();
            int from = groupStart[k], to = groupStart[k + 1];
            String text = docs.get(a.doc[from]).textOnce();
            long[] windows = new long[to - from];
            for (int i = from; i < to; i++) {
                int at = Math.min(a.offset[i], text.length());
                int s = at, e = at;
                while (s > 0 && !blank(text.charAt(s - 1))) s--;
                while (e < text.length() && !blank(text.charAt(e))) e++;
                for (int j = 0; j < piece; j++) {
                    while (s > 0 && blank(text.charAt(s - 1))) s--;
                    while (s > 0 && !blank(text.charAt(s - 1))) s--;
                }
                for (int j = 0; j < after; j++) {
                    while (e < text.length() && blank(text.charAt(e))) e++;
                    while (e < text.length() && !blank(text.charAt(e))) e++;
                }
                windows[i - from] = ((long) s << 32) | e;
            }
            Arrays.sort(windows);
            int[][] spans = {new int[8]};
            int c = 0;
            for (int i = 0; i < windows.length; ) {
                int s = (int) (windows[i] >>> 32), e = (int) windows[i];
                int j = i + 1;
                while (j < windows.length && (int) (windows[j] >>> 32) < e) e = Math.max(e, (int) windows[j++]);
                boolean all = true;
                for (int n = 0; n < needs.size() && all; n++) all = indexOfIgnoreCase(text, needs.get(n), s, e) >= 0;
                if (all) c = find(r, text, s, e, cancel, spans, c);
                i = j;
            }
            if (c > 0) {
                found[k] = Arrays.copyOf(spans[0], c);
                total.addAndGet(c / 2);
            }
        });
        for (int k = 0; k < groups; k++) {
            int[] s = found[k];
            if (s == null) continue;
            int d = a.doc[groupStart[k]];
            docsHit.set(d);
            for (int i = 0; i < s.length && out.size() < limit; i += 2) out.add(new Hit(d, s[i], s[i + 1]));
        }
        return total.get();
    }

    /** The characters RE2's \s matches: what separates the runs a {@link RegexPlan} reasons about. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /**
     * Finds the matches in {@code text[from, to)}, appending their spans (in text offsets) at {@code c}; returns the
     * new count.
     */
    private static int find(
            Query.TextRegex r, String text, int from, int to, Cancellation cancel, int[][] spans, int c) {
        Matcher m = r.pattern().matcher(new CancellableText(text, from, to, cancel));
        while (m.find()) {
            if (m.end() == m.start()) continue;
            if (c + 2 > spans[0].length) spans[0] = Arrays.copyOf(spans[0], spans[0].length * 2);
            spans[0][c++] = from + m.start();
            spans[0][c++] = from + m.end();
        }
        return c;
    }

    /**
     * Whether no match of this regex can hold a line break, nor depend on where the text begins or ends (beyond its
     * line): then a document can be searched line by line. Conservative: any construct that could match a line break
     * (\s, \W, \D, \p{..}, a negated class, (?s), an escaped code) or anchor to the whole text (\A, \z) says no.
     */
    static boolean withinLines(String regex) {
        if (regex.indexOf('\n') >= 0 || regex.contains("[^") || regex.contains("[:")) return false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char e = regex.charAt(++i);
                if ("sWDpPnxAzQCu01234567".indexOf(e) >= 0) return false;
            } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                for (int j = i + 2;
                        j < regex.length() && Character.isLetter(regex.charAt(j))
                                || j < regex.length() && regex.charAt(j) == '-';
                        j++) {
                    if (regex.charAt(j) == 's') return false;
                }
            }
        }
        return true;
    }

    /**
     * Where a folded literal (ASCII letters and digits) first occurs at or after {@code from}, ASCII case ignored; a
     * line holding a character outside ASCII that a case-insensitive regex could match to an ASCII letter (the Kelvin
     * sign, a long s) counts as holding it.
     */
    static int indexOfIgnoreCase(String text, String lower, int from) {
        return indexOfIgnoreCase(text, lower, from, text.length());
    }

    /** As {@link #indexOfIgnoreCase(String, String, int)}, within {@code text[from, to)}. */
    static int indexOfIgnoreCase(String text, String lower, int from, int to) {
        int n = to, m = lower.length();
        char f = lower.charAt(0);
        for (int i = from; i <= n - m; i++) {
            char c = text.charAt(i);
            if (c == '\u212A' || c == '\u017F') return i;
            if ((c | 0x20) != f && c != f) continue;
            int k = 1;
            while (k < m && lowerAscii(text.charAt(i + k)) == lower.charAt(k)) k++;
            if (k == m) return i;
        }
        for (int i = Math.max(from, n - m + 1); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u212A' || c == '\u017F') return i;
        }
        return -1;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * Text that stops the scan when the command is cancelled or its deadline passes: the regex engine reads every
     * character through charAt, so even one huge document stops in time.
     */
    private static final class CancellableText implements CharSequence {
        private final String text;
        private final int from, to;
        private final Cancellation cancel;
        private int calls;

        CancellableText(String text, int from, int to, Cancellation cancel) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if ((++calls & 0x3FFF) == 0) cancel.poll();
            return text.charAt(from + index);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(from + start, from + end);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
