package org.corpex.solr;

import java.util.List;
import org.corpex.base.CorpexException;
import org.corpex.store.StoredIndex;

/**
 * What the paths given to corpex or load name when they are not files: an index on disk, or a collection in SolrCloud.
 * Referring to this class loads no SolrJ class; a solr:// address does.
 */
public final class Stores {
    private Stores() {}

    /** The index or collection these paths name, opened; null when they name files to load. */
    public static StoredIndex.Opened openIfStored(List<String> specs) {
        for (String s : specs) {
            if (SolrAddress.looksLike(s)) {
                if (specs.size() > 1) throw new CorpexException(s + " is a collection, which opens alone");
                return SolrCollection.open(s);
            }
        }
        return StoredIndex.openIfIndex(specs);
    }
}
