package org.corpex.index;

import java.util.List;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;

/**
 * What the engines over a store (an index on disk, a Solr collection) share: the vocabulary read from the store answers
 * for term ids and counts, the documents' heads for sizes, and a document's term ids come from its text, segmented
 * again, since a store keeps positions per term rather than terms per position.
 */
public abstract class StoredEngine implements Index {
    protected final Vocabulary vocab;
    protected final List<Document> docs;

    protected StoredEngine(Vocabulary vocab, List<Document> docs) {
        this.vocab = vocab;
        this.docs = docs;
    }

    @Override
    public int vocabularySize() {
        return vocab.size();
    }

    @Override
    public String term(int id) {
        return vocab.term(id);
    }

    @Override
    public int termId(String folded) {
        return vocab.id(folded);
    }

    @Override
    public int termFrequency(int id) {
        return vocab.collectionFrequency(id);
    }

    @Override
    public int documentFrequency(int id) {
        return vocab.documentFrequency(id);
    }

    @Override
    public int documentCount() {
        return docs.size();
    }

    @Override
    public int tokenCount(int doc) {
        return docs.get(doc).tokens();
    }

    @Override
    public int[] matchingTerms(Query q) {
        return vocab.matching(q);
    }

    @Override
    public int[] documentTerms(int doc) {
        Document.Body b = docs.get(doc).bodyOnce();
        return termsOf(b.text(), b.layout(), doc);
    }

    /** The term ids of a document's text; a token the vocabulary lacks means the store does not match its texts. */
    protected final int[] termsOf(String text, Layout l, int doc) {
        int[] out = vocab.ids(text, l);
        for (int id : out) if (id < 0) throw missingTerm(docs.get(doc));
        return out;
    }

    /** The error for a token of {@code d} missing from the vocabulary, as this store names itself. */
    protected abstract CorpexException missingTerm(Document d);
}
