package org.corpex.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.corpex.corpus.Document;
import org.corpex.index.Corpus;

/**
 * Fuzzes figure extraction through its public entry point only (Figures.of): its internals are being rewritten on
 * another branch, and these properties must hold for any implementation. Every figure lies inside the text and is the
 * text at its span; figures do not overlap; the line is the span's line; a figure without a value says why.
 */
class FiguresFuzzTest {

    @FuzzTest
    void extract(FuzzedDataProvider data) {
        // Loaders turn every line end into \n, so a document's text never holds \r.
        String text = data.consumeRemainingAsString().replace('\r', '\n');
        if (text.isBlank()) return;
        Document d = Document.of("d", "", "", "", "", "d", text, Map.of());
        List<Figure> figures = new ArrayList<>(Figures.of(Corpus.of(List.of(d)), 0));
        String plain = Extractor.plainSpaces(text); // figures quote no-break and thin spaces as plain ones
        figures.sort(Comparator.comparingInt(Figure::start));
        int prevEnd = 0;
        for (Figure f : figures) {
            assertThat(f.doc()).isZero();
            assertThat(f.start())
                    .as("%s in %s", f, text)
                    .isGreaterThanOrEqualTo(prevEnd)
                    .isLessThan(f.end());
            assertThat(f.end()).as("%s in %s", f, text).isLessThanOrEqualTo(text.length());
            assertThat(f.text()).as("figure text of %s", f).isEqualTo(plain.substring(f.start(), f.end()));
            assertThat(f.line())
                    .as("line of %s", f)
                    .isEqualTo(1
                            + (int) text.substring(0, f.start())
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count());
            assertThat(f.kind()).isNotNull();
            // A date's value is its unit ("2024-03-03"); any other figure without a number says why.
            if (Double.isNaN(f.value()) && f.kind() != Figure.Kind.DATE)
                assertThat(f.flag())
                        .as("a figure without a value says why: %s", f)
                        .isNotEmpty();
            assertThat(f.sentence()).isNotNull();
            prevEnd = f.end();
        }
    }
}
