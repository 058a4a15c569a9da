package org.corpex.session;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.corpex.table.Format;

/**
 * What the prompt offers on Tab for an option or parameter, said in the picocli model itself
 * ({@code completionCandidates = Candidates.DocumentIds.class}) so completion cannot drift from parsing. Fixed lists
 * are plain {@link Iterable}s (and enum types complete by themselves); the session-dependent kinds below are markers
 * that the prompt fills from the session.
 *
 * <p>Without an annotation the prompt goes by the parameter's label: FILE, PATH or DIR complete file names, DOC
 * document ids, FORMAT table formats, QUERY or WORD corpus words, EXPR filter terms, COMMAND command names.
 */
public final class Candidates {
    private Candidates() {}

    /** A kind the prompt fills from the session; iterated outside the prompt, it is empty. */
    public abstract static class FromSession implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Collections.emptyIterator();
        }
    }

    /** Document ids, with titles as descriptions. */
    public static final class DocumentIds extends FromSession {}

    /** Corpus words, most frequent first. */
    public static final class CorpusWords extends FromSession {}

    /** Filter terms: field names as {@code field:}, field values, and corpus words. */
    public static final class FilterTerms extends FromSession {}

    /** File and folder names. */
    public static final class Files extends FromSession {}

    /** The table formats: text, csv, tsv, json, jsonl. */
    public static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values())
                    .filter(f -> f != Format.XLSX)
                    .map(Format::toString)
                    .iterator();
        }
    }

    /**
     * A command whose later arguments depend on earlier ones ({@code set format csv}): given the positional words
     * before the one being completed, the values that may follow.
     */
    public interface DependOnEarlierWords {
        List<String> candidates(List<String> earlier);
    }
}
