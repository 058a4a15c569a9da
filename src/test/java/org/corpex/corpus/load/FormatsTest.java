package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpex.corpus.load.Corpora.docs;
import static org.corpex.corpus.load.Corpora.text;
import static org.corpex.corpus.load.Corpora.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format, read through the command layer from generated files. */
class FormatsTest {

    @Test
    void plainTextTakesTheFirstLineAsTitleOnlyWhenItReadsLikeOne(@TempDir Path dir) {
        write(dir, "a.txt", "\n  Alibaba bets big on AI\u00A0\n\nThe group said so. It will invest.\n");
        write(dir, "b.txt", "The first line is a sentence that ends in a full stop.\nMore text.\n");
        write(dir, "c.txt", "- a bullet point, not a title\n- another\n");
        write(dir, "d.txt", "x".repeat(200) + "\nbody\n");
        write(dir, "e.txt", "Wait for it...\nbody\n");
        TestShell shell = TestShell.on(dir);
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.keySet()).containsExactly("a", "b", "c", "d", "e");
        assertThat(docs.get("a").get("title")).isEqualTo("Alibaba bets big on AI");
        assertThat(docs.get("b").get("title")).isEmpty();
        assertThat(docs.get("c").get("title")).isEmpty();
        assertThat(docs.get("d").get("title")).isEmpty();
        assertThat(docs.get("e").get("title")).isEqualTo("Wait for it...");
        // The text keeps its first line, so line numbers are the file's.
        assertThat(text(shell, "a"))
                .isEqualTo("\n  Alibaba bets big on AI\u00A0\n\nThe group said so. It will invest.");
        assertThat(docs.get("a").get("words")).isEqualTo("12");
        assertThat(docs.get("a").get("path")).isEqualTo(dir.resolve("a.txt").toString());
    }

    @Test
    void markdownHeadingAndFrontMatter(@TempDir Path dir) {
        write(dir, "story.md", """
                ---
                title: "Alibaba's $53B bet"
                date: March 9, 2025
                source: Example News
                url: https://example.com/a
                author: Jane Roe
                party: Republican
                ---
                # Not the title: front matter wins

                Body text here.
                """);
        write(dir, "plain.md", "## Cloud spending soars ##\n\nAlibaba will spend more.\n");
        TestShell shell = TestShell.on(dir);
        Map<String, Map<String, String>> docs = docs(shell);
        Map<String, String> story = docs.get("story");
        assertThat(story)
                .containsEntry("title", "Alibaba's $53B bet")
                .containsEntry("date", "2025-03-09")
                .containsEntry("source", "Example News")
                .containsEntry("author", "Jane Roe")
                .containsEntry("party", "Republican");
        assertThat(shell.session().corpus().find("story").url()).isEqualTo("https://example.com/a");
        // Front matter is not article text.
        assertThat(text(shell, "story")).isEqualTo("# Not the title: front matter wins\n\nBody text here.");
        assertThat(docs.get("plain").get("title")).isEqualTo("Cloud spending soars");
        assertThat(docs.get("plain").get("author")).isEmpty();
    }

    @Test
    void jsonArrayWithDetectedFieldsAndMetadata(@TempDir Path dir) {
        write(dir, "news.json", """
                [
                  {"doc_id": "r1", "Headline": " Alibaba to invest ", "Body": "Alibaba will invest $53 billion.",
                   "publisher": "Reuters", "published_at": "2025-02-24T09:15:00Z", "link": "https://r.example/1",
                   "party": "Republican", "year": 1990, "score": 1.50, "tags": ["ai", "cloud"],
                   "author": {"name": "Ann", "desk": "Asia"}, "extra": null},
                  {"title": "Second", "content": "Second text.", "source": {"id": "bbg", "name": "Bloomberg"},
                   "date": "9 March 2025", "people": [{"name": "Ma"}, {"name": "Wu"}]}
                ]
                """);
        TestShell shell = TestShell.on(dir);
        Table t = shell.run("docs");
        // Metadata columns follow the fixed ones, in the order the fields first appear.
        assertThat(t.columns().stream().map(c -> c.name()).toList())
                .containsExactly(
                        "id",
                        "title",
                        "source",
                        "date",
                        "words",
                        "figures",
                        "path",
                        "party",
                        "year",
                        "score",
                        "tags",
                        "author.name",
                        "author.desk",
                        "people.name");
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.keySet()).containsExactly("r1", "news-2");
        assertThat(docs.get("r1"))
                .containsEntry("title", "Alibaba to invest")
                .containsEntry("source", "Reuters")
                .containsEntry("date", "2025-02-24")
                .containsEntry("party", "Republican")
                .containsEntry("year", "1990")
                .containsEntry("score", "1.50")
                .containsEntry("tags", "ai; cloud")
                .containsEntry("author.name", "Ann")
                .containsEntry("path", dir.resolve("news.json") + "#1");
        assertThat(shell.session().corpus().find("r1").url()).isEqualTo("https://r.example/1");
        assertThat(shell.session().corpus().find("r1").meta()).doesNotContainKey("extra");
        assertThat(docs.get("news-2"))
                .containsEntry("source", "Bloomberg")
                .containsEntry("date", "2025-03-09")
                .containsEntry("people.name", "Ma; Wu")
                .containsEntry("party", "");
        assertThat(text(shell, "news-2")).isEqualTo("Second text.");
    }

    @Test
    void oneJsonObjectAndAWrappedArrayAsNewsApisWriteThem(@TempDir Path dir) {
        write(dir, "one.json", "{\"title\": \"Only\", \"text\": \"Just one article.\"}");
        write(dir, "api.json", """
                {"status": "ok", "totalResults": 2, "articles": [
                  {"title": "A", "content": "First."},
                  {"title": "B", "content": "Second."}
                ]}
                """);
        Map<String, Map<String, String>> docs = docs(TestShell.on(dir));
        assertThat(docs.keySet()).containsExactly("api-1", "api-2", "one-1");
        assertThat(docs.get("one-1").get("title")).isEqualTo("Only");
        assertThat(docs.get("api-2").get("title")).isEqualTo("B");
    }

    @Test
    void jsonLinesIdsArePaddedToTheRecordCount(@TempDir Path dir) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 12; i++)
            b.append("{\"text\": \"Article number ")
                    .append(i)
                    .append(".\", \"n\": ")
                    .append(i)
                    .append("}\n");
        write(dir, "feed.jsonl", b.toString());
        TestShell shell = TestShell.on(dir);
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.keySet()).hasSize(12).startsWith("feed-01", "feed-02").endsWith("feed-12");
        assertThat(docs.get("feed-07")).containsEntry("n", "7").containsEntry("path", dir.resolve("feed.jsonl") + "#7");
        assertThat(text(shell, "feed-07")).isEqualTo("Article number 7.");
    }

    @Test
    void jsonTextGivenAsParagraphsBecomesLines(@TempDir Path dir) {
        write(dir, "p.json", "{\"title\": \"T\", \"body\": [\"First paragraph.\", \"Second paragraph.\"]}");
        TestShell shell = TestShell.on(dir);
        assertThat(text(shell, "p-1")).isEqualTo("First paragraph.\nSecond paragraph.");
    }

    @Test
    void csvAndTsvWithHeaders(@TempDir Path dir) {
        write(
                dir,
                "speeches.csv",
                "id,speaker,party,year,text\r\n"
                        + "s1,Reagan,Republican,1981,\"Government is not the solution, it is the problem.\"\r\n"
                        + "s2,Obama,Democrat,2009,\"We remain a young nation.\nA second line, \"\"quoted\"\".\"\r\n");
        write(
                dir,
                "wire.tsv",
                "headline\tbody\toutlet\tpubdate\nA\tText A.\tAP\t2025/03/09\nB\tText B.\tAFP\t2025-03\n");
        TestShell shell = TestShell.on(dir);
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.keySet()).containsExactly("s1", "s2", "wire-1", "wire-2");
        assertThat(docs.get("s1"))
                .containsEntry("speaker", "Reagan")
                .containsEntry("party", "Republican")
                .containsEntry("year", "1981")
                .containsEntry("date", "1981");
        assertThat(text(shell, "s2")).isEqualTo("We remain a young nation.\nA second line, \"quoted\".");
        assertThat(docs.get("wire-1"))
                .containsEntry("title", "A")
                .containsEntry("source", "AP")
                .containsEntry("date", "2025-03-09");
        assertThat(docs.get("wire-2")).containsEntry("date", "2025-03");
    }

    @Test
    void htmlThroughARealParser(@TempDir Path dir) {
        write(dir, "page.html", """
                <!DOCTYPE html>
                <html><head>
                  <title>Alibaba bets big | Example News</title>
                  <meta property="og:title" content="Alibaba bets big">
                  <meta property="og:site_name" content="Example News">
                  <meta property="article:published_time" content="2025-03-09T08:00:00+01:00">
                  <meta name="author" content="Jane Roe">
                  <link rel="canonical" href="https://example.com/alibaba">
                  <style>p { color: red }</style>
                </head><body>
                  <nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
                  <div class="promo">Subscribe now</div>
                  <article>
                    <h1>Alibaba bets big</h1>
                    <p>Alibaba will invest <b>$53 billion</b> in
                       AI over three years.</p>
                    <script>track("x")</script>
                    <ul><li>Cloud</li><li>Chips</li></ul>
                    <p>Shares rose&nbsp;8% on the news.</p>
                  </article>
                  <footer>Copyright</footer>
                </body></html>
                """);
        write(
                dir,
                "bare.htm",
                "<html><body><h1>Heading only</h1><p>No article element.</p><footer>f</footer></body></html>");
        write(
                dir,
                "dated.html",
                "<html><head><title>T</title><meta name=\"pubdate\" content=\"20250309\"></head><body><p>x "
                        + "y.</p><time datetime=\"2024-01-01\">then</time></body></html>");
        TestShell shell = TestShell.on(dir);
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.get("page"))
                .containsEntry("title", "Alibaba bets big")
                .containsEntry("source", "Example News")
                .containsEntry("date", "2025-03-09")
                .containsEntry("author", "Jane Roe");
        assertThat(shell.session().corpus().find("page").url()).isEqualTo("https://example.com/alibaba");
        // The headline is the title, not a line of the text.
        assertThat(text(shell, "page"))
                .isEqualTo("Alibaba will invest $53 billion in AI over three years.\nCloud\nChips\nShares rose 8% on "
                        + "the news.");
        assertThat(docs.get("bare").get("title")).isEqualTo("Heading only");
        assertThat(text(shell, "bare")).isEqualTo("No article element.");
        assertThat(docs.get("dated").get("date")).isEqualTo("2025-03-09");
    }

    @Test
    void unknownExtensionsAreSniffedFromTheContent(@TempDir Path dir) {
        write(dir, "a.dat", "[{\"text\": \"From a JSON array.\"}]");
        write(dir, "b.log", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        write(
                dir,
                "c.page",
                "<!doctype html><html><head><title>Sniffed</title></head><body><p>Html.</p></body></html>");
        write(dir, "README", "Just text\nwith lines.\n");
        TestShell shell = TestShell.on(dir);
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.keySet()).containsExactly("README", "a-1", "b-1", "b-2", "c");
        assertThat(docs.get("c").get("title")).isEqualTo("Sniffed");
        assertThat(text(shell, "b-2")).isEqualTo("two");
        assertThat(docs.get("README").get("title")).isEqualTo("Just text");
    }

    @Test
    void namedFieldsThroughTheLoadOptions(@TempDir Path dir) {
        write(dir, "odd.jsonl", """
                {"id": "x", "story_text": "The real text.", "text": "Not this.", "hed": "Named title", "org": "Named \
                source", "when": "2025-03-09", "where": "https://x", "key": "k1"}
                """);
        TestShell shell = TestShell.seeds();
        Table t = shell.run(
                "load " + dir + " --text-field story_text --title-field hed --source-field org --date-field when"
                        + " --url-field where --id-field key");
        assertThat(t.warnings()).isEmpty();
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.keySet()).containsExactly("k1");
        assertThat(docs.get("k1"))
                .containsEntry("title", "Named title")
                .containsEntry("source", "Named source")
                .containsEntry("date", "2025-03-09")
                .containsEntry("id", "k1")
                // Fields named like the fixed columns are renamed, so no column is shown twice.
                .containsEntry("id_2", "x")
                .containsEntry("text_2", "Not this.");
        assertThat(text(shell, "k1")).isEqualTo("The real text.");
        assertThat(shell.session().corpus().find("k1").url()).isEqualTo("https://x");
        // Names match whatever their case.
        shell.run("load " + dir + " --text-field STORY_TEXT");
        assertThat(text(shell, "x")).isEqualTo("The real text.");
    }

    @Test
    void aNamedTextFieldThatIsMissingSaysSo(@TempDir Path dir) {
        write(dir, "a.jsonl", "{\"text\": \"t\"}\n");
        TestShell shell = TestShell.seeds();
        assertThat(Assertions.catchThrowable(() -> shell.run("load " + dir + " --text-field body")))
                .hasMessageContaining("no documents loaded")
                .hasMessageContaining(dir.resolve("a.jsonl")
                        + ":1: skipped record 1: no text field (looked for 'body'; it has text)");
        assertThat(shell.session().corpus().size()).isEqualTo(5);
    }

    @Test
    void allFormatsInOneFolderLoadTogether(@TempDir Path dir) {
        write(dir, "a.txt", "Title A\nText.\n");
        write(dir, "b.md", "# B\nText.\n");
        write(dir, "c.json", "[{\"text\": \"x\"}]");
        write(dir, "d.jsonl", "{\"text\": \"x\"}\n");
        write(dir, "e.csv", "text\nx\n");
        write(dir, "f.tsv", "text\nx\n");
        write(dir, "g.html", "<p>x</p>");
        Table t = TestShell.seeds().run("load " + dir);
        assertThat(t.warnings()).isEmpty();
        assertThat(t.notes().get(0))
                .startsWith("loaded 7 documents from 7 files (")
                .contains("; skipped 0; ");
        List<String> ids = TestShell.column(TestShell.on(dir).run("docs"), "id");
        assertThat(ids).containsExactly("a", "b", "c-1", "d-1", "e-1", "f-1", "g");
    }
}
