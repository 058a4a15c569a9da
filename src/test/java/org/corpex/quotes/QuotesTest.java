package org.corpex.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpex.TestShell;
import org.corpex.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quotes on small archives written for these tests: one family of attribution per test. */
class QuotesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestShell archive(Path dir, String... idSourceText) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < idSourceText.length; i += 3) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", idSourceText[i]);
            m.put("source", idSourceText[i + 1]);
            m.put("date", "2020-03-0" + (1 + i / 3));
            m.put("text", idSourceText[i + 2]);
            lines.add(JSON.writeValueAsString(m));
        }
        Files.writeString(dir.resolve("news.jsonl"), String.join("\n", lines) + "\n");
        return TestShell.on(dir);
    }

    /** The rows of {@code quotes} over one article of the Herald. */
    private static List<String> quotesOf(Path dir, String text) throws IOException {
        return rows(archive(dir, "a", "Herald", text).run("quotes"));
    }

    /** speaker | speaker_text | cue | quote | kind, for each row. */
    private static List<String> rows(Table t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            out.add(String.join(
                    " | ",
                    TestShell.column(t, "speaker").get(r),
                    TestShell.column(t, "speaker_text").get(r),
                    TestShell.column(t, "cue").get(r),
                    TestShell.column(t, "quote").get(r),
                    TestShell.column(t, "kind").get(r)));
        }
        return out;
    }

    @Test
    void aQuotationBeforeOrAfterItsSpeakerIsDirect(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Sen. Ann Marlow spoke in Salem. \u201cWe will win this state,\u201d she said on Monday. "
                                + "\u201cThe count is not over,\u201d said Tom Keane, her rival. "
                                + "Keane told reporters: \u201cWe will ask for a recount.\u201d"))
                .containsExactly(
                        "Ann Marlow | she | said | \u201cWe will win this state,\u201d | direct",
                        "Tom Keane | Tom Keane | said | \u201cThe count is not over,\u201d | direct",
                        "Tom Keane | Keane | told reporters | \u201cWe will ask for a recount.\u201d | direct");
    }

    @Test
    void aNameInAppositionIsTheSpeakerAndAPossessiveOnlySaysWhose(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Mayor Ann Marlow opened the bridge on Friday. Her deputy, Tom Keane, said the work had "
                                + "come in under budget. "
                                + "Her spokesman said the mayor would run again. "
                                + "\u201cIt is a good day for the valley,\u201d said Gov. Rita Olsen."))
                .containsExactly(
                        "Tom Keane | Tom Keane | said | the work had come in under budget | indirect",
                        "Her spokesman | Her spokesman | said | the mayor would run again | indirect",
                        "Rita Olsen | Gov. Rita Olsen | said | \u201cIt is a good day for the valley,\u201d | direct");
    }

    @Test
    void aNameWithAnApostropheIsOneName(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "The ferry will run again, Liam O'Rourke said on Monday. "
                                + "\u201cWe have the crews,\u201d said Amara N\u2019Diaye, who runs the port. "
                                + "O'Rourke's deputy said the timetable was ready."))
                .containsExactly(
                        "Liam O'Rourke | Liam O'Rourke | said | The ferry will run again | indirect",
                        "Amara N\u2019Diaye | Amara N\u2019Diaye | said | \u201cWe have the crews,\u201d | direct",
                        "O'Rourke's deputy | O'Rourke's deputy | said | the timetable was ready | indirect");
    }

    @Test
    void aCueThatIsTheSecondVerbOfAPredicateSpeaksForItsSubject(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Mayor Ann Marlow toured the flooded harbour and said the repairs would end in May. "
                                + "The ferry company raised its fares but said the crews would stay."))
                .containsExactly(
                        "Ann Marlow | Mayor Ann Marlow | said | the repairs would end in May | indirect",
                        "The ferry company | The ferry company | said | the crews would stay | indirect");
    }

    @Test
    void aMiddleInitialIsPartOfTheNameAndNotOfWhoTheSpeakerIs(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                "a",
                "Herald",
                "\u201cWe will appeal,\u201d said Harold J. Fenwick, the port\u2019s lawyer.",
                "b",
                "Ledger",
                "Harold Fenwick said the ruling was wrong.");
        assertThat(TestShell.column(s.run("quotes"), "speaker")).containsExactly("Harold Fenwick", "Harold Fenwick");
        assertThat(TestShell.column(s.run("quotes"), "speaker_text"))
                .containsExactly("Harold J. Fenwick", "Harold Fenwick");
        assertThat(TestShell.column(s.run("quotes --by speaker"), "speaker")).containsOnly("Harold Fenwick");
    }

    @Test
    void aParticipleAfterAThingSpeaksForTheSubjectOfItsClause(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "Gov. Rita Olsen issued a statement saying the bridge would be rebuilt. "
                                + "Tom Keane sent the board a letter insisting that the tolls were fair.")
                .run("quotes");
        assertThat(TestShell.column(t, "speaker")).containsExactly("Rita Olsen", "Tom Keane");
        assertThat(TestShell.column(t, "quote")).containsExactly("the bridge would be rebuilt", "the tolls were fair");
    }

    @Test
    void aSecondCueOfTheSameSubjectEndsWhatTheFirstSaid(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir, "Tom Keane said the fares were fair and warned that the crossing would close in winter."))
                .containsExactly(
                        "Tom Keane | Tom Keane | said | the fares were fair | indirect",
                        "Tom Keane | Tom Keane | warned | the crossing would close in winter | indirect");
    }

    @Test
    void whatASpeakerSaysSomeoneElseThinksIsPartOfTheirStatement(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Mayor Vera Holt said the harbour board believes the fares will rise. "
                                + "Tom Keane told reporters that his rivals want the crossing closed."))
                .containsExactly(
                        "Vera Holt | Mayor Vera Holt | said | the harbour board believes the fares will rise "
                                + "| indirect",
                        "Tom Keane | Tom Keane | told | his rivals want the crossing closed | indirect");
    }

    @Test
    void aClauseWithASpeakerOfItsOwnEndsWhatTheClauseBeforeItSaid(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Most riders say the fares are too high; their captain says the boats are late. "
                                + "The mayor praised the crews, and a fisherman shouted \u201cNot again!\u201d"))
                .containsExactly(
                        "Most riders | Most riders | say | the fares are too high | indirect",
                        "their captain | their captain | says | the boats are late | indirect",
                        "The mayor | The mayor | praised | the crews | indirect",
                        "a fisherman | a fisherman | shouted | \u201cNot again!\u201d | direct");
    }

    @Test
    void verbsOfTakingAStandAttributeWhatTheyAreAbout(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Mayor Vera Holt defended the new fares. The union blamed the board for the delays. "
                                + "Tom Keane talked about the closures on the radio "
                                + "and refused to reopen the crossing. "
                                + "The council condemned the vandalism and expressed support for the crews."))
                .containsExactly(
                        "Vera Holt | Mayor Vera Holt | defended | the new fares | indirect",
                        "The union | The union | blamed | the board for the delays | indirect",
                        "Tom Keane | Tom Keane | talked about | the closures on the radio | indirect",
                        "Tom Keane | Tom Keane | refused | to reopen the crossing | indirect",
                        "The council | The council | condemned | the vandalism | indirect",
                        "The council | The council | expressed | support for the crews | indirect");
    }

    @Test
    void anInfinitiveAfterAVerbOfWantingOrPromisingIsWhatIsWantedButNotWhomItWasSaidTo(@TempDir Path dir)
            throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Mayor Vera Holt wants to sell the old ferry. Tom Keane vowed to fight the sale. "
                                + "The fares are too high, Holt said to reporters. "
                                + "The union declined to comment on the sale."))
                .containsExactly(
                        "Vera Holt | Mayor Vera Holt | wants | to sell the old ferry | indirect",
                        "Tom Keane | Tom Keane | vowed | to fight the sale | indirect",
                        "Vera Holt | Holt | said | The fares are too high | indirect",
                        "The union | The union | declined | to comment on the sale | indirect");
    }

    @Test
    void asReportedByNamesItsSpeakerAfterBy(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "As first reported by the Harbour Herald, the ferry will stop in May. "
                                + "The fares will rise, as noted by Tom Keane. "
                                + "Vera Holt has never ever said the fares would fall."))
                .containsExactly(
                        "Harbour Herald | the Harbour Herald | As first reported by | the ferry will stop in May "
                                + "| indirect",
                        "Tom Keane | Tom Keane | as noted by | The fares will rise | indirect",
                        "Vera Holt | Vera Holt | said | the fares would fall | indirect");
    }

    @Test
    void accordingToSetOffByCommasSpeaksForTheWholeSentence(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Ticket sales, according to the ferry company, have doubled since May. "
                                + "The crossing will close, according to Tom Keane."))
                .containsExactly(
                        "the ferry company | the ferry company | according to "
                                + "| Ticket sales, according to the ferry company, have doubled since May | indirect",
                        "Tom Keane | Tom Keane | according to | The crossing will close | indirect");
    }

    @Test
    void aCampaignThatNamesItsCandidateSpeaksForThatCandidate(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Senator Rita Olsen spoke in Salem. Tom Keane, her adviser, was there. "
                                + "The Olsen campaign said the count was wrong."))
                .containsExactly("Rita Olsen | The Olsen campaign | said | the count was wrong | indirect");
    }

    @Test
    void aSecondVerbSpeaksForASubjectTheTextDoesNotKnowWhateverTheFirstVerbIs(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "The harbour board gave no reasons and did not say how the ferry would sail. "
                                + "The young children said the crossing was fun."))
                .containsExactly(
                        "The harbour board | The harbour board | say | how the ferry would sail | indirect",
                        "The young children | The young children | said | the crossing was fun | indirect");
    }

    @Test
    void aNameAfterWhatDescribesItIsTheSpeaker(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "Mayor Vera Holt toured the harbour. Holt spokeswoman Ann Byrd said the fares would rise.")
                .run("quotes");
        assertThat(TestShell.column(t, "speaker")).containsExactly("Ann Byrd");
    }

    @Test
    void aShortQuotedSentenceAfterAnAttributedOneGoesOnWithIt(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(dir, "\u201cThey sue,\u201d Tom Keane said. \u201cEverybody sues, right?\u201d"))
                .containsExactly("Tom Keane | Tom Keane | said | \u201cThey sue,\u201d Tom Keane said. "
                        + "\u201cEverybody sues, right?\u201d | direct");
    }

    @Test
    void aFewQuotedWordsInsideASentenceArePartOfReportedSpeech(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "The inspector found \u201cevidence\u201d that the ferry was overloaded. "
                                + "\u201cNever again,\u201d Tom Keane said."))
                .containsExactly(
                        "The inspector | The inspector | found | \u201cevidence\u201d that the ferry was "
                                + "overloaded | mixed",
                        "Tom Keane | Tom Keane | said | \u201cNever again,\u201d | direct");
    }

    @Test
    void aQuestionOrAnExclamationEndsItsSentenceAndItsSpeakerOpensTheNext(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "\u201cWho do they think they are?\u201d Tom Keane said of the board. "
                                + "\u201cNever again!\u201d Keane told reporters.\n"
                                + "\u201cEnough!\u201d\nThe board said nothing."))
                .containsExactly(
                        "Tom Keane | Tom Keane | said | \u201cWho do they think they are?\u201d | direct",
                        "Tom Keane | Keane | told | \u201cNever again!\u201d | direct");
    }

    @Test
    void verbsOfSayingInATone(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "\u201cGo back to your seat,\u201d Tom Keane barked. \u201cIt was a fine day,\u201d Ann Marlow "
                                + "mused. \u201cNot again,\u201d the skipper muttered.")
                .run("quotes");
        assertThat(TestShell.column(t, "cue")).containsExactly("barked", "mused", "muttered");
    }

    @Test
    void aQuotationInterruptedByItsCueIsOneStatement(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "\u201cThe dam will hold,\u201d Marlow said, \u201cand the fields will be dry by June.\u201d"))
                .containsExactly("Marlow | Marlow | said | \u201cThe dam will hold,\u201d Marlow said, \u201cand the "
                        + "fields will be dry by June.\u201d | direct");
    }

    @Test
    void aQuotationAClauseIntroducesWithAColonIsItsSubjects(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Tom Keane came back to the square. Later that day, he turned to his old refrain: "
                                + "\u201cFix the roads first.\u201d "
                                + "The mayor's office posted: \u201cThe roads are on the list.\u201d "
                                + "Rita Olsen, chair of the Valley Growers, stated, \u201cWe need the water more "
                                + "than the roads.\u201d "
                                + "The sign on the gate read: \u201cClosed for repairs.\u201d"))
                .containsExactly(
                        "Tom Keane | he | turned to his old refrain | \u201cFix the roads first.\u201d | direct",
                        "The mayor's office | The mayor's office | posted | \u201cThe roads are on the "
                                + "list.\u201d | direct",
                        "Rita Olsen | Rita Olsen | stated | \u201cWe need the water more than the roads.\u201d | "
                                + "direct",
                        "The sign on the gate | The sign on the gate | read | \u201cClosed for repairs.\u201d | "
                                + "direct");
    }

    @Test
    void aCueBetweenCommasSpeaksForTheWholeSentence(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Most of the new wells, Marlow said, would be dug before the summer. "
                                + "The canal will be finished by autumn, said Tom Keane, a director of the "
                                + "Harbour Trust."))
                .containsExactly(
                        "Marlow | Marlow | said | Most of the new wells, Marlow said, would be dug before the "
                                + "summer | indirect",
                        "Tom Keane | Tom Keane | said | The canal will be finished by autumn | indirect");
    }

    @Test
    void aParagraphOpenedByANameAndAColonIsThatSpeakers(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Ann Marlow: The valley will get its water\n\nANNA BERG: Why did the canal take ten years?\n\n"
                                + "Update: the meeting moved to Friday."))
                .containsExactly(
                        "Ann Marlow | Ann Marlow | : | The valley will get its water | indirect",
                        "ANNA BERG | ANNA BERG | : | Why did the canal take ten years? | indirect");
    }

    @Test
    void aParticipleSpeaksForItsClausesSubject(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Ann Marlow closed the meeting by saying, \u201cWe will vote in May.\u201d "
                                + "Tom Keane left the hall, saying that the plan was dead."))
                .containsExactly(
                        "Ann Marlow | Ann Marlow | saying | \u201cWe will vote in May.\u201d | direct",
                        "Tom Keane | Tom Keane | saying | the plan was dead | indirect");
    }

    @Test
    void reportedSpeechIsIndirectAndAQuotedPhraseInsideItMixed(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "Gov. Tom Keane said that the new budget would cut school funding. "
                                + "The plan is unaffordable, the governor said on Tuesday. "
                                + "According to the state auditor, the deficit doubled last year. "
                                + "Keane called the proposal \u201ca disaster for families\u201d and asked "
                                + "lawmakers to reject it.")
                .run("quotes");
        assertThat(rows(t))
                .contains(
                        "Tom Keane | Gov. Tom Keane | said | the new budget would cut school funding | indirect",
                        "Tom Keane | the governor | said | The plan is unaffordable | indirect",
                        "the state auditor | the state auditor | According to | the deficit doubled last year | "
                                + "indirect");
        assertThat(TestShell.column(t, "kind")).contains("mixed");
    }

    @Test
    void aQuotationGoesOnAcrossSentencesAndParagraphs(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "\u201cThis is a fight we can win,\u201d said Ann Marlow. \u201cAnd then we will rebuild "
                                + "the port.\n\n" + "\u201cNobody will stop us.\u201d\n\nThe crowd cheered.")
                .run("quotes");
        assertThat(t.rows()).hasSize(1);
        assertThat(TestShell.column(t, "quote").get(0))
                .startsWith("\u201cThis is a fight we can win,\u201d")
                .endsWith("Nobody will stop us.\u201d");
        assertThat(TestShell.column(t, "speaker").get(0)).isEqualTo("Ann Marlow");
    }

    @Test
    void everyKindOfQuotationMark(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "\"Straight quotes work,\" said Ann Marlow. \u00abGuillemets too,\u00bb said Tom Keane. "
                                + "\u201eLow ones open,\u201d said Rosa Lind. The headline read \u2018Port plan "
                                + "dead\u2019 on Monday, and Marlow\u2019s aides didn\u2019t comment.")
                .run("quotes");
        assertThat(TestShell.column(t, "speaker")).startsWith("Ann Marlow", "Tom Keane", "Rosa Lind");
        assertThat(TestShell.column(t, "quote"))
                .startsWith("\"Straight quotes work,\"", "\u00abGuillemets too,\u00bb", "\u201eLow ones open,\u201d");
    }

    @Test
    void typewriterQuotationMarksAsArchivesWriteThem(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "''The canal is late,'' said Ann Marlow. ``So is the bridge,'' Tom Keane said. "
                                + "Rosa Lind said: 'We will wait for the water.' The growers' union did not comment.")
                .run("quotes");
        assertThat(TestShell.column(t, "speaker")).containsExactly("Ann Marlow", "Tom Keane", "Rosa Lind");
        assertThat(TestShell.column(t, "quote"))
                .containsExactly("''The canal is late,''", "``So is the bridge,''", "'We will wait for the water.'");
        assertThat(TestShell.column(t, "kind")).containsOnly("direct");
    }

    @Test
    void aPronounOrARoleIsTheSpeakerTheTextTiesItTo(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "a",
                        "Herald",
                        "Tom Keane met Sen. Ann Marlow on Friday. She said the port would reopen. The senator "
                                + "added that the cost was unknown.")
                .run("quotes --speaker marlow");
        assertThat(TestShell.column(t, "speaker")).containsOnly("Ann Marlow").hasSize(2);
        assertThat(TestShell.column(t, "speaker_text")).containsExactly("She", "The senator");
    }

    @Test
    void optionsNarrowAndCount(@TempDir Path dir) throws IOException {
        TestShell s = archive(
                dir,
                "a",
                "Herald",
                "\u201cWe will win,\u201d said Ann Marlow. Keane said the count was unfair.",
                "b",
                "Ledger",
                "\u201cWe will certainly win,\u201d Ann Marlow said. Marlow said the port would reopen.");
        assertThat(TestShell.column(s.run("quotes --direct"), "kind"))
                .containsOnly("direct")
                .hasSize(2);
        assertThat(TestShell.column(s.run("quotes port"), "quote")).containsExactly("the port would reopen");
        Table by = s.run("quotes --by speaker");
        assertThat(TestShell.column(by, "speaker")).containsExactly("Ann Marlow", "Ann Marlow", "Keane");
        assertThat(TestShell.column(by, "quotes")).containsExactly("2", "1", "1");
        assertThat(s.run("filter speaker=marlow").notes().get(0)).startsWith("2 of 2 documents");
        assertThat(s.run("filter speaker=keane").notes().get(0)).startsWith("1 of 2 documents");
        assertThatThrownBy(() -> s.run("quotes --by source"))
                .hasMessageContaining("quotes: --by takes speaker, not 'source'");
    }

    @Test
    void compareShowsHowTwoOutletsWordedOneStatement(@TempDir Path dir) throws IOException {
        Table t = archive(
                        dir,
                        "herald",
                        "Herald",
                        "\u201cWe will rebuild the port and every job that left it,\u201d Ann Marlow said at the "
                                + "rally.",
                        "ledger",
                        "Ledger",
                        "\u201cWe will rebuild the port and the jobs that left with it,\u201d said Ann Marlow.",
                        "courier",
                        "Courier",
                        "Marlow said she would rebuild the port and every job that left it.")
                .run("quotes --compare");
        assertThat(TestShell.column(t, "doc")).containsExactly("herald", "ledger", "courier");
        assertThat(TestShell.column(t, "status")).containsExactly("first", "reworded", "direct as indirect");
        String diff = TestShell.column(t, "difference").get(1);
        assertThat(diff).contains("[-every job-]").contains("{+the jobs+}").contains("{+with+}");
        assertThat(t.notes().get(0)).startsWith("1 statement quoted by two sources or more, 1 worded differently");
    }

    /** "X, who said ...": the relative pronoun speaks for the name or phrase it follows. */
    @Test
    void aRelativePronounSpeaksForWhatItFollows(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "The council met on Friday. Mayor Ruth Okafor, who opposes the levy, voted against it. "
                                + "The harbour union, which says the levy will cost jobs, marched to the hall."))
                .containsExactly(
                        "Ruth Okafor | who | opposes | the levy | indirect",
                        "The harbour union | which | says | the levy will cost jobs | indirect");
    }

    /**
     * "X defended ... and promised ...": the second verb speaks for the clause's subject, wherever the clause opens.
     */
    @Test
    void aSecondVerbSpeaksForTheSubjectOfTheFirst(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "In a speech on Monday Mayor Ruth Okafor defended the levy and promised that fares would "
                                + "fall by spring."))
                .contains("Ruth Okafor | Ruth Okafor | promised | fares would fall by spring | indirect");
    }

    /**
     * A poll that opens a sentence before its comma, or closes a clause, says what the clause says; someone's words or
     * view say what follows them only when the phrase says whose ("in her words", not "in other words").
     */
    @Test
    void aPollOrSomeonesWordsSayTheClauseTheyOpenOrClose(@TempDir Path dir) throws IOException {
        List<String> rows = quotesOf(
                dir,
                "Mayor Ruth Okafor backs the levy. In a Harbor Times poll released Monday, 52 percent of voters "
                        + "backed the levy. Okafor led Tom Keane by nine points in a Valley Gazette survey. "
                        + "In her view, the levy is overdue. In other words, the vote is close. "
                        + "Voters go to the polls on Tuesday.");
        assertThat(rows)
                .contains(
                        "Harbor Times | a Harbor Times poll released Monday | In | 52 percent of voters backed the levy"
                                + " | indirect",
                        "Valley Gazette | a Valley Gazette survey | in | Okafor led Tom Keane by nine points"
                                + " | indirect",
                        "Ruth Okafor | her | In | the levy is overdue | indirect")
                .noneMatch(r -> r.contains("other words") || r.contains("the polls"));
        // an event of speaking with a speaker of its own is the speaker's
        assertThat(quotesOf(dir, "In an interview on Monday, Mayor Ruth Okafor said the levy works."))
                .containsExactly("Ruth Okafor | Mayor Ruth Okafor | said | the levy works | indirect");
    }

    /** "Asked by X whether ..., Y said ...": the question is the asker's; with no asker written, no one's. */
    @Test
    void anOpeningAskedIsTheQuestionOfTheAskerItNames(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Asked by Tom Keane whether the levy would pass, Mayor Ruth Okafor said it would. "
                                + "Asked about the harbour, Okafor said the work was late."))
                .containsExactly(
                        "Tom Keane | Tom Keane | Asked | whether the levy would pass | indirect",
                        "Ruth Okafor | Mayor Ruth Okafor | said | it would | indirect",
                        "Ruth Okafor | Okafor | said | the work was late | indirect");
    }

    /** "a group called X" names; "Okafor called Keane "reckless."" is Okafor's verdict, a quotation after the name. */
    @Test
    void aCalledThatNamesIsNoAttributionButAVerdictIs(@TempDir Path dir) throws IOException {
        assertThat(quotesOf(
                        dir,
                        "Mayor Ruth Okafor opened the hall. Okafor called Tom Keane \u201creckless.\u201d "
                                + "A group called Harbor Watch marched to the hall."))
                .containsExactly("Ruth Okafor | Okafor | called | Tom Keane \u201creckless.\u201d | mixed");
    }
}
