package org.corpex.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.corpex.index.RegexPlan.Chain;
import org.corpex.index.RegexPlan.Kind;
import org.corpex.index.RegexPlan.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a regex's plan asks of the tokens: one family of regex per test. */
class RegexPlanTest {

    private static String shape(Chain c) {
        StringBuilder b = new StringBuilder();
        for (Slot s : c.slots())
            b.append(s.piece())
                    .append(s.kind())
                    .append(s.literal() == null ? "" : ":" + s.literal())
                    .append(' ');
        return b.toString().strip();
    }

    private static List<String> shapes(String regex) {
        return RegexPlan.of(regex).orElseThrow().chains().stream()
                .map(RegexPlanTest::shape)
                .toList();
    }

    @Test
    void piecesOfLettersAndDigitsLinkAcrossSpacesIntoConsecutiveTokens() {
        assertThat(shapes("\\d{4} to \\d{4}")).containsExactly("0SUFFIX 1WHOLE:to 2PREFIX");
        assertThat(shapes("[0-9]+ new data")).first().isEqualTo("0SUFFIX 1WHOLE:new 2PREFIX:data");
    }

    @Test
    void aPieceThatIsNotAllLettersAndDigitsBreaksTheChain() {
        // \w also matches '_', which splits tokens: the middle chunk may hold several.
        assertThat(shapes("chief \\w+ officer")).contains("0SUFFIX:chief", "2PREFIX:officer");
        assertThat(shapes("chief \\w+ officer")).noneMatch(s -> s.contains("1"));
    }

    @Test
    void punctuationAtAPiecesEdgeLeavesOnlyTheLettersAndDigitsBeforeIt() {
        List<Chain> chains = RegexPlan.of("\\$\\d+ billion").orElseThrow().chains();
        Slot number = chains.get(0).slots().get(0);
        assertThat(number.kind()).isEqualTo(Kind.SUFFIX);
        assertThat(number.matches("1,200")).isTrue();
        assertThat(number.matches("billion")).isFalse();
        assertThat(number.last()).isEqualTo("0123456789");
        assertThat(shapes("\\d+% growth")).contains("1PREFIX:growth");
    }

    @Test
    void slotsTestFoldedTermsWhateverTheCaseOfTheRegex() {
        Slot s = RegexPlan.of("\\w+LY [Dd]isappointed")
                .orElseThrow()
                .chains()
                .get(0)
                .slots()
                .get(0);
        assertThat(s.literal()).isEqualTo("ly");
        assertThat(s.matches("badly")).isTrue();
        assertThat(s.matches("lyric")).isFalse();
        Slot d = RegexPlan.of("\\w+LY [Dd]isappointed")
                .orElseThrow()
                .chains()
                .get(0)
                .slots()
                .get(1);
        assertThat(d.matches("disappointed")).isTrue();
        assertThat(d.matches("undisappointed")).isFalse();
    }

    @Test
    void aSinglePieceIsNarrowedByTheLiteralsInsideIt() {
        assertThat(shapes("\\b[Zz]anzibar\\w*")).containsExactly("0INSIDE:anzibar");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data|cloud centers", // an alternation at the top may need neither side
                "^data centers", // anchors read where the text begins, which a window does not
                "data centers$",
                "da.a centers", // '.' matches a blank
                "data\\s+centers",
                "data  centers", // an empty piece between two spaces
                "data +centers",
                "\\Qdata centers\\E",
                "[^a] centers",
                "x*", // can match nothing
                "data \\pL+",
                "data [ x]"
            })
    void whatThePlanCannotReasonAboutIsScanned(String regex) {
        assertThat(RegexPlan.of(regex)).as(regex).isEmpty();
    }

    @Test
    void anyTextAtAllGivesAPlanOrNoneAndNeverAnError() {
        Random r = new Random(5);
        String alphabet = "ab1 \\()[]{}|?*+.^$-:dwsbSWDpPQEiP<>,0'_";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(14); i > 0; i--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            RegexPlan.of(b.toString()); // must return, whatever the text
        }
    }
}
