package org.corpex.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corpex.corpus.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A free regex is narrowed to the documents, and within them the lines, holding its literal fragments: the fragments
 * must be ones every match contains, or hits would be lost. What is extracted, and a property: the narrowed search
 * finds exactly what a plain scan of every whole text finds, for regexes that can and cannot cross lines, in either
 * case mode.
 */
class LiteralsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "\\$\\d+ billion => billion",
                "colou?r => colo",
                "(abc)?def => def",
                "data => data",
                "data|centers => ",
                "(data|cloud) centers => centers",
                "x{100}yz => ",
                "abc{2,3}de => ",
                "[abc]def => def",
                "[^xyz]+ing => ing",
                "\\Qabc\\E => ",
                "\\bdata\\s+centers\\b => data,centers",
                "(?i)Billion => billion",
                "\\p{L}+ment => ment",
                "\\p{Lu}rate => rate",
                "invest(ing|ors) => invest",
                "ab+cdef => cdef",
                "2025 to 2028 => 2025,2028",
                "a.b.c => ",
            })
    void fragments(String regex, String expected) {
        List<String> want = expected == null || expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertThat(Literals.required(regex)).isEqualTo(want);
    }

    private static final String[] WORDS = {
        "data",
        "Data",
        "centers",
        "billion",
        "Billion",
        "BILLION",
        "billions",
        "$53",
        "$4.5",
        "2025",
        "invest",
        "investing",
        "investors",
        "cloud",
        "the",
        "colour",
        "color",
        "naïve",
        "北京",
        "growth",
        "12%",
        "don't",
        "\u212Aelvin",
        "kelvin",
        "Kelvin",
        "cla\u017Fs",
        "class",
        "new",
        "New",
        "DATA-centers"
    };
    private static final String[] PIECES = {
        "data",
        "billion",
        "\\$\\d+",
        "\\d+%?",
        " ",
        "\\s+",
        "(ing|ors)",
        "invest",
        "colou?r",
        "[Bb]illion",
        "s?",
        "\\w+",
        "(?:the )?",
        ".",
        "cloud",
        "growth",
        "\\p{L}+",
        "北",
        "^",
        "$",
        "\\b",
        "kelvin",
        "class",
        "new data",
        "[0-9]+ ",
        ".*",
        "(?s).",
        "[^x]"
    };

    @TestFactory
    Stream<DynamicTest> narrowedSearchFindsWhatAFullScanFinds() {
        return IntStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    private static void check(long seed) {
        Random r = new Random(seed);
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < 16; d++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int w = 0; w < n; w++)
                b.append(w == 0 ? "" : r.nextInt(7) == 0 ? "\n" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            docs.add(Document.of("d" + d, "", "", "", "", "d" + d, b.toString(), Map.of()));
        }
        Index index = Corpus.of(docs).index();
        for (int q = 0; q < 30; q++) {
            StringBuilder regex = new StringBuilder();
            int parts = 1 + r.nextInt(4);
            for (int p = 0; p < parts; p++) regex.append(PIECES[r.nextInt(PIECES.length)]);
            boolean cs = r.nextBoolean();
            int flags = (cs ? 0 : Pattern.CASE_INSENSITIVE) | Pattern.MULTILINE; // as QueryParser compiles them
            Pattern pattern = Pattern.compile(regex.toString(), flags);
            Query.TextRegex tr = new Query.TextRegex("/" + regex + "/", pattern);
            // What a plain scan of every whole text finds.
            List<Hit> want = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                Matcher m = pattern.matcher(docs.get(d).text());
                while (m.find()) if (m.end() > m.start()) want.add(new Hit(d, m.start(), m.end()));
            }
            assertThat(index.search(tr, null, false, Integer.MAX_VALUE))
                    .as("seed " + seed + ": /" + regex + "/ with fragments " + Literals.required(regex.toString()))
                    .isEqualTo(want);
        }
    }
}
