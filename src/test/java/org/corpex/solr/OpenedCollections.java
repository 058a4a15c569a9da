package org.corpex.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpex.session.Session;
import org.corpex.store.StoredIndex;

/**
 * Sessions over collections a test opens, closed together before its cluster stops: an open connection holds a node's
 * graceful shutdown until it times out.
 */
final class OpenedCollections implements AutoCloseable {
    private final List<SolrIndex> opened = new ArrayList<>();

    /** A session over the collection at {@code a}, opened with {@code env} as its environment. */
    synchronized Session session(SolrAddress a, Map<String, String> env) {
        StoredIndex.Opened o = SolrCollection.open(a, env);
        opened.add((SolrIndex) o.corpus().index());
        Session s = new Session();
        s.setCorpus(o.corpus());
        return s;
    }

    @Override
    public synchronized void close() {
        for (SolrIndex i : opened) i.close();
        opened.clear();
    }
}
