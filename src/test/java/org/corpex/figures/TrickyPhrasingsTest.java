package org.corpex.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpex.corpus.Document;
import org.corpex.table.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrasings other extractors get wrong; each line: sentence | figure text | kind | value | unit | qualifier. */
class TrickyPhrasingsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The company will invest $53 billion.        | $53 billion     | money    | 53000000000   | USD | ",
                "The company will invest $53 Billion.        | $53 Billion     | money    | 53000000000   | USD | ",
                "It raised $2.8B last year.                  | $2.8B           | money    | 2800000000    | USD | ",
                "Investors with $1M+ in DOGE.                | $1M+            | money    | 1000000       | USD | +",
                "A market of $1.5 trillion by 2030.          | $1.5 trillion   | money    | 1500000000000 | USD | ",
                "Profit rose to 3.2bn yuan.                  | 3.2bn yuan      | money    | 3200000000    | CNY | ",
                "EBITDA grew by 86 mn euros.                 | 86 mn euros     | money    | 86000000      | EUR | ",
                "The deal is worth US$4.7 billion.           | US$4.7 billion  | money    | 4700000000    | USD | ",
                "Shares closed at HK$137.8 on Monday.        | HK$137.8        | money    | 137.8         | HKD | ",
                "The fund holds €250 million.                | €250 million    | money    | 250000000     | EUR | ",
                "The fine was £1.2bn.                        | £1.2bn          | money    | 1200000000    | GBP | ",
                "Sales reached ¥3,000,000 this year.         | ¥3,000,000      | money    | 3000000       | JPY | ",
                "Chinese sales reached ¥3,000,000.           | ¥3,000,000      | money    | 3000000       | CNY | ",
                "It pledged fifty-three billion dollars.     | fifty-three billion dollars | money | 53000000000 "
                        + "| USD | ",
                "The app has 65k users.                      | 65k users       | quantity | 65000         | users | ",
                "It now has 3.8 billion users.               | 3.8 billion users | quantity | 3800000000  | users | ",
                "The model has one trillion parameters.      | one trillion parameters | quantity | 1000000000000 "
                        + "| parameters | ",
                "They hired a dozen engineers.               | a dozen engineers | quantity | 12          | "
                        + "engineers | ",
                "It will open 30 new data centers.           | 30 new data centers | quantity | 30        | data "
                        + "centers | ",
                "Shares surged over 8% on Tuesday.           | 8%              | percent  | 8             | %   | over",
                "The stock is up nearly 70% this year.       | 70%             | percent  | 70            | %   | "
                        + "nearly",
                "The stock fell more than 10% in a day.      | 10%             | percent  | 10            | %   | "
                        + "more than",
                "Costs rose about 12 percent.                | 12 percent      | percent  | 12            | %   | "
                        + "about",
                "It owns roughly 8 per cent of the market.   | 8 per cent      | percent  | 8             | %   | "
                        + "roughly",
                "It will spend at least $10 billion.         | $10 billion     | money    | 10000000000   | USD | "
                        + "at least",
                "Bonuses of up to $5,000 were paid.          | $5,000          | money    | 5000          | USD | "
                        + "up to",
                "The plan covers 2025-2028.                  | 2025-2028       | range    | 2025          | years | ",
                "The plan runs between 2025 and 2028.        | between 2025 and 2028 | range | 2025       | years | ",
                "The plan runs from 2025 to 2028.            | 2025 to 2028    | range    | 2025          | years | ",
                "In fiscal 2012–13 it lost money.            | 2012–13         | range    | 2012          | years | ",
                "Rivals pledged $30B to $40B in total.       | $30B to $40B    | range    | 30000000000   | USD | ",
                "It will invest over the next three years.   | over the next three years | duration | 3   | years "
                        + "| over the next",
                "It has operated for 18 months.              | 18 months       | duration | 18            | months | ",
                "The results came on March 9.                | March 9         | date     |               | --03-09 | ",
                "Shares hit a high in October 2024.          | October 2024    | date     |               | 2024-10 | ",
                "It was founded on September 12, 1999.       | September 12, 1999 | date  |               | "
                        + "1999-09-12 | ",
                "The carbon pledge targets 2060.             | 2060            | year     | 2060          |     | ",
                "BABA $137.810.48% today                     | $137.81         | money    | 137.81        | USD | ",
                "BABA $137.810.48% today                     | 0.48%           | percent  | 0.48          | %   | ",
            })
    void findsTheFigure(String sentence, String text, String kind, String value, String unit, String qualifier) {
        Figure f = figure(sentence, text);
        assertThat(f.kind().label()).isEqualTo(kind.strip());
        assertThat(Double.isNaN(f.value()) ? "" : Table.format(f.value()))
                .isEqualTo(value == null ? "" : value.strip());
        assertThat(f.unit()).isEqualTo(unit == null ? "" : unit.strip());
        assertThat(f.qualifier()).isEqualTo(qualifier == null ? "" : qualifier.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Alibaba unveiled QwQ-32B, its new model.",
                "It outperforms GPT-4 in Chinese tasks.",
                "The DAMO Academy unveiled Qwen 2.5 this week.",
                "It makes Hanguang 800 AI chips.",
                "China pushes into 6G networks.",
                "Momentum96.32",
                "The new Qwen3-Next model.",
                "1. The Vision and Commitment:",
            })
    void namesAndChromeAreNotMeasuredFigures(String text) {
        List<Figure> figs = Extractor.extract(Document.of("t", "", "", "", "", "", text.strip(), null), 0);
        assertThat(figs)
                .noneMatch(f -> f.kind() == Figure.Kind.MONEY
                        || f.kind() == Figure.Kind.PERCENT
                        || f.kind() == Figure.Kind.QUANTITY
                        || f.kind() == Figure.Kind.NUMBER);
    }

    /**
     * A decimal times a scale word is the decimal as written, not a product in binary floating point: 16.4 * 1e6 is
     * 16399999.999999998, and a sum or a comparison of figures would carry the error.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "It sold 16.4 million units.      | 16.4 million units | 16400000",
                "The grant was $1.1 million.      | $1.1 million       | 1100000",
                "Revenue reached $2.3 billion.    | $2.3 billion       | 2300000000",
                "The state owes $0.7 trillion.    | $0.7 trillion      | 700000000000",
                "A loan of $.5 million was made.  | $.5 million        | 500000",
                "It booked 4.35 bn euros.         | 4.35 bn euros      | 4350000000",
            })
    void aScaledDecimalIsTheDecimalAsWritten(String sentence, String text, double expected) {
        Figure f = figure(sentence, text);
        assertThat(f.value()).isEqualTo(expected);
    }

    /** The figure of this text that a sentence gives. */
    private static Figure figure(String sentence, String text) {
        List<Figure> figs = Extractor.extract(Document.of("t", "", "", "", "", "", sentence.strip(), null), 0);
        return figs.stream()
                .filter(x -> x.text().equals(text.strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + text.strip() + "' not found in "
                        + figs.stream().map(Figure::text).toList()));
    }
}
