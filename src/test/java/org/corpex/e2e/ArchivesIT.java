package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corpex.fixtures.NewsArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real news archives, built with the libraries their tools use, loaded through the real launcher. */
class ArchivesIT {
    @TempDir
    Path dir;

    private static List<JsonNode> docs(Launcher.Run r) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String l : r.out().lines().toList()) if (!l.isBlank()) out.add(m.readTree(l));
        return out;
    }

    private Launcher.Run load(Path... paths) {
        List<String> args = new ArrayList<>();
        for (Path p : paths) args.add(dir.relativize(p).toString());
        args.addAll(List.of("--format", "jsonl", "-c", "docs --no-figures"));
        return Launcher.run(dir, Map.of(), null, args.toArray(new String[0]));
    }

    @Test
    void aWebArchiveGivesOneDocumentPerArticlePageAndCountsTheRest() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            Path warc = NewsArchives.warc(dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), 6, gzip);
            Launcher.Run r = load(warc);
            assertThat(r.status()).as(r.err()).isZero();
            List<JsonNode> docs = docs(r);
            assertThat(docs).hasSize(6);
            JsonNode first = docs.get(0);
            assertThat(first.get("title").asText()).isEqualTo("Harbour plan 1 approved after long debate");
            assertThat(first.get("source").asText()).isEqualTo("Coastal Courier 1");
            assertThat(first.get("date").asText())
                    .isEqualTo(NewsArchives.article(1).date());
            assertThat(first.get("site").asText()).isEqualTo("coastal1.example");
            assertThat(first.get("crawl_date").asText()).startsWith("2025-06-01T12:00:01");
            assertThat(r.err())
                    .contains("WARC: 6 pages")
                    .contains("1 redirect")
                    .contains("1 not html")
                    .contains("1 duplicate url")
                    .contains("1 revisit");
            Launcher.Run text = Launcher.run(
                    dir,
                    Map.of(),
                    null,
                    warc.toString(),
                    "-c",
                    "show " + first.get("id").asText());
            assertThat(text.out())
                    .contains("The harbour board of Lindqvist approved plan number 1")
                    .doesNotContain(
                            "cookies",
                            "Related stories",
                            "Share on social",
                            "Sign up for our morning",
                            "Copyright Coastal Media");
        }
    }

    @Test
    void compressedAndBundledInputsLoadWithTheirPathInside() throws IOException {
        Path json = dir.resolve("a.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(json))) {
            o.write("[{\"id\": \"g1\", \"title\": \"Gz\", \"text\": \"Text inside a gzip file.\"}]"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("2025/a.html"));
            z.write(NewsArchives.page(NewsArchives.article(1), true).getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("2025/notes.txt"));
            z.write("Notes\n\nA plain text note in the bundle.\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("__MACOSX/2025/._a.html"));
            z.write(new byte[] {0, 5, 22, 7});
            z.putNextEntry(new ZipEntry("2025/broken.json"));
            z.write("[{\"text\": ".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path tgz = dir.resolve("more.tar.gz");
        Path tarDir = Files.createDirectories(dir.resolve("t/2024"));
        Files.writeString(tarDir.resolve("b.md"), "# Tarred\n\nA markdown article inside a tarball.\n");
        Process tar = new ProcessBuilder(
                        "tar", "czf", tgz.toString(), "-C", dir.resolve("t").toString(), "2024")
                .inheritIO()
                .start();
        try {
            assertThat(tar.waitFor()).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Launcher.Run r = load(json, zip, tgz);
        assertThat(r.status()).as(r.err()).isZero();
        List<JsonNode> docs = docs(r);
        assertThat(docs.stream().map(d -> d.get("path").asText()).toList())
                .contains(
                        "a.json.gz#1",
                        "bundle.zip!/2025/a.html",
                        "bundle.zip!/2025/notes.txt",
                        "more.tar.gz!/2024/b.md");
        assertThat(r.err()).contains("bundle.zip!/2025/broken.json").contains("1 hidden");
    }

    @Test
    void feedsGiveOneDocumentPerItemWithTheFullContentWhereThereIsOne() throws Exception {
        for (String type : List.of("rss_2.0", "atom_1.0")) {
            Path feed = NewsArchives.feed(dir.resolve(type + ".xml"), type, 4, 2);
            Launcher.Run r = load(feed);
            assertThat(r.status()).as(r.err()).isZero();
            List<JsonNode> docs = docs(r);
            assertThat(docs).hasSize(4);
            assertThat(docs.get(0).get("source").asText()).isEqualTo("Coastal Courier");
            assertThat(docs.get(0).get("date").asText())
                    .isEqualTo(NewsArchives.article(1).date());
            assertThat(docs.get(0).get("content").asText()).isEqualTo("full");
            assertThat(docs.get(3).get("content").asText()).isEqualTo("summary");
            assertThat(r.err()).contains("feed: 4 items");
        }
    }

    @Test
    void databaseExportsAreSplitIntoTheirArticles() throws IOException {
        List<NewsArchives.Article> three =
                List.of(NewsArchives.article(1), NewsArchives.article(2), NewsArchives.article(3));
        Path lexis = NewsArchives.docx(dir.resolve("nexis.docx"), NewsArchives.lexisLines(three));
        Path factiva = NewsArchives.pdf(dir.resolve("factiva.pdf"), NewsArchives.factivaLines(three));
        Path rtf = dir.resolve("single.rtf");
        Files.writeString(
                rtf,
                "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard Quay vote\\par\\par The board voted "
                        + "for the quay.\\par}");
        Launcher.Run r = load(lexis, factiva, rtf);
        assertThat(r.status()).as(r.err()).isZero();
        List<JsonNode> docs = docs(r);
        assertThat(docs).hasSize(7);
        for (int i = 0; i < 3; i++) {
            JsonNode d = docs.get(i);
            assertThat(d.get("title").asText()).isEqualTo(three.get(i).title());
            assertThat(d.get("source").asText()).isEqualTo(three.get(i).site());
            assertThat(d.get("date").asText()).isEqualTo(three.get(i).date());
            JsonNode f = docs.get(3 + i);
            assertThat(f.get("path").asText()).startsWith("factiva.pdf#");
            assertThat(f.get("title").asText()).isEqualTo(three.get(i).title());
            assertThat(f.get("source").asText()).isEqualTo(three.get(i).site());
            assertThat(f.get("date").asText()).isEqualTo(three.get(i).date());
        }
        assertThat(docs.get(6).get("title").asText()).isEqualTo("Quay vote");
        assertThat(r.err())
                .contains("LexisNexis export: 3 articles")
                .contains("Factiva export: 3 articles")
                .doesNotContain("SLF4J", "StatusLogger", "WARN");
        Launcher.Run body = Launcher.run(dir, Map.of(), null, lexis.toString(), "-c", "show nexis-2");
        assertThat(body.out()).contains("Members said the new quay").doesNotContain("End of Document", "Load-Date");
    }

    @Test
    void fieldProfilesReadRecordsAsTheirToolsWriteThem() throws IOException {
        Path np = dir.resolve("newsplease.json");
        Files.writeString(np, """
                {"authors": ["Ines Moller"], "date_download": "2025-03-02 10:00:00", "date_modify": null, \
                "date_publish": "2025-03-01 08:30:00",
                 "description": "The board approved the quay.", "filename": \
                "https%3A%2F%2Fcoastal.example%2Fnews%2F1.json", "image_url": null,
                 "language": "en", "localpath": null, "maintext": "The harbour board approved the new quay on \
                Tuesday.", "source_domain": "coastal.example",
                 "text": null, "title": "Quay approved", "title_page": null, "title_rss": null, "url": \
                "https://coastal.example/news/1"}
                """);
        Path tf = dir.resolve("trafilatura.jsonl");
        Files.writeString(
                tf,
                "{\"title\": \"Ferry routes change\", \"author\": \"Ines Moller\", \"hostname\": "
                        + "\"coastal.example\", \"date\": \"2025-03-04\","
                        + " \"fingerprint\": \"a1b2c3\", \"id\": null, \"license\": null, \"comments\": \"\", "
                        + "\"raw_text\": \"Ferry routes change in winter.\","
                        + " \"text\": \"Ferry routes change in winter.\", \"language\": \"en\", \"image\": null, "
                        + "\"pagetype\": \"article\","
                        + " \"source\": \"https://coastal.example/news/2\", \"source-hostname\": \"Coastal "
                        + "Courier\", \"excerpt\": \"\", \"categories\": \"\", \"tags\": \"\"}\n");
        Path na = dir.resolve("newsapi.json");
        Files.writeString(na, """
                {"status": "ok", "totalResults": 2, "articles": [
                 {"source": {"id": null, "name": "Coastal Courier"}, "author": "Ines Moller", "title": "Quay costs \
                rise",
                  "description": "Costs rose.", "url": "https://coastal.example/news/3", "urlToImage": null,
                  "publishedAt": "2025-03-05T07:00:00Z", "content": "The quay will cost more than planned, the board \
                said on Monday, as steel… [+2345 chars]"},
                 {"source": {"id": "cc", "name": "Coastal Courier"}, "author": null, "title": "Short item",
                  "description": "A short item.", "url": "https://coastal.example/news/4", "urlToImage": null,
                  "publishedAt": "2025-03-06T07:00:00Z", "content": null}]}
                """);
        Path mc = dir.resolve("mediacloud.csv");
        Files.writeString(
                mc,
                "id,indexed_date,language,media_name,media_url,publish_date,title,url\n"
                        + "a1b2,2025-03-07 10:00:00,en,coastal.example,coastal.example,2025-03-07,Harbour dues "
                        + "cut,https://coastal.example/news/5\n"
                        + "c3d4,2025-03-08 10:00:00,en,harbourwatch.example,harbourwatch.example,2025-03-08,Dues "
                        + "cut welcomed,https://harbourwatch.example/6\n");
        Path gkg = dir.resolve("20250309101500.gkg.csv");
        String[] cols = new String[27];
        Arrays.fill(cols, "");
        cols[0] = "20250309101500-12";
        cols[1] = "20250309101500";
        cols[2] = "1";
        cols[3] = "coastal.example";
        cols[4] = "https://coastal.example/news/7";
        cols[7] = "ECON_TRADE;MARITIME";
        cols[11] = "ines moller";
        cols[13] = "harbour board";
        cols[24] = "48000000,crowns,120;";
        Files.writeString(gkg, String.join("\t", cols) + "\n");
        Launcher.Run r = load(np, tf, na, mc, gkg);
        assertThat(r.status()).as(r.err()).isZero();
        List<JsonNode> docs = docs(r);
        assertThat(docs).hasSize(7);
        JsonNode n = docs.get(0);
        assertThat(n.get("title").asText()).isEqualTo("Quay approved");
        assertThat(n.get("source").asText()).isEqualTo("coastal.example");
        assertThat(n.get("date").asText()).isEqualTo("2025-03-01");
        JsonNode t = docs.get(1);
        assertThat(t.get("source").asText()).isEqualTo("Coastal Courier");
        Launcher.Run byUrl = Launcher.run(
                dir, Map.of(), null, dir.relativize(tf).toString(), "-c", "filter url:coastal.example/news/2");
        assertThat(byUrl.out()).contains("1 of 1 documents");
        JsonNode a = docs.get(2);
        assertThat(a.get("truncated").asText()).isEqualTo("yes");
        assertThat(docs.get(3).get("source").asText()).isEqualTo("Coastal Courier");
        JsonNode m = docs.get(4);
        assertThat(m.get("metadata_only").asText()).isEqualTo("yes");
        assertThat(m.get("source").asText()).isEqualTo("coastal.example");
        assertThat(m.get("words").asInt()).isZero();
        JsonNode g = docs.get(6);
        assertThat(g.get("id").asText()).isEqualTo("20250309101500-12");
        assertThat(g.get("date").asText()).isEqualTo("2025-03-09");
        assertThat(g.get("Themes").asText()).isEqualTo("ECON_TRADE;MARITIME");
        assertThat(g.get("Amounts").asText()).contains("crowns");
        assertThat(r.err())
                .contains(
                        "news-please: 1 records",
                        "trafilatura: 1 records",
                        "newsapi: 2 records",
                        "mediacloud: 2 records",
                        "gdelt-gkg: 1 records")
                .contains("1 of 2 newsapi records have a truncated text");
        Launcher.Run show = Launcher.run(
                dir, Map.of(), null, na.toString(), "-c", "show " + a.get("id").asText());
        assertThat(show.out()).contains("as steel").doesNotContain("[+2345 chars]");
        // A metadata-only corpus still filters and lists.
        Launcher.Run f = Launcher.run(
                dir, Map.of(), null, mc.toString(), "-c", "filter source:harbourwatch", "-c", "docs --no-figures");
        assertThat(f.out()).contains("Dues cut welcomed", "1 of 2 documents");
    }

    @Test
    void aProfileCanBeForcedOrWrittenByTheUser() throws IOException {
        Path f = dir.resolve("plain.jsonl");
        Files.writeString(
                f,
                "{\"headline_text\": \"Own format\", \"story\": \"A story in a format of its own.\", "
                        + "\"outlet_name\": \"Bay Post\"}\n");
        Path profiles = Files.createDirectories(dir.resolve("config/corpex/profiles"));
        Files.writeString(profiles.resolve("bay.json"), """
                {"name": "baypost", "recognize": ["headline_text", "outlet_name"],
                 "fields": {"text": "story", "title": "headline_text", "source": "outlet_name"}}
                """);
        Launcher.Run r = Launcher.run(
                dir,
                Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString()),
                null,
                f.toString(),
                "--format",
                "jsonl",
                "-c",
                "docs --no-figures");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode d = docs(r).get(0);
        assertThat(d.get("title").asText()).isEqualTo("Own format");
        assertThat(d.get("source").asText()).isEqualTo("Bay Post");
        assertThat(r.err()).contains("baypost: 1 records");
        Launcher.Run bad = Launcher.run(dir, Map.of(), null, f.toString(), "--profile", "nosuch", "-c", "docs");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("--profile: no profile 'nosuch'").doesNotContain("Exception");
    }
}
