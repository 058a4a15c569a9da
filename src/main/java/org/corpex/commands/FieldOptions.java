package org.corpex.commands;

import java.util.Iterator;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.Profiles;
import picocli.CommandLine.Option;

/** Options that name the fields of JSON and CSV records; shared by {@code load} and the command line. */
public final class FieldOptions {
    @Option(
            names = "--text-field",
            paramLabel = "NAME",
            description = "Field holding the article text (default: detect text, body, content...).")
    String text;

    @Option(
            names = "--title-field",
            paramLabel = "NAME",
            description = "Field holding the title (default: detect title, headline...).")
    String title;

    @Option(
            names = "--source-field",
            paramLabel = "NAME",
            description = "Field holding the source (default: detect source, publisher...).")
    String source;

    @Option(
            names = "--date-field",
            paramLabel = "NAME",
            description = "Field holding the date (default: detect date, published, year...).")
    String date;

    @Option(
            names = "--url-field",
            paramLabel = "NAME",
            description = "Field holding the URL (default: detect url, link).")
    String url;

    @Option(
            names = "--id-field",
            paramLabel = "NAME",
            description = "Field holding the document id (default: detect id; else file stem).")
    String id;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            completionCandidates = ProfileNames.class,
            description = "Read records as this field profile (news-please, trafilatura, newsapi, mediacloud, "
                    + "gdelt-gkg, or a profile file); default: recognize it.")
    String profile;

    public FieldNames toFieldNames() {
        return new FieldNames(text, title, source, date, url, id, profile);
    }

    /** The profiles corpex knows, for Tab. */
    public static final class ProfileNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Profiles.names().iterator();
        }
    }
}
