package org.corpex.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time expressions read against the day a document was written: one family of phrasing per test. */
class TimesTest {
    private static final LocalDate DATE = LocalDate.of(2016, 1, 6); // a Wednesday

    /** The time the figure written {@code figure} in {@code sentence} refers to. */
    private static When at(String sentence, String figure) {
        return at(sentence, figure, DATE);
    }

    private static When at(String sentence, String figure, LocalDate date) {
        List<Tok> toks = Tok.of(sentence, 0, sentence.length());
        int start = sentence.indexOf(figure), end = start + figure.length();
        int first = -1, last = -1;
        for (int k = 0; k < toks.size(); k++)
            if (toks.get(k).end() > start && toks.get(k).start() < end) {
                if (first < 0) first = k;
                last = k;
            }
        return Times.of(toks, Times.find(toks, date), first, last, 0, toks.size() - 1, -1, date);
    }

    @Test
    void quartersAndTheirOtherNames() {
        assertThat(at("The campaign took in $8 million in the fourth quarter.", "$8 million")
                        .label())
                .isEqualTo("2015-Q4");
        assertThat(at("She raised $12 million during the last three months of 2015.", "$12 million")
                        .label())
                .isEqualTo("2015-Q4");
        assertThat(at("Sales were $3 billion in Q2 2014.", "$3 billion").label())
                .isEqualTo("2014-Q2");
        assertThat(at("Profit rose to $2 billion in the first half.", "$2 billion")
                        .label())
                .isEqualTo("2016-H1");
    }

    @Test
    void monthsResolveToTheLatestOneUnlessTheClauseLooksAhead() {
        assertThat(at("It raised $15 million in December.", "$15 million").label())
                .isEqualTo("2015-12");
        assertThat(at("The rate was 5 percent in September.", "5 percent").label())
                .isEqualTo("2015-09");
        assertThat(at("Polls say 60 percent could vote for her in November.", "60 percent")
                        .label())
                .isEqualTo("2016-11");
        assertThat(at("It raised $4 million last month.", "$4 million").label()).isEqualTo("2015-12");
    }

    @Test
    void spansAndRunningTotals() {
        assertThat(at("The group paid $1.1 million between June 2012 and April 2014.", "$1.1 million")
                        .label())
                .isEqualTo("2012-06-01/2014-04-30");
        assertThat(at("It paid roughly $700,000 from 2012 to 2014.", "$700,000").label())
                .isEqualTo("2012-2014");
        When since = at(
                "Since clinching the nomination in early June, she has spent $61 million.",
                "$61 million",
                LocalDate.of(2016, 8, 28));
        assertThat(since.cumulative()).isTrue();
        assertThat(since.from()).isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(at("The party has raised $180 million so far this cycle.", "$180 million")
                        .cumulative())
                .isTrue();
        When through = at("He collected $229 million through May.", "$229 million", LocalDate.of(2016, 6, 29));
        assertThat(through.label()).isEqualTo("to 2016-05-31");
    }

    @Test
    void daysNamedInTheText() {
        assertThat(at("Cruz won 14 delegates at Saturday's convention.", "14 delegates")
                        .label())
                .isEqualTo("2016-01-02");
        assertThat(at("The poll released Wednesday put her at 41 percent.", "41 percent")
                        .label())
                .isEqualTo("2016-01-06");
        assertThat(at("About 5,000 people came yesterday.", "5,000 people").label())
                .isEqualTo("2016-01-05");
        assertThat(at("On March 15, turnout reached 39 percent.", "39 percent").label())
                .isEqualTo("2015-03-15");
    }

    @Test
    void aBaselineOrADeadlineIsNotTheFiguresTime() {
        // "than in 2008": what the figure is compared with
        assertThat(at("Some 290,000 people voted, far fewer than in 2008.", "290,000 people")
                        .kind())
                .isEqualTo(When.Kind.AS_OF);
        // "by 2025": a target
        assertThat(at("It aims to reach 45% by 2025.", "45%").kind()).isEqualTo(When.Kind.AS_OF);
        // "four years ago": that year
        assertThat(at("Romney won 27 percent of the Latino vote four years ago.", "27 percent")
                        .label())
                .isEqualTo("2012");
        // "now" keeps the figure at the document's date whatever the clause goes on to say
        assertThat(at("72% now say he could win in November.", "72%").kind()).isEqualTo(When.Kind.AS_OF);
    }

    @Test
    void explicitTimesAreOneWhenTheyMostlyOverlap() {
        When q4 = at("It raised $8 million in the fourth quarter.", "$8 million"),
                year = at("It raised $30 million in 2015.", "$30 million");
        assertThat(q4.sameTime(at("It raised $9 million in the last three months of 2015.", "$9 million")))
                .isTrue();
        assertThat(q4.sameTime(year)).isFalse();
    }
}
