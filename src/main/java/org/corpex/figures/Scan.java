package org.corpex.figures;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.corpus.Segmenter;

/** Where figures are collected, with the context each one takes from its sentence. */
final class Scan {
    private static final Lexicon L = Lexicon.get();

    final Document d;
    final int doc;
    final String text;
    final List<Figure> out;
    final BitSet taken;
    final Layout layout;
    final String docYear;

    Scan(Document d, int doc, String text, List<Figure> out, BitSet taken) {
        this.d = d;
        this.doc = doc;
        this.text = text;
        this.out = out;
        this.taken = taken;
        this.layout = d.layout();
        this.docYear = Periods.documentYear(d);
    }

    private int textSentence = Integer.MIN_VALUE;
    private String sentenceText = "";
    private int lastLength = -1;

    /** The sentence with whitespace collapsed, made once for all its figures. */
    String sentenceText(int si, int ss, int se) {
        if (si != textSentence || se - ss != lastLength) {
            textSentence = si;
            lastLength = se - ss;
            sentenceText = Segmenter.collapseWhitespace(text.substring(ss, se));
        }
        return sentenceText;
    }

    private int cueSentence = Integer.MIN_VALUE;
    private List<Context.Cue> cueList = List.of();
    private int lowerSentence = Integer.MIN_VALUE, lowerStart, lowerEnd;
    private String lower = "";

    /** The sentence lower-cased, made once for all its figures (figures come in text order). */
    String lower(int si, int ss, int se) {
        if (si != lowerSentence || ss != lowerStart || se != lowerEnd) {
            lowerSentence = si;
            lowerStart = ss;
            lowerEnd = se;
            lower = text.substring(ss, se).toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** Subject cues of a sentence, found once for all its figures. */
    List<Context.Cue> cues(int si, int ss, int se) {
        if (si != cueSentence) {
            cueSentence = si;
            cueList = Context.cues(lower(si, ss, se));
        }
        return cueList;
    }

    private int nameSentence = Integer.MIN_VALUE, nameStart, nameEnd;
    private List<Names.Name> nameList = List.of();
    private final Map<String, String> nameMemo = new HashMap<>();
    private int periodSentence = Integer.MIN_VALUE, periodStart, periodEnd;
    private Periods periodList;

    /** Time expressions of a sentence, found once for all its figures. */
    Periods periods(int si, int ss, int se) {
        if (si != periodSentence || ss != periodStart || se != periodEnd || periodList == null) {
            periodSentence = si;
            periodStart = ss;
            periodEnd = se;
            periodList = Periods.of(lower(si, ss, se), ss, docYear);
        }
        return periodList;
    }

    /** Names of a sentence, found once for all its figures. */
    List<Names.Name> names(int si, int ss, int se) {
        if (si != nameSentence || ss != nameStart || se != nameEnd) {
            nameSentence = si;
            nameStart = ss;
            nameEnd = se;
            nameList = Names.names(text, ss, se, nameMemo);
        }
        return nameList;
    }

    int sentenceStart(int pos) {
        int si = layout.sentenceOf(pos);
        return si >= 0 ? layout.sentenceStart(si) : 0;
    }

    int sentenceEnd(int pos) {
        int si = layout.sentenceOf(pos);
        return si >= 0 ? layout.sentenceEnd(si) : text.length();
    }

    boolean free(int start, int end) {
        int clash = taken.nextSetBit(start);
        return clash < 0 || clash >= end;
    }

    void add(
            int start,
            int end,
            Figure.Kind kind,
            double value,
            double high,
            String unit,
            String qualifier,
            String direction,
            String per,
            String flag) {
        if (!free(start, end)) return;
        taken.set(start, end);
        int si = layout.sentenceOf(start);
        int ss = si >= 0 ? layout.sentenceStart(si) : 0, se = si >= 0 ? layout.sentenceEnd(si) : text.length();
        if (se < end) se = Math.min(text.length(), end);
        if (ss > start) ss = start;
        String sentence = sentenceText(si, ss, se);
        int qStart = start;
        if (qualifier.isEmpty()) {
            // Only the few characters before the figure can hold a qualifier.
            int e = start;
            while (e > ss && text.charAt(e - 1) == ' ') e--;
            int from = Math.max(ss, e - 24);
            if (e > from && Character.isLetter(text.charAt(e - 1))) {
                String before = text.substring(from, e).toLowerCase(Locale.ROOT);
                for (String[] q : L.qualifiers) {
                    String p = q[0];
                    int at = before.length() - p.length();
                    if (at >= 0
                            && before.endsWith(p)
                            && (at == 0 && from == ss || at > 0 && !Character.isLetter(before.charAt(at - 1)))) {
                        qualifier = p;
                        qStart = e - p.length();
                        break;
                    }
                }
            }
        }
        if (direction.isEmpty()
                && (kind == Figure.Kind.PERCENT || kind == Figure.Kind.MONEY || kind == Figure.Kind.RANGE)) {
            direction = Context.direction(text, ss, qStart, end, se);
        }
        // For whom and for when matter to the figures compare groups; years, dates and plain numbers are not
        // grouped.
        boolean measured = kind != Figure.Kind.YEAR && kind != Figure.Kind.DATE && kind != Figure.Kind.NUMBER;
        String[] subj = Context.subject(
                text,
                lower(si, ss, se),
                ss,
                se,
                start,
                end,
                kind,
                unit,
                cues(si, ss, se),
                measured ? names(si, ss, se) : List.of());
        String period = measured ? periods(si, ss, se).periodOf(start, end) : "";
        out.add(new Figure(
                doc,
                start,
                end,
                layout.lineOf(start),
                text.substring(start, end),
                kind,
                value,
                high,
                unit,
                qualifier,
                direction,
                subj[0],
                subj[1],
                sentence,
                flag,
                per,
                period));
    }
}
