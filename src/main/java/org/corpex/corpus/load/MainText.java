package org.corpex.corpus.load;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article's text out of a page. The page is cut into blocks (paragraphs, headings, list
 * items, lines) in one walk of its tree; the element that holds the article is the one whose
 * blocks are worth the most, counting prose for it and links, menus and furniture against it;
 * inside it each block is then judged on its own and by its neighbours, as jusText judges
 * paragraphs (length, share of text in links, share of common words), so a byline, a caption or a
 * "Share this article" line between the paragraphs is left out.
 */
final class MainText {
    private MainText() {}

    static boolean debug = false;

    // ---- the elements of a page

    /** Not text at all, or controls: never walked. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe", "object",
            "embed", "canvas", "video", "audio", "select", "option", "button", "input", "textarea", "head", "map", "picture",
            "source", "img", "link", "meta", "dialog");
    /** Elements that end a line of text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "caption",
            "br", "hr", "figure", "figcaption", "address", "body", "center", "details", "summary", "header", "footer", "nav", "aside",
            "form", "fieldset", "legend", "menu", "hgroup", "label");
    /** Page chrome by its tag. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "menu", "form");

    // element flags
    static final int CHROME = 1, BOILER = 2, FIGURE = 4, HIDDEN = 8, HEADING = 16, ITEM = 32, QUOTE = 64, CELL = 128,
            LINK = 256, BODY_MARK = 512, ARTICLE = 1024, BLOCK = 2048, PRE = 4096, DETACH = 8192, COMMENTS = 16384, SCRIPTED = 32768, FORM = 65536;

    /** The page cut into blocks, with the element tree they hang in as arrays (index = pre-order number). */
    static final class Page {
        final List<Element> elements = new ArrayList<>();
        int[] parent = new int[256], flags = new int[256], end = new int[256], heading = new int[256];
        /** Per element, the nearest ancestor-or-self that is a teaser card (a linked headline and a short summary), or -1. */
        int[] cardAt;
        /** Per element, the nearest ancestor-or-self with the flag, or -1. */
        int[] chromeAt = new int[256], boilerAt = new int[256], figureAt = new int[256], hiddenAt = new int[256];
        final List<Block> blocks = new ArrayList<>();

        int size() { return elements.size(); }

        boolean inside(int e, int container) {
            return e >= container && e <= end[container];
        }
    }

    /** A paragraph, heading, list item or line of text, as it reads. */
    static final class Block {
        final int owner;
        final String text;
        final int chars, linkChars;
        /** The block opens with a link: a headline with its summary, when links are much of it. */
        final boolean leadLink;
        /** Links that start in the block. */
        final int links;
        int words, stopwords;
        boolean sentence;
        double value;
        int cls;

        Block(int owner, String text, int chars, int linkChars, boolean leadLink, int links) {
            this.owner = owner;
            this.links = links;
            this.leadLink = leadLink;
            this.text = text;
            this.chars = chars;
            this.linkChars = linkChars;
        }

        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }

        @Override public String toString() {
            return owner + " " + text;
        }
    }

    /** Walks the page once: elements into the arrays, text into blocks. */
    private static final class Walk implements NodeFilter {
        final Page page = new Page();
        final PageData data;

        Walk(PageData data) {
            this.data = data;
        }

        int[] stack = new int[64];
        int depth = 0;
        /** The open elements that end lines, innermost last: the owner of the line being read. */
        int[] blockStack = new int[64];
        int blockDepth = 0;
        int inLink = 0;
        final StringBuilder line = new StringBuilder();
        int chars, linkChars, links;
        boolean leadLink;

        @Override public FilterResult head(Node node, int d) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                line.append(s);
                int n = nonSpace(s);
                if (chars == 0 && n > 0) leadLink = inLink > 0;
                chars += n;
                if (inLink > 0) linkChars += n;
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            String tag = e.normalName();
            if (SKIP.contains(tag)) {
                switch (tag) {
                    case "script" -> data.script(e);
                    case "meta" -> { if (e.hasAttr("content")) data.meta(e); }
                    case "link" -> { if (e.attr("rel").equalsIgnoreCase("canonical")) data.canonical(e); }
                    default -> { }
                }
                // An element that runs a script or frames another page beside its text: an ad slot, an embed.
                if (depth > 0 && (tag.equals("script") || tag.equals("iframe"))) page.flags[stack[depth - 1]] |= SCRIPTED;
                // A field to fill in: the lines round it ask for it (a newsletter's sign-up, a search, a comment box).
                if (tag.equals("input") && !e.attr("type").equalsIgnoreCase("hidden") || tag.equals("textarea")) {
                    for (int up = depth - 1, k = 0; up >= 0 && k < 4; up--, k++) page.flags[stack[up]] |= FORM;
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (tag) {
                case "h1" -> data.h1(e);
                case "time" -> { if (e.hasAttr("datetime")) data.time(e); }
                case "title" -> data.titleTag(e);
                default -> { }
            }
            if (e.attributesSize() > 0 && e.hasAttr("itemprop")) data.itemprop(e);
            int id = add(e, tag);
            int f = page.flags[id];
            if ((f & BLOCK) == 0 && (f & DETACH) == 0 && linkList(e)) page.flags[id] = f |= DETACH;
            if ((f & BLOCK) != 0) {
                flush();
                if (tag.equals("br") || tag.equals("hr")) return FilterResult.CONTINUE;
                pushBlock(id);
            } else if ((f & DETACH) != 0) {
                saved.add(new Object[] {line.toString(), chars, linkChars, leadLink, links});
                line.setLength(0);
                chars = 0;
                linkChars = 0;
                links = 0;
                pushBlock(id);
            }
            if (tag.equals("a")) {
                inLink++;
                links++;
            } else if (tag.equals("td") || tag.equals("th")) {
                line.append(' ');   // a table row reads as one line, its cells apart
            }
            if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
            stack[depth++] = id;
            return FilterResult.CONTINUE;
        }

        @Override public FilterResult tail(Node node, int d) {
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
                Object[] back = saved.remove(saved.size() - 1);
                line.append((String) back[0]);
                chars = (Integer) back[1];
                linkChars = (Integer) back[2];
                leadLink = (Boolean) back[3];
                links = (Integer) back[4];
            }
            if (tag.equals("a")) inLink--;
            return FilterResult.CONTINUE;
        }

        /** Lines interrupted by a detached inline element (a pop-up, a credit), to go on after it. */
        final List<Object[]> saved = new ArrayList<>();

        private void pushBlock(int id) {
            if (blockDepth == blockStack.length) blockStack = Arrays.copyOf(blockStack, blockDepth * 2);
            blockStack[blockDepth++] = id;
        }

        private int add(Element e, String tag) {
            Page p = page;
            int id = p.size();
            if (id == p.parent.length) grow();
            p.elements.add(e);
            int parent = depth == 0 ? -1 : stack[depth - 1];
            p.parent[id] = parent;
            int f = ownFlags(e, tag);
            p.flags[id] = f;
            p.end[id] = id;
            return id;
        }

        private void grow() {
            Page p = page;
            int n = p.parent.length * 2;
            p.parent = Arrays.copyOf(p.parent, n);
            p.flags = Arrays.copyOf(p.flags, n);
            p.end = Arrays.copyOf(p.end, n);
            p.heading = Arrays.copyOf(p.heading, n);
            p.chromeAt = Arrays.copyOf(p.chromeAt, n);
            p.boilerAt = Arrays.copyOf(p.boilerAt, n);
            p.figureAt = Arrays.copyOf(p.figureAt, n);
            p.hiddenAt = Arrays.copyOf(p.hiddenAt, n);
        }

        void flush() {
            if (chars > 0 && blockDepth > 0) {
                String s = Clean.field(line.toString());
                if (!s.isEmpty()) page.blocks.add(new Block(blockStack[blockDepth - 1], s, chars, linkChars, leadLink, links));
            }
            line.setLength(0);
            chars = 0;
            linkChars = 0;
            links = 0;
        }
    }

    private static int ownFlags(Element e, String tag) {
        int f = 0;
        if (BLOCKS.contains(tag)) f |= BLOCK;
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> f |= HEADING;
            case "li", "dt", "dd" -> f |= ITEM;
            case "blockquote" -> f |= QUOTE;
            case "td", "th" -> f |= CELL;
            case "pre" -> f |= PRE;
            case "a" -> f |= LINK;
            case "figure", "figcaption" -> f |= FIGURE;
            case "article" -> f |= ARTICLE;
            default -> { }
        }
        if (CHROME_TAGS.contains(tag)) f |= CHROME;
        if (e.attributesSize() == 0 || tag.equals("body")) return f;   // a body's classes describe the whole site
        String role = e.attr("role");
        if (!role.isEmpty()) {
            switch (role) {
                case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search" -> f |= CHROME;
                default -> { }
            }
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || hiddenStyle(e.attr("style"))) f |= HIDDEN;
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) f |= BODY_MARK;
        String cls = e.attr("class"), id = e.attr("id");
        if (Names.furniture(cls) || Names.furniture(id)) f |= BOILER;
        if (Names.caption(cls) || Names.caption(id)) f |= FIGURE;
        if (Names.comments(cls) || Names.comments(id)) f |= COMMENTS | BOILER;
        if ((f & (BOILER | FIGURE | HIDDEN | CHROME)) != 0 && (f & BLOCK) == 0) f |= DETACH;
        return f;
    }

    /**
     * An inline element that holds a list of links (three or more as its children): a pop-up
     * card or a row of tags inside a paragraph, read as a block of its own so that the paragraph
     * round it is not taken for links.
     */
    private static boolean linkList(Element e) {
        int n = e.childrenSize();
        if (n < 3) return false;
        int links = 0;
        for (int i = 0; i < n; i++) if (e.child(i).normalName().equals("a") && ++links >= 3) return true;
        return false;
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (!Clean.isSpace(s.charAt(i))) n++;
        return n;
    }

    /** The body cut into blocks; what the walk meets of the page's data goes to {@code data}. */
    static Page segment(Element body, PageData data) {
        Walk w = new Walk(data);
        NodeTraversor.filter(w, body);
        w.flush();
        return w.page;
    }

    // ---- judging blocks

    private static final int BAD = 0, SHORT = 1, NEAR = 2, GOOD = 3, SHORT_KEPT = 4;

    /**
     * The article's text, one block a line; when there is none, {@code why} says what the page
     * held instead.
     */
    record Result(String text, String why) {}

    static Result extract(Page page, List<String> titles) {
        List<Block> blocks = page.blocks;
        if (blocks.isEmpty()) return new Result("", "the page has no visible text");
        for (Block b : blocks) measure(b);
        int container = container(page);
        List<Block> inside = new ArrayList<>();
        for (Block b : blocks) if (page.inside(b.owner, container)) inside.add(b);
        classify(page, container, inside);
        boolean any = false;
        for (Block b : inside) any |= b.cls == GOOD;
        if (!any && !linky(page)) {
            // No paragraph of prose: a page of a few short lines (a stub, a note) keeps them, all but links and furniture.
            for (Block b : inside) {
                int o = b.owner;
                boolean furniture = page.chromeAt[o] >= 0 || page.boilerAt[o] >= 0 || page.figureAt[o] >= 0 || page.hiddenAt[o] >= 0
                        || page.cardAt[o] >= 0;
                if (b.cls == SHORT_KEPT && !furniture) b.cls = GOOD;
            }
        }
        // The headline is the title, not the text.
        List<String> heads = new ArrayList<>();
        for (String t : titles) heads.add(norm(t));
        for (Block b : inside) {
            if (b.cls == GOOD && b.chars < 400 && heads.contains(norm(b.text))) { b.cls = BAD; break; }
            if (b.cls == GOOD && b.chars > 150) break;
        }
        StringBuilder out = new StringBuilder();
        for (Block b : inside) {
            if (b.cls != GOOD) continue;
            if (out.length() > 0) out.append('\n');
            out.append(b.text);
        }
        if (debug) {
            Element c = page.elements.get(container);
            System.err.println("container " + c.normalName() + " ." + c.className() + " #" + c.id());
            for (Block b : inside) System.err.printf("  %s %.2f %4d %s%n", "BSNGK".charAt(b.cls), b.linkDensity(), b.chars, b.text.length() > 100 ? b.text.substring(0, 100) : b.text);
        }
        if (out.length() > 0) return new Result(out.toString(), null);
        return new Result("", why(page));
    }

    /** True when half the page's text or more is links: an index, a menu, not a note of a few lines. */
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
            return String.format(Locale.ROOT, "no article text: %d%% of its text is links (a menu, an index, a list of stories)",
                    Math.round(100.0 * links / chars));
        }
        return "no article text: what it shows is page furniture (menus, captions, labels)";
    }

    private static void measure(Block b) {
        String t = b.text;
        int words = 0, stops = 0;
        int i = 0, n = t.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(t.charAt(i))) i++;
            int s = i;
            while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '’')) i++;
            if (i > s) {
                words++;
                if (i - s <= 12 && Names.stopword(t, s, i)) stops++;
            }
        }
        b.words = words;
        b.stopwords = stops;
        char last = lastChar(t);
        b.sentence = words >= 5 && (last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ':' || last == ')' || last == '…');
    }

    private static char lastChar(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (!Clean.isSpace(c)) return c;
        }
        return ' ';
    }

    /** The element whose blocks are worth the most: prose counts for it, links and furniture against. */
    private static int container(Page page) {
        furniture(page);
        double[] sum = new double[page.size()];
        for (Block b : page.blocks) {
            double v = value(page, b);
            b.value = v;
            for (int e = b.owner; e >= 0; e = page.parent[e]) sum[e] += v;
        }
        int best = 0;
        for (int e = 0; e < sum.length; e++) if (sum[e] >= sum[best] && page.hiddenAt[e] < 0) best = e;
        if (sum[best] <= 0) best = 0;   // no prose anywhere: the whole page, for what few lines it has
        if (Boolean.getBoolean("mark")) {
            for (int e = 0; e < sum.length; e++) if ((page.flags[e] & BODY_MARK) != 0 && sum[e] > 0.2 * sum[best]) { System.err.println("MARK " + sum[e] + " vs " + sum[best] + " inside " + page.inside(e, best) + " contains " + page.inside(best, e)); best = e; break; }
        }
        if (debug) {
            System.err.println("blocks " + page.blocks.size() + " elements " + page.size() + " best " + best + " sum " + sum[best] + " root " + sum[0]);
            for (Block b : page.blocks) System.err.printf("   %4d %6.0f %s %s %s%n", b.owner, b.value, desc(page, page.chromeAt[b.owner]), desc(page, page.boilerAt[b.owner]), b.text.length() > 80 ? b.text.substring(0, 80) : b.text);
        }
        return best;
    }

    /**
     * Which elements are furniture: those named so (by tag, role, class or id), unless they hold
     * most of the page's prose ("Page-ad-margins" round the whole article is a wrapper, not an
     * advert). Fills the nearest-furniture-ancestor arrays.
     */
    private static void furniture(Page page) {
        int n = page.size();
        double[] raw = new double[n];
        for (Block b : page.blocks) {
            double v = rawValue(page, b);
            for (int e = b.owner; e >= 0; e = page.parent[e]) raw[e] += v;
        }
        int first = 0;
        for (int e = 0; e < n; e++) if (raw[e] >= raw[first]) first = e;
        boolean[] wraps = new boolean[n];
        if (raw[first] > 0) for (int e = first; e >= 0; e = page.parent[e]) wraps[e] = true;
        cards(page, wraps);
        for (int e = 0; e < n; e++) {
            int f = page.flags[e], p = page.parent[e];
            if (wraps[e] && (f & COMMENTS) == 0) f &= ~(CHROME | BOILER | FIGURE | HIDDEN);
            page.chromeAt[e] = (f & CHROME) != 0 ? e : p < 0 ? -1 : page.chromeAt[p];
            page.boilerAt[e] = (f & BOILER) != 0 ? e : p < 0 ? -1 : page.boilerAt[p];
            page.figureAt[e] = (f & FIGURE) != 0 ? e : p < 0 ? -1 : page.figureAt[p];
            page.hiddenAt[e] = (f & HIDDEN) != 0 ? e : p < 0 ? -1 : page.hiddenAt[p];
            page.heading[e] = (f & HEADING) != 0 ? e : p < 0 ? -1 : page.heading[p];
        }
    }

    /**
     * Teaser cards: a headline that links to another story, with the short summary and details
     * that go with it (the largest element round the headline that holds no other linked headline
     * and little prose). A list of them says nothing of the page's own article.
     */
    private static void cards(Page page, boolean[] wraps) {
        int n = page.size();
        int[] headlines = new int[n];
        double[] prose = new double[n];
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
            if (top >= 0 && !wraps[top]) card[top] = true;
        }
        page.cardAt = new int[n];
        for (int e = 0; e < n; e++) {
            int p = page.parent[e];
            page.cardAt[e] = card[e] ? e : p < 0 ? -1 : page.cardAt[p];
        }
    }

    /** A headline that links to another story: a linked heading, or a line of four words or more that is all link. */
    private static boolean headline(Page page, Block b) {
        double ld = b.linkDensity();
        if (b.links != 1 || b.chars > 200) return false;
        if (ld > 0.5 && b.chars >= 15 && (page.flags[b.owner] & HEADING) != 0) return true;
        return ld >= 0.9 && b.words >= 4;
    }

    /** A block's worth by itself: prose for, links and scraps against. */
    static double LINK_COST = Double.parseDouble(System.getProperty("lc", "1"));
    private static double rawValue(Page page, Block b) {
        double ld = b.linkDensity();
        if (ld > 0.5) return -b.chars * LINK_COST;
        if (b.leadLink && ld > 0.1) return -b.linkChars;   // a headline and its summary: a list of other stories
        if (b.chars < 30 && !b.sentence) return -5;
        double v = b.chars * (1 - 3 * ld);
        return b.sentence ? v : v * 0.5;
    }

    static String desc(Page page, int e) {
        if (e < 0) return "-";
        Element x = page.elements.get(e);
        return x.normalName() + "." + x.className().replace(' ', '.') + "#" + x.id();
    }

    private static double value(Page page, Block b) {
        double ld = b.linkDensity();
        int o = b.owner;
        if (page.hiddenAt[o] >= 0) return 0;
        boolean furniture = page.chromeAt[o] >= 0 || page.boilerAt[o] >= 0 || page.cardAt[o] >= 0;
        if (page.figureAt[o] >= 0) return furniture ? -b.chars * 0.5 : 0;
        double v = rawValue(page, b);
        return furniture ? Math.min(v, -v * 0.5) : v;
    }

    private static void classify(Page page, int container, List<Block> blocks) {
        int w = 0, s = 0;
        for (Block b : blocks) { w += b.words; s += b.stopwords; }
        boolean stopwordsCount = w > 0 && s / (double) w > 0.15;   // a language the list knows
        for (Block b : blocks) {
            int o = b.owner;
            double ld = b.linkDensity();
            double sd = b.words == 0 ? 0 : b.stopwords / (double) b.words;
            boolean prose = !stopwordsCount || sd >= 0.2;
            boolean heading = page.heading[o] >= 0;
            boolean scrap = b.chars < 50 && !b.sentence;
            if (page.hiddenAt[o] > container || page.chromeAt[o] > container || page.boilerAt[o] > container || page.figureAt[o] > container
                    || page.cardAt[o] > container) b.cls = BAD;
            else if (ld > 0.5) b.cls = BAD;
            // A label beside an ad slot's script ("Advertisement").
            else if (scrap && scripted(page, o)) b.cls = BAD;
            // The lines of a form, or just beside one: "Sign up for our newsletter", "Search", "Leave a comment".
            else if (b.chars < 200 && formNear(page, o, container)) b.cls = BAD;
            else if (heading) b.cls = SHORT;
            else if (b.sentence && ld <= 0.3 && (b.chars >= 40 || prose && b.words >= 5)) b.cls = GOOD;
            else if (b.chars >= 100 && ld <= 0.3 && prose) b.cls = GOOD;
            else b.cls = ld > 0.3 ? BAD : SHORT;
        }
        quotes(page, blocks);
        sentences(page, blocks, stopwordsCount);
        // Context, as jusText: a short block between good ones is good, else bad; a heading before good text is good.
        int n = blocks.size();
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) cls[i] = blocks.get(i).cls;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (cls[i] != SHORT && cls[i] != NEAR) continue;
            int prev = neighbour(cls, i, -1), next = neighbour(cls, i, 1);
            b.cls = prev == GOOD && next == GOOD ? GOOD : SHORT_KEPT;
            boolean heading = (page.flags[b.owner] & HEADING) != 0 || page.heading[b.owner] >= 0;

        }
    }

    /**
     * A quotation (a post embedded from a social network, a letter quoted) is one unit: its lines,
     * the author's name and date under it too, stand with its text unless it is mostly links.
     */
    private static void quotes(Page page, List<Block> blocks) {
        java.util.Map<Integer, int[]> units = new java.util.HashMap<>();
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
            if (q < 0 || b.cls == BAD && b.linkDensity() > 0.7) continue;
            int[] u = units.get(q);
            if (u[0] >= 40 && u[1] * 2 <= u[0] && (u[2] > 0 || b.cls != BAD)) b.cls = GOOD;
        }
    }

    /**
     * A short sentence in a paragraph of its own beside the article's paragraphs is one of them
     * ("Shares rose 8%." at the end), as Readability keeps a sibling paragraph: a {@code <p>}
     * without links whose parent holds a good paragraph, that ends as a sentence ends.
     */
    private static void sentences(Page page, List<Block> blocks, boolean english) {
        java.util.Set<Integer> parents = new java.util.HashSet<>();
        for (Block b : blocks) if (b.cls == GOOD) parents.add(page.parent[b.owner]);
        for (Block b : blocks) {
            if (b.cls != SHORT || b.linkChars > 0 || b.words < 2 || !page.elements.get(b.owner).normalName().equals("p")) continue;
            char last = lastChar(b.text);
            boolean stated = last == '.' && !b.text.endsWith("..") || last == '!' || last == '?' || last == '”' || last == '"';
            boolean words = !english || b.stopwords * 4 >= b.words;   // prose, not a time stamp ("Updated at 1:23 p.m.")
            if (stated && words && Character.isUpperCase(b.text.charAt(0)) && parents.contains(page.parent[b.owner])) b.cls = GOOD;
        }
    }

    /** The blockquote round an element, within a few levels, or -1. */
    private static int quoteOf(Page page, int e) {
        for (int k = 0; e >= 0 && k < 4; e = page.parent[e], k++) if ((page.flags[e] & QUOTE) != 0) return e;
        return -1;
    }

    /** True when the element or one of its two parents (below the container) holds a field to fill in. */
    private static boolean formNear(Page page, int e, int container) {
        for (int k = 0; e > container && k < 3; e = page.parent[e], k++) if ((page.flags[e] & FORM) != 0) return true;
        return false;
    }

    private static boolean scripted(Page page, int e) {
        if ((page.flags[e] & SCRIPTED) != 0) return true;
        int p = page.parent[e];
        return p >= 0 && (page.flags[p] & SCRIPTED) != 0;
    }

    private static int neighbour(int[] cls, int i, int step) {
        for (int j = i + step; j >= 0 && j < cls.length; j += step) if (cls[j] == GOOD || cls[j] == BAD) return cls[j];
        return BAD;
    }

    private static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
