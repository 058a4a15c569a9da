package org.corpex.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corpex.corpus.Layout;
import org.junit.jupiter.api.Test;

/** Who a text talks about: names, roles and pronouns resolved in reading order, one family per test. */
class DiscourseTest {
    /** "written=key" for each mention of the text's sentence {@code s}. */
    private static List<String> mentions(String text, int s) {
        Layout layout = Layout.of(text);
        Discourse d = Discourse.read(text, layout, layout.sentenceCount() - 1);
        List<String> out = new ArrayList<>();
        for (Discourse.Mention m : d.mentions(s)) out.add(m.written() + "=" + m.key());
        return out;
    }

    @Test
    void aPersonIsKnownByTheLastWordOfTheirName() {
        String text = "Sen. Ann Marlow spoke on Monday. Mrs. Marlow's rival, Tom Keane, did not. Marlow won.";
        assertThat(mentions(text, 0)).containsExactly("Ann Marlow=marlow");
        assertThat(mentions(text, 1)).containsExactly("Marlow=marlow", "Tom Keane=keane");
        assertThat(mentions(text, 2)).containsExactly("Marlow=marlow");
    }

    @Test
    void anOrganisationIsKnownByItsInitialsOrItsWholeName() {
        String text = "The Tollan National Committee raised money. The TNC spent it. The Harbor Group paid for it.";
        assertThat(mentions(text, 0)).containsExactly("Tollan National Committee=tnc");
        assertThat(mentions(text, 1)).containsExactly("TNC=tnc");
        assertThat(mentions(text, 2)).containsExactly("Harbor Group=harbor group");
    }

    @Test
    void aPronounIsThePersonOfItsGenderTheTextIsAbout() {
        String text = "Tom Keane criticized Ann Marlow on Friday. Her speeches to bankers earned her $600,000. He said "
                + "she should explain.";
        assertThat(mentions(text, 1)).containsExactly("Her=marlow", "her=marlow");
        assertThat(mentions(text, 2)).containsExactly("He=keane", "she=marlow");
    }

    @Test
    void aRoleIsThePersonNamedWithThatOffice() {
        String text = "Gov. Tom Keane met Sen. Ann Marlow in Salem. Later the senator said she would run.";
        assertThat(mentions(text, 1)).contains("the senator=marlow");
        String committee = "The Tollan National Committee met in March. The national committee has raised $40 million.";
        assertThat(mentions(committee, 1)).containsExactly("The national committee=tnc");
    }

    @Test
    void placesAndGroupsAreNotPeople() {
        String text = "In Ohio, Nevada Democrats met with Republican voters from Wyo. and N.H.";
        assertThat(mentions(text, 0))
                .containsExactly(
                        "Ohio=ohio",
                        "Nevada=nevada",
                        "Democrats=democrats",
                        "Republican=republicans",
                        "Wyo.=wyoming",
                        "N.H.=new hampshire");
    }

    @Test
    void aHeadlineInTitleCaseIsNotOneLongName() {
        String text = "Marlow Got More Votes In Ohio Than Keane\nMarlow won more votes in Ohio than Keane did.";
        assertThat(mentions(text, 0)).containsExactly("Marlow=marlow", "Ohio=ohio", "Keane=keane");
    }

    /** An adverb or a reply that opens a sentence in capitals begins no name: "Maybe Tom Keane" is Tom Keane. */
    @Test
    void aCapitalisedOpenerIsNoPartOfTheNameAfterIt() {
        String text = "Maybe Tom Keane will run. Perhaps Ann Marlow knew. Yes Marlow did. Today Keane spoke.";
        assertThat(mentions(text, 0)).containsExactly("Tom Keane=keane");
        assertThat(mentions(text, 1)).containsExactly("Ann Marlow=marlow");
        assertThat(mentions(text, 2)).containsExactly("Marlow=marlow");
        assertThat(mentions(text, 3)).containsExactly("Keane=keane");
    }
}
