package org.corpex.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpex.figures.GrammarPhrasingTest.check;
import static org.corpex.figures.GrammarPhrasingTest.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quantities and their units, one family of phrasings per test (sentences written for this test): each row gives the
 * sentence, the figure's text, kind, value (and high end) and unit.
 */
class QuantityPhrasingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "A 17-year-old was arrested.                        | 17-year-old      | quantity | 17  | years old",
                "The 43 year old driver was unhurt.                 | 43 year old      | quantity | 43  | years old",
                "Her 9-month-old puppy ran off.                     | 9-month-old      | quantity | 9   | months old",
                "Divers found a 2,500 year-old hull.                | 2,500 year-old   | quantity | 2500 | years old",
                "Bones from 40,000 to-45,000 year-old layers.       | 40,000 to-45,000 year-old | range | "
                        + "40000..45000 | years old",
            })
    void agesAreQuantitiesInYearsOld(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Leasing of sub-400 sq m suites slowed.             | 400 sq m         | quantity | 400  | m2",
                "The probe held a minus-3.5 degree tilt.            | minus-3.5 degree | quantity | -3.5 | °",
                "Her now-14 month-old son slept.                    | 14 month-old     | quantity | 14   | months old",
                "The near-600 jobs plan was shelved.                | 600 jobs         | quantity | 600  | jobs",
            })
    void numbersAfterAHyphenatedPrefix(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The mill is one of the largest employers nearby.   | one of the largest employers | quantity | 1 "
                        + " | employers",
                "It is one of the city's busiest bridges.           | one of the city's busiest bridges | "
                        + "quantity | 1 | bridges",
                "Only 12 of the 20 ferries sailed.                  | 12               | quantity | 12 | ferries",
                "Only 12 of the 20 ferries sailed.                  | 20 ferries       | quantity | 20 | ferries",
                "Two of their oldest orchards burned.               | Two of their oldest orchards | quantity | 2 "
                        + "| orchards",
            })
    void countsOutOfAGroup(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The council hired 40 more wardens.                 | 40 more wardens  | quantity | 40      | wardens",
                "The label sold 1.2 million digital and vinyl copies. | 1.2 million digital and vinyl copies | "
                        + "quantity | 1200000 | digital and vinyl copies",
                "About 300 armed guards stood by.                   | 300 armed guards | quantity | 300     | "
                        + "armed guards",
                "Some 14 Senators signed the letter.                | 14 Senators      | quantity | 14      | senators",
            })
    void nounsAfterWordsThatQualifyThem(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The builder sold 320 flats in spring and 145 in autumn.  | 145     | quantity | 145     | flats",
                "Some 2 million voters, including 400,000 in the north, stayed home. | 400,000 | quantity | "
                        + "400000 | voters",
                "The east logged 5120 while the west counted 3870 outages. | 5120   | quantity | 5120    | outages",
            })
    void aBareNumberSharesTheNounOfAFigureBesideIt(
            String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The benchmark gained 41.2 points to 3,902.75.      | 3,902.75 | quantity | 3902.75 | points",
                "The broad index closed at 12,310 on Friday.        | 12,310   | quantity | 12310   | points",
                "The index (8,104.2 down 12.4 points) slipped.      | 8,104.2  | quantity | 8104.2  | points",
            })
    void indexLevelsAreInPoints(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Water boils at 100 C at sea level.                 | 100 C      | quantity | 100     | °C",
                "Nights fell to 25 F last week.                     | 25 F       | quantity | 25      | °F",
                "Rivers warmed by 2 to 3.5 Fahrenheit.              | 2 to 3.5 Fahrenheit | range | 2..3.5 | °F",
                "The barge moved 4,500 t of coal.                   | 4,500 t    | quantity | 4500    | t",
                "The cell ran at 0.8 A/cm2 for a week.              | 0.8 A/cm2  | quantity | 0.8     | A/cm2",
                "Tailpipe output fell to 95 g/km.                   | 95 g/km    | quantity | 95      | g/km",
                "Fares rose 10-fold in a decade.                    | 10-fold    | quantity | 10      | times",
                "Top closers: Smith (1.2 WAR), Jones (0.9 WAR).     | 1.2 WAR    | quantity | 1.2     | WAR",
            })
    void unitSymbolsAndAbbreviations(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Tom Reyes, 61, a retired welder, spoke first.      | 61       | quantity | 61    | years old",
                "said nurse Ann Lowe, 29, on Monday.                | 29       | quantity | 29    | years old",
                "A crowd of 25,000 filled the square.               | 25,000   | quantity | 25000 | people",
                "The mill has a workforce of 1,150 today.           | 1,150    | quantity | 1150  | workers",
                "Of the 900 entrants, 214 finished the course.      | 214      | quantity | 214   | entrants",
                "Exports grew fivefold in a decade.                 | fivefold | quantity | 5     | times",
                "We booked a four course dinner.                    | a four course | quantity | 4 | course",
                "Fares rose by an average of 1800 over the year.    | 1800     | number   | 1800  | ",
            })
    void whatANumberCountsFromTheWordsAroundIt(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "In Paris, 12, people were hurt.",
                "The three remain in hospital.",
                "Chapters 3, 4, 5 and 6 are missing.",
                "Route 66 was busy.",
                "She beat Ana Costa 63 to 60.",
            })
    void noAgeNorCountWhereTheWordsDoNotSaySo(String sentence) {
        assertThat(extract(sentence)).noneMatch(f -> f.kind() == Figure.Kind.QUANTITY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The best bid was 62.5 cents, while the worst was 58.25.  | 58.25 | money   | 0.5825 | USD",
                "Oil gained 3 percent and gas slipped 2.                  | 2     | percent | 2      | %",
                "A share fetched $12.10 on Monday and 12.35.              | 12.35 | money   | 12.35  | USD",
            })
    void aBareAmountAfterMoneyOrPercentSharesItsUnit(
            String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The fee is $4.50 and 30 is the cap.",
                "Shares rose 0.4% and the top 100 names fell.",
                "It costs $12 and 900 people came.",
            })
    void noSharedMoneyOrPercentWhereTheNumberIsSomethingElse(String sentence) {
        assertThat(extract(sentence))
                .filteredOn(f -> f.kind() == Figure.Kind.MONEY || f.kind() == Figure.Kind.PERCENT)
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "A 30-member panel met.                             | 30-member  | quantity | 30  | member",
                "They built a 12-storey block.                      | 12-storey  | quantity | 12  | storey",
                "He flew a two-seat plane.                          | two-seat   | quantity | 2   | seat",
                "Runners set off on a 10-mile race.                 | 10-mile    | quantity | 10  | mi",
            })
    void aCountGluedByAHyphenToItsNoun(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "A magnitude 5.8 tremor shook the coast.            | magnitude 5.8 | quantity | 5.8 | magnitude",
                "The Category 3 storm turned north.                 | Category 3    | quantity | 3   | category",
                "The test jet reached Mach 1.6 over the sea.        | Mach 1.6      | quantity | 1.6 | Mach",
            })
    void unitsWrittenBeforeTheNumber(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Coach Ada Moss 47 has led the side since May.      | 47 | quantity | 47 | years old",
                "Leo Brandt 33 said the offer was fair.             | 33 | quantity | 33 | years old",
            })
    void agesAfterANameInTextThatLostItsCommas(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The probe sent 4.2×10^6 packets home.              | 4.2×10^6 packets   | quantity | 4200000 | "
                        + "packets",
                "A sample held 3.1 x 10⁻⁵ grams of dust.            | 3.1 x 10⁻⁵ grams   | quantity | 0.000031 | g",
                "Each cell stores 2×10−3 joules.                    | 2×10−3 joules      | quantity | 0.002   | J",
                "Sound moves at 343 metres per second.              | 343 metres per second | quantity | 343 | m",
            })
    void powersOfTen(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The flood killed at least 31 in the valley.        | 31    | quantity | 31   | people",
                "Police arrested 17 after the match.                | 17    | quantity | 17   | people",
                "Six days on, 8 have been rescued.                  | 8     | quantity | 8    | people",
                "In all, 210 died that winter.                      | 210   | quantity | 210  | people",
                "The plant employs nearly 2,600 across two shifts.  | 2,600 | quantity | 2600 | people",
            })
    void bareCountsOfPeopleNextToAVerbOfPeople(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Grade 5 C students passed.",
                "He said it was 5 t-shirts.",
                "The A-32B part failed.",
                "Route 66 crosses the desert.",
            })
    void lettersThatAreNoUnit(String sentence) {
        assertThat(extract(sentence))
                .noneMatch(f -> f.kind() == Figure.Kind.QUANTITY
                        && (f.unit().equals("°C") || f.unit().equals("t")));
    }
}
