package org.corpex.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corpex.corpus.Layout;

/**
 * The tokens of one text's sentences, each sentence tokenised when first read and then kept: the figures and the
 * attributions of a document read many of the same sentences (the lead, the sentences around a quoted figure), so a
 * build that finds both tokenises each sentence once. Belongs to one thread and one text: asked of another text
 * (figures read a copy with plain spaces where the original has others), it tokenises afresh and keeps nothing.
 */
public final class SentenceTokens {
    private final String text;
    private final Layout layout;
    private final List<List<Tok>> made;

    public SentenceTokens(String text, Layout layout) {
        this.text = text;
        this.layout = layout;
        this.made = new ArrayList<>(Collections.nCopies(layout.sentenceCount(), null));
    }

    /** The tokens of sentence {@code s} of {@code text}. */
    List<Tok> of(String text, Layout layout, int s) {
        if (text != this.text || layout != this.layout)
            return Tok.of(text, layout.sentenceStart(s), layout.sentenceEnd(s));
        List<Tok> t = made.get(s);
        if (t == null) {
            t = Tok.of(text, layout.sentenceStart(s), layout.sentenceEnd(s));
            made.set(s, t);
        }
        return t;
    }
}
