package org.corpex.language;

import java.util.Locale;

/**
 * Who said (wrote, thought) what, in one document: the speaker, the cue that attributes, and the content, each as
 * written and where it stands.
 *
 * @param speaker whom the text ties the words to, as resolved ("Hillary Clinton" for "she" or "the former secretary of
 *     state" where the text says so), else as written
 * @param speakerKey the speaker's key, the same across documents ("clinton"), or the words as written in lower case
 * @param speakerText the speaker as written ("she", "a spokesman for the campaign")
 * @param cue the words that attribute ("said", "according to", "told reporters", "wrote"); "" for a quotation that goes
 *     on from the one before
 * @param quote the content as written: a quotation with its marks, or the reported clause
 * @param kind direct (a quotation), indirect (reported speech), mixed (reported speech quoting some words)
 * @param start first character of the content
 * @param end character after it
 * @param cueStart first character of the cue (-1 when none)
 * @param speakerStart first character of the speaker as written (-1 when none)
 */
public record Attribution(
        String speaker,
        String speakerKey,
        String speakerText,
        String cue,
        String quote,
        Kind kind,
        int start,
        int end,
        int cueStart,
        int speakerStart) {

    public enum Kind {
        DIRECT,
        INDIRECT,
        MIXED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
