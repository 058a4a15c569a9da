package org.corpex.solr;

import org.corpex.store.Schema;

/**
 * How corpex lays a corpus out in a Solr collection (the configset corpex-1 in the resources):
 * field names, the records beside the documents, and the configset's files.
 */
final class SolrLayout {
    private SolrLayout() {}

    /** The configset's name in the cluster; a new layout gets a new number, so collections of the old one keep theirs. */
    static final String CONFIGSET = "corpex-" + Schema.FORMAT;
    static final String[] CONFIGSET_FILES = {"schema.xml", "solrconfig.xml"};

    static final String ID = "id", KIND = "kind", ORD = "ord", BODY = "body", TEXT = "text", HEAD = "head",
            FIGURES = "figures", SOURCE = "source", DATE = "date", BLOB = "blob", STATE = "state";
    static final String KIND_DOC = "doc", KIND_META = "meta";

    /** corpex's own records, beside the documents: the build's state, and the vocabulary in chunks. */
    static final String STATE_ID = "_corpex_state", VOCABULARY_ID = "_corpex_vocabulary_";

    /** Between two tokens in {@link #BODY}: the field's tokenizer splits on it, and nothing else. */
    static final char SEPARATOR = '\u001F';

    /** The term Solr holds for a folded token (a token too long for Lucene is held as a digest, as on disk). */
    static String indexed(String folded) {
        String t = Schema.indexed(folded);
        return t.indexOf(SEPARATOR) < 0 ? t : t.replace(SEPARATOR, '\uFFFD');
    }
}
