package org.corpex.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.corpus.Segmenter;
import org.corpex.figures.Extractor;
import org.corpex.figures.Figure;
import org.corpex.figures.Frame;
import org.corpex.language.Attribution;
import org.corpex.language.SentenceTokens;
import org.corpex.language.When;
import org.corpex.quotes.Quotes;

/**
 * How a document's head and its figures are written as bytes, and read back (in an index on disk or a Solr collection).
 */
public final class Records {
    private Records() {}

    /** A document's head: everything but its text. */
    public static BytesRef head(Document d) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            for (String s : new String[] {d.id(), d.title(), d.source(), d.date(), d.url(), d.path()})
                out.writeString(s);
            out.writeVInt(d.meta().size());
            for (Map.Entry<String, String> e : d.meta().entrySet()) {
                out.writeString(e.getKey());
                out.writeString(e.getValue());
            }
            out.writeVInt(d.words());
            out.writeVInt(d.tokens());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return new BytesRef(out.toArrayCopy());
    }

    public static Document document(BytesRef b, Supplier<String> text) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        String id = in.readString(),
                title = in.readString(),
                source = in.readString(),
                date = in.readString(),
                url = in.readString(),
                path = in.readString();
        int n = in.readVInt();
        Map<String, String> meta = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) meta.put(in.readString(), in.readString());
        int words = in.readVInt(), tokens = in.readVInt();
        return Document.stored(id, title, source, date, url, path, meta, words, tokens, text);
    }

    /**
     * A document's figures. Their strings go in a table of their own, each written once: the figures of one sentence
     * share its subject and entity. The sentence, most of a figure's bytes, is written as where it stands in the text
     * when it is that stretch of the text with its whitespace collapsed (as the extractor makes it), and read back from
     * the text.
     */
    public static BytesRef figures(List<Figure> figures, Document d) {
        return extracted(figures, List.of(), d);
    }

    /**
     * What was read from a document's text at build time: its figures, then its attributions (who said what), in one
     * record. An attribution's words are where they stand in the text, so only their offsets are written; its speaker
     * and cue go in the strings' table with the figures'.
     */
    /**
     * What a build stores of a document at position {@code ord}: its figures and attributions, found with one
     * tokenisation of the sentences both read.
     */
    public static BytesRef extracted(Document d, int ord) {
        SentenceTokens tokens = new SentenceTokens(d.text(), d.layout());
        return extracted(Extractor.extract(d, ord, tokens), Quotes.find(d, tokens), d);
    }

    public static BytesRef extracted(List<Figure> figures, List<Attribution> quotes, Document d) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        Map<String, Integer> table = new LinkedHashMap<>();
        int[][] refs = new int[figures.size()][];
        int[][] spans = new int[figures.size()][];
        String text = d.text();
        Layout layout = d.layout();
        int lastSentence = -1;
        String lastCollapsed = null;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int si = layout.sentenceOf(f.start());
            if (si >= 0 && f.sentence() != null) {
                if (si != lastSentence) {
                    lastSentence = si;
                    lastCollapsed = sentence(text, layout.sentenceStart(si), layout.sentenceEnd(si));
                }
                if (f.sentence().equals(lastCollapsed))
                    spans[i] = new int[] {layout.sentenceStart(si), layout.sentenceEnd(si)};
            }
            Frame fr = f.frame();
            String[] strings = {
                f.text(),
                f.unit(),
                f.qualifier(),
                f.direction(),
                f.subject(),
                f.entity(),
                spans[i] != null ? "" : f.sentence(),
                f.flag(),
                f.per(),
                f.period(),
                fr.entity(),
                fr.entityName(),
                String.join(SEP, fr.measures()),
                String.join(SEP, fr.scope()),
                fr.poll(),
                fr.when().encode(),
                String.join(SEP, fr.anchors()),
                fr == Frame.NONE ? "" : "1"
            };
            refs[i] = new int[strings.length];
            for (int k = 0; k < strings.length; k++) {
                String v = strings[k] == null ? NULL : strings[k];
                refs[i][k] = table.computeIfAbsent(v, x -> table.size());
            }
        }
        int[][] quoteRefs = new int[quotes.size()][];
        for (int i = 0; i < quotes.size(); i++) {
            Attribution a = quotes.get(i);
            String[] strings = {a.speaker(), a.speakerKey(), a.speakerText(), a.cue()};
            quoteRefs[i] = new int[strings.length];
            for (int k = 0; k < strings.length; k++)
                quoteRefs[i][k] = table.computeIfAbsent(strings[k], x -> table.size());
        }
        try {
            out.writeVInt(table.size());
            for (String v : table.keySet()) out.writeString(v);
            out.writeVInt(figures.size());
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                out.writeVInt(f.start());
                out.writeVInt(f.end() - f.start());
                out.writeVInt(f.line());
                out.writeByte((byte) f.kind().ordinal());
                out.writeLong(Double.doubleToRawLongBits(f.value()));
                out.writeLong(Double.doubleToRawLongBits(f.high()));
                for (int r : refs[i]) out.writeVInt(r);
                if (spans[i] == null) {
                    out.writeVInt(0);
                } else {
                    out.writeVInt(spans[i][0] + 1);
                    out.writeVInt(spans[i][1] - spans[i][0]);
                }
            }
            out.writeVInt(quotes.size());
            for (int i = 0; i < quotes.size(); i++) {
                Attribution a = quotes.get(i);
                out.writeVInt(a.start());
                out.writeVInt(a.end() - a.start());
                out.writeByte((byte) a.kind().ordinal());
                out.writeVInt(a.cueStart() + 1);
                out.writeVInt(a.speakerStart() + 1);
                for (int r : quoteRefs[i]) out.writeVInt(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The attributions of a record that {@link #extracted} wrote, their words read back from the text. */
    public static List<Attribution> quotes(BytesRef b, Supplier<String> text) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        String[] table = new String[in.readVInt()];
        for (int i = 0; i < table.length; i++) table[i] = in.readString();
        int n = in.readVInt();
        for (int i = 0; i < n; i++) { // past the figures
            in.readVInt();
            in.readVInt();
            in.readVInt();
            in.readByte();
            in.readLong();
            in.readLong();
            for (int k = 0; k < FIGURE_STRINGS; k++) in.readVInt();
            if (in.readVInt() > 0) in.readVInt();
        }
        if (in.eof()) return List.of();
        int q = in.readVInt();
        if (q == 0) return List.of();
        String t = text.get();
        Attribution.Kind[] kinds = Attribution.Kind.values();
        List<Attribution> out = new ArrayList<>(q);
        for (int i = 0; i < q; i++) {
            int start = in.readVInt(), end = start + in.readVInt();
            Attribution.Kind kind = kinds[in.readByte()];
            int cueStart = in.readVInt() - 1, speakerStart = in.readVInt() - 1;
            String speaker = table[in.readVInt()],
                    key = table[in.readVInt()],
                    written = table[in.readVInt()],
                    cue = table[in.readVInt()];
            if (end > t.length()) throw new IOException("an attribution lies past the end of its text");
            out.add(new Attribution(
                    speaker, key, written, cue, t.substring(start, end), kind, start, end, cueStart, speakerStart));
        }
        return List.copyOf(out);
    }

    /** A sentence as the extractor gives it: that stretch of the text, odd spaces made plain, whitespace collapsed. */
    private static String sentence(String text, int start, int end) {
        return Segmenter.collapseWhitespace(Extractor.plainSpaces(text.substring(start, end)));
    }

    /** How many strings a figure writes: its own ten and its frame's eight. */
    private static final int FIGURE_STRINGS = 18;
    /** Joins a frame's lists (no word holds a unit separator). */
    private static final String SEP = "\u001f";

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(SEP, -1));
    }

    /** Stands for null in the table (no figure string holds a NUL). */
    private static final String NULL = "\0";

    public static List<Figure> figures(BytesRef b, int doc, Supplier<String> text) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        String[] table = new String[in.readVInt()];
        for (int i = 0; i < table.length; i++) {
            String v = in.readString();
            table[i] = v.equals(NULL) ? null : v;
        }
        int n = in.readVInt();
        List<Figure> out = new ArrayList<>(n);
        Figure.Kind[] kinds = Figure.Kind.values();
        String t = null;
        int lastStart = -1, lastEnd = -1;
        String lastSentence = null;
        for (int i = 0; i < n; i++) {
            int start = in.readVInt(), end = start + in.readVInt(), line = in.readVInt();
            Figure.Kind kind = kinds[in.readByte()];
            double value = Double.longBitsToDouble(in.readLong()), high = Double.longBitsToDouble(in.readLong());
            String[] s = new String[FIGURE_STRINGS];
            for (int k = 0; k < s.length; k++) s[k] = table[in.readVInt()];
            int at = in.readVInt();
            if (at > 0) {
                int ss = at - 1, se = ss + in.readVInt();
                if (ss != lastStart || se != lastEnd) {
                    if (t == null) t = text.get();
                    if (se > t.length()) throw new IOException("a figure's sentence lies past the end of its text");
                    lastStart = ss;
                    lastEnd = se;
                    lastSentence = sentence(t, ss, se);
                }
                s[6] = lastSentence;
            }
            Frame fr = s[17].isEmpty()
                    ? Frame.NONE
                    : new Frame(s[10], s[11], list(s[12]), list(s[13]), s[14], When.decode(s[15]), list(s[16]));
            out.add(new Figure(
                    doc, start, end, line, s[0], kind, value, high, s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8],
                    s[9], fr));
        }
        return List.copyOf(out);
    }
}
