package org.corpex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.corpex.corpus.load.HtmlFormat;
import org.jsoup.Jsoup;

/**
 * The main-text extractor beside jsoup's own parse of the same pages, in one run: the pages of the main-text eval kit
 * ({@code ../shared/eval/maintext/pages}, real news pages) when that folder is there, else pages generated here with a
 * news site's furniture round each article. Each figure is the CPU time of this thread over all the pages (the
 * machine's other work does not count), the median of the runs; extraction is everything a page costs the loader (the
 * parse too), so the ratio is what reading the text adds to parsing the HTML.
 */
final class HtmlSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        Path kit = Path.of(
                        System.getenv().getOrDefault("CORPEX_ROOT", "."), "..", "shared", "eval", "maintext", "pages")
                .normalize();
        List<String> pages = Files.isDirectory(kit) ? read(kit) : generated(60);
        String from = Files.isDirectory(kit) ? "the pages in " + kit : "60 generated pages (" + kit + " is not there)";
        long bytes = 0, withText = 0;
        for (String p : pages) bytes += p.length();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int runs = Math.max(1, c.runs());
        double[] parse = new double[runs], extract = new double[runs];
        for (int warm = 0; warm < Math.min(runs, 3); warm++) for (String p : pages) HtmlFormat.mainText(p);
        for (int r = 0; r < runs; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (String p : pages) Jsoup.parse(p);
            long t1 = mx.getCurrentThreadCpuTime();
            for (String p : pages) withText += HtmlFormat.mainText(p).isEmpty() ? 0 : 1;
            long t2 = mx.getCurrentThreadCpuTime();
            parse[r] = (t1 - t0) / 1e6;
            extract[r] = (t2 - t1) / 1e6;
        }
        Arrays.sort(parse);
        Arrays.sort(extract);
        double p = parse[runs / 2], e = extract[runs / 2];
        String size =
                String.format(Locale.ROOT, "%d pages, %.1f MB of HTML, %s", pages.size(), bytes / 1048576.0, from);
        out.add("html", "jsoup parse", p, "ms", Double.NaN, "CPU time, all pages; " + size);
        out.add(
                "html",
                "main text (parse included)",
                e,
                "ms",
                Double.NaN,
                String.format(
                        Locale.ROOT,
                        "CPU time, all pages: parse, page data, main text; %d of %d pages with text",
                        withText / runs,
                        pages.size()));
        out.add("html", "main text / parse", e / p, "x", Double.NaN, "target <= 3");
    }

    private static List<String> read(Path dir) {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".html") && !name.endsWith(".html.gz")) continue;
                try (InputStream in =
                        name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /**
     * Pages as news sites serve them: styles, scripts and icons, menus, a share bar, a captioned picture, teasers of
     * other stories, comments; about 50 KB each, of which the article is 10.
     */
    static List<String> generated(int n) {
        CorpusGenerator g = new CorpusGenerator();
        List<String> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] parts = g.document(i, 12 * 1024).split("\n---\n", 2);
            String[] paras = parts[parts.length - 1].strip().split("\n\n");
            String title = paras[0];
            StringBuilder b = new StringBuilder(64 * 1024);
            b.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                    .append(title)
                    .append(" | News ")
                    .append(i % 40)
                    .append("</title>")
                    .append("<meta property=\"og:title\" content=\"")
                    .append(title)
                    .append("\">")
                    .append("<meta property=\"og:site_name\" content=\"News ")
                    .append(i % 40)
                    .append("\">")
                    .append("<meta property=\"article:published_time\" content=\"2025-0")
                    .append(1 + i % 9)
                    .append("-1")
                    .append(i % 9)
                    .append("T08:00:00Z\">")
                    .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                            + "\"@type\":\"NewsArticle\",\"headline\":\"")
                    .append(title)
                    .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"Writer ")
                    .append(i % 13)
                    .append("\"}}</script>")
                    .append("<script>window.dataLayer=window.dataLayer||[];function "
                            + "gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>");
            // What a real page carries besides its text (the kit's pages average 175 KB, a few of it text): styles, an
            // app's bundle config, an icon sprite.
            b.append("<style>");
            for (int k = 0; k < 300; k++)
                b.append(".c")
                        .append(k)
                        .append("{margin:0 ")
                        .append(k % 7)
                        .append("px;color:#")
                        .append(100 + k)
                        .append("}");
            b.append("</style><script>window.__CONFIG__={\"flags\":[");
            for (int k = 0; k < 600; k++)
                b.append(k == 0 ? "" : ",")
                        .append("{\"id\":")
                        .append(k)
                        .append(",\"on\":")
                        .append(k % 3 == 0)
                        .append("}");
            b.append("]};</script></head><body><svg style=\"display:none\">");
            for (int k = 0; k < 40; k++)
                b.append("<symbol id=\"i")
                        .append(k)
                        .append("\" viewBox=\"0 0 24 24\"><path d=\"M12 2L2 7l10 5 10-5-10-5z\"/></symbol>");
            b.append("</svg>");
            b.append("<header class=\"site-header\"><a href=\"/\">News ")
                    .append(i % 40)
                    .append("</a><nav class=\"main-nav\"><ul>");
            for (int k = 0; k < 30; k++) {
                b.append("<li class=\"menu-item menu-item-type-taxonomy\" data-id=\"")
                        .append(k)
                        .append("\"><a class=\"menu-link\" href=\"/section/")
                        .append(k)
                        .append("\">Section ")
                        .append(k)
                        .append("</a><ul class=\"sub-menu\">");
                for (int j = 0; j < 4; j++)
                    b.append("<li class=\"menu-item\"><a href=\"/section/")
                            .append(k)
                            .append('/')
                            .append(j)
                            .append("\">Topic ")
                            .append(j)
                            .append("</a></li>");
                b.append("</ul></li>");
            }
            b.append("</ul></nav></header><main><article class=\"story\"><h1>")
                    .append(title)
                    .append("</h1>")
                    .append("<div class=\"byline\">By <a href=\"/people/")
                    .append(i % 13)
                    .append("\">Writer ")
                    .append(i % 13)
                    .append("</a></div>")
                    .append("<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a "
                            + "href=\"#\">Email</a></div>")
                    .append("<figure><img src=\"/p.jpg\" alt=\"\"><figcaption>")
                    .append(paras.length > 1 ? paras[1].split("\\. ")[0] : title)
                    .append(". <span class=\"credit\">Photo: Agency</span></figcaption></figure><div "
                            + "class=\"story-body\">");
            for (int k = 1; k < paras.length; k++) {
                b.append("<p>").append(paras[k]).append("</p>");
                if (k == 3)
                    b.append("<div class=\"ad-slot\"><span>Advertisement</span><div id=\"gpt-")
                            .append(k)
                            .append("\"></div></div>");
                if (k == 5)
                    b.append("<aside class=\"inline-related\"><h4>Read more</h4><a href=\"/story/")
                            .append(i + 1)
                            .append("\">")
                            .append(title)
                            .append("</a></aside>");
            }
            b.append("</div></article><section class=\"more-stories\"><h2>More stories</h2>");
            for (int k = 1; k <= 6; k++) {
                b.append("<article class=\"card\"><h3><a href=\"/story/")
                        .append(i + k)
                        .append("\">Story ")
                        .append(i + k)
                        .append(" from the newsroom today</a></h3><p>A short summary of another story, with a "
                                + "sentence or two about it.</p></article>");
            }
            b.append("</section><section class=\"comments\"><h3>Comments</h3>");
            for (int k = 0; k < 4; k++)
                b.append("<div class=\"comment\"><p>A reader's comment on the story, longer than a line and "
                        + "shorter than a paragraph.</p></div>");
            b.append("</section></main><footer class=\"site-footer\"><p>Copyright News Group. Terms, privacy and "
                    + "cookies.</p><ul>");
            for (int k = 0; k < 20; k++)
                b.append("<li><a href=\"/about/")
                        .append(k)
                        .append("\">About ")
                        .append(k)
                        .append("</a></li>");
            b.append("</ul></footer><script src=\"/app.js\"></script></body></html>");
            pages.add(b.toString());
        }
        return pages;
    }
}
