package org.corpex.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corpex.TestShell;
import org.corpex.corpus.Document;
import org.corpex.index.Corpus;
import org.corpex.query.Fields;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Session;
import org.corpex.shell.Commands;
import org.corpex.table.Table;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Tab candidates at every kind of position, read from the real command model and corpus. */
class CompletionTest {

    /** A command defined the way kwic, figures and compare define theirs: enum lists, fixed candidates. */
    @Command(name = "sample", description = "A command with every kind of argument.")
    public static final class Sample implements CorpexCommand, CorpexCommand.RawArguments {
        public enum Key {
            doc,
            L3,
            L2,
            L1,
            R1,
            R2,
            R3
        }

        public static final class Kinds implements Iterable<String> {
            @Override
            public Iterator<String> iterator() {
                return List.of("money", "percent", "year").iterator();
            }
        }

        @Option(
                names = {"-s", "--sort"},
                split = ",",
                paramLabel = "KEYS",
                description = "Sort keys.")
        List<Key> sort;

        @Option(names = "--kind", completionCandidates = Kinds.class, paramLabel = "KIND", description = "Figure kind.")
        String kind;

        @Option(names = "--case", description = "Match case.")
        boolean caseSensitive;

        @Parameters(paramLabel = "QUERY", description = "What to find.")
        List<String> query;

        @Override
        public Table run(Session session) {
            return Table.message("sample");
        }
    }

    private static Map<String, CommandLine> model() {
        CommandLine root = Commands.commandLine();
        root.addSubcommand(new CommandLine(new Sample()));
        return root.getSubcommands();
    }

    private static List<String> values(TestShell t, String line) {
        return candidates(t, line).stream().map(Candidate::value).toList();
    }

    /** What JLine would offer: the candidates at the end of {@code line} that start with what is typed there. */
    private static List<Candidate> candidates(TestShell t, String line) {
        LineParser.Parsed p = LineParser.parsed(line, line.length());
        List<Candidate> all = new CommandCompleter(model(), t.session()).candidates(p.words(), p.wordIndex(), p.word());
        String typed = p.word().toLowerCase();
        return all.stream()
                .filter(c -> c.value().toLowerCase().startsWith(typed))
                .sorted()
                .toList();
    }

    @Test
    void commandNamesComeFromTheRegistryWithDescriptions() {
        TestShell t = TestShell.seeds();
        assertThat(values(t, ""))
                .contains(
                        "load", "docs", "show", "filter", "export", "help", "quit", "exit", "set", "history", "sample");
        assertThat(values(t, "do")).containsExactly("docs");
        Candidate docs = candidates(t, "doc").get(0);
        assertThat(docs.descr()).startsWith("List the documents");
    }

    @Test
    void optionsOfTheCommandAtHand() {
        TestShell t = TestShell.seeds();
        assertThat(values(t, "export --"))
                .contains("--force", "--raw", "--excel", "--format", "--delimiter", "--help")
                .doesNotContain("--append", "--hits");
        assertThat(values(t, "show 000 --")).contains("--hits", "--lines");
        assertThat(values(t, "load -")).contains("-a", "--append", "--text-field");
    }

    @Test
    void optionValuesFromTheSpec() {
        TestShell t = TestShell.seeds();
        assertThat(values(t, "export out.csv --format "))
                .containsExactly("csv", "json", "jsonl", "text", "tsv", "xlsx");
        assertThat(values(t, "export out.csv --format=j")).containsExactly("--format=json", "--format=jsonl");
        assertThat(values(t, "sample --sort ")).containsExactlyInAnyOrder("doc", "L3", "L2", "L1", "R1", "R2", "R3");
        assertThat(values(t, "sample --sort L1,R")).containsExactlyInAnyOrder("L1,R1", "L1,R2", "L1,R3");
        assertThat(values(t, "sample --kind ")).containsExactly("money", "percent", "year");
        assertThat(values(t, "set ")).containsExactly("color", "format", "pager", "provenance", "timeout", "width");
        assertThat(values(t, "set format ")).containsExactly("csv", "json", "jsonl", "text", "tsv");
        assertThat(values(t, "set pager o")).containsExactly("off", "on");
        assertThat(values(t, "help sh")).containsExactly("show");
        // The real kwic and diff, as their authors defined them.
        assertThat(values(t, "kwic billion --sort "))
                .containsExactlyInAnyOrder("doc", "L3", "L2", "L1", "R1", "R2", "R3");
        assertThat(values(t, "kwic billion --sort R1,L")).containsExactlyInAnyOrder("R1,L1", "R1,L2", "R1,L3");
        assertThat(values(t, "kwic bill")).startsWith("billion").contains("billions", "billionaire");
        assertThat(values(t, "diff 000_0ff348a9848a8873 004"))
                .containsExactly(t.session().corpus().get(4).id());
    }

    @Test
    void documentIdsWithTitles() {
        TestShell t = TestShell.seeds();
        List<Candidate> c = candidates(t, "show 00");
        assertThat(c).extracting(Candidate::value).hasSize(5).allMatch(v -> v.startsWith("00"));
        Document first = t.session().corpus().get(0);
        assertThat(c.get(0).value()).isEqualTo(first.id());
        assertThat(c.get(0).descr()).isEqualTo(first.title());
        assertThat(values(t, "show 003"))
                .containsExactly(t.session().corpus().get(3).id());
    }

    @Test
    void filterOffersFieldsThenWordsMostFrequentFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Zoo news\nzeta zeta zeta zebra zebra zoo quiet\n");
        Files.writeString(dir.resolve("b.txt"), "Other\nzeta zeta zebra\n");
        TestShell t = TestShell.on(dir);
        // Every field the filter language knows: the fixed ones, metadata, and the figures' kinds.
        List<String> fields =
                Fields.names(t.session().corpus()).stream().map(f -> f + ":").toList();
        assertThat(values(t, "filter ")).containsAll(fields).contains("path:", "money:", "percent:", "year:");
        // zeta 5 times, zebra 3, zoo 2 (title and text): most frequent first, not alphabetical.
        assertThat(values(t, "filter z")).containsExactly("zeta", "zebra", "zoo");
        assertThat(values(t, "filter quiet AND z")).containsExactly("zeta", "zebra", "zoo");
        assertThat(values(t, "filter (z")).containsExactly("(zeta", "(zebra", "(zoo");
        assertThat(values(t, "filter id:")).containsExactly("id:a", "id:b");
        assertThat(values(t, "sample Z")).containsExactly("zeta", "zebra", "zoo");
    }

    @Test
    void fieldValuesAndMetadataFieldsFromTheCorpus(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Title\ntext\n");
        TestShell t = TestShell.on(dir);
        // Metadata keys are whatever the loader found; the seeds' text files have none, so this adds one.
        Document d = t.session().corpus().get(0);
        Document withMeta = Document.of(
                d.id(), d.title(), "Reuters", "2025-02-24", "", d.path(), d.text(), Map.of("Section", "Tech"));
        t.session().setCorpus(Corpus.of(List.of(withMeta)));
        assertThat(values(t, "filter s")).contains("section:", "source:");
        assertThat(values(t, "filter source:")).containsExactly("source:reuters");
        assertThat(values(t, "filter section:t")).containsExactly("section:tech");
    }

    @Test
    void wordsOnTheSeedsFollowTheIndexFrequencies() {
        TestShell t = TestShell.seeds();
        List<String> words = values(t, "sample b");
        assertThat(words).contains("billion", "bet");
        var index = t.session().corpus().index();
        for (int i = 1; i < words.size(); i++) {
            assertThat(index.termFrequency(index.termId(words.get(i - 1))))
                    .as(words.get(i - 1) + " before " + words.get(i))
                    .isGreaterThanOrEqualTo(index.termFrequency(index.termId(words.get(i))));
        }
    }

    /** The bounded heap gives exactly what sorting the whole vocabulary would: a property over random corpora. */
    @TestFactory
    Stream<DynamicTest> mostFrequentWordsMatchAFullSort(@TempDir Path dir) {
        return IntStream.range(0, 8)
                .mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
                    Random r = new Random(seed);
                    Path d = Files.createDirectories(dir.resolve("c" + seed));
                    for (int f = 0; f < 3; f++) {
                        StringBuilder b = new StringBuilder("t\n");
                        for (int w = 0; w < 3000; w++) {
                            int len = 1 + r.nextInt(3);
                            for (int i = 0; i < len; i++) b.append((char) ('a' + r.nextInt(4 + seed)));
                            b.append(' ');
                        }
                        Files.writeString(d.resolve(f + ".txt"), b.toString());
                    }
                    TestShell t = TestShell.on(d);
                    var index = t.session().corpus().index();
                    String prefix = seed % 2 == 0 ? "" : "a";
                    List<String> expected = IntStream.range(0, index.vocabularySize())
                            .boxed()
                            .filter(id -> index.term(id).startsWith(prefix)
                                    && index.term(id).chars().anyMatch(Character::isLetterOrDigit))
                            .sorted((a, b) -> index.termFrequency(a) != index.termFrequency(b)
                                    ? Integer.compare(index.termFrequency(b), index.termFrequency(a))
                                    : index.term(a).compareTo(index.term(b)))
                            .limit(CommandCompleter.MAX_WORDS)
                            .map(index::term)
                            .toList();
                    List<String> got = Arrays.stream(CommandCompleter.topTerms(index, prefix))
                            .mapToObj(index::term)
                            .toList();
                    assertThat(got).isEqualTo(expected);
                }));
    }

    @Test
    void filePathsForLoadExportAndRedirects(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub folder"));
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        TestShell t = TestShell.seeds();
        String d = dir + "/";
        assertThat(values(t, "load " + d)).containsExactly(d + "notes.txt", d + "sub folder/");
        assertThat(values(t, "export " + d + "n")).containsExactly(d + "notes.txt");
        assertThat(values(t, "docs > " + d + "s")).containsExactly(d + "sub folder/");
        assertThat(values(t, "docs >>" + d + "n")).containsExactly(">>" + d + "notes.txt");
        assertThat(values(t, "load " + d + ".")).containsExactly(d + ".hidden");
        // A folder stays open for the next part of the path; a file is complete.
        assertThat(candidates(t, "load " + d + "s").get(0).complete()).isFalse();
        assertThat(candidates(t, "load " + d + "n").get(0).complete()).isTrue();
    }

    @Test
    void candidatesAreWrittenBackAsOneWord() {
        LineParser.Parsed p = LineParser.parsed("load my\\ fo", 11);
        assertThat(p.word()).isEqualTo("my fo");
        assertThat(p.escape("my folder/", false)).isEqualTo("my\\ folder/");
        LineParser.Parsed q = LineParser.parsed("load 'my fo", 11);
        assertThat(q.word()).isEqualTo("my fo");
        assertThat(q.escape("my folder.txt", true)).isEqualTo("'my folder.txt'");
    }

    @Test
    void aFilterValueWithASpaceIsWrittenBackInTheQuotesThatMatchIt() {
        // In a filter the words reach the filter as typed: a backslashed space would be two words.
        LineParser.Parsed p = LineParser.parsed("filter party:nat", 16).raw();
        assertThat(p.escape("party:national union", true)).isEqualTo("party:\"national union\"");
        assertThat(p.escape("party=national union", true)).isEqualTo("party=\"national union\"");
        assertThat(p.escape("-(party:national union", true)).isEqualTo("-(party:\"national union\"");
        assertThat(p.escape("title:say \"no\"", true)).isEqualTo("title:'say \"no\"'");
        assertThat(p.escape("party:republican", true)).isEqualTo("party:republican");
        assertThat(p.escape("party:", false)).isEqualTo("party:");
        // A quote typed after the colon stays where the filter reads it.
        LineParser.Parsed q = LineParser.parsed("filter party:\"nat", 18).raw();
        assertThat(q.escape("party:national union", true)).isEqualTo("party:\"national union\"");
        // Elsewhere, a shell's backslashes, as before.
        assertThat(LineParser.parsed("load my\\ fo", 11).escape("my folder/", false))
                .isEqualTo("my\\ folder/");
    }

    @Test
    void theParserKeepsBackslashesForRegexes() {
        LineParser.Parsed p = LineParser.parsed("filter /\\$\\d+ ?b(illion|n)/", 27);
        assertThat(p.words()).containsExactly("filter", "/\\$\\d+", "?b(illion|n)/");
        assertThat(p.line()).isEqualTo("filter /\\$\\d+ ?b(illion|n)/");
    }
}
