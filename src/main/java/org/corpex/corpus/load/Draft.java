package org.corpex.corpus.load;

import java.util.Map;

/**
 * A document before segmentation: what a format read from a file. Segmenting is the costly part of a load, so it
 * happens afterwards, in parallel over all drafts.
 *
 * @param fileLevel true when the draft is a whole file (text, markdown, HTML), false for a record; a sidecar overrides
 *     what was guessed for a file but only fills a record's blanks
 */
record Draft(
        String id,
        String title,
        String source,
        String date,
        String url,
        String path,
        String text,
        Map<String, String> meta,
        boolean fileLevel) {

    Draft with(String title, String source, String date, String url, Map<String, String> meta) {
        return new Draft(id, title, source, date, url, path, text, meta, fileLevel);
    }
}
