package org.corpex.corpus.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words the main-text extractor reads in a page: the class and id words that name furniture
 * or captions, and English function words (loaded once, from a resource file).
 */
final class Names {
    private Names() {}

    /** Class or id words of page furniture: menus, share bars, related links, comments, adverts. */
    private static final Set<String> FURNITURE = Set.of("nav", "navbar", "menu", "footer", "masthead", "sidebar", "widget",
            "comment", "comments", "share", "sharing", "social", "related", "recommended", "promo", "advert", "ad", "ads",
            "sponsor", "cookie", "consent", "subscribe", "newsletter", "breadcrumb", "breadcrumbs", "pagination", "popup",
            "modal", "banner", "toolbar", "tags", "trending", "signup", "subscription",
            "nocontent", "noscript");

    /** Class or id words of something embedded in the article (a post, a video): what it holds is the article's. */
    private static final Set<String> EMBED = Set.of("embed", "embedded");

    /** Class or id words of a picture's caption or credit. */
    private static final Set<String> CAPTION = Set.of("caption", "credit", "credits", "figcaption");

    /**
     * True when a class or id names furniture: one of its words, split at spaces, - and _, is a
     * furniture word ("share-tools", "side-bar", "most-read" by its parts). Checked for every
     * element of every page, so without a regex.
     */
    static boolean furniture(String name) {
        if (anyWord(name, FURNITURE)) return !anyWord(name, EMBED);   // "social-media-embed" is a post quoted, not a share bar
        if (name.length() < 7) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("side-bar") || lower.contains("most-read");
    }

    /** Class or id words of readers' comments. */
    private static final Set<String> COMMENTS = Set.of("comment", "comments", "disqus", "respond", "replies", "discussion");

    static boolean comments(String name) {
        return anyWord(name, COMMENTS);
    }

    static boolean caption(String name) {
        return anyWord(name, CAPTION);
    }

    /**
     * True when one of the name's words is in the set: words split at spaces, - and _, and where
     * camel case starts one ("GoogleDfpAd-adCaption" is google, dfp, ad, ad, caption).
     */
    private static boolean anyWord(String name, Set<String> words) {
        int n = name.length();
        if (n == 0) return false;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : ' ';
            boolean cut = c == ' ' || c == '-' || c == '_';
            boolean hump = !cut && i > start && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (cut || hump) {
                if (i > start && i - start <= 12 && words.contains(name.substring(start, i).toLowerCase(Locale.ROOT))) return true;
                start = cut ? i + 1 : i;
            }
        }
        return false;
    }

    private static final class Stopwords {
        static final Set<String> EN = load("stopwords-en.txt");
    }

    /** True when {@code text[from, to)} is an English function word (any case, ’ read as '). */
    static boolean stopword(String text, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            b.append(c == '’' ? '\'' : Character.toLowerCase(c));
        }
        return Stopwords.EN.contains(b.toString());
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
