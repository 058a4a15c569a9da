package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The main text of web pages written for these tests (src/test/resources/pages), one page per class of page furniture
 * or of page build: each test says what is kept and what is left out.
 */
class WebPagesTest {

    private static String html(String page) throws IOException {
        try (InputStream in = WebPagesTest.class.getResourceAsStream("/pages/" + page)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Draft read(String page) throws Exception {
        return HtmlFormat.read(html(page), page, Clean.stem(page));
    }

    @Test
    void furnitureIsLeftOutButAWrapperNamedLikeFurnitureIsNot() throws Exception {
        Draft d = read("furniture.html");
        assertThat(d.text().split("\n"))
                .containsExactly(
                        "Fares on the island ferries will rise by an average of seven per cent from the first of "
                                + "April, the operator said on Monday, blaming the cost of fuel and a new "
                                + "contract for its "
                                + "crews.",
                        "A return ticket for a car and two adults will cost 48 euros, up from 45, while foot "
                                + "passengers will pay an extra 50 cents each way. Season tickets for islanders "
                                + "are frozen "
                                + "for another year.",
                        "Crews and fuel",
                        "The company said that the price of the marine diesel its older vessels burn had doubled "
                                + "in two years, and that the agreement reached with the seafarers' union in "
                                + "December would "
                                + "add four million euros to its wage bill.",
                        "Councillors on the largest island called the rise a tax on people who have no other way "
                                + "to reach the mainland, and said they would ask the regional government to step "
                                + "in before "
                                + "the summer timetable begins.",
                        "The operator, which carried 1.2 million passengers last year, said it would keep the "
                                + "cheaper off-peak fares on its early-morning sailings.");
        assertThat(d.title()).isEqualTo("Ferry fares to rise in spring");
        assertThat(d.source()).isEqualTo("Harbour Herald");
        assertThat(d.date()).isEqualTo("2024-02-12");
        assertThat(d.meta())
                .containsEntry("author", "Mara Lindqvist")
                .containsEntry("section", "Transport")
                .doesNotContainKey("text_from");
    }

    @Test
    void teaserCardsOfOtherStoriesAndPopUpsInsideAParagraphAreNotTheArticle() throws Exception {
        Draft d = read("teasers.html");
        assertThat(d.text().split("\n"))
                .containsExactly(
                        "The central library will open on Sundays from March, after the city council agreed on "
                                + "Tuesday to pay for two more librarians and a caretaker out of the culture budget.",
                        "The decision was welcomed by Ada Holm, who has led the campaign for longer opening hours "
                                + "since she was elected, and by the students' union.",
                        "Opening on Sundays will cost about 210,000 a year, the council's finance office "
                                + "estimates, most of it in wages for the extra staff and the higher rate paid "
                                + "for weekend "
                                + "work.",
                        "The library will open from noon to five, and the children's floor will hold a reading "
                                + "hour each week.");
    }

    @Test
    void captionsCreditsAdLabelsAndSignUpPromptsAreLeftOut() throws Exception {
        Draft d = read("captions.html");
        assertThat(d.text())
                .startsWith("The coast road between")
                .endsWith("if the engineers found serious damage.")
                .doesNotContain("Waves break", "Jan Berg", "repaired in 2019", "Advertisement", "email", "Sign up");
        assertThat(d.text().split("\n")).hasSize(4);
    }

    @Test
    void listsTableRowsSubheadingsAQuotedPostAndAClosingLineStay() throws Exception {
        Draft d = read("structure.html");
        assertThat(d.text().split("\n"))
                .containsExactly(
                        "The regional budget approved on Wednesday raises spending on schools and roads and cuts "
                                + "the tax on small businesses, but leaves most households paying about the same "
                                + "as last "
                                + "year.",
                        "These are the changes that matter most:",
                        "Child benefit rises by 4 per cent",
                        "Bus passes for pupils become free",
                        "The tax on small shops falls by a fifth",
                        "Who pays more",
                        "Owners of second homes will pay a higher property tax from July, a change the finance "
                                + "office expects to bring in about nine million a year, which it has set aside "
                                + "for housing.",
                        "Item 2023 2024",
                        "Schools 410 436",
                        "Roads 120 131",
                        "The opposition voted against the budget, calling the road plan too timid for a region "
                                + "where a third of bridges need repair.",
                        "We asked for bridges and got a study of bridges. Disappointing day for everyone who "
                                + "drives to work.",
                        "— Opposition Group (@oppgroup) March 6, 2024",
                        "He declined to comment.");
    }

    @Test
    void theArticleComesFromJsonLdWhenTheMarkupHasNone() throws Exception {
        Draft d = read("jsonld.html");
        assertThat(d.text().split("\n")).hasSize(3);
        assertThat(d.text())
                .startsWith("A third of the dairy farms in the valley")
                .endsWith("cheaper loans for the equipment.");
        assertThat(d.title()).isEqualTo("Dairy farms turn to robots");
        assertThat(d.source()).isEqualTo("Valley Times");
        assertThat(d.date()).isEqualTo("2024-05-03");
        assertThat(d.meta())
                .containsEntry("author", "Ola Nystrom; Kim Vale")
                .containsEntry("section", "Business; Farming")
                .containsEntry("text_from", "structured data");
    }

    @Test
    void theArticleComesFromAScriptsStateWhenAScriptDrawsThePage() throws Exception {
        Draft next = read("nextdata.html");
        assertThat(next.text().split("\n")).hasSize(3);
        assertThat(next.text())
                .startsWith("Night trains will run again")
                .endsWith("avoid short flights.")
                .doesNotContain("sleeper car in the depot", "Station upgrade");
        assertThat(next.meta()).containsEntry("text_from", "script state");
        Draft state = read("state.html");
        assertThat(state.text().split("\n"))
                .containsExactly(
                        "Engineers found cracks in two of the supports of the old river bridge during an "
                                + "inspection last week, and the bridge will close to lorries until repairs are made.",
                        "Cars and buses may still cross, but at no more than thirty kilometres an hour, the roads "
                                + "office said on Friday.",
                        "Repairs are expected to take until the end of the summer and to cost about two million.");
        assertThat(state.title()).isEqualTo("Bridge inspection finds cracks");
    }

    @Test
    void aPaywallStubKeepsWhatItShows() throws Exception {
        Draft d = read("paywall.html");
        assertThat(d.text().split("\n"))
                .containsExactly(
                        "The cranes at the new terminal are run from an office two kilometres away, where "
                                + "operators watch the quay on a wall of screens.",
                        "The port says the terminal will double the number of containers it can handle by…");
    }

    @Test
    void aShortArticleIsNotReplacedByAScriptStateThatHoldsOtherStories() throws Exception {
        Draft d = read("short-with-state.html");
        assertThat(d.text())
                .startsWith("The road to the ferry terminal reopened")
                .endsWith("replaced next month.")
                .doesNotContain("tram");
        assertThat(d.meta()).doesNotContainKey("text_from");
    }

    @Test
    void aStubGivesWayToTheWholeArticleWhenThePageHoldsItAsData() throws Exception {
        Draft d = read("paywall-with-body.html");
        assertThat(d.text().split("\n"))
                .hasSize(4)
                .startsWith(
                        "Only eleven boats still fish from the old harbour, down from sixty when the cannery closed.");
        assertThat(d.meta()).containsEntry("text_from", "structured data");
    }

    @Test
    void aPageOfLinksIsSkippedAndSaysWhy() {
        assertThatThrownBy(() -> read("index.html"))
                .isInstanceOf(Skip.class)
                .hasMessage("index.html: skipped: no article text: 98% of its text is links (a menu, an index, a list "
                        + "of stories)")
                .satisfies(e -> assertThat(((Skip) e).reason).isEqualTo("no article"));
    }

    @Test
    void proseInALanguageWithoutAListOfFunctionWordsStillCounts() throws Exception {
        Draft d = read("portuguese.html");
        assertThat(d.text().split("\n")).hasSize(3);
        assertThat(d.text())
                .startsWith("A feira do livro volta")
                .endsWith("duas semanas.")
                .doesNotContain("Por Joana", "Mais lidas", "ciclovia");
    }

    @Test
    void aConsentDialogLongerThanTheArticleIsNotTheArticle() throws Exception {
        Draft d = read("consent.html");
        assertThat(d.text())
                .startsWith("This slim history")
                .endsWith("sweep across the water.")
                .doesNotContain("cookies");
    }

    @Test
    void microdataGivesTheBodyTheAuthorAndTheDate() throws Exception {
        Draft d = read("microdata.html");
        assertThat(d.text().split("\n")).hasSize(2);
        assertThat(d.text()).doesNotContain("Pruning", "You may also like", "Posted by");
        assertThat(d.title()).isEqualTo("A late harvest in the orchards");
        assertThat(d.date()).isEqualTo("2023-10-21");
        assertThat(d.meta()).containsEntry("author", "Lena Moss");
    }

    @Test
    void oneReadingForAFileAPageInAnArchiveAndAWebArchiveRecord(@TempDir Path dir) throws Exception {
        byte[] page = html("furniture.html").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("file/ferries.html");
        Files.createDirectories(file.getParent());
        Files.write(file, page);
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("2024/ferries.html"));
            z.write(page);
            z.closeEntry();
        }
        Path warc = dir.resolve("crawl.warc.gz");
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create("https://herald.example/ferries"))
                    .date(Instant.parse("2024-03-01T00:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("text/html; charset=utf-8"), page)
                            .build())
                    .build());
        }
        Document expected = only(file);
        for (Path p : List.of(zip, warc)) {
            Document d = only(p);
            assertThat(d.title())
                    .as(p.toString())
                    .isEqualTo(expected.title())
                    .isEqualTo("Ferry fares to rise in spring");
            assertThat(d.source()).as(p.toString()).isEqualTo(expected.source()).isEqualTo("Harbour Herald");
            assertThat(d.date()).as(p.toString()).isEqualTo(expected.date()).isEqualTo("2024-02-12");
            assertThat(d.meta().get("author"))
                    .as(p.toString())
                    .isEqualTo(expected.meta().get("author"))
                    .isEqualTo("Mara Lindqvist");
            assertThat(d.meta().get("section")).as(p.toString()).isEqualTo("Transport");
            assertThat(d.text()).as(p.toString()).isEqualTo(expected.text());
        }
    }

    @Test
    void aPageWithoutAnArticleIsSkippedWithItsReasonInTheSummaryForAFileAndAWebArchiveRecord(@TempDir Path dir)
            throws Exception {
        byte[] index = html("index.html").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("index.html"), index);
        Path warc = dir.resolve("crawl.warc");
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                WarcWriter w = new WarcWriter(ch, WarcCompression.NONE)) {
            w.write(new WarcResponse.Builder(URI.create("https://coast.example/news"))
                    .date(Instant.parse("2024-03-01T00:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("text/html"), index)
                            .build())
                    .build());
            w.write(new WarcResponse.Builder(URI.create("https://coast.example/ferries"))
                    .date(Instant.parse("2024-03-01T00:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK")
                            .body(
                                    MediaType.parse("text/html"),
                                    html("furniture.html").getBytes(StandardCharsets.UTF_8))
                            .build())
                    .build());
        }
        LoadReport r = Loader.load(List.of(dir.toString()), FieldNames.DETECT);
        assertThat(r.documents()).hasSize(1);
        assertThat(r.skipped()).containsEntry("no article", 2);
        assertThat(r.warnings())
                .containsExactlyInAnyOrder(
                        warc + "#1: skipped https://coast.example/news: no article text: 98% of its text is "
                                + "links (a menu, an index, a list of stories)",
                        dir.resolve("index.html")
                                + ": skipped: no article text: 98% of its text is links (a menu, an index, a list "
                                + "of stories)");
    }

    private static Document only(Path p) {
        LoadReport r = Loader.load(List.of(p.toString()), FieldNames.DETECT);
        assertThat(r.documents()).as(p + ": " + r.warnings()).hasSize(1);
        return r.documents().get(0);
    }
}
