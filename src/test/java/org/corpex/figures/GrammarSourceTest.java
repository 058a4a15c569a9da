package org.corpex.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The figure grammar stays in small rooms and keeps its words in the lexicon files: no class of the package is over 500
 * lines, and none spells out a list of words (a set, list or map of three or more word literals), which belongs in a
 * .tsv beside Lexicon where a reader can see and extend it.
 */
class GrammarSourceTest {
    private static final Path PACKAGE = Path.of("src", "main", "java", "org", "corpex", "figures");
    /**
     * Three string literals of letters in a row in a collection literal: Set.of("a", "b", "c"), Map.entry("x", 1)...
     */
    private static final Pattern WORD_LIST = Pattern.compile(
            "(?:Set|List|Map)\\.of\\(\\s*\"[\\p{L} .'-]+\"\\s*,\\s*(?:\\d+\\s*,\\s*)?\"[\\p{L} .'-]+\"\\s*,"
                    + "|Map\\.entry\\(\\s*\"[\\p{L} .'-]+\"|Arrays\\.asList\\(\\s*\"[\\p{L} .'-]+\"\\s*,\\s*\"");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(PACKAGE)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noClassIsOverFiveHundredLines() throws IOException {
        List<String> big = new ArrayList<>();
        for (Path p : sources()) {
            long lines = Files.readAllLines(p).size();
            if (lines > 500) big.add(p.getFileName() + " (" + lines + " lines)");
        }
        assertThat(big).as("classes of the figure grammar over 500 lines").isEmpty();
    }

    @Test
    void noWordListIsSpelledOutInCode() throws IOException {
        List<String> lists = new ArrayList<>();
        for (Path p : sources()) {
            Matcher m = WORD_LIST.matcher(Files.readString(p));
            while (m.find()) lists.add(p.getFileName() + ": " + m.group());
        }
        assertThat(lists)
                .as("word lists in the grammar's code (move them to a lexicon file)")
                .isEmpty();
    }

    @Test
    void theCheckSeesAWordList() {
        assertThat(WORD_LIST
                        .matcher("Set.of(\"poll\", \"survey\", \"tracking\")")
                        .find())
                .isTrue();
        assertThat(WORD_LIST.matcher("Map.of(\"quarter\", 4, \"third\", 3)").find())
                .isTrue();
        assertThat(WORD_LIST.matcher("Map.entry(\"zero\", 0)").find()).isTrue();
        assertThat(WORD_LIST.matcher("Set.of(\"%\")").find()).isFalse();
    }
}
