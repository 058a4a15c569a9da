package org.corpex.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar's words are data: its readers hold no word list, each stays small, every lexicon file says what it holds,
 * and the words moved out of the code still read as they did (sentences written for this test).
 */
class GrammarLexiconTest {
    private static final Path SOURCES = Path.of("src/main/java/org/corpex/figures");
    private static final Path LEXICON = Path.of("src/main/resources/org/corpex/figures");
    private static final List<String> GRAMMAR = List.of(
            "Grammar",
            "Reading",
            "NumberReader",
            "CurrencyReader",
            "UnitReader",
            "CountReader",
            "BareReader",
            "NotAFigure",
            "Joins");
    /** A collection of quoted words, or a switch over three words or more: a word list written in code. */
    private static final Pattern WORD_LIST =
            Pattern.compile("(Set|List|Map)\\.of\\(\\s*\"[a-zA-Z]|case \"[a-z]+\", \"[a-z]+\", \"");

    @Test
    void theGrammarsClassesAreSmallAndHoldNoWordList() throws IOException {
        for (String name : GRAMMAR) {
            List<String> lines = Files.readAllLines(SOURCES.resolve(name + ".java"));
            assertThat(lines.size()).as(name + " lines").isLessThanOrEqualTo(500);
            for (String line : lines)
                assertThat(WORD_LIST.matcher(line).find())
                        .as(name + ": " + line.strip())
                        .isFalse();
        }
    }

    @Test
    void everyLexiconFileSaysWhatItHolds() throws IOException {
        try (Stream<Path> files = Files.list(LEXICON)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                assertThat(Files.readAllLines(f).get(0))
                        .as(f.getFileName().toString())
                        .startsWith("# ");
            }
        }
    }

    @Test
    void monthsAreReadFromTheTimeWords() {
        assertThat(Grammar.month("March")).isEqualTo(2);
        assertThat(Grammar.month("december")).isEqualTo(11);
        assertThat(Grammar.month("Mar")).isEqualTo(-1); // an abbreviation makes no date
        assertThat(Lexicon.get().notEntities).contains("sept", "may", "jan");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The lender trimmed its rate by 40 bps.               | 40 bps               | percent  | 0.4   | pp",
                "Output slipped 2 per cent in the spring.             | 2 per cent           | percent  | 2     | %",
                "The gap narrowed by 3 percentage points.             | 3 percentage points  | percent  | 3     | pp",
                "Tolls went up 75 basis points.                       | 75 basis points      | percent  | 0.75  | pp",
                "Over the next four years the plant doubles.          | Over the next four years | duration | 4 | "
                        + "years",
                "The ferry fare rose to ¥800 across Japan.            | ¥800                 | money    | 800   | JPY",
                "The ferry fare rose to ¥800 across China.            | ¥800                 | money    | 800   | CNY",
                "The essay earned 18 marks out of 20.                 | 18 marks             | quantity | 18    | "
                        + "marks",
                "The figure is due in 1875 at the earliest.           | 1875                 | year     | 1875  | ",
            })
    void wordsMovedToTheLexiconReadAsBefore(String sentence, String text, String kind, String value, String unit) {
        GrammarPhrasingTest.check(sentence, text, kind, value, unit);
    }

    @Test
    void aTimeReferenceIsNoRateAndAClockTimeNoFigure() {
        assertThat(GrammarPhrasingTest.find("Sales hit $40 a year earlier.", "$40")
                        .per())
                .isEmpty();
        assertThat(GrammarPhrasingTest.find("Dues are $40 a year now.", "$40 a year")
                        .per())
                .isEqualTo("year");
        assertThat(GrammarPhrasingTest.extract("The shop opens at 9 am daily.")).isEmpty();
        assertThat(GrammarPhrasingTest.find("Forty were injured and 12 were arrested.", "12")
                        .unit())
                .isEqualTo("people");
    }
}
