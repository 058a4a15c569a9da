package org.corpex.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.corpex.corpus.Document;
import org.corpex.table.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The figure grammar, one family of phrasings per test: each row is a sentence written for this test, the figure's text
 * as found, its kind, value (and high end), unit and, where it matters, its rate or flag. A family stands for a class
 * of phrasing, so a new way of writing one belongs in it.
 */
class GrammarPhrasingTest {
    static List<Figure> extract(String sentence) {
        return Extractor.extract(Document.of("t", "", "", "", "", "", sentence.strip(), null), 0);
    }

    static Figure find(String sentence, String text) {
        List<Figure> figs = extract(sentence);
        return figs.stream()
                .filter(x -> x.text().equals(text.strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("'" + text.strip() + "' not found in "
                        + figs.stream()
                                .map(f -> f.text() + " (" + f.kind().label() + ")")
                                .toList()));
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "" : Table.format(v);
    }

    static void check(String sentence, String text, String kind, String value, String unit) {
        Figure f = find(sentence, text);
        assertThat(f.kind().label()).as("kind").isEqualTo(kind.strip());
        String[] v = value.strip().split("\\.\\.");
        assertThat(fmt(f.value())).as("value").isEqualTo(v[0]);
        if (v.length > 1) assertThat(fmt(f.high())).as("high").isEqualTo(v[1]);
        assertThat(f.unit()).as("unit").isEqualTo(unit == null ? "" : unit.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The port handled 1,250,000 containers.            | 1,250,000 containers | quantity | 1250000 | "
                        + "containers",
                "The levy raised 10 000 euros in a month.           | 10 000 euros         | money    | 10000   | EUR",
                "Its margin was .75 percent.                        | .75 percent          | percent  | 0.75    | %",
                "Its margin was 0.75 percent.                       | 0.75 percent         | percent  | 0.75    | %",
                "The estate sold for 3,45,00,000 rupees.            | 3,45,00,000 rupees   | money    | 34500000 | INR",
            })
    void numbersWithThousandsAndDecimals(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The club paid forty-two thousand pounds for it.    | forty-two thousand pounds | money | 42000 | GBP",
                "The town hired a dozen nurses.                     | a dozen nurses       | quantity | 12        "
                        + "| nurses",
                "The fund lost half a billion dollars.              | half a billion dollars | money  | 500000000 "
                        + "| USD",
                "She spent a quarter million dollars on it.         | a quarter million dollars | money | 250000  "
                        + "| USD",
                "The fund lost three quarters of a billion euros.   | three quarters of a billion euros | money | "
                        + "750000000 | EUR",
                "Two-thirds of a million people marched.            | Two-thirds of a million people | quantity | "
                        + "666666.6666666666 | people",
                "It sold one hundred and twenty tickets.            | one hundred and twenty tickets | quantity | "
                        + "120 | tickets",
                "The bid rose to 1.5 million euros.                 | 1.5 million euros    | money    | 1500000   "
                        + "| EUR",
                "It costs a dollar.                                 | a dollar             | money    | 1         "
                        + "| USD",
            })
    void numbersInWordsAndMixed(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Tokyo -2.4% Seoul +0.8% at noon.                   | -2.4%                | percent  | -2.4      "
                        + "| % | down",
                "Tokyo -2.4% Seoul +0.8% at noon.                   | +0.8%                | percent  | 0.8       "
                        + "| % | up",
                "Most said costs had surged, while 12% saw no change. | 12%                | percent  | 12        "
                        + "| % | ",
                "Output came in at minus three percent.             | minus three percent  | percent  | -3        "
                        + "| % | down",
                "Margins were \u22124.5% in the quarter.            | \u22124.5%           | percent  | -4.5      "
                        + "| % | down",
                "The account showed $-120 at close.                 | $-120                | money    | -120      "
                        + "| USD | down",
            })
    void signsAndDirections(String sentence, String text, String kind, String value, String unit, String direction) {
        check(sentence, text, kind, value, unit);
        assertThat(find(sentence, text).direction()).isEqualTo(direction == null ? "" : direction.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Congress voted $3 millions for the canal.          | $3 millions          | money | 3000000      "
                        + " | USD",
                "Congress voted $1.5 millions for roads.            | $1.5 millions        | money | 1500000      "
                        + " | USD",
                "The mill sold for 4 crore rupees.                  | 4 crore rupees       | money | 40000000     "
                        + " | INR",
                "Farmers got ₹6 lakh each.                          | ₹6 lakh              | money | 600000       "
                        + " | INR",
                "Revenue hit £2.3bn.                                | £2.3bn               | money | 2300000000   "
                        + " | GBP",
                "Revenue hit £2.3 BN.                               | £2.3 BN              | money | 2300000000   "
                        + " | GBP",
                "It booked 2.5 mln euros.                           | 2.5 mln euros        | money | 2500000      "
                        + " | EUR",
                "The grant is $40k a year.                          | $40k a year          | money | 40000        "
                        + " | USD",
                "The order is worth 12 MUSD.                        | 12 MUSD              | money | 12000000     "
                        + " | USD",
                "The order is worth USD 12 million.                 | USD 12 million       | money | 12000000     "
                        + " | USD",
                "The order is worth 12 USD million.                 | 12 USD million       | money | 12000000     "
                        + " | USD",
                "Reserves fell to 1.2tn yen.                        | 1.2tn yen            | money | "
                        + "1200000000000 | JPY",
                "Its market value hit Rs 2.5 lakh crore.            | Rs 2.5 lakh crore    | money | "
                        + "2500000000000 | INR",
            })
    void scales(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Tickets cost CHF 45 at the door.                   | CHF 45               | money | 45          | CHF",
                "Tickets cost 45 CHF at the door.                   | 45 CHF               | money | 45          | CHF",
                "The meal was 2,400 HUF.                            | 2,400 HUF            | money | 2400        | HUF",
                "A coffee is 3,50€ here, or 4€ to go.               | 4€                   | money | 4           | EUR",
                "A room is 900 ₱ a night.                           | 900 ₱ a night        | money | 900         | PHP",
                "The loan was $ 40 million.                         | $ 40 million         | money | 40000000    | USD",
                "The loan was US$ 40 million.                       | US$ 40 million       | money | 40000000    | USD",
                "The loan was US $40 million.                       | US $40 million       | money | 40000000    | USD",
                "The loan was US $ 40 million.                      | US $ 40 million      | money | 40000000    | USD",
                "The loan was CA$40 million.                        | CA$40 million        | money | 40000000    | CAD",
                "The loan was $A40 million.                         | $A40 million         | money | 40000000    | AUD",
                "A ticket is 12.50 EUR.                             | 12.50 EUR            | money | 12.5        | EUR",
                "A ticket is 1,800 JPY.                             | 1,800 JPY            | money | 1800        | JPY",
                "Profit reached HK $2.1 billion.                    | HK $2.1 billion      | money | 2100000000  | HKD",
                "Profit reached $US2.1 billion.                     | $US2.1 billion       | money | 2100000000  | USD",
                "Profit reached A$2.1 billion.                      | A$2.1 billion        | money | 2100000000  | AUD",
                "Profit reached AU$2.1 billion.                     | AU$2.1 billion       | money | 2100000000  | AUD",
                "Profit reached C$2.1 billion.                      | C$2.1 billion        | money | 2100000000  | CAD",
                "Profit reached NZ$2.1 billion.                     | NZ$2.1 billion       | money | 2100000000  | NZD",
                "Profit reached S$2.1 billion.                      | S$2.1 billion        | money | 2100000000  | SGD",
                "The sculpture fetched 2,300 Swiss francs.          | 2,300 Swiss francs   | money | 2300        | CHF",
                "The sculpture fetched 2,300 francs.                | 2,300 francs         | money | 2300        | CHF",
                "Exports earned 8.2 million Canadian dollars.       | 8.2 million Canadian dollars | money | "
                        + "8200000 | CAD",
                "He was fined 300 Norwegian kroner.                 | 300 Norwegian kroner | money | 300         | NOK",
                "A kilo of rice is 40 rupees.                       | 40 rupees            | money | 40          | INR",
                "Bread is 30 hryvnias now.                          | 30 hryvnias          | money | 30          | UAH",
                "A bowl of noodles is 9,000 won in Seoul.           | 9,000 won            | money | 9000        | KRW",
                "The court ordered 2,500 rand in damages.           | 2,500 rand           | money | 2500        | ZAR",
                "The pass costs Rs 250.                             | Rs 250               | money | 250         | INR",
                "The pass costs RM42.                               | RM42                 | money | 42          | MYR",
                "The budget is Sh3.1 trillion.                      | Sh3.1 trillion       | money | "
                        + "3100000000000 | KES",
                "The tower cost Dh1.5 billion.                      | Dh1.5 billion        | money | 1500000000  | AED",
            })
    void currenciesBeforeAndAfter(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Gasoline rose 12 cents a gallon.                   | 12 cents a gallon    | money | 0.12  | USD",
                "A stamp now costs 85p.                             | 85p                  | money | 0.85  | GBP",
                "Fares went up by 40 pence.                         | 40 pence             | money | 0.4   | GBP",
                "A bun costs 90 sen.                                | 90 sen               | money | 0.9   | MYR",
                "The toy cost 4 dollars 25 cents.                   | 4 dollars 25 cents   | money | 4.25  | USD",
                "The toy cost $7 and 15c.                           | $7 and 15c           | money | 7.15  | USD",
                "The toy cost seven dollars and fifteen cents.      | seven dollars and fifteen cents | money | "
                        + "7.15 | USD",
            })
    void subunitsAndCompounds(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Turnout was 61%.                                   | 61%                     | percent | 61   | %",
                "Turnout was 61 %.                                  | 61 %                    | percent | 61   | %",
                "Turnout was 61 percent.                            | 61 percent              | percent | 61   | %",
                "Turnout was 61 per cent.                           | 61 per cent             | percent | 61   | %",
                "Turnout was 61 pct.                                | 61 pct                  | percent | 61   | %",
                "Turnout was 61pc.                                  | 61pc                    | percent | 61   | %",
                "Support rose 4 percentage points.                  | 4 percentage points     | percent | 4    | pp",
                "Support rose 4pp in a week.                        | 4pp                     | percent | 4    | pp",
                "It was a 15-percent jump.                          | 15-percent              | percent | 15   | %",
                "A 0.5-percentage-point cut is priced in.           | 0.5-percentage-point    | percent | 0.5  | pp",
                "The bank cut rates by 25 basis points.             | 25 basis points         | percent | 0.25 | pp",
                "The bank cut rates by 50bps.                       | 50bps                   | percent | 0.5  | pp",
            })
    void percentForms(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Inflation eased from 6.1 to 5.8 percent.           | 6.1 to 5.8 percent       | range | 5.8..6.1 "
                        + "                | %",
                "Wages will rise 2 to 4 per cent.                   | 2 to 4 per cent          | range | 2..4     "
                        + "                | %",
                "Bids came in at $20 to $25 billion.                | $20 to $25 billion       | range | "
                        + "20000000000..25000000000 | USD",
                "Bids came in at $400,000 to $2 million.            | $400,000 to $2 million   | range | "
                        + "400000..2000000          | USD",
                "Seats cost between 30 and 45 dollars.              | between 30 and 45 dollars | range | 30..45  "
                        + "                | USD",
                "Shares slid from $1,880 to $1,790 on Friday.       | $1,880 to $1,790         | range | "
                        + "1790..1880               | USD",
                "Lunch is seven or eight euros.                     | seven or eight euros     | range | 7..8     "
                        + "                | EUR",
                "The survey ran 2019-2021.                          | 2019-2021                | range | "
                        + "2019..2021               | years",
                "Crowds of 20-30 thousand people came.              | 20-30 thousand people    | range | "
                        + "20000..30000             | people",
                "It comes with a 10- or 12-inch screen.             | 10- or 12-inch           | range | 10..12   "
                        + "                | in",
            })
    void rangesWithTheUnitWrittenOnce(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The index gained 1.2 percent to 7,815.40.          | 1.2 percent   | percent | 1.2 | %",
                "The index gained 1.2% to 7,815.40 by noon.         | 1.2%          | percent | 1.2 | %",
                "The stock added $2.10 to 96.40 in late trade.      | $2.10         | money   | 2.1 | USD",
                "Corn slipped 14 cents to $4.62 a bushel.           | 14 cents      | money   | 0.14 | USD",
            })
    void aLevelReachedAfterToIsNotARangeEnd(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Brent traded at $81 per barrel.                    | $81 per barrel          | money    | 81     "
                        + " | USD | barrel",
                "The board declared 40 cents a share.               | 40 cents a share        | money    | 0.4    "
                        + " | USD | share",
                "Cleaners earn £11.50 an hour.                      | £11.50 an hour          | money    | 11.5   "
                        + " | GBP | hour",
                "The scheme pays $1,200 a year.                     | $1,200 a year           | money    | 1200   "
                        + " | USD | year",
                "Profit was $8 million a year earlier.              | $8 million              | money    | "
                        + "8000000 | USD |",
                "The field pumps 90,000 barrels a day.              | 90,000 barrels a day    | quantity | 90000  "
                        + " | bbl | day",
                "The train reaches 320km/h.                         | 320km/h                 | quantity | 320    "
                        + " | km/h |",
            })
    void rates(String sentence, String text, String kind, String value, String unit, String per) {
        check(sentence, text, kind, value, unit);
        assertThat(find(sentence, text).per()).isEqualTo(per == null ? "" : per.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The army sent 5,000 troops north.                  | 5,000 troops            | quantity | 5000   "
                        + "| troops",
                "Storms grounded 340 flights.                       | 340 flights             | quantity | 340    "
                        + "| flights",
                "The brand runs 40 BP stations.                     | 40 BP stations          | quantity | 40     "
                        + "| stations",
                "She averages 7.4 assists a game.                   | 7.4 assists a game      | quantity | 7.4    "
                        + "| assists",
                "The quake killed 62 people.                        | 62 people               | quantity | 62     "
                        + "| people",
                "Half of the 2,000 workers are women.               | 2,000 workers           | quantity | 2000   "
                        + "| workers",
                "The plant will add 1,500 new jobs.                 | 1,500 new jobs          | quantity | 1500   "
                        + "| jobs",
                "The trail is 42 km long.                           | 42 km                   | quantity | 42     | km",
                "The trail is 26 miles long.                        | 26 miles                | quantity | 26     | mi",
                "The limit is 70 mph.                               | 70 mph                  | quantity | 70     "
                        + "| mph",
                "The engine makes 410 pound-feet of torque.         | 410 pound-feet          | quantity | 410    "
                        + "| lb-ft",
                "It idles at 800 rpm.                               | 800 rpm                 | quantity | 800    "
                        + "| rpm",
                "The ship carries 60,000 tonnes of grain.           | 60,000 tonnes           | quantity | 60000  | t",
                "It was 38 degrees in the shade.                    | 38 degrees              | quantity | 38     | °",
                "It was 38°C in the shade.                          | 38°C                    | quantity | 38     | °C",
                "It fell to minus 12C overnight.                    | minus 12C               | quantity | -12    | °C",
                "The panels deliver 12kW at peak.                   | 12kW                    | quantity | 12     | kW",
                "The flat is 85 square metres.                      | 85 square metres        | quantity | 85     | m2",
                "The boxer weighed in at 176 pounds.                | 176 pounds              | quantity | 176    | lb",
                "The coupe has 510 HP and 620 Nm.                   | 510 HP                  | quantity | 510    | hp",
                "The coupe has 510 HP and 620 Nm.                   | 620 Nm                  | quantity | 620    "
                        + "| N·m",
                "Adults need 1800 - 2200 calories a day.            | 1800 - 2200 calories a day | range | "
                        + "1800..2200 | kcal",
            })
    void quantitiesAndMeasurements(String sentence, String text, String kind, String value, String unit) {
        check(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The meeting starts at 9:45 tomorrow.",
                "The ferry leaves at 6.15am daily.",
                "Call 555-204-1187 for tickets.",
                "Call (212) 555-0188 for tickets.",
                "See https://example.org/page?id=42&ref=77 for more.",
                "The query was q=15%20off%25 in the log.",
                "He came 3rd in the race.",
                "The Falcon 9 rocket lifted off.",
                "Users of Windows 11 complained.",
                "The RTX4090 sold out.",
                "Fans travelled to the Euro 2024 final.",
                "Sales of the iPhone 15 beat forecasts.",
                "Route 66 crosses the desert.",
                "They won 3-1 at home.",
            })
    void notMeasuredFigures(String sentence) {
        assertThat(extract(sentence))
                .noneMatch(f -> f.kind() == Figure.Kind.MONEY
                        || f.kind() == Figure.Kind.PERCENT
                        || f.kind() == Figure.Kind.QUANTITY
                        || f.kind() == Figure.Kind.DURATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "The painting sold for 40 pounds.                   | 40 pounds     | money | GBP | ",
                "He carried 40 pounds up the hill.                  | 40 pounds     | money | GBP | 'pounds' read "
                        + "as money",
                "The parcel weighs 40 pounds.                       | 40 pounds     | quantity | lb | ",
                "The lot went for ¥90,000 at auction.               | ¥90,000       | money | JPY | '¥' read as yen",
                "The hall is 45m wide.                              | 45m           | quantity | m | 'm' read as "
                        + "metres",
            })
    void ambiguousReadingsAreFlagged(String sentence, String text, String kind, String unit, String flag) {
        Figure f = find(sentence, text);
        assertThat(f.kind().label()).isEqualTo(kind.strip());
        assertThat(f.unit()).isEqualTo(unit.strip());
        if (flag == null) assertThat(f.flag()).isEmpty();
        else assertThat(f.flag()).startsWith(flag.strip());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Sales were $4 billion in 2019.                     | 2024-05-01 | $4 billion | 2019",
                "In fiscal 2023, sales were $4 billion.             | 2024-05-01 | $4 billion | FY2023",
                "Sales were $4 billion last year.                   | 2024-05-01 | $4 billion | 2023",
                "Sales were $4 billion.                             | 2024-05-01 | $4 billion | 2024",
                "Sales have doubled to $4 billion since 2020.       | 2024-05-01 | $4 billion | 2024",
                "Sales were $4 billion.                             |            | $4 billion | ",
            })
    void periods(String sentence, String date, String text, String period) {
        List<Figure> figs = Extractor.extract(
                Document.of("t", "", "", date == null ? "" : date.strip(), "", "", sentence.strip(), Map.of()), 0);
        Figure f = figs.stream()
                .filter(x -> x.text().equals(text.strip()))
                .findFirst()
                .orElseThrow();
        assertThat(f.period()).isEqualTo(period == null ? "" : period.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Northwind Traders said revenue rose 9% to $2 billion.          | $2 billion | Northwind Traders",
                "Revenue at Contoso Group rose to $2 billion.                   | $2 billion | Contoso",
                "Fabrikam's Canadian unit earned $2 billion.                    | $2 billion | Fabrikam",
                "Fabrikam's Hong Kong-listed shares rose 4%.                    | 4%         | Fabrikam",
                "Orbital Tide Beats Forecast As Fabrikam's Sales Hit $2 Billion | $2 Billion | Fabrikam",
            })
    void entitiesAreCapitalisedNamesNotAList(String sentence, String text, String entity) {
        assertThat(find(sentence, text).entity()).isEqualTo(entity.strip());
    }
}
