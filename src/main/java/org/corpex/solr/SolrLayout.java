package org.corpex.solr;

import org.corpex.store.Schema;

/**
 * How corpex lays a corpus out in a Solr collection (the configset corpex-FORMAT in the resources): field names, the
 * records beside the documents, and the configset's files.
 */
final class SolrLayout {
    private SolrLayout() {}

    /**
     * The configset's name in the cluster; a new layout gets a new number, so collections of the old one keep theirs.
     */
    static final String CONFIGSET = "corpex-" + Schema.FORMAT;

    static final String[] CONFIGSET_FILES = {"schema.xml", "solrconfig.xml"};

    static final String ID = "id",
            KIND = "kind",
            ORD = "ord",
            BODY = "body",
            TEXT = "text",
            HEAD = "head",
            FIGURES = "figures",
            PAIRS = "pairs",
            HEAD_STORED = "head_stored",
            SOURCE = "source",
            DATE = "date",
            BLOB = "blob",
            STATE = "state";
    static final String KIND_DOC = "doc", KIND_META = "meta";

    /** corpex's own records, beside the documents: the build's state, and the vocabulary in chunks. */
    static final String STATE_ID = "_corpex_state", VOCABULARY_ID = "_corpex_vocabulary_";

    /**
     * The longest head held in doc values (base64); a longer one is stored instead (Lucene holds at most 32,766 bytes a
     * value).
     */
    static final int HEAD_MAX_CHARS = 30_000;

    /** Between two tokens in {@link #BODY}: the field's tokenizer splits on it, and nothing else. */
    static final char SEPARATOR = '\u001F';

    /** Between the two tokens of a term of {@link #PAIRS} (the schema's shingle filter writes it). */
    static final char PAIR_SEPARATOR = '\u2063';
    /**
     * The longest pair {@link #PAIRS} holds (the schema's length filter drops longer ones, which Lucene could not
     * hold).
     */
    static final int PAIR_MAX_CHARS = 10_000;

    /**
     * The term of {@link #PAIRS} for two consecutive tokens (as held in {@link #BODY}), or null when Solr does not hold
     * it.
     */
    static String pair(String first, String second) {
        String p = first + PAIR_SEPARATOR + second;
        return p.length() > PAIR_MAX_CHARS ? null : p;
    }

    /** The term Solr holds for a folded token (a token too long for Lucene is held as a digest, as on disk). */
    static String indexed(String folded) {
        String t = Schema.indexed(folded);
        return t.indexOf(SEPARATOR) < 0 ? t : t.replace(SEPARATOR, '\uFFFD');
    }
}
