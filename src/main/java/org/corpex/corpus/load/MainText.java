package org.corpex.corpus.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article's text out of a page, in three steps.
 *
 * <ol>
 *   <li>One walk of the tree cuts the page into blocks (paragraphs, headings, list items, table rows, lines), each with
 *       its length, the share of it inside links, and the element it sits in; the element tree is kept as arrays.
 *   <li>The element that holds the article is the one whose blocks are worth the most: prose counts for it (as
 *       Readability counts paragraphs), links, menus, furniture named so by tag, role, class or id, and teaser cards of
 *       other stories count against it.
 *   <li>Inside it each block is judged on its own and by its neighbours, as jusText classes paragraphs (length, share
 *       of links, share of function words): a byline, a caption, an ad's label, a newsletter's prompt or a "Share this"
 *       line is left out; a subheading or a short line between paragraphs stays.
 * </ol>
 *
 * No rule names a site: every signal is the page's structure or a language's function words.
 *
 * <p>Why not Readability4J (net.dankito.readability4j 1.0.8, a port of Mozilla's Readability): on the main-text eval
 * kit's 88 real pages it scored F1 0.936 (precision 0.908, recall 0.965) and cost 4 to 6 times jsoup's parse of the
 * same pages, and it brings the Kotlin runtime; this scores 0.970 at 1.5 times the parse, parse included, on jsoup
 * alone.
 */
final class MainText {
    private MainText() {}

    // ---- the elements of a page

    // What an element is, by its tag and its names. APART: what is never round an article, however much it
    // says (readers' comments, a dialog over the page).
    private static final int CHROME = 1,
            BOILER = 2,
            FIGURE = 4,
            HIDDEN = 8,
            HEADING = 16,
            QUOTE = 32,
            BLOCK = 64,
            DETACH = 128,
            APART = 256,
            SCRIPTED = 512,
            FORM = 1024,
            BODY_MARK = 2048,
            SKIP = 4096;

    /** What each tag is (one lookup an element): the flags it starts with. */
    private static final Map<String, Integer> TAGS = new HashMap<>();

    static {
        // Not text at all, or controls: never walked.
        for (String t : List.of(
                "script",
                "style",
                "noscript",
                "template",
                "svg",
                "math",
                "iframe",
                "object",
                "embed",
                "canvas",
                "video",
                "audio",
                "select",
                "option",
                "button",
                "input",
                "textarea",
                "head",
                "map",
                "picture",
                "source",
                "img",
                "link",
                "meta",
                "dialog")) TAGS.put(t, SKIP);
        // Elements that end a line of text. A table cell does not unless it holds blocks: a data table's row is one
        // line.
        for (String t : List.of(
                "p",
                "div",
                "section",
                "article",
                "main",
                "li",
                "ul",
                "ol",
                "dl",
                "dt",
                "dd",
                "pre",
                "table",
                "tbody",
                "thead",
                "tfoot",
                "tr",
                "caption",
                "br",
                "hr",
                "address",
                "body",
                "center",
                "details",
                "summary",
                "fieldset",
                "legend",
                "hgroup",
                "label")) TAGS.put(t, BLOCK);
        for (String t : List.of("h1", "h2", "h3", "h4", "h5", "h6")) TAGS.put(t, BLOCK | HEADING);
        TAGS.put("blockquote", BLOCK | QUOTE);
        TAGS.put("figure", BLOCK | FIGURE);
        TAGS.put("figcaption", BLOCK | FIGURE);
        // Page chrome by its tag.
        for (String t : List.of("nav", "header", "footer", "aside", "menu", "form")) TAGS.put(t, BLOCK | CHROME);
    }

    /**
     * The page cut into blocks, with the element tree they hang in as arrays (index: the element's pre-order number).
     */
    static final class Page {
        final List<Element> elements = new ArrayList<>();
        int[] parent = new int[256], flags = new int[256], end = new int[256];
        /** Per element, the nearest ancestor-or-self of each kind, or -1; filled once the walk is done. */
        int[] chromeAt, boilerAt, figureAt, hiddenAt, headingAt, cardAt;
        /** Per element, the blocks inside it. */
        int[] blocksIn;

        final List<Block> blocks = new ArrayList<>();

        int size() {
            return elements.size();
        }

        boolean inside(int e, int container) {
            return e >= container && e <= end[container];
        }

        /**
         * True when the element sits in furniture (chrome, named furniture, a caption, a hidden part, a teaser) below
         * {@code above}.
         */
        boolean furnitureBelow(int e, int above) {
            return chromeAt[e] > above
                    || boilerAt[e] > above
                    || figureAt[e] > above
                    || hiddenAt[e] > above
                    || cardAt[e] > above;
        }
    }

    /** A paragraph, heading, list item, table row or line of text, as it reads. */
    static final class Block {
        final int owner;
        final String text;
        /** Characters other than spaces, and those of them inside links. */
        final int chars, linkChars;
        /** The block opens with a link: with links much of it, a headline and the summary of another story. */
        final boolean leadLink;
        /** Links that start in the block. */
        final int links;

        int words, stopwords = -1;
        boolean sentence;
        int cls;

        Block(int owner, String text, int chars, int linkChars, boolean leadLink, int links) {
            this.owner = owner;
            this.text = text;
            this.chars = chars;
            this.linkChars = linkChars;
            this.leadLink = leadLink;
            this.links = links;
        }

        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }

        @Override
        public String toString() {
            return owner + " " + text;
        }
    }

    /** The text read since the last line's end: a detached element keeps the one it interrupts aside. */
    private record Line(String text, int chars, int linkChars, boolean leadLink, int links, boolean space) {}

    /** Walks the page once: elements into the arrays, text into blocks, the page's data to {@link PageData}. */
    private static final class Walk implements NodeFilter {
        final Page page = new Page();
        final PageData data;
        int[] stack = new int[64];
        int depth = 0;
        /** The open elements that end lines, innermost last: the owner of the line being read. */
        int[] blockStack = new int[64];

        int blockDepth = 0;
        int inLink = 0;
        final StringBuilder line = new StringBuilder();
        int chars, linkChars, links;
        /** A space is owed before the next character of the line. */
        boolean space;

        boolean leadLink;
        /** Lines interrupted by a detached inline element (a pop-up card, a credit), to go on after it. */
        final List<Line> saved = new ArrayList<>();

        Walk(PageData data) {
            this.data = data;
        }

        @Override
        public FilterResult head(Node node, int d) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            Integer kind = TAGS.get(tag);
            int k = kind == null ? 0 : kind;
            if ((k & SKIP) != 0) {
                skipped(e, tag);
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "h1" -> data.h1(e);
                case "time" -> {
                    if (e.hasAttr("datetime")) data.time(e);
                }
                case "title" -> data.titleTag(e);
                default -> {}
            }
            if (e.attributesSize() > 0 && e.hasAttr("itemprop")) data.itemprop(e);
            int id = add(e, tag, k);
            int f = page.flags[id];
            if ((f & BLOCK) != 0) {
                flush();
                if (tag.equals("br") || tag.equals("hr")) return FilterResult.CONTINUE;
                pushBlock(id);
            } else if ((f & DETACH) != 0) {
                saved.add(new Line(line.toString(), chars, linkChars, leadLink, links, space));
                line.setLength(0);
                chars = linkChars = links = 0;
                space = false;
                pushBlock(id);
            }
            if (tag.equals("a")) {
                inLink++;
                links++;
            } else if (tag.equals("td") || tag.equals("th")) {
                space = line.length() > 0; // a data table's row reads as one line, its cells apart
            }
            if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
            stack[depth++] = id;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int d) {
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (tag.equals("br") || tag.equals("hr")) return FilterResult.CONTINUE;
            int id = stack[--depth];
            page.end[id] = page.size() - 1;
            int f = page.flags[id];
            if ((f & BLOCK) != 0) {
                flush();
                blockDepth--;
            } else if ((f & DETACH) != 0) {
                flush();
                blockDepth--;
                Line back = saved.remove(saved.size() - 1);
                line.append(back.text());
                space = back.space(); // the line goes on after the element as if it were not there
                chars = back.chars();
                linkChars = back.linkChars();
                leadLink = back.leadLink();
                links = back.links();
            }
            if (tag.equals("a")) inLink--;
            return FilterResult.CONTINUE;
        }

        /** Text into the line, each run of spaces as one space, none at its start; its characters counted. */
        private void text(String s) {
            int n = 0;
            StringBuilder l = line;
            for (int i = 0, len = s.length(); i < len; i++) {
                char c = s.charAt(i);
                if (Clean.isSpace(c)) {
                    space = l.length() > 0;
                } else {
                    if (space) {
                        l.append(' ');
                        space = false;
                    }
                    l.append(c);
                    n++;
                }
            }
            if (n == 0) return;
            if (chars == 0) leadLink = inLink > 0;
            chars += n;
            if (inLink > 0) linkChars += n;
        }

        /** An element not walked: what it tells of the page, and of the element it sits in. */
        private void skipped(Element e, String tag) {
            switch (tag) {
                case "script" -> data.script(e);
                case "meta" -> {
                    if (e.hasAttr("content")) data.meta(e);
                }
                case "link" -> {
                    if (e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) data.canonical(e);
                }
                default -> {}
            }
            // An element that runs a script or frames another page beside its text: an ad slot, an embed.
            if (depth > 0 && (tag.equals("script") || tag.equals("iframe"))) page.flags[stack[depth - 1]] |= SCRIPTED;
            // A field to fill in: the lines round it ask for it (a newsletter's sign-up, a search, a comment box).
            if (tag.equals("input") && !e.attr("type").equalsIgnoreCase("hidden") || tag.equals("textarea")) {
                for (int up = depth - 1, k = 0; up >= 0 && k < 4; up--, k++) page.flags[stack[up]] |= FORM;
            }
        }

        private void pushBlock(int id) {
            if (blockDepth == blockStack.length) blockStack = Arrays.copyOf(blockStack, blockDepth * 2);
            blockStack[blockDepth++] = id;
        }

        private int add(Element e, String tag, int kind) {
            Page p = page;
            int id = p.size();
            if (id == p.parent.length) {
                int n = id * 2;
                p.parent = Arrays.copyOf(p.parent, n);
                p.flags = Arrays.copyOf(p.flags, n);
                p.end = Arrays.copyOf(p.end, n);
            }
            p.elements.add(e);
            p.parent[id] = depth == 0 ? -1 : stack[depth - 1];
            p.flags[id] = flags(e, tag, kind);
            p.end[id] = id;
            return id;
        }

        void flush() {
            if (chars > 0 && blockDepth > 0)
                page.blocks.add(
                        new Block(blockStack[blockDepth - 1], line.toString(), chars, linkChars, leadLink, links));
            line.setLength(0);
            chars = linkChars = links = 0;
            space = false;
        }
    }

    /** What an element is, by its tag, role, class and id. */
    private static int flags(Element e, String tag, int kind) {
        int f = kind;
        if ((tag.equals("td") || tag.equals("th")) && holdsBlocks(e)) f |= BLOCK;
        // A list of links inside a line (a pop-up card, a row of tags) is read apart, the line round it goes on.
        if ((f & BLOCK) == 0 && linkList(e)) f |= DETACH;
        if (e.attributesSize() == 0 || tag.equals("body")) return f; // a body's classes describe the whole site
        switch (e.attr("role")) {
            case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "alert", "search" ->
                f |= CHROME;
            case "dialog", "alertdialog" -> f |= CHROME | APART;
            default -> {}
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || hiddenStyle(e.attr("style"))) f |= HIDDEN;
        for (String p : e.attr("itemprop").split(" ")) if (p.equalsIgnoreCase("articleBody")) f |= BODY_MARK;
        int names = Names.kinds(e.attr("class")) | Names.kinds(e.attr("id"));
        if ((names & Names.FURNITURE) != 0 && (names & Names.EMBED) == 0) f |= BOILER;
        if ((names & Names.CAPTION) != 0) f |= FIGURE;
        if ((names & Names.COMMENTS) != 0) f |= APART;
        // Inline furniture (a credit in a span) is read apart too.
        if ((f & (BOILER | FIGURE | HIDDEN | CHROME)) != 0 && (f & BLOCK) == 0) f |= DETACH;
        return f;
    }

    /** True when one of the element's children ends a line (a cell of a layout table holds paragraphs). */
    private static boolean holdsBlocks(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element c) {
                Integer k = TAGS.get(c.normalName());
                if (k != null && (k & BLOCK) != 0) return true;
            }
        }
        return false;
    }

    /**
     * An inline element that holds a list of links (three or more as its children): a pop-up card or a row of tags
     * inside a paragraph, read apart so that the paragraph is not taken for links. Its child nodes are looked at as
     * they are: asking for its child elements would build a list.
     */
    private static boolean linkList(Element e) {
        int n = e.childNodeSize();
        if (n < 3) return false;
        int links = 0;
        for (int i = 0; i < n; i++)
            if (e.childNode(i) instanceof Element c && c.normalName().equals("a") && ++links >= 3) return true;
        return false;
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty() || style.indexOf(':') < 0) return false;
        if (style.indexOf("none") < 0
                && style.indexOf("hidden") < 0
                && style.indexOf("NONE") < 0
                && style.indexOf("HIDDEN") < 0) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * The element cut into blocks; what the walk meets of the page's data (meta tags, scripts, microdata) goes to
     * {@code data}.
     */
    static Page segment(Element root, PageData data) {
        Walk w = new Walk(data);
        NodeTraversor.filter(w, root);
        w.flush();
        return w.page;
    }

    // ---- the article

    /** The article's text, one block a line; when there is none, {@code why} says what the page holds instead. */
    record Result(String text, String why) {}

    /**
     * Block classes. ASIDE: left out as furniture set into the text (an ad, a caption, a box), which does not end it.
     */
    private static final int BAD = 0, SHORT = 1, GOOD = 2, SHORT_KEPT = 3, ASIDE = 4;

    /**
     * The article's text in the page; {@code titles} are what its headline may read (the headline is not a line of the
     * text).
     */
    static Result extract(Page page, List<String> titles) {
        List<Block> blocks = page.blocks;
        if (blocks.isEmpty()) return new Result("", "the page has no visible text");
        for (Block b : blocks) measure(b);
        int container = container(page);
        List<Block> inside = new ArrayList<>();
        for (Block b : blocks) if (page.inside(b.owner, container)) inside.add(b);
        classify(page, container, inside);
        boolean prose = false;
        for (Block b : inside) prose |= b.cls == GOOD;
        if (!prose && !linky(page)) {
            // No paragraph of prose: a page of a few short lines (a stub, a note) keeps them, but links and furniture.
            for (Block b : inside) if (b.cls == SHORT_KEPT && !page.furnitureBelow(b.owner, -1)) b.cls = GOOD;
        }
        List<String> heads = new ArrayList<>();
        for (String t : titles) heads.add(norm(t));
        for (Block b : inside) {
            if (b.cls == GOOD && b.chars < 400 && heads.contains(norm(b.text))) {
                b.cls = BAD;
                break;
            }
            if (b.cls == GOOD && b.chars > 150) break;
        }
        StringBuilder out = new StringBuilder();
        for (Block b : inside) {
            if (b.cls != GOOD) continue;
            if (out.length() > 0) out.append('\n');
            out.append(b.text);
        }
        return out.length() > 0 ? new Result(out.toString(), null) : new Result("", why(page));
    }

    /** True when half the page's text or more is links: an index or a menu, not a note of a few lines. */
    private static boolean linky(Page page) {
        long chars = 0, links = 0;
        for (Block b : page.blocks) {
            chars += b.chars;
            links += b.linkChars;
        }
        return links * 2 >= chars;
    }

    /** What a page without an article holds instead. */
    private static String why(Page page) {
        long chars = 0, links = 0;
        for (Block b : page.blocks) {
            chars += b.chars;
            links += b.linkChars;
        }
        if (links * 2 >= chars) {
            return String.format(
                    Locale.ROOT,
                    "no article text: %d%% of its text is links (a menu, an index, a list of stories)",
                    Math.round(100.0 * links / chars));
        }
        return "no article text: what it shows is page furniture (menus, captions, labels)";
    }

    /**
     * Whether the block reads as a sentence: five words or more (counted no further here), ending as a sentence ends.
     */
    private static void measure(Block b) {
        String t = b.text;
        int words = 0;
        int i = 0, n = t.length();
        while (i < n && words < 5) {
            while (i < n && !wordChar(t.charAt(i))) i++;
            int s = i;
            while (i < n && (wordChar(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) {
                if (ideograph(t.charAt(i)))
                    words++; // Chinese and Japanese write words without spaces: a character each
                i++;
            }
            if (i > s) words++;
        }
        b.words = words;
        char last = lastChar(t);
        b.sentence = words >= 5
                && (last == '.'
                        || last == '!'
                        || last == '?'
                        || last == '"'
                        || last == '”'
                        || last == ':'
                        || last == ')'
                        || last == '…'
                        || last == '。'
                        || last == '！'
                        || last == '？'
                        || last == '」'
                        || last == '»');
    }

    /**
     * All the block's words and its function words, counted when first asked for: most blocks are judged without them
     * (a long sentence is prose whatever its words).
     */
    private static int stopwords(Block b) {
        if (b.stopwords >= 0) return b.stopwords;
        String t = b.text;
        int words = 0, stops = 0;
        int i = 0, n = t.length();
        while (i < n) {
            while (i < n && !wordChar(t.charAt(i))) i++;
            int s = i;
            while (i < n && (wordChar(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) {
                if (ideograph(t.charAt(i))) words++;
                i++;
            }
            if (i > s) {
                words++;
                if (i - s <= 12 && Names.stopword(t, s, i)) stops++;
            }
        }
        b.words = words;
        return b.stopwords = stops;
    }

    /** Prose, by its share of function words, in a language they are of; any text in another. */
    private static boolean prose(Block b, boolean english) {
        return !english || stopwords(b) >= 0.2 * b.words; // stopwords first: it counts all the words
    }

    private static boolean wordChar(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    private static boolean ideograph(char c) {
        if (c < 0x3040) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static char lastChar(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (!Clean.isSpace(c)) return c;
        }
        return ' ';
    }

    // ---- the element that holds the article

    /**
     * The element whose blocks are worth the most ({@link #value}); when an element marked {@code itemprop=articleBody}
     * is worth nearly as much, that one, as the page says.
     */
    private static int container(Page page) {
        furniture(page);
        double[] sum = new double[page.size()];
        for (Block b : page.blocks) {
            double v = value(page, b);
            for (int e = b.owner; e >= 0; e = page.parent[e]) sum[e] += v;
        }
        int best = 0;
        for (int e = 0; e < sum.length; e++) if (sum[e] >= sum[best] && page.hiddenAt[e] < 0) best = e;
        if (sum[best] <= 0) return 0; // no prose anywhere: the whole page, for what few lines it has
        for (int e = 0; e < sum.length; e++) {
            if ((page.flags[e] & BODY_MARK) != 0 && sum[e] >= 0.8 * sum[best] && page.hiddenAt[e] < 0) return e;
        }
        return best;
    }

    /**
     * Which elements are furniture: those named so (by tag, role, class or id) and teaser cards. But a name can be
     * wrong: when the most prose of the page lies inside one named element (and no other named element nearer to it),
     * that element and those round it are wrappers, not furniture ("Page-ad-margins" round a whole article,
     * "content-with-sidebar"); hidden parts, dialogs and readers' comments are never taken for wrappers, however much
     * they say. Fills the nearest-ancestor arrays.
     */
    private static void furniture(Page page) {
        int n = page.size();
        int[] named = new int[n];
        for (int e = 0; e < n; e++) {
            int p = page.parent[e];
            named[e] = (page.flags[e] & (CHROME | BOILER | FIGURE | HIDDEN)) != 0 ? e : p < 0 ? -1 : named[p];
        }
        Map<Integer, Double> prose = new HashMap<>();
        double[] raw = new double[n];
        page.blocksIn = new int[n];
        for (Block b : page.blocks) {
            double v = rawValue(page, b);
            if (v > 0) prose.merge(named[b.owner], v, Double::sum);
            for (int e = b.owner; e >= 0; e = page.parent[e]) {
                raw[e] += v;
                page.blocksIn[e]++;
            }
        }
        int most = -1;
        double top = 0;
        for (Map.Entry<Integer, Double> g : prose.entrySet()) {
            int k = g.getKey();
            if (g.getValue() > top && (k < 0 || (page.flags[k] & (APART | HIDDEN)) == 0)) {
                top = g.getValue();
                most = k;
            }
        }
        boolean[] wraps = new boolean[n];
        for (int e = most; e >= 0 && (page.flags[e] & (APART | HIDDEN)) == 0; e = page.parent[e]) wraps[e] = true;
        // The element whose blocks are worth the most by themselves, names aside, is no teaser card, and nor is any
        // round it.
        int first = 0;
        for (int e = 0; e < n; e++) if (raw[e] >= raw[first]) first = e;
        boolean[] article = new boolean[n];
        if (raw[first] > 0) for (int e = first; e >= 0; e = page.parent[e]) article[e] = true;
        boolean[] card = cards(page, article);
        page.chromeAt = new int[n];
        page.boilerAt = new int[n];
        page.figureAt = new int[n];
        page.hiddenAt = new int[n];
        page.headingAt = new int[n];
        page.cardAt = new int[n];
        for (int e = 0; e < n; e++) {
            int f = page.flags[e], p = page.parent[e];
            if (wraps[e]) f &= ~(CHROME | BOILER | FIGURE);
            page.chromeAt[e] = (f & CHROME) != 0 ? e : p < 0 ? -1 : page.chromeAt[p];
            page.boilerAt[e] = (f & BOILER) != 0 ? e : p < 0 ? -1 : page.boilerAt[p];
            page.figureAt[e] = (f & FIGURE) != 0 ? e : p < 0 ? -1 : page.figureAt[p];
            page.hiddenAt[e] = (f & HIDDEN) != 0 ? e : p < 0 ? -1 : page.hiddenAt[p];
            page.headingAt[e] = (f & HEADING) != 0 ? e : p < 0 ? -1 : page.headingAt[p];
            page.cardAt[e] = card[e] ? e : p < 0 ? -1 : page.cardAt[p];
        }
    }

    /**
     * Teaser cards: a headline that links to another story, with the short summary and details that go with it (the
     * largest element round the headline that holds no other linked headline and less than 400 characters of prose). A
     * list of them says nothing of the page's article.
     */
    private static boolean[] cards(Page page, boolean[] article) {
        int n = page.size();
        int[] headlines = new int[n];
        int[] prose = new int[n];
        List<Block> heads = new ArrayList<>();
        for (Block b : page.blocks) {
            if (headline(page, b)) {
                heads.add(b);
                for (int e = b.owner; e >= 0; e = page.parent[e]) headlines[e]++;
            } else if (b.linkDensity() <= 0.3) {
                for (int e = b.owner; e >= 0; e = page.parent[e]) prose[e] += b.chars;
            }
        }
        boolean[] card = new boolean[n];
        for (Block h : heads) {
            int top = -1;
            for (int e = h.owner; e >= 0 && headlines[e] == 1 && prose[e] < 400; e = page.parent[e]) top = e;
            if (top >= 0 && !article[top]) card[top] = true;
        }
        return card;
    }

    /** A headline that links to another story: a linked heading, or a line of four words or more that is one link. */
    private static boolean headline(Page page, Block b) {
        if (b.links != 1 || b.chars > 200) return false;
        double ld = b.linkDensity();
        if (ld > 0.5 && b.chars >= 15 && (page.flags[b.owner] & HEADING) != 0) return true;
        return ld >= 0.9 && b.words >= 4;
    }

    /**
     * A block's worth by itself: its characters when it is prose (half when it does not read as a sentence), less three
     * times its share of links; a line that is mostly links costs what it holds, and so does the headline of another
     * story; a scrap costs a little.
     */
    private static double rawValue(Page page, Block b) {
        double ld = b.linkDensity();
        if (ld > 0.5) return -b.chars;
        if (b.leadLink && ld > 0.1) return -b.linkChars;
        if (b.chars < 30 && !b.sentence) return -5;
        double v = b.chars * (1 - 3 * ld);
        return b.sentence ? v : v * 0.5;
    }

    /**
     * A block's worth in its place: furniture turns its worth into a cost, a caption is worth nothing, a hidden part
     * nothing.
     */
    private static double value(Page page, Block b) {
        int o = b.owner;
        if (page.hiddenAt[o] >= 0) return 0;
        boolean furniture = page.chromeAt[o] >= 0 || page.boilerAt[o] >= 0 || page.cardAt[o] >= 0;
        if (page.figureAt[o] >= 0) return furniture ? -b.chars * 0.5 : 0;
        double v = rawValue(page, b);
        return furniture ? Math.min(v, -v * 0.5) : v;
    }

    // ---- the blocks of the article

    /**
     * Each block's class: bad (furniture, links, an ad's label, a form's prompt), good (prose), or short; then a short
     * block between good ones is good, as in jusText, and one at the edges is kept aside ({@code SHORT_KEPT}) for a
     * page that has no prose at all.
     */
    private static void classify(Page page, int container, List<Block> blocks) {
        int w = 0, s = 0;
        for (int i = 0; i < blocks.size() && w < 1000; i++) { // the first thousand words tell the language
            s += stopwords(blocks.get(i));
            w += blocks.get(i).words;
        }
        boolean english = w > 0
                && s / (double) w > 0.15; // a language the function words are of; else length and punctuation alone
        for (Block b : blocks) {
            int o = b.owner;
            double ld = b.linkDensity();
            boolean scrap = b.chars < 50 && !b.sentence;
            if (page.furnitureBelow(o, container)) b.cls = ASIDE;
            else if (ld > 0.5) b.cls = BAD;
            else if (scrap && scripted(page, o)) b.cls = ASIDE; // a label beside an ad slot's script ("Advertisement")
            else if (b.chars < 200 && formNear(page, o, container))
                b.cls = ASIDE; // "Sign up for our newsletter", "Leave a comment"
            else if (page.headingAt[o] >= 0) b.cls = SHORT; // a heading stands only between paragraphs
            else if (b.sentence && ld <= 0.3 && (b.chars >= 40 || prose(b, english))) b.cls = GOOD;
            else if (b.chars >= 100 && ld <= 0.3 && prose(b, english)) b.cls = GOOD;
            else b.cls = ld > 0.3 ? BAD : SHORT;
        }
        quotes(page, blocks);
        sentences(page, blocks, english);
        int n = blocks.size();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) cls[i] = blocks.get(i).cls;
        for (int i = 0; i < n; i++) {
            if (cls[i] != SHORT) continue;
            blocks.get(i).cls = neighbour(cls, i, -1) == GOOD && neighbour(cls, i, 1) == GOOD ? GOOD : SHORT_KEPT;
        }
    }

    /**
     * A quotation (a post embedded from a social network, a letter quoted) is one unit: its lines, the author's name
     * and date under it too, stand with its text unless it is mostly links.
     */
    private static void quotes(Page page, List<Block> blocks) {
        Map<Integer, int[]> units = new HashMap<>();
        for (Block b : blocks) {
            int q = quoteOf(page, b.owner);
            if (q < 0) continue;
            int[] u = units.computeIfAbsent(q, k -> new int[3]);
            u[0] += b.chars;
            u[1] += b.linkChars;
            if (b.cls == GOOD) u[2]++;
        }
        for (Block b : blocks) {
            int q = quoteOf(page, b.owner);
            if (q < 0 || b.cls == ASIDE || b.cls == BAD && b.linkDensity() > 0.7) continue;
            int[] u = units.get(q);
            if (u[0] >= 40 && u[1] * 2 <= u[0] && (u[2] > 0 || b.cls != BAD)) b.cls = GOOD;
        }
    }

    /** The blockquote round an element, within a few levels, or -1. */
    private static int quoteOf(Page page, int e) {
        for (int k = 0; e >= 0 && k < 4; e = page.parent[e], k++) if ((page.flags[e] & QUOTE) != 0) return e;
        return -1;
    }

    /**
     * A short sentence in a paragraph of its own beside the article's paragraphs is one of them ("He declined to
     * comment." at the end), as Readability keeps a sibling paragraph: a {@code <p>} without links whose parent holds a
     * good paragraph, that ends as a sentence ends and, in a language the function words are of, has some (not a time
     * stamp: "Updated at 1:23 p.m.").
     */
    private static void sentences(Page page, List<Block> blocks, boolean english) {
        Set<Integer> parents = new HashSet<>();
        for (Block b : blocks) if (b.cls == GOOD) parents.add(page.parent[b.owner]);
        for (Block b : blocks) {
            if (b.cls != SHORT
                    || b.linkChars > 0
                    || b.words < 2
                    || !page.elements.get(b.owner).normalName().equals("p")) continue;
            char last = lastChar(b.text);
            boolean stated =
                    last == '.' && !b.text.endsWith("..") || last == '!' || last == '?' || last == '”' || last == '"';
            boolean worded = !english || stopwords(b) * 4 >= b.words; // stopwords first: it counts all the words
            if (stated && worded && Character.isUpperCase(b.text.charAt(0)) && parents.contains(page.parent[b.owner]))
                b.cls = GOOD;
        }
    }

    /**
     * True when the block's element, or one of its two parents below the container, is a small box (four blocks at
     * most) that holds a field to fill in: a sign-up's prompt, a search, a comment box. A large element with a form
     * somewhere inside (the article's body) is not one.
     */
    private static boolean formNear(Page page, int e, int container) {
        for (int k = 0; e > container && k < 3; e = page.parent[e], k++) {
            if ((page.flags[e] & FORM) != 0 && page.blocksIn[e] <= 4) return true;
        }
        return false;
    }

    /**
     * True when the block's element runs a script or holds a frame, or its parent does and holds nothing else to read:
     * an ad slot and its label, not an article body with a script in it.
     */
    private static boolean scripted(Page page, int e) {
        if ((page.flags[e] & SCRIPTED) != 0) return true;
        int p = page.parent[e];
        return p >= 0 && (page.flags[p] & SCRIPTED) != 0 && page.blocksIn[p] == 1;
    }

    /** The class of the nearest block that is good or bad, skipping short ones and asides; bad past either end. */
    private static int neighbour(int[] cls, int i, int step) {
        for (int j = i + step; j >= 0 && j < cls.length; j += step) if (cls[j] == GOOD || cls[j] == BAD) return cls[j];
        return BAD;
    }

    /** Letters and digits, lower case: a headline and the title compare without punctuation and case. */
    private static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
