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
        Document doc = Jsoup.parse(html);
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
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.body();
        return new Draft(id, title, source, Dates.normalise(date), url, file, text(root), meta, true);
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
                    if (DROP.contains(e.normalName()) || e.hasAttr("hidden")) { dropped++; return; }
                    if (dropped == 0 && BLOCKS.contains(e.normalName())) flush(out, line);
                } else if (dropped == 0 && node instanceof TextNode t) {
                    line.append(t.text());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (DROP.contains(e.normalName()) || e.hasAttr("hidden")) { dropped--; return; }
                    if (dropped == 0 && BLOCKS.contains(e.normalName())) flush(out, line);
                }
            }
        }, root);
        flush(out, line);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder line) {
        String s = Clean.field(line.toString());
        line.setLength(0);
        if (s.isEmpty()) return;
        if (out.length() > 0) out.append('\n');
        out.append(s);
    }
}
