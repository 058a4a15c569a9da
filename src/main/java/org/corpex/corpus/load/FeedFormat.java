package org.corpex.corpus.load;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through Rome: each item a document with its title, link, date and the feed's
 * title as source, and the item's full content where the feed carries it (content:encoded, Atom content), else its
 * summary, marked so in {@code content}.
 */
final class FeedFormat {
    private FeedFormat() {}

    /** True when XML text is a feed: its root is rss, feed (Atom) or rdf:RDF (RSS 1.0). */
    static boolean isFeed(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        int i = head.indexOf('<');
        while (i >= 0 && (head.startsWith("<?", i) || head.startsWith("<!--", i) || head.startsWith("<!doctype", i))) {
            if (head.startsWith("<!doctype", i)) {
                // past an internal subset too: its declarations are no root element
                int gt = head.indexOf('>', i), open = head.indexOf('[', i);
                if (open >= 0 && (gt < 0 || open < gt)) {
                    int close = head.indexOf("]>", open);
                    if (close < 0) return false;
                    i = close;
                }
            }
            i = head.indexOf('<', i + 1);
        }
        return i >= 0 && (head.startsWith("<rss", i) || head.startsWith("<feed", i) || head.startsWith("<rdf:rdf", i));
    }

    private static final Pattern DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\\s+(?:PUBLIC\\s+(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*')\\s+|"
                    + "SYSTEM\\s+)(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*'))?\\s*>");

    /**
     * RSS 0.91 feeds declare Netscape's DTD ({@code <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
     * "http://my.netscape.com/..."}). A DOCTYPE that only names an external DTD is blanked out (to spaces, so positions
     * in errors stay true): it is never fetched, and the HTML entities it would define are mended by Rome's XML healer.
     * A DOCTYPE with an internal subset, where entities are declared, stays and is refused.
     */
    static byte[] withoutExternalDoctype(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = DOCTYPE.matcher(head);
        if (!m.find()) return bytes;
        byte[] out = bytes.clone();
        Arrays.fill(out, m.start(), m.end(), (byte) ' ');
        return out;
    }

    static void read(byte[] bytes, String file, String stem, FileResult out) throws Skip {
        SyndFeed feed;
        bytes = withoutExternalDoctype(bytes);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no entities from a downloaded file: a DOCTYPE left here declares some
            feed = input.build(reader);
        } catch (Exception e) {
            String why = Damage.why(e);
            throw new Skip("malformed", file + ": skipped: not a readable RSS or Atom feed (" + why + ")");
        }
        String source = Clean.field(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        int width = String.valueOf(Math.max(1, entries.size())).length();
        int n = 0;
        for (SyndEntry e : entries) {
            n++;
            String html = null;
            String kind = "full";
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    html = c.getValue();
                    break;
                }
            }
            if (html == null && e.getDescription() != null) {
                html = e.getDescription().getValue();
                kind = "summary";
            }
            String text = html == null
                    ? ""
                    : Clean.lines(HtmlFormat.text(Jsoup.parseBodyFragment(html).body()));
            String where = file + ": skipped item " + n;
            if (Clean.isBlank(text)) {
                out.skip(
                        "empty",
                        where + (e.getTitle() == null ? "" : " ('" + Clean.field(e.getTitle()) + "')")
                                + ": it has no content or summary");
                continue;
            }
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("content", kind);
            if (e.getAuthor() != null && !e.getAuthor().isBlank()) meta.put("author", Clean.field(e.getAuthor()));
            List<String> cats = new ArrayList<>();
            for (SyndCategory c : e.getCategories())
                if (c.getName() != null && !c.getName().isBlank()) cats.add(Clean.field(c.getName()));
            if (!cats.isEmpty()) meta.put("categories", String.join("; ", cats));
            if (feed.getLink() != null) meta.put("feed_link", feed.getLink());
            String id = stem + "-" + String.format(Locale.ROOT, "%0" + width + "d", n);
            out.drafts.add(new Draft(
                    id,
                    Clean.field(e.getTitle() == null ? "" : e.getTitle()),
                    source,
                    d == null ? "" : Dates.normalise(d.toInstant().toString()),
                    e.getLink() == null ? "" : Clean.field(e.getLink()),
                    file + "#" + n,
                    text,
                    meta,
                    false));
        }
    }
}
