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

    static Draft read(Document doc, String file, String id) {
        Map<String, String> metaTags = new LinkedHashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = !m.attr("property").isEmpty() ? m.attr("property") : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
            if (!key.isEmpty()) metaTags.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), Clean.field(m.attr("content")));
        }
        String title = first(metaTags, List.of("og:title", "twitter:title", "dc.title"));
        if (title.isEmpty()) title = Clean.field(doc.title());
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null) title = Clean.field(h1.text());
        }
        String date = first(metaTags, DATE_META);
        if (date.isEmpty()) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) date = time.attr("datetime");
        }
        String source = first(metaTags, SOURCE_META);
        String url = first(metaTags, List.of("og:url"));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (url.isEmpty() && canonical != null) url = Clean.field(canonical.attr("href"));
        Map<String, String> meta = new LinkedHashMap<>();
        for (String k : EXTRA_META) {
            String v = metaTags.get(k);
            if (v != null && !v.isEmpty()) meta.putIfAbsent(k.replaceFirst("^(article|og|dc):", ""), v);
        }
        return new Draft(id, title, source, Dates.normalise(date), url, file, text(mainText(doc)), meta, true);
    }

    /** Class or id words of page furniture: menus, share bars, related links, comments, adverts. */
    private static final java.util.regex.Pattern BOILERPLATE = java.util.regex.Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|footer|masthead|sidebar|side-bar|widget|comment|comments|share|sharing|social|"
                    + "related|recommended|promo|advert|ads?|sponsor|cookie|consent|subscribe|newsletter|breadcrumbs?|"
                    + "pagination|popup|modal|banner|toolbar|tags|byline-share|most-read|trending)([-_ ]|$)");

    /**
     * The element that holds the article: an {@code <article>} or an {@code itemprop=articleBody}
     * with real text; else the block whose paragraphs carry the most text, as Readability scores
     * them (each paragraph's length, and its commas, counts for its parent and half for its
     * grandparent; text inside links counts against). Page furniture never wins: navigation,
     * share bars and lists of links are mostly links or are named so in their class.
     */
    static Element mainText(Document doc) {
        Element body = doc.body();
        if (body == null) return doc;
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null && textLength(marked, false) >= 200) return marked;
        Element best = null;
        int bestLength = 0;
        for (Element a : doc.select("article")) {
            int n = textLength(a, false);
            if (n > bestLength) { best = a; bestLength = n; }
        }
        if (best != null && bestLength >= 200) return best;
        Map<Element, Double> score = new java.util.IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, div > br")) {
            Element el = p.normalName().equals("br") ? p.parent() : p;
            if (el == null) continue;
            int length = textLength(el, false);
            if (length < 25 || furniture(el)) continue;
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
    private static boolean furniture(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (DROP.contains(x.normalName())) return true;
            String role = x.attr("role");
            if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("complementary")) return true;
            if (BOILERPLATE.matcher(x.className()).find() || BOILERPLATE.matcher(x.id()).find()) return true;
        }
        return false;
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
        return BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find();
    }

    private static void flush(StringBuilder out, StringBuilder line) {
        String s = Clean.field(line.toString());
        line.setLength(0);
        if (s.isEmpty()) return;
        if (out.length() > 0) out.append('\n');
        out.append(s);
    }
}
