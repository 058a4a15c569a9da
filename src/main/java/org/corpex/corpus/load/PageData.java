package org.corpex.corpus.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page says of itself in data rather than in prose: its meta tags (Open Graph, {@code article:}, Dublin Core,
 * Parsely...), its JSON-LD (schema.org NewsArticle and kin) and its microdata ({@code itemprop}); and, for a page whose
 * article is drawn by a script, the JSON state the script draws it from ({@code __NEXT_DATA__},
 * {@code window.__PRELOADED_STATE__ = {...}}). Read in the order publishers fill them in: the more specific first.
 */
final class PageData {
    /** The title, date, author, section and site the page gives, "" where it gives none. */
    String title = "", date = "", author = "", section = "", site = "", url = "", description = "", keywords = "";
    /** The alternative titles the headline on the page may be written as: the title tag, the headline. */
    final List<String> titles = new ArrayList<>();
    /** The article's text as JSON-LD or microdata states it ("" when it does not). */
    String structuredBody = "";
    /** Scripts that may hold the page's state, parsed only when the markup gives no article. */
    final List<String> stateScripts = new ArrayList<>();

    private final Map<String, String> metas = new LinkedHashMap<>();
    private final List<String> jsonLd = new ArrayList<>();
    private final Map<String, Element> microdata = new LinkedHashMap<>();
    private String titleTag = "", firstH1 = "", timeTag = "", canonical = "";

    private static final ObjectMapper LENIENT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(JsonFormat.LIMITS)
                    .build())
            .enable(
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final List<String> DATE_META = List.of(
            "article:published_time",
            "article:published",
            "og:published_time",
            "date",
            "pubdate",
            "publishdate",
            "publish_date",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "dcterms.date",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "datepublished",
            "og:updated_time",
            "article:modified_time");
    private static final List<String> SITE_META = List.of(
            "og:site_name", "application-name", "publisher", "dc.publisher", "article:publisher", "twitter:site");
    private static final List<String> AUTHOR_META =
            List.of("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author");
    /** The microdata properties read, with the schema.org names. */
    static final Set<String> ITEMPROPS =
            Set.of("headline", "datepublished", "datecreated", "author", "articlebody", "articlesection", "publisher");

    // ---- what the walks of the page hand in

    void meta(Element m) {
        String key = !m.attr("property").isEmpty()
                ? m.attr("property")
                : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
        if (key.isEmpty()) return;
        String k = key.toLowerCase(Locale.ROOT);
        if (m.hasAttr("itemprop")) itemprop(m);
        metas.putIfAbsent(k, Clean.field(m.attr("content")));
    }

    void script(Element s) {
        String type = s.attr("type").toLowerCase(Locale.ROOT);
        if (type.contains("ld+json")) jsonLd.add(s.data());
        else if (type.contains("json") || type.isEmpty() || type.contains("javascript")) {
            String data = s.data();
            if (data.length() >= 200 && state(data)) stateScripts.add(data);
        }
    }

    /** An element with {@code itemprop}: one or more property names, space-separated ("datePublished dateCreated"). */
    void itemprop(Element e) {
        for (String k : e.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+"))
            if (ITEMPROPS.contains(k)) microdata.putIfAbsent(k, e);
    }

    void titleTag(Element e) {
        if (titleTag.isEmpty()) titleTag = Clean.field(e.text());
    }

    void h1(Element e) {
        if (firstH1.isEmpty()) firstH1 = Clean.field(e.text());
    }

    void time(Element e) {
        if (timeTag.isEmpty()) timeTag = Clean.field(e.attr("datetime"));
    }

    void canonical(Element e) {
        if (canonical.isEmpty()) canonical = Clean.field(e.attr("href"));
    }

    private static final Pattern GLOBAL = Pattern.compile("(?:window\\.|self\\.|var |let |const )?[\\w$.\\[\\]'\"]+");

    /** A script that sets a page's state: JSON, or a global assigned an object ({@code window.__STATE__ = {}). */
    private static boolean state(String data) {
        int i = skipSpace(data, 0);
        if (i >= data.length()) return false;
        if (data.charAt(i) == '{') return true;
        int eq = data.indexOf('=');
        if (eq < 0 || eq - i > 80) return false;
        if (!GLOBAL.matcher(data.substring(i, eq).strip()).matches()) return false;
        int j = skipSpace(data, eq + 1);
        return j < data.length() && (data.charAt(j) == '{' || data.startsWith("JSON.parse(", j));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    // ---- reading it

    /** Settles the fields once every element is in: the more specific sources first. */
    void settle() {
        JsonNode article = jsonLdArticle();
        String ldTitle = "", ldDate = "", ldAuthor = "", ldSection = "", ldSite = "", ldBody = "", ldUrl = "";
        if (article != null) {
            ldTitle = firstText(article, "headline", "name", "alternativeHeadline");
            ldDate = firstText(article, "datePublished", "dateCreated", "uploadDate", "dateModified");
            ldAuthor = names(article.get("author"));
            if (ldAuthor.isEmpty()) ldAuthor = names(article.get("creator"));
            ldSection = joined(article.get("articleSection"));
            ldSite = names(article.get("publisher"));
            ldBody = bodyText(raw(article.get("articleBody")));
            if (ldBody.isEmpty()) ldBody = bodyText(raw(article.get("text")));
            ldUrl = text(article.get("url"));
        }
        title = first(
                metas.get("og:title"),
                ldTitle,
                metas.get("twitter:title"),
                metas.get("dc.title"),
                micro("headline"),
                titleTag,
                firstH1);
        for (String t : List.of(title, ldTitle, titleTag, firstH1, nz(metas.get("og:title"))))
            if (!t.isEmpty()) titles.add(t);
        if (!titleTag.isEmpty()) {
            // "Headline | Site" and "Headline - Site": the headline on the page has no site name.
            for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
                int at = titleTag.lastIndexOf(sep);
                if (at > 0) titles.add(titleTag.substring(0, at));
            }
        }
        List<String> dates = new ArrayList<>();
        for (String k : DATE_META) dates.add(metas.get(k));
        dates.addAll(List.of(ldDate, micro("datepublished"), micro("datecreated"), timeTag));
        date = date(dates);
        author = byline(first(human(firstOf(metas, AUTHOR_META)), ldAuthor, human(micro("author"))));
        section = first(metas.get("article:section"), ldSection, micro("articlesection"));
        List<String> sites = new ArrayList<>(List.of(human(nz(metas.get("og:site_name"))), ldSite, micro("publisher")));
        for (String k : SITE_META) sites.add(human(nz(metas.get(k))).replaceFirst("^@", ""));
        site = first(sites.toArray(new String[0]));
        url = first(metas.get("og:url"), canonical, ldUrl);
        description = first(metas.get("description"), metas.get("og:description"), metas.get("twitter:description"));
        keywords = first(metas.get("keywords"), metas.get("news_keywords"));
        structuredBody = ldBody;
        if (structuredBody.isEmpty() && microdata.containsKey("articlebody")) {
            Element e = microdata.get("articlebody");
            structuredBody = e.normalName().equals("meta") ? bodyText(e.attr("content")) : "";
        }
    }

    private String micro(String prop) {
        Element e = microdata.get(prop);
        if (e == null) return "";
        if (e.normalName().equals("meta")) return Clean.field(e.attr("content"));
        if (e.hasAttr("datetime")) return Clean.field(e.attr("datetime"));
        if (e.hasAttr("content")) return Clean.field(e.attr("content"));
        if (prop.equals("author") || prop.equals("publisher")) {
            Element name = e.selectFirst("[itemprop=name]");
            if (name != null) return Clean.field(name.hasAttr("content") ? name.attr("content") : name.text());
        }
        if (prop.equals("articlebody")) return "";
        String t = Clean.field(e.text());
        return t.length() > 200 ? "" : t;
    }

    /** The JSON-LD object that describes the article: of an article type, the one with a body first. */
    private JsonNode jsonLdArticle() {
        JsonNode best = null;
        for (String raw : jsonLd) {
            JsonNode root = parse(raw);
            if (root == null) continue;
            List<JsonNode> objects = new ArrayList<>();
            collect(root, objects, 0);
            for (JsonNode o : objects) {
                if (!articleType(o.get("@type"))) continue;
                if (best == null || !best.has("articleBody") && o.has("articleBody")) best = o;
            }
        }
        return best;
    }

    private static JsonNode parse(String raw) {
        String s = raw.strip();
        if (s.startsWith("<!--")) s = s.substring(4);
        if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
        if (s.startsWith("//<![CDATA[")) s = s.substring(11);
        if (s.endsWith("//]]>")) s = s.substring(0, s.length() - 5);
        s = s.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty()) return null;
        try {
            return LENIENT.readTree(s);
        } catch (Exception e) {
            return null; // a page's broken JSON-LD is ignored, as browsers ignore it
        }
    }

    /** Every object in a JSON-LD value: arrays, {@code @graph} and nested entities (mainEntity...). */
    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6) return;
        if (n.isArray()) {
            for (JsonNode c : n) collect(c, out, depth + 1);
        } else if (n.isObject()) {
            out.add(n);
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isContainerNode() && !f.getKey().equals("articleBody"))
                    collect(f.getValue(), out, depth + 1);
            }
        }
    }

    private static boolean articleType(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (articleType(t)) return true;
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.endsWith("posting") || t.equals("report") || t.equals("review");
    }

    private static String firstText(JsonNode o, String... keys) {
        for (String k : keys) {
            String t = text(o.get(k));
            if (!t.isEmpty()) return t;
        }
        return "";
    }

    /** A string as it is, line breaks and all ("" for anything else). */
    private static String raw(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : "";
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return "";
        if (n.isArray()) return n.isEmpty() ? "" : text(n.get(0));
        if (n.isObject()) return text(n.has("name") ? n.get("name") : n.get("@value"));
        return Clean.field(n.asText());
    }

    /** Names of people or organisations: a string, an object with a name, or a list of them. */
    private static String names(JsonNode n) {
        if (n == null || n.isNull()) return "";
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode c : n) {
                String s = names(c);
                if (!s.isEmpty() && !out.contains(s)) out.add(s);
            }
        } else {
            String s = human(n.isObject() ? text(n.get("name")) : Clean.field(n.asText()));
            if (!s.isEmpty()) out.add(s);
        }
        return String.join("; ", out);
    }

    private static String joined(JsonNode n) {
        if (n == null || n.isNull()) return "";
        if (!n.isArray()) return text(n);
        List<String> out = new ArrayList<>();
        for (JsonNode c : n) {
            String s = text(c);
            if (!s.isEmpty()) out.add(s);
        }
        return String.join("; ", out);
    }

    /** A name as people write it; a link (a profile's URL, as some sites put in author tags) is not one. */
    private static String human(String s) {
        if (s == null) return "";
        String t = s.strip();
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.") ? "" : t;
    }

    /** A body given as data, as lines: HTML is read as a page's text is; plain text keeps its line breaks. */
    static String bodyText(String raw) {
        if (raw == null || raw.isBlank()) return "";
        if (raw.indexOf('<') >= 0 && (raw.contains("</") || raw.contains("<br") || raw.contains("<p"))) {
            return HtmlFormat.text(Jsoup.parseBodyFragment(raw).body());
        }
        StringBuilder out = new StringBuilder();
        for (String line : Clean.lines(raw).split("\n")) {
            String l = Clean.field(Parser.unescapeEntities(line, false));
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    /** The first date that reads as one, else the first written at all, as written. */
    private static String date(List<String> candidates) {
        String raw = "";
        for (String c : candidates) {
            if (c == null || c.isBlank() || c.strip().startsWith("0")) continue; // year 0001: a blank a template filled
            String d = Dates.normalise(c);
            boolean iso = d.matches("\\d{4}(-\\d\\d){0,2}");
            if (iso) return d;
            if (raw.isEmpty() && !iso) raw = Clean.field(c);
        }
        return raw;
    }

    /** "By Jane Roe" is Jane Roe. */
    private static String byline(String s) {
        return s.replaceFirst("^(?i:by)\\s+", "").strip();
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isEmpty()) return v;
        return "";
    }

    private static String firstOf(Map<String, String> tags, List<String> keys) {
        for (String k : keys) {
            String v = tags.get(k);
            if (v != null && !v.isEmpty()) return v;
        }
        return "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- a script's state

    /**
     * The article's text from a script's state, when the page draws it from one: of every string the state holds, the
     * prose (sentences, or HTML with paragraphs); from the whole state down into the object or list that holds most of
     * it, as long as one does. "" when the state holds less than 300 characters of prose.
     */
    String stateBody() {
        String best = "";
        int bestChars = 299;
        for (String raw : stateScripts) {
            JsonNode root = parse(stateJson(raw));
            if (root == null) continue;
            Prose p = new Prose();
            int chars = p.measure(root, 0);
            if (chars <= bestChars) continue;
            JsonNode n = root;
            for (boolean down = true; down; ) {
                down = false;
                int here = p.chars.getOrDefault(n, 0);
                for (JsonNode c : n) {
                    if (p.chars.getOrDefault(c, 0) >= 0.6 * here) {
                        n = c;
                        down = c.isContainerNode();
                        break;
                    }
                }
            }
            List<String> lines = new ArrayList<>();
            p.lines(n, lines, 0);
            best = String.join("\n", new LinkedHashSet<>(lines));
            bestChars = chars;
        }
        return best;
    }

    /** The JSON in a state script: the object a global is set to, or the string JSON.parse is given. */
    private static String stateJson(String data) {
        int i = skipSpace(data, 0);
        if (i < data.length() && data.charAt(i) == '{') return data;
        int eq = data.indexOf('=');
        int j = skipSpace(data, eq + 1);
        if (data.startsWith("JSON.parse(", j)) {
            JsonNode s = parse(lastObject(data.substring(j + "JSON.parse(".length()), '"', '"'));
            return s != null && s.isTextual() ? s.asText() : "";
        }
        return lastObject(data.substring(j), '{', '}');
    }

    /**
     * The value that starts the text, up to its matching close (strings skipped), without what a script adds after it.
     */
    private static String lastObject(String s, char open, char close) {
        if (s.isEmpty() || s.charAt(0) != open) return s;
        if (open == '"') {
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') i++;
                else if (c == '"') return s.substring(0, i + 1);
            }
            return s;
        }
        int depth = 0;
        boolean str = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (str) {
                if (c == '\\') i++;
                else if (c == quote) str = false;
            } else if (c == '"' || c == '\'') {
                str = true;
                quote = c;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return s.substring(0, i + 1);
            }
        }
        return s;
    }

    /** The prose in a state's strings, measured per object and list. */
    private static final class Prose {
        final Map<JsonNode, Integer> chars = new IdentityHashMap<>();
        private final Map<JsonNode, String> text = new IdentityHashMap<>();

        int measure(JsonNode n, int depth) {
            int c = 0;
            if (depth > 64) return 0;
            if (n.isTextual()) {
                String s = n.asText();
                if (s.length() >= 40) {
                    String t = s.indexOf('<') >= 0 ? bodyText(s) : Clean.field(s);
                    if (prose(t)) {
                        text.put(n, t);
                        c = t.length();
                    }
                }
            } else if (n.isContainerNode()) {
                for (JsonNode child : n) c += measure(child, depth + 1);
            }
            if (c > 0) chars.put(n, c);
            return c;
        }

        void lines(JsonNode n, List<String> out, int depth) {
            if (depth > 64 || !chars.containsKey(n)) return;
            String t = text.get(n);
            if (t != null) {
                for (String l : t.split("\n")) if (!l.isBlank()) out.add(l);
                return;
            }
            for (JsonNode c : n) lines(c, out, depth + 1);
        }

        /** Sentences: a line of words with a full stop in it, not a URL, a style or a token. */
        private static boolean prose(String t) {
            if (t.length() < 40 || t.startsWith("http") || t.indexOf(' ') < 0) return false;
            int spaces = 0, letters = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ' ') spaces++;
                else if (Character.isLetter(c)) letters++;
            }
            return spaces >= 6 && letters > t.length() / 2 && (t.contains(". ") || t.endsWith(".") || t.contains("\n"));
        }
    }
}
