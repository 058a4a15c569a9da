package org.corpex.corpus.load;

/**
 * Which record fields hold the text, title, source, date, url and id. A null name means
 * "detect it" from the usual names (text/body/content, title/headline, source/publisher,
 * date/published/year, url/link, id).
 */
public record FieldNames(String text, String title, String source, String date, String url, String id) {
    public static final FieldNames DETECT = new FieldNames(null, null, null, null, null, null);
}
