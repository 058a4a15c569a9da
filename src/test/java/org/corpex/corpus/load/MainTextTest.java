package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The article's text out of a page's chrome, measured over pages of many layouts: how much of the article is kept
 * (recall) and how much of what is kept is chrome (noise), word by word.
 */
class MainTextTest {
    private static final String[] WORDS =
            ("council harbour budget river vote minister crews quay tonnage port dredging fishing "
                            + "compensation report spring members debate night plan approved board ferry coast "
                            + "winter schools hospital rates "
                            + "teachers union strike wages inflation energy prices farmers drought rainfall "
                            + "election turnout mayor")
                    .split(" ");
    private static final String[] CHROME =
            ("subscribe login register advertisement cookies privacy terms newsletter trending "
                            + "popular share tweet facebook email print comments weather horoscope podcasts video "
                            + "gallery sponsored")
                    .split(" ");

    private static String sentence(Random r, String[] vocab, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(i % 7 == 3 ? ", " : " ");
            b.append(vocab[r.nextInt(vocab.length)]);
        }
        return b.append('.').toString();
    }

    private static String links(Random r, int n) {
        StringBuilder b = new StringBuilder("<ul>");
        for (int i = 0; i < n; i++)
            b.append("<li><a href=\"/l")
                    .append(i)
                    .append("\">")
                    .append(sentence(r, CHROME, 6))
                    .append("</a></li>");
        return b.append("</ul>").toString();
    }

    /** One page: an article of {@code paras} paragraphs inside one of several layouts. */
    private static String page(Random r, int layout, List<String> paras) {
        StringBuilder body = new StringBuilder();
        for (String p : paras) body.append("<p>").append(p).append("</p>");
        String article = switch (layout) {
            case 0 -> "<article><h1>Title</h1>" + body + "</article>";
            case 1 -> "<div class=\"story-body\">" + body + "</div>";
            case 2 -> "<div id=\"content\"><div><div>" + body + "</div></div></div>"; // no hint at all
            case 3 ->
                "<main><div class=\"col\">" + body + "</div><div class=\"comments\"><p>" + sentence(r, CHROME, 30)
                        + "</p></div></main>";
            default -> "<div itemprop=\"articleBody\">" + body + "</div>";
        };
        return "<html><head><title>T</title></head><body>"
                + "<div class=\"top\">" + links(r, 8) + "</div>"
                + "<nav>" + links(r, 6) + "</nav>"
                + "<div class=\"wrap\"><div class=\"left\">" + article + "</div>"
                + "<div class=\"right\"><div class=\"box\">" + links(r, 10) + "</div><div class=\"promo\"><p>"
                + sentence(r, CHROME, 25) + "</p></div></div></div>"
                + "<div class=\"bottom\">" + links(r, 12) + "<p>" + sentence(r, CHROME, 20) + "</p></div>"
                + "</body></html>";
    }

    @Test
    void keepsTheArticleAndLeavesTheChromeOverManyLayouts() {
        Random r = new Random(42);
        Set<String> chrome = new HashSet<>(Arrays.asList(CHROME));
        Set<String> words = new HashSet<>(Arrays.asList(WORDS));
        long articleWords = 0, keptArticleWords = 0, keptWords = 0, keptChrome = 0;
        for (int i = 0; i < 200; i++) {
            List<String> paras = new ArrayList<>();
            int n = 2 + r.nextInt(8);
            for (int k = 0; k < n; k++) paras.add(sentence(r, WORDS, 15 + r.nextInt(40)));
            String html = page(r, i % 5, paras);
            String text = HtmlFormat.mainText(html);
            List<String> kept = Arrays.asList(text.toLowerCase().split("[^a-z]+"));
            for (String p : paras) articleWords += p.split(" ").length;
            for (String w : kept) {
                if (w.isEmpty()) continue;
                keptWords++;
                if (chrome.contains(w)) keptChrome++;
                else if (words.contains(w)) keptArticleWords++;
            }
        }
        double recall = keptArticleWords / (double) articleWords;
        double noise = keptChrome / (double) keptWords;
        System.out.printf("main text over 200 pages: recall %.3f, chrome in what is kept %.3f%n", recall, noise);
        assertThat(recall).isGreaterThan(0.97);
        assertThat(noise).isLessThan(0.03);
    }
}
