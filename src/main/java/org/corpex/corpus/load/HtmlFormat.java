package org.corpex.corpus.load;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * HTML through jsoup: the title from og:title, &lt;title&gt; or the first &lt;h1&gt;; date, source,
 * url and author from the meta tags news sites use; the text of &lt;article&gt; (else &lt;body&gt;)
 * with each paragraph, heading and list item on a line of its own, and page chrome (script, style,
 * nav, header, footer, aside, forms) left out.
 */
final class HtmlFormat {
    private HtmlFormat() {}

    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time", "date", "pubdate",
            "publishdate", "publish_date", "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date",
            "parsely-pub-date", "article.published", "datepublished", "og:updated_time", "article:modified_time");
    private static final List<String> SOURCE_META = List.of("og:site_name", "publisher", "article:publisher", "dc.publisher",
            "application-name", "twitter:site");
    private static final List<String> EXTRA_META = List.of("author", "article:author", "dc.creator", "article:section",
            "keywords", "news_keywords", "description", "og:description");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "nav", "footer", "header", "aside", "form",
            "button", "iframe", "svg", "template", "select", "figure");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figcaption",
            "address", "body", "center", "details", "summary");

    static Draft read(String html, String file, String id) {
        return read(Jsoup.parse(html), file, id);
    }

    /**
     * The elements a page is read from, found in one walk of its tree (a CSS query each was a
     * walk each: on a web archive of a million pages that was most of the reading).
     */
    private static final class Scan implements NodeVisitor {
        final List<Element> metas = new java.util.ArrayList<>(), articles = new java.util.ArrayList<>(), blocks = new java.util.ArrayList<>();
        Element itemprop, time, canonical, h1, title;

        @Override public void head(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            switch (e.normalName()) {
                case "meta" -> { if (e.hasAttr("content")) metas.add(e); }
                case "article" -> articles.add(e);
                case "time" -> { if (time == null && e.hasAttr("datetime")) time = e; }
                case "link" -> { if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) canonical = e; }
                case "h1" -> { if (h1 == null) h1 = e; }
                case "title" -> { if (title == null) title = e; }
                case "p", "pre", "blockquote" -> blocks.add(e);
                case "br" -> { if (e.parent() != null && e.parent().normalName().equals("div")) blocks.add(e.parent()); }
                default -> { }
            }
            if (itemprop == null && e.attributesSize() > 0 && e.attr("itemprop").equals("articleBody")) itemprop = e;
        }

        @Override public void tail(Node node, int depth) { }
    }

    static Draft read(Document doc, String file, String id) {
        Scan scan = new Scan();
        NodeTraversor.traverse(scan, doc);
        Map<String, String> metaTags = new LinkedHashMap<>();
        for (Element m : scan.metas) {
            String key = !m.attr("property").isEmpty() ? m.attr("property") : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
            if (!key.isEmpty()) metaTags.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), Clean.field(m.attr("content")));
        }
        String title = first(metaTags, List.of("og:title", "twitter:title", "dc.title"));
        if (title.isEmpty() && scan.title != null) title = Clean.field(scan.title.text());
        if (title.isEmpty() && scan.h1 != null) title = Clean.field(scan.h1.text());
        String date = first(metaTags, DATE_META);
        if (date.isEmpty() && scan.time != null) date = scan.time.attr("datetime");
        String source = first(metaTags, SOURCE_META);
        String url = first(metaTags, List.of("og:url"));
        if (url.isEmpty() && scan.canonical != null) url = Clean.field(scan.canonical.attr("href"));
        Map<String, String> meta = new LinkedHashMap<>();
        for (String k : EXTRA_META) {
            String v = metaTags.get(k);
            if (v != null && !v.isEmpty()) meta.putIfAbsent(k.replaceFirst("^(article|og|dc):", ""), v);
        }
        String text = doc.body() == null ? "" : MainText.extract(doc.body(), title);
        return new Draft(id, title, source, Dates.normalise(date), url, file, text, meta, true);
    }

    /** Class or id words of page furniture: menus, share bars, related links, comments, adverts. */
    private static final Set<String> BOILERPLATE = Set.of("nav", "navbar", "menu", "footer", "masthead", "sidebar", "widget",
            "comment", "comments", "share", "sharing", "social", "related", "recommended", "promo", "advert", "ad", "ads",
            "sponsor", "cookie", "consent", "subscribe", "newsletter", "breadcrumb", "breadcrumbs", "pagination", "popup",
            "modal", "banner", "toolbar", "tags", "trending");

    /**
     * True when a class or id names furniture: one of its words, split at spaces, - and _, is a
     * furniture word ("share-tools", "side-bar", "most-read" by its parts). Checked for every
     * element of every page, so without a regex.
     */
    static boolean furnitureName(String name) {
        int n = name.length();
        if (n == 0) return false;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? name.charAt(i) : ' ';
            if (c == ' ' || c == '-' || c == '_') {
                if (i > start && i - start <= 12 && BOILERPLATE.contains(name.substring(start, i).toLowerCase(java.util.Locale.ROOT))) return true;
                start = i + 1;
            }
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("side-bar") || lower.contains("most-read");
    }

    private static boolean furnitureAttrs(Element e) {
        if (e.attributesSize() == 0) return false;
        return furnitureName(e.attr("class")) || furnitureName(e.attr("id"));
    }

    /**
     * The element that holds the article: an {@code <article>} or an {@code itemprop=articleBody}
     * with real text; else the block whose paragraphs carry the most text, as Readability scores
     * them (each paragraph's length, and its commas, counts for its parent and half for its
     * grandparent; text inside links counts against). Page furniture never wins: navigation,
     * share bars and lists of links are mostly links or are named so in their class.
     */
    static Element mainText(Document doc) {
        Scan scan = new Scan();
        NodeTraversor.traverse(scan, doc);
        return mainText(doc, scan);
    }

    private static Element mainText(Document doc, Scan scan) {
        Element body = doc.body();
        if (body == null) return doc;
        Element marked = scan.itemprop;
        if (marked != null && textLength(marked, false) >= 200) return marked;
        Element best = null;
        int bestLength = 0;
        for (Element a : scan.articles) {
            int n = textLength(a, false);
            if (n > bestLength) { best = a; bestLength = n; }
        }
        if (best != null && bestLength >= 200) return best;
        Map<Element, Double> score = new java.util.IdentityHashMap<>();
        Map<Element, Boolean> known = new java.util.IdentityHashMap<>();
        java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element el : scan.blocks) {
            if (!seen.add(el)) continue;   // a div with several <br> counts once
            int length = textLength(el, false);
            if (length < 25 || furniture(el, known)) continue;
            double points = 1 + commas(el) + Math.min(3, length / 100.0);
            Element parent = el.parent();
            if (parent == null) continue;
            score.merge(parent, points, Double::sum);
            Element grand = parent.parent();
            if (grand != null) score.merge(grand, points / 2, Double::sum);
        }
        // Link density costs a walk of the element: weigh only the best few by raw score, as Readability does.
        List<Map.Entry<Element, Double>> ranked = new java.util.ArrayList<>(score.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : ranked.subList(0, Math.min(5, ranked.size()))) {
            double v = e.getValue() * (1 - linkDensity(e.getKey()));
            if (v > topScore) { top = e.getKey(); topScore = v; }
        }
        return top == null ? body : top;
    }

    /** Characters of text under an element (or only inside its links), without building the text. */
    private static int textLength(Element e, boolean linksOnly) {
        int[] n = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            int inLink = 0;

            @Override public void head(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) inLink++;
                else if (node instanceof TextNode t && (!linksOnly || inLink > 0)) n[0] += t.getWholeText().strip().length();
            }

            @Override public void tail(Node node, int depth) {
                if (node instanceof Element el && el.normalName().equals("a")) inLink--;
            }
        }, e);
        return n[0];
    }

    private static int commas(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) n += count(t.getWholeText(), ',');
        return n;
    }

    /** True for an element that is, or sits inside, page furniture. */
    private static boolean furniture(Element e, Map<Element, Boolean> known) {
        Boolean k = known.get(e);
        if (k != null) return k;
        boolean f = furnitureSelf(e) || e.parent() != null && furniture(e.parent(), known);
        known.put(e, f);
        return f;
    }

    private static boolean furnitureSelf(Element x) {
        if (DROP.contains(x.normalName())) return true;
        if (x.attributesSize() == 0) return false;
        String role = x.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")) return true;
        return furnitureAttrs(x);
    }

    private static double linkDensity(Element e) {
        int all = textLength(e, false);
        if (all == 0) return 1;
        return Math.min(1, textLength(e, true) / (double) all);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static String first(Map<String, String> tags, List<String> keys) {
        for (String k : keys) {
            String v = tags.get(k);
            if (v != null && !v.isEmpty()) return v;
        }
        return "";
    }

    /** The visible text, one block (paragraph, heading, list item) a line. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int dropped = 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipped(e)) { dropped++; return; }
                    if (dropped == 0 && BLOCKS.contains(e.normalName())) flush(out, line);
                } else if (dropped == 0 && node instanceof TextNode t) {
                    line.append(t.getWholeText());   // spaces are folded once, when the line is flushed
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipped(e)) { dropped--; return; }
                    if (dropped == 0 && BLOCKS.contains(e.normalName())) flush(out, line);
                }
            }
        }, root);
        flush(out, line);
        return out.toString();
    }

    /** Left out of the text: chrome by tag, hidden elements, and furniture by class or id (share bars, related links). */
    private static boolean skipped(Element e) {
        if (DROP.contains(e.normalName()) || e.hasAttr("hidden")) return true;
        if (e.normalName().equals("body") || e.normalName().equals("html")) return false;
        return furnitureAttrs(e);
    }

    private static void flush(StringBuilder out, StringBuilder line) {
        String s = Clean.field(line.toString());
        line.setLength(0);
        if (s.isEmpty()) return;
        if (out.length() > 0) out.append('\n');
        out.append(s);
    }
}
