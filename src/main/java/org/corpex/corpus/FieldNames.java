package org.corpex.corpus;

/**
 * Which record fields hold the text, title, source, date, url and id. A null name means "detect it" from the usual
 * names (text/body/content, title/headline, source/publisher, date/published/year, url/link, id). {@code profile}
 * forces a field profile by name or file (null: recognize one from the fields a file has).
 */
public record FieldNames(String text, String title, String source, String date, String url, String id, String profile) {
    public static final FieldNames DETECT = new FieldNames(null, null, null, null, null, null, null);

    public FieldNames(String text, String title, String source, String date, String url, String id) {
        this(text, title, source, date, url, id, null);
    }

    /** These names, with the profile's filling the ones not given. */
    public FieldNames under(FieldNames p) {
        return new FieldNames(
                text != null ? text : p.text,
                title != null ? title : p.title,
                source != null ? source : p.source,
                date != null ? date : p.date,
                url != null ? url : p.url,
                id != null ? id : p.id,
                profile);
    }
}
