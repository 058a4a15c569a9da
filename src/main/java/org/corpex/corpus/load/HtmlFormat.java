package org.corpex.corpus.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML through jsoup, the same for a file, a page in an archive and a web-archive record: what the page says of itself
 * ({@link PageData}: meta tags, JSON-LD, microdata) for the title, date, author, section and site; the article's text
 * from the markup ({@link MainText}), else from the page's structured data or a script's state when those hold more of
 * it.
 */
public final class HtmlFormat {
    private HtmlFormat() {}

    private static final Set<String> DROP = Set.of(
            "script",
            "style",
            "noscript",
            "nav",
            "footer",
            "header",
            "aside",
            "form",
            "button",
            "iframe",
            "svg",
            "template",
            "select",
            "figure");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "br",
            "hr",
            "figcaption",
            "address",
            "body",
            "center",
            "details",
            "summary");

    static Draft read(String html, String file, String id) throws Skip {
        return read(Jsoup.parse(html), file, id);
    }

    /**
     * A page's main text, one paragraph a line ("" when it has none): the loader's reading, for callers outside it (the
     * bench).
     */
    public static String mainText(String html) {
        return reading(Jsoup.parse(html)).text();
    }

    /** What one page gives: its data, and the article's text with where it came from, or why there is none. */
    record Reading(PageData data, String text, String from, String why) {}

    /**
     * The page as a draft; a page without article text is skipped, and the skip says why: no visible text at all
     * ("empty"), or text that is all menus, links and labels ("no article").
     */
    static Draft read(Document doc, String file, String id) throws Skip {
        Reading r = reading(doc);
        if (Clean.isBlank(r.text())) {
            String why = r.why() == null ? "the page has no visible text" : r.why();
            throw new Skip(why.startsWith("no article") ? "no article" : "empty", file + ": skipped: " + why);
        }
        PageData p = r.data();
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "author", p.author);
        put(meta, "section", p.section);
        put(meta, "keywords", p.keywords);
        put(meta, "description", p.description);
        if (!r.from().equals("markup")) meta.put("text_from", r.from());
        return new Draft(id, p.title, p.site, p.date, p.url, file, r.text(), meta, true);
    }

    /** Words in the structured or scripted text for every word of the markup's before it is preferred. */
    private static final int MORE = 2;

    static Reading reading(Document doc) {
        PageData data = new PageData();
        Element head = doc.head();
        for (Element e : head.getAllElements()) {
            switch (e.normalName()) {
                case "meta" -> {
                    if (e.hasAttr("content")) data.meta(e);
                }
                case "title" -> data.titleTag(e);
                case "script" -> data.script(e);
                case "link" -> {
                    if (e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) data.canonical(e);
                }
                default -> {}
            }
        }
        Element body = doc.body();
        MainText.Page page = MainText.segment(body == null ? doc : body, data);
        data.settle();
        MainText.Result dom = MainText.extract(page, data.titles);
        String text = dom.text(), from = "markup";
        if (!data.structuredBody.isEmpty() || !data.stateScripts.isEmpty()) {
            int words = words(text);
            if (better(data.structuredBody, text, words)) {
                text = data.structuredBody;
                from = "structured data";
                words = words(text);
            }
            if (words < 200 && !data.stateScripts.isEmpty()) {
                String state = data.stateBody();
                if (better(state, text, words)) {
                    text = state;
                    from = "script state";
                }
            }
        }
        return new Reading(data, text, from, text.isEmpty() ? dom.why() : null);
    }

    /**
     * True when a text the page holds as data is the article and the markup's is not, or only a stub of it: twice as
     * many words, and, when the markup gave some text, most of that text in it (a state that holds other stories, or
     * comments, does not replace a short article).
     */
    private static boolean better(String data, String markup, int markupWords) {
        int w = words(data);
        if (w == 0 || w < MORE * Math.max(markupWords, 10)) return false;
        if (markupWords < 30) return true;
        Set<String> have = shingles(data);
        Set<String> shown = shingles(markup);
        int in = 0;
        for (String s : shown) if (have.contains(s)) in++;
        return in * 2 >= shown.size();
    }

    /** Runs of four words, lower case: how much of one text another holds, whatever its lines and punctuation. */
    private static Set<String> shingles(String text) {
        List<String> w = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (b.length() > 0) {
                w.add(b.toString());
                b.setLength(0);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + 4)));
        return out;
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isEmpty()) meta.put(key, value);
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /** Left out of {@link #text}: chrome by tag, hidden elements, and furniture by class or id. */
    private static boolean skipped(Element e) {
        if (DROP.contains(e.normalName()) || e.hasAttr("hidden")) return true;
        if (e.normalName().equals("body") || e.normalName().equals("html")) return false;
        return ((Names.kinds(e.attr("class")) | Names.kinds(e.attr("id"))) & Names.FURNITURE) != 0;
    }

    /** The visible text, one block (paragraph, heading, list item) a line. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    int dropped = 0;

                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof Element e) {
                            if (skipped(e)) {
                                dropped++;
                                return;
                            }
                            if (dropped == 0 && BLOCKS.contains(e.normalName())) flush(out, line);
                        } else if (dropped == 0 && node instanceof TextNode t) {
                            line.append(t.getWholeText()); // spaces are folded once, when the line is flushed
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e) {
                            if (skipped(e)) {
                                dropped--;
                                return;
                            }
                            if (dropped == 0 && BLOCKS.contains(e.normalName())) flush(out, line);
                        }
                    }
                },
                root);
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
