package org.corpex.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lines, sentences and tokens in one pass over the characters.
 *
 * <p>Tokens are runs of letters and digits. A decimal point or thousands comma between digits stays inside ("3.2",
 * "1,000"); a hyphen splits ("year-over-year" is three tokens, so a search for "year" finds it); an English clitic
 * after an apostrophe ("'s", "'t", "'re"...) becomes a token of its own, so "Reuters’s" is found by "Reuters" and by
 * "Reuters's". Han and kana characters are one token each, since those scripts do not separate words with spaces.
 *
 * <p>Sentences end at . ! ? or an ellipsis followed by whitespace and a capital, digit or quote, and at every line
 * break (news text puts headlines, bullets and paragraphs on lines of their own). A full stop after a known
 * abbreviation ("Dr.", "No. 1") or a dotted initialism ("U.S.") does not end one, nor does the number of a list item
 * ("1. The Vision"); after "Inc.", "Ltd." or "U.S." one ends only when a word that usually opens a sentence follows
 * ("...Apple Inc. The deal...").
 */
public final class Segmenter {
    private Segmenter() {}

    /**
     * A sentence's text as tables show it and comparisons read it: whitespace runs (no-break spaces too) as one space,
     * trimmed. Most sentences are already so, and come back as they are.
     */
    public static String collapseWhitespace(String s) {
        if (collapsed(s)) return s;
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    private static boolean collapsed(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) return false;
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : isSpace(c)) return false;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** Abbreviations that come before a name or a number, so a full stop after them never ends a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "vs", "Gen", "Gov", "Sen", "Rep", "Rev",
            "Lt", "Col", "Capt", "Sgt", "Ave", "Blvd", "Rd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
            "Sept", "Oct", "Nov", "Dec", "approx", "est", "dept", "fig", "al", "cf", "Fig", "Dept", "Univ", "Assn",
            "Nos", "Vol", "vol", "pp", "Hon");
    /**
     * Abbreviations that also end sentences ("...shares of Apple Inc. The deal..."): the full stop ends one only when a
     * word that usually opens a sentence follows.
     */
    private static final Set<String> FINAL_ABBREVIATIONS =
            Set.of("Inc", "Ltd", "Co", "Corp", "Bros", "etc", "Plc", "LLC", "Jr");

    public static Layout segment(String text) {
        int n = text.length();
        IntList lines = new IntList(16);
        IntList sStarts = new IntList(16), sEnds = new IntList(16);
        IntList tStarts = new IntList(Math.max(16, n / 5)), tEnds = new IntList(Math.max(16, n / 5));
        int words = 0;

        lines.add(0);
        int sentenceStart = -1; // offset of the first non-space char of the open sentence
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (sentenceStart >= 0) {
                    sStarts.add(sentenceStart);
                    sEnds.add(trimEnd(text, sentenceStart, i));
                    sentenceStart = -1;
                }
                lines.add(i + 1);
                i++;
                continue;
            }
            if (sentenceStart < 0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) sentenceStart = i;

            if (isWordChar(c)
                    || Character.isHighSurrogate(c) && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                if (isIdeograph(text.codePointAt(i))) {
                    int len = Character.charCount(text.codePointAt(i));
                    tStarts.add(i);
                    tEnds.add(i + len);
                    words++;
                    i += len;
                    continue;
                }
                int start = i;
                i = tokenEnd(text, i);
                tStarts.add(start);
                tEnds.add(i);
                words++;
                // A clitic right after the word: "’s", "'t", "'re"...
                int clitic = cliticEnd(text, i);
                if (clitic > i) {
                    tStarts.add(i);
                    tEnds.add(clitic);
                    i = clitic;
                }
                continue;
            }
            if (isFullWidthEnd(c) && sentenceStart >= 0) {
                // 。！？ end a sentence in Chinese and Japanese with no space after them.
                int end = i + 1;
                while (end < n
                        && (isFullWidthEnd(text.charAt(end))
                                || isCloser(text.charAt(end))
                                || isCjkCloser(text.charAt(end)))) end++;
                sStarts.add(sentenceStart);
                sEnds.add(end);
                sentenceStart = -1;
                i = end;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && sentenceStart >= 0) {
                int end = i + 1;
                while (end < n
                        && (text.charAt(end) == '.'
                                || text.charAt(end) == '!'
                                || text.charAt(end) == '?'
                                || text.charAt(end) == '…')) end++;
                while (end < n && isCloser(text.charAt(end))) end++;
                if (endsSentence(text, i, end, sentenceStart, tStarts, tEnds)) {
                    sStarts.add(sentenceStart);
                    sEnds.add(end);
                    sentenceStart = -1;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (sentenceStart >= 0) {
            sStarts.add(sentenceStart);
            sEnds.add(trimEnd(text, sentenceStart, n));
        }
        return new Layout(
                lines.toArray(), sStarts.toArray(), sEnds.toArray(), tStarts.toArray(), tEnds.toArray(), words);
    }

    /** True for the characters a token is made of. */
    public static boolean isWordChar(char c) {
        if (c < 0x80) return ASCII_WORD[c]; // the common case, without Unicode tables
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isIdeograph(int cp) {
        if (cp < 0x2E80) return false; // below the CJK blocks: skips a script lookup per letter (loading speed)
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }

    private static int tokenEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char a = text.charAt(i);
            if (a < 0x80 && ASCII_WORD[a]) {
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                if (isIdeograph(cp)) break;
                i += Character.charCount(cp);
                continue;
            }
            char c = (char) cp;
            if ((c == '.' || c == ',')
                    && i > 0
                    && Character.isDigit(text.charAt(i - 1))
                    && i + 1 < n
                    && Character.isDigit(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && cliticEnd(text, i) == i) {
                i++; // an apostrophe inside a name: O'Brien
                continue;
            }
            break;
        }
        return i;
    }

    /** If a clitic ('s, 't, 'd, 'll, 're, 've, 'm) starts at {@code i}, where it ends; else {@code i}. */
    private static int cliticEnd(String text, int i) {
        int n = text.length();
        if (i >= n || !isApostrophe(text.charAt(i)) || i == 0 || !Character.isLetter(text.charAt(i - 1))) return i;
        int j = i + 1;
        while (j < n && Character.isLetter(text.charAt(j))) j++;
        String tail = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
        switch (tail) {
            case "s", "t", "d", "ll", "re", "ve", "m" -> {
                return j;
            }
            default -> {
                return i;
            }
        }
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isFullWidthEnd(char c) {
        return c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF0E' || c == '\uFF61';
    }

    /** Closing quotes and brackets of CJK text: 」』）】》〉. */
    private static boolean isCjkCloser(char c) {
        return c == '\u300D' || c == '\u300F' || c == '\uFF09' || c == '\u3011' || c == '\u300B' || c == '\u3009';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean endsSentence(
            String text, int dot, int end, int sentenceStart, IntList tStarts, IntList tEnds) {
        int n = text.length();
        if (end < n && !Character.isWhitespace(text.charAt(end)) && !Character.isSpaceChar(text.charAt(end)))
            return false; // "3.2", "e.g.x", "U.S.-China"
        int j = end;
        while (j < n
                && text.charAt(j) != '\n'
                && (Character.isWhitespace(text.charAt(j)) || Character.isSpaceChar(text.charAt(j)))) j++;
        char next = j < n ? text.charAt(j) : '\n';
        if (text.charAt(dot) == '.' && end - dot == 1) {
            String prev = previousWord(text, dot, tStarts, tEnds);
            if (prev != null) {
                if (ABBREVIATIONS.contains(prev)) return false;
                if (FINAL_ABBREVIATIONS.contains(prev) && next != '\n' && !isCommonSentenceStart(text, j)) return false;
                if ((prev.equals("No") || prev.equals("no")) && Character.isDigit(next)) return false;
                // A list number opening a line: "1. The Vision and Commitment:"
                if (prev.length() <= 3 && isDigits(prev) && tStarts.get(tStarts.size() - 1) == sentenceStart)
                    return false;
                // Initials and dotted initialisms: "J. Smith", "U.S.", "e.g."
                if (prev.length() == 1 && Character.isLetter(prev.charAt(0))) {
                    int before = dot - 2;
                    if (Character.isUpperCase(prev.charAt(0)) || before >= 0 && text.charAt(before) == '.') {
                        if (!(before >= 1
                                && text.charAt(before) == '.'
                                && Character.isUpperCase(next)
                                && isCommonSentenceStart(text, j))) return false;
                    }
                }
            }
        }
        if (next == '\n') return true;
        return Character.isUpperCase(next)
                || Character.isDigit(next)
                || next == '"'
                || next == '\u201C'
                || next == '\''
                || next == '\u2018'
                || next == '('
                || next == '['
                || next == '-'
                || next == '\u2013'
                || next == '\u2014'
                || Character.isLetter(next) && !Character.isLowerCase(next);
    }

    /** After "U.S." a capitalised function word ("The", "It") most likely opens a new sentence. */
    private static boolean isCommonSentenceStart(String text, int j) {
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
        String w = text.substring(j, k);
        return switch (w) {
            case "The",
                    "A",
                    "An",
                    "It",
                    "This",
                    "That",
                    "These",
                    "Those",
                    "He",
                    "She",
                    "They",
                    "We",
                    "I",
                    "But",
                    "And",
                    "In",
                    "On",
                    "At",
                    "As",
                    "If",
                    "When",
                    "While",
                    "After",
                    "Before",
                    "Its",
                    "Their",
                    "There" -> true;
            default -> false;
        };
    }

    private static String previousWord(String text, int dot, IntList tStarts, IntList tEnds) {
        int k = tEnds.size() - 1;
        if (k < 0 || tEnds.get(k) != dot) return null;
        return text.substring(tStarts.get(k), tEnds.get(k));
    }

    private static int trimEnd(String text, int start, int end) {
        // Space characters too: news text leaves no-break spaces at line ends.
        while (end > start
                && (Character.isWhitespace(text.charAt(end - 1)) || Character.isSpaceChar(text.charAt(end - 1)))) end--;
        return end;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return !s.isEmpty();
    }

    /** A growable int array; the segmenter makes millions of offsets and boxing them would triple the heap. */
    static final class IntList {
        private int[] a;
        private int size;

        IntList(int capacity) {
            a = new int[capacity];
        }

        void add(int v) {
            if (size == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
