package org.corpex.corpus.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpex.corpus.load.Corpora.docs;
import static org.corpex.corpus.load.Corpora.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpex.TestShell;
import org.corpex.base.CorpexException;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, folders, globs, hidden files, sidecars and ids. */
class PathsTest {

    private static List<String> ids(TestShell shell) {
        return TestShell.column(shell.run("docs"), "id");
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrder(@TempDir Path dir) {
        write(dir, "b/z.txt", "Z\n");
        write(dir, "b/a.txt", "A\n");
        write(dir, "a/deep/er/x.md", "X\n");
        write(dir, "c.txt", "C\n");
        assertThat(ids(TestShell.on(dir))).containsExactly("x", "a", "z", "c");
        assertThat(TestShell.column(TestShell.on(dir).run("docs"), "path"))
                .containsExactly(
                        dir.resolve("a/deep/er/x.md").toString(),
                        dir.resolve("b/a.txt").toString(),
                        dir.resolve("b/z.txt").toString(),
                        dir.resolve("c.txt").toString());
    }

    @Test
    void globsAndSeveralSpecsAtOnce(@TempDir Path dir) {
        write(dir, "seeds/one.txt", "One\n");
        write(dir, "seeds/two.txt", "Two\n");
        write(dir, "seeds/skip.md", "Not matched\n");
        write(dir, "data/top.json", "[{\"text\": \"top\"}]");
        write(dir, "data/2024/mid.json", "[{\"text\": \"mid\"}]");
        write(dir, "data/2024/03/low.json", "[{\"text\": \"low\"}]");
        write(dir, "data/2024/03/low.txt", "Not json\n");
        write(dir, "single.html", "<p>Single</p>");
        TestShell shell = TestShell.seeds();
        Table t = shell.run("load " + dir + "/seeds/*.txt " + dir + "/data/**/*.json " + dir + "/single.html");
        assertThat(t.warnings()).isEmpty();
        assertThat(ids(shell)).containsExactly("one", "two", "low-1", "mid-1", "top-1", "single");
        // A glob's matches are sorted; a file named twice loads once.
        shell.run("load " + dir + "/seeds/t*.txt " + dir + "/seeds/two.txt " + dir + "/seeds/?n?.txt");
        assertThat(ids(shell)).containsExactly("two", "one");
        shell.run("load " + dir + "/data/2024/*/*.{json,txt}");
        assertThat(ids(shell)).containsExactly("low-1", "low");
    }

    @Test
    void aSpecThatNamesNothingIsAWarningNamingIt(@TempDir Path dir) {
        write(dir, "a.txt", "A\n");
        TestShell shell = TestShell.seeds();
        Table t = shell.run("load " + dir + "/a.txt " + dir + "/missing.txt " + dir + "/*.csv");
        assertThat(t.warnings())
                .containsExactly(
                        dir + "/missing.txt: no such file or folder", dir + "/*.csv: no file matches this pattern");
        assertThat(ids(shell)).containsExactly("a");
        assertThatThrownBy(() -> shell.run("load " + dir + "/nope"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("no documents loaded from " + dir + "/nope; the corpus is unchanged (" + dir
                        + "/nope: no such file or folder)");
        assertThat(ids(shell)).containsExactly("a");
    }

    @Test
    void hiddenFilesAndFoldersAreSkippedButCounted(@TempDir Path dir) {
        write(dir, "a.txt", "A\n");
        write(dir, ".git/HEAD", "ref: refs/heads/main\n");
        write(dir, ".git/objects/x.txt", "object\n");
        write(dir, ".DS_Store", "junk");
        write(dir, "sub/.draft.md", "Draft\n");
        write(dir, "sub/b.txt", "B\n");
        TestShell shell = TestShell.seeds();
        Table t = shell.run("load " + dir);
        assertThat(t.warnings())
                .containsExactly(
                        dir.resolve(".DS_Store") + ": skipped: hidden file",
                        dir.resolve(".git") + "/: skipped: hidden folder",
                        dir.resolve("sub/.draft.md") + ": skipped: hidden file");
        assertThat(t.notes().get(0))
                .startsWith("loaded 2 documents from 2 files")
                .contains("; skipped 3 (3 hidden); ");
        assertThat(ids(shell)).containsExactly("a", "b");
        // A glob reports the hidden entries it would have looked at, and only those.
        t = shell.run("load " + dir + "/*.txt");
        assertThat(t.warnings()).isEmpty();
        t = shell.run("load " + dir + "/*/*.txt");
        assertThat(t.warnings()).containsExactly(dir.resolve(".git") + "/: skipped: hidden folder");
        assertThat(ids(shell)).containsExactly("b");
        write(dir, "sub/c.md", "C\n");
        t = shell.run("load " + dir + "/**/*.md");
        assertThat(t.warnings())
                .containsExactly(
                        dir.resolve(".git") + "/: skipped: hidden folder",
                        dir.resolve("sub/.draft.md") + ": skipped: hidden file");
        assertThat(ids(shell)).containsExactly("c");
        // Named on its own, a hidden file is what the user asked for.
        shell.run("load " + dir.resolve("sub/.draft.md"));
        assertThat(ids(shell)).containsExactly(".draft");
    }

    @Test
    void sidecarsGiveMetadataPerFileAndAreNotDocuments(@TempDir Path dir) {
        write(dir, "news/001.txt", "Guessed title\nText one.\n");
        write(dir, "news/002.txt", "Second\nText two.\n");
        write(dir, "news/003.txt", "Third\nNo row in the sidecar.\n");
        write(
                dir,
                "news/metadata.csv",
                "filename,title,source,date,url,party\n"
                        + "001.txt,Real title,Reuters,\"March 9, 2025\",https://r.example/1,Republican\n"
                        + "002,,AP,2025/03/10,,Democrat\n"
                        + "gone.txt,Ghost,X,2020,,\n");
        write(dir, "other/a.html", "<html><head><title>Html title</title></head><body><p>Html.</p></body></html>");
        write(dir, "other/recs.jsonl", "{\"id\": \"r1\", \"title\": \"Own title\", \"text\": \"Record.\"}\n");
        write(dir, "other/metadata.json", """
                [{"file": "a.html", "headline": "Sidecar title", "publisher": "BBC", "year": 1999},
                 {"path": "sub/recs.jsonl", "title": "Not used: the record has one", "source": "Wire"}]
                """);
        TestShell shell = TestShell.seeds();
        Table t = shell.run("load " + dir);
        assertThat(t.warnings())
                .containsExactly(dir.resolve("news/metadata.csv")
                        + ":4: sidecar row for 'gone.txt' matches no loaded file; ignored");
        Map<String, Map<String, String>> docs = docs(shell);
        assertThat(docs.keySet()).containsExactly("001", "002", "003", "a", "r1");
        assertThat(docs.get("001"))
                .containsEntry("title", "Real title")
                .containsEntry("source", "Reuters")
                .containsEntry("date", "2025-03-09")
                .containsEntry("party", "Republican");
        assertThat(shell.session().corpus().find("001").url()).isEqualTo("https://r.example/1");
        // An empty sidecar cell leaves what the file gave; a key may be the stem.
        assertThat(docs.get("002"))
                .containsEntry("title", "Second")
                .containsEntry("source", "AP")
                .containsEntry("date", "2025-03-10")
                .containsEntry("party", "Democrat");
        assertThat(docs.get("003")).containsEntry("title", "Third").containsEntry("source", "");
        assertThat(docs.get("a"))
                .containsEntry("title", "Sidecar title")
                .containsEntry("source", "BBC")
                .containsEntry("date", "1999")
                .containsEntry("year", "1999");
        // A record keeps its own fields; the sidecar fills only the blanks.
        assertThat(docs.get("r1")).containsEntry("title", "Own title").containsEntry("source", "Wire");
        // A glob that reaches a sidecar does not load it, but still applies it.
        shell.run("load " + dir + "/news/*");
        assertThat(docs(shell).keySet()).containsExactly("001", "002", "003");
        assertThat(docs(shell).get("001").get("title")).isEqualTo("Real title");
    }

    @Test
    void idsAreStemsMadeUniqueAndAnyUniquePrefixWorks(@TempDir Path dir) {
        write(dir, "a/004_d7751ab62fa77688.txt", "First\n");
        write(dir, "b/004_d7751ab62fa77688.md", "Same stem\n");
        write(dir, "b/005_x.txt", "Other\n");
        TestShell shell = TestShell.seeds();
        Table t = shell.run("load " + dir);
        assertThat(t.warnings())
                .containsExactly(dir.resolve("b/004_d7751ab62fa77688.md")
                        + ": id '004_d7751ab62fa77688' is already taken; this document is 004_d7751ab62fa77688~2");
        assertThat(ids(shell)).containsExactly("004_d7751ab62fa77688", "004_d7751ab62fa77688~2", "005_x");
        assertThat(shell.run("show 005").notes().get(0)).startsWith("005_x: Other");
        assertThat(shell.run("show 004_d7751ab62fa77688").notes().get(0)).startsWith("004_d7751ab62fa77688: First");
        assertThatThrownBy(() -> shell.run("show 00"))
                .isInstanceOf(CorpexException.class)
                .hasMessage("document id '00' is ambiguous: 004_d7751ab62fa77688, 004_d7751ab62fa77688~2, 005_x");
        assertThatThrownBy(() -> shell.run("show 9")).hasMessage("no document with id '9' (try 'docs' to list them)");
    }

    @Test
    void seedIdsResolveByPrefix() {
        TestShell shell = TestShell.seeds();
        assertThat(shell.run("show 004").notes().get(0))
                .startsWith("004_d7751ab62fa77688: Unprecedented Investment in Next-Gen Tech");
        assertThatThrownBy(() -> shell.run("show 00"))
                .hasMessageStartingWith("document id '00' is ambiguous: 000_0ff348a9848a8873, 001_dbefa102bff5097e");
    }

    @Test
    void appendingKeepsIdsUnique(@TempDir Path dir) {
        write(dir, "000_0ff348a9848a8873.txt", "A clash with a seed\n");
        TestShell shell = TestShell.seeds();
        shell.run("load --append " + dir);
        assertThat(ids(shell)).hasSize(6).endsWith("000_0ff348a9848a8873~2");
    }

    @Test
    void theSeedsLoadCleanly() {
        Table t = TestShell.seeds().run("load " + TestShell.SEEDS);
        assertThat(t.warnings()).isEmpty();
        assertThat(t.notes().get(0))
                .startsWith("loaded 5 documents from 5 files (")
                .contains("; skipped 0; ");
        Map<String, Map<String, String>> docs = docs(TestShell.seeds());
        assertThat(docs.values().stream().map(r -> r.get("title")).toList())
                .containsExactly(
                        "Jack Ma, Xi Jinping, And The $53B AI Bet—Alibaba's Comeback Signals A New Era For "
                                + "Chinese Big Tech",
                        "",
                        "Alibaba bets big on AI: Jack Ma’s giant leads China’s race to AGI",
                        "Billionaire Jack Ma’s Alibaba to invest $53 billion in AI infrastructure",
                        "Unprecedented Investment in Next-Gen Tech");
    }
}
