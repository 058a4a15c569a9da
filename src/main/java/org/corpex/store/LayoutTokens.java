package org.corpex.store;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.index.Index;

/**
 * A document's tokens as Lucene reads them: corpex's own segmentation (the layout the loader
 * made), folded as the in-memory index folds, with character offsets, so positions in Lucene are
 * token numbers in corpex. (The vocabulary is counted before, on the loading side of the
 * pipeline: this runs on the one writer thread, the busiest of a build.)
 */
final class LayoutTokens extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private String text;
    private Layout layout;
    private int position, doc;
    private char[] buf = new char[64];

    LayoutTokens() {}

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
        String indexed = len * 3 <= 32_000 ? null : Schema.indexed(new String(buf, 0, len));
        if (indexed == null) term.copyBuffer(buf, 0, len);
        else term.setEmpty().append(indexed);
        offset.setOffset(s, e);
        position++;
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(text.length(), text.length());
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        position = 0;
    }
}
