package org.corpex.store;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.index.Index;

/**
 * A document's tokens as Lucene reads them: corpex's own segmentation (the layout the loader made), folded as the
 * in-memory index folds, with character offsets, so positions in Lucene are token numbers in corpex. The vocabulary is
 * read back from Lucene's term dictionary before the commit, so no token is hashed twice.
 */
final class LayoutTokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private String text;
    private Layout layout;
    private int position, doc;
    private char[] buf = new char[64];

    /** The rare tokens too long for Lucene, by the digest it holds for them: the vocabulary needs them as written. */
    private final Map<String, String> longTerms;

    LayoutTokens(Map<String, String> longTerms) {
        this.longTerms = longTerms;
    }

    /** The next document to read, at this corpus position. */
    LayoutTokens of(Document d, int position) {
        this.text = d.text();
        this.layout = d.layout();
        this.doc = position;
        return this;
    }

    @Override
    public boolean incrementToken() {
        if (position >= layout.tokenCount()) return false;
        clearAttributes();
        int s = layout.tokenStart(position), e = layout.tokenEnd(position);
        if (buf.length < 2 * (e - s) + 2) buf = new char[4 * (e - s) + 2];
        int len = Index.fold(text, s, e, buf);
        String indexed = Schema.mayBeTooLong(len) ? Schema.indexed(new String(buf, 0, len)) : null;
        if (indexed == null || indexed.length() == len) {
            term.copyBuffer(buf, 0, len);
        } else {
            longTerms.put(indexed, new String(buf, 0, len));
            term.setEmpty().append(indexed);
        }
        offset.setOffset(s, e);
        position++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(text.length(), text.length());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        position = 0;
    }
}
