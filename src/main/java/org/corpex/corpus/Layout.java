package org.corpex.corpus;

import java.util.Arrays;

/**
 * Where the lines, sentences and tokens of a text begin and end, as character offsets. Held as int arrays, not objects,
 * so a large corpus costs a few bytes per token.
 */
public final class Layout {
    private final int[] lineStarts;
    private final int[] sentenceStarts; // sentence i spans [sentenceStarts[i], sentenceEnds[i])
    private final int[] sentenceEnds;
    // Token i starts at (its low 16 bits) + 65536 * (how many 64K blocks end at or before it), and
    // spans its length: three bytes a token where two ints would take eight. Most articles are
    // shorter than 64K characters, so the block table is usually empty.
    private final char[] tokenStartLow;
    private final int[] blockFirstToken; // block k+1 (offsets from (k+1) * 65536) starts at this token
    private final byte[] tokenLengths; // unsigned; 255 means "look in longTokens"
    private final int[] longTokens; // index, length, index, length... of tokens 255 characters or longer
    private final int wordCount;

    Layout(
            int[] lineStarts,
            int[] sentenceStarts,
            int[] sentenceEnds,
            int[] tokenStarts,
            int[] tokenEnds,
            int wordCount) {
        this.lineStarts = lineStarts;
        this.sentenceStarts = sentenceStarts;
        this.sentenceEnds = sentenceEnds;
        this.tokenStartLow = new char[tokenStarts.length];
        for (int i = 0; i < tokenStarts.length; i++) tokenStartLow[i] = (char) tokenStarts[i];
        int blocks = tokenStarts.length == 0 ? 0 : tokenStarts[tokenStarts.length - 1] >>> 16;
        this.blockFirstToken = new int[blocks];
        for (int k = 0, i = 0; k < blocks; k++) {
            while (tokenStarts[i] >>> 16 <= k) i++;
            blockFirstToken[k] = i;
        }
        // A token's length in one byte, not its end in four: a large corpus has tens of millions.
        this.tokenLengths = new byte[tokenStarts.length];
        int longOnes = 0;
        for (int i = 0; i < tokenStarts.length; i++) {
            int len = tokenEnds[i] - tokenStarts[i];
            if (len >= 255) {
                longOnes++;
                len = 255;
            }
            tokenLengths[i] = (byte) len;
        }
        this.longTokens = new int[longOnes * 2];
        for (int i = 0, k = 0; i < tokenStarts.length && k < longTokens.length; i++) {
            if (tokenEnds[i] - tokenStarts[i] >= 255) {
                longTokens[k++] = i;
                longTokens[k++] = tokenEnds[i] - tokenStarts[i];
            }
        }
        this.wordCount = wordCount;
    }

    public static Layout of(String text) {
        return Segmenter.segment(text);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int i) {
        return lineStarts[i];
    }

    /** 1-based line number of a character offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** End (exclusive, before the \n) of 0-based line {@code i} in {@code text}. */
    public int lineEnd(String text, int i) {
        int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
        return Math.max(end, lineStarts[i]);
    }

    public int sentenceCount() {
        return sentenceStarts.length;
    }

    public int sentenceStart(int i) {
        return sentenceStarts[i];
    }

    public int sentenceEnd(int i) {
        return sentenceEnds[i];
    }

    /** Index of the sentence containing (or nearest before) a character offset, or -1 if none. */
    public int sentenceOf(int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    public int tokenCount() {
        return tokenStartLow.length;
    }

    public int tokenStart(int i) {
        int high = 0;
        if (blockFirstToken.length > 0) {
            // Blocks whose first token is at or before i.
            int lo = 0, hi = blockFirstToken.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (blockFirstToken[mid] <= i) lo = mid + 1;
                else hi = mid;
            }
            high = lo;
        }
        return (high << 16) | tokenStartLow[i];
    }

    public int tokenEnd(int i) {
        int len = tokenLengths[i] & 0xFF;
        if (len == 255) {
            int lo = 0, hi = longTokens.length / 2 - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (longTokens[mid * 2] < i) lo = mid + 1;
                else hi = mid;
            }
            len = longTokens[lo * 2 + 1];
        }
        return tokenStart(i) + len;
    }

    /** Index of the first token that starts at or after {@code offset}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0, hi = tokenStartLow.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenStart(mid) < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public int wordCount() {
        return wordCount;
    }
}
