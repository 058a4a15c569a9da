package org.corpex.solr;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.corpex.base.CorpexException;

/**
 * What corpex records in a collection about its content, in the document {@link SolrLayout#STATE_ID}: which paths were
 * indexed and a fingerprint of their files (path, size, time), how far the writing got (so that an interrupted build
 * resumes where it stopped, if the files are as they were), and, once complete, how many documents and vocabulary
 * chunks there are. {@code replicas} is how many copies of each shard the build gives the collection when it is loaded
 * (0 in a record written before corpex loaded with one copy: nothing to add).
 */
record BuildState(
        int format,
        boolean complete,
        List<String> specs,
        String sources,
        int uploaded,
        int documents,
        int vocabularyChunks,
        int files,
        long chars,
        String built,
        int replicas) {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BuildState parse(String json, SolrAddress where) {
        try {
            return JSON.readValue(json, BuildState.class);
        } catch (IOException e) {
            throw new CorpexException(
                    where + ": corpex's record in the collection is damaged (" + e.getMessage() + "); build it again");
        }
    }
}
