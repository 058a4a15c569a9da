package org.corpex.corpus.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the main-text extractor reads in a page: the class and id words that name furniture or captions, and
 * English function words (loaded once, from a resource file).
 */
final class Names {
    private Names() {}

    /** What a class or id word says an element is. */
    static final int FURNITURE = 1, CAPTION = 2, COMMENTS = 4, EMBED = 8;

    private static final WordTable WORDS;

    static {
        Map<String, Integer> words = new HashMap<>();
        // Page furniture: menus, share bars, related links, adverts, prompts. "sidebar" and "mostread" match
        // "side-bar", "most-read" too.
        for (String w : List.of(
                "nav",
                "navbar",
                "menu",
                "footer",
                "masthead",
                "sidebar",
                "widget",
                "share",
                "sharing",
                "social",
                "related",
                "recommended",
                "promo",
                "advert",
                "ad",
                "ads",
                "sponsor",
                "breadcrumb",
                "breadcrumbs",
                "pagination",
                "banner",
                "toolbar",
                "tags",
                "trending",
                "mostread",
                "nocontent",
                "noscript",
                "cookie",
                "cookies",
                "consent",
                "gdpr",
                "popup",
                "modal",
                "overlay",
                "newsletter",
                "subscribe",
                "subscription",
                "signup")) words.put(w, FURNITURE);
        // A picture's caption or credit.
        for (String w : List.of("caption", "credit", "credits", "figcaption")) words.put(w, CAPTION);
        // Readers' comments: furniture, and never round an article however much they say.
        for (String w : List.of("comment", "comments", "disqus", "respond", "replies", "discussion"))
            words.put(w, COMMENTS | FURNITURE);
        // Something embedded in the article (a post, a video): what it holds is the article's ("social-media-embed").
        for (String w : List.of("embed", "embedded")) words.put(w, EMBED);
        WORDS = new WordTable(words);
    }

    /**
     * What a class or id says, from its words (split at spaces, - and _, and where camel case starts one:
     * "GoogleDfpAd-adCaption" is google, dfp, ad, ad, caption) and from two words read as one ("side-bar",
     * "most-read"). Called for every element of every page: one pass, no regex.
     */
    static int kinds(String name) {
        int n = name.length();
        if (n == 0) return 0;
        int k = 0, start = 0, prevStart = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : ' ';
            boolean cut = c == ' ' || c == '-' || c == '_';
            boolean hump = !cut && i > start && c >= 'A' && c <= 'Z' && Character.isLowerCase(name.charAt(i - 1));
            if (!cut && !hump) continue;
            if (i > start) {
                if (i - start <= 12) k |= word(name, start, i);
                if (prevStart >= 0 && i - prevStart <= 13) k |= word(name, prevStart, start, i);
                prevStart = start;
            }
            start = cut ? i + 1 : i;
        }
        return k;
    }

    private static int word(String name, int from, int to) {
        return WORDS.get(name, from, to);
    }

    /** Two words read as one: [from, mid) and the word at mid, without what cuts them. */
    private static int word(String name, int from, int mid, int to) {
        return WORDS.get(name, from, to) & FURNITURE;
    }

    /**
     * Words and what each says, as an open-addressing table of their characters: a word of a page is looked up where it
     * lies in the text (any case, ’ read as ', spaces, - and _ skipped), without a string made of it. Every word of
     * every page is looked up.
     */
    static final class WordTable {
        private final char[][] keys;
        private final int[] values;
        final int longest;

        WordTable(Map<String, Integer> words) {
            int size = Integer.highestOneBit(Math.max(4, words.size() * 4)) * 2;
            keys = new char[size][];
            values = new int[size];
            int max = 0;
            for (Map.Entry<String, Integer> w : words.entrySet()) {
                char[] c = w.getKey().toCharArray();
                max = Math.max(max, c.length);
                int h = 0;
                for (char x : c) h = 31 * h + x;
                int at = (h ^ (h >>> 16)) & (size - 1);
                while (keys[at] != null) at = (at + 1) & (size - 1);
                keys[at] = c;
                values[at] = w.getValue();
            }
            longest = max;
        }

        /** What text[from, to) says, or 0. */
        int get(String text, int from, int to) {
            if (to - from > longest + 2) return 0;
            int h = 0, n = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (cut(c)) continue;
                h = 31 * h + folded(c);
                n++;
            }
            if (n > longest) return 0;
            h ^= h >>> 16;
            for (int at = h & (keys.length - 1); keys[at] != null; at = (at + 1) & (keys.length - 1)) {
                char[] w = keys[at];
                if (w.length == n && same(w, text, from, to)) return values[at];
            }
            return 0;
        }

        private static boolean same(char[] w, String text, int from, int to) {
            int j = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (cut(c)) continue;
                if (w[j++] != folded(c)) return false;
            }
            return true;
        }

        private static boolean cut(char c) {
            return c == ' ' || c == '-' || c == '_';
        }
    }

    private static final class Stopwords {
        static final WordTable EN;

        static {
            Map<String, Integer> words = new HashMap<>();
            for (String w : load("stopwords-en.txt")) words.put(w, 1);
            EN = new WordTable(words);
        }
    }

    /** True when {@code text[from, to)} is an English function word (any case, ’ read as '). */
    static boolean stopword(String text, int from, int to) {
        return Stopwords.EN.get(text, from, to) != 0;
    }

    private static char folded(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    private static Set<String> load(String file) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Names.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) words.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
