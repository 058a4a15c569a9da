package org.corpex.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corpex.corpus.Document;
import org.corpex.corpus.Layout;
import org.corpex.language.Discourse;
import org.corpex.language.Discourse.Mention;
import org.corpex.language.Discourse.Type;
import org.corpex.language.LanguageLexicon;
import org.corpex.language.SentenceTokens;
import org.corpex.language.Stems;
import org.corpex.language.Times;
import org.corpex.language.Tok;
import org.corpex.language.When;

/**
 * Reads the {@link Frame} of each measured figure of a document (money, percent, quantities and durations): whom it is
 * of, what its clause says is measured, where and among whom, from which poll, and when. The document is read once, in
 * order, so that pronouns, roles ("the senator") and back references ("the same survey") resolve to what the sentences
 * before them named.
 */
final class FrameReader {
    private FrameReader() {}

    private static final LanguageLexicon LL = LanguageLexicon.get();
    private static final Lexicon L = Lexicon.get();
    /** How many tokens either side of a figure its clause's words are read from. */
    private static final int WINDOW = 8;

    /** Stem (or stems of a phrase, space-separated): measure classes. */
    private static final Map<String, List<String>> MEASURES = new HashMap<>();

    private static final Set<String> PHRASE_STARTS = new HashSet<>();

    static {
        for (Map.Entry<String, List<String>> e : LL.measures.entrySet()) {
            String[] words = e.getKey().split(" ");
            StringBuilder k = new StringBuilder();
            for (String w : words) {
                if (k.length() > 0) k.append(' ');
                k.append(Stems.of(w));
            }
            MEASURES.merge(k.toString(), e.getValue(), (a, b) -> {
                List<String> m = new ArrayList<>(a);
                m.addAll(b);
                return List.copyOf(m);
            });
            if (words.length > 1) PHRASE_STARTS.add(Stems.of(words[0]));
        }
    }

    static boolean measured(Figure f) {
        return switch (f.kind()) {
            case MONEY, PERCENT, QUANTITY, DURATION -> !Double.isNaN(f.value()) && f.value() > 1;
            default -> false;
        };
    }

    /** The figures with their frames (figures that measure nothing keep none). */
    static List<Figure> read(Document d, String text, Layout layout, List<Figure> figures, SentenceTokens tokens) {
        int last = -1;
        BitSet wanted = new BitSet();
        for (Figure f : figures) {
            if (!measured(f)) continue;
            int s = layout.sentenceOf(f.start());
            if (s < 0) continue;
            wanted.set(s);
            last = Math.max(last, s);
        }
        if (last < 0) return figures;
        Discourse disc = Discourse.readAround(text, layout, wanted, tokens);
        LocalDate[] span = documentDate(d.date());
        LocalDate date = span == null ? null : span[0];
        boolean dayPrecise = span != null && span[0].equals(span[1]);
        // per sentence: the poll it names or refers back to ("the same survey"), and the poll just named before it
        String[] polls = new String[last + 1], pollsBefore = new String[last + 1];
        String lastPoll = "";
        int lastPollSentence = -10;
        for (int s = 0; s <= last; s++) {
            List<Tok> toks = disc.tokens(s);
            List<Mention> ms = disc.mentions(s);
            boolean pollSentence = false;
            for (Tok t : toks)
                if (t.word() && L.pollForms.contains(t.lower())) {
                    pollSentence = true;
                    break;
                }
            String poll = "";
            if (pollSentence) {
                TreeSet<String> words = new TreeSet<>();
                for (Mention m : ms) {
                    if (m.form() == Discourse.Form.NAME && m.type() == Type.ORGANISATION) {
                        for (String w : m.key().split("[ /\\-]+"))
                            if (!w.isEmpty() && !L.pollWords.contains(w)) words.add(w);
                    }
                }
                poll = String.join(" ", words);
                if (poll.isEmpty() && backReference(toks)) poll = lastPoll;
            }
            polls[s] = poll;
            pollsBefore[s] = s - lastPollSentence <= 2 ? lastPoll : "";
            if (!poll.isEmpty()) {
                lastPoll = poll;
                lastPollSentence = s;
            }
        }
        List<Figure> out = new ArrayList<>(figures.size());
        int cachedSentence = -1;
        List<Times.Found> found = List.of();
        for (Figure f : figures) {
            if (!measured(f)) {
                out.add(f);
                continue;
            }
            int s = layout.sentenceOf(f.start());
            if (s < 0 || s > last) {
                out.add(f);
                continue;
            }
            List<Tok> toks = disc.tokens(s);
            if (s != cachedSentence) {
                cachedSentence = s;
                found = Times.find(toks, dayPrecise ? date : null);
            }
            int first = -1, lastTok = -1;
            for (int k = 0; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.end() > f.start() && t.start() < f.end()) {
                    if (first < 0) first = k;
                    lastTok = k;
                }
            }
            if (first < 0) {
                out.add(f);
                continue;
            }
            if (f.kind() == Figure.Kind.DURATION
                    && (lastTok + 1 < toks.size()
                                    && L.timeAfter.contains(
                                            toks.get(lastTok + 1).lower())
                            || first > 0
                                    && L.timeBefore.contains(toks.get(first - 1).lower())
                            || f.qualifier().startsWith("over the")
                            || f.qualifier().startsWith("in the"))) {
                out.add(f);
                continue;
            }
            Clause c = Clause.of(toks, first, lastTok);
            if (hypothetical(toks, c, first)) {
                out.add(f);
                continue;
            }
            When when = Times.of(
                    toks, found, first, lastTok, c.scopeStart(), c.end(), c.openerEnd(), dayPrecise ? date : null);
            if (when.kind() == When.Kind.UNKNOWN && span != null && !dayPrecise) {
                when = new When(
                        span[0],
                        span[1],
                        When.Kind.AS_OF,
                        when.cumulative(),
                        "as of " + d.date().strip());
            }
            // a poll the sentence names (or calls "the same survey") is the figure's; one named just before only may be
            String poll = polls[s];
            String pollBefore = poll.isEmpty() && f.kind() == Figure.Kind.PERCENT ? pollsBefore[s] : "";
            List<String> before = new ArrayList<>();
            if (s > 0) for (Mention m : disc.mentions(s - 1)) if (m.type() == Type.PLACE) before.add(m.key());
            out.add(withFrame(f, frame(disc, s, toks, first, lastTok, c, poll, pollBefore, before, when)));
        }
        return out;
    }

    /**
     * The clause a figure stands in, as token positions: [start, end] between commas, semicolons, colons, dashes and
     * parentheses; scopeStart reaches back over the clause before when this one is a relative clause about it ("in
     * Tuesday's Utah caucuses, where he won 61 percent"); the sentence's opening clause ("In South Carolina, ...") ends
     * at openerEnd (-1 when none).
     */
    record Clause(int start, int end, int scopeStart, int openerEnd) {
        static Clause of(List<Tok> toks, int first, int last) {
            int start = 0;
            for (int k = first - 1; k >= 0; k--)
                if (boundary(toks.get(k))) {
                    start = k + 1;
                    break;
                }
            int end = toks.size() - 1;
            for (int k = last + 1; k < toks.size(); k++)
                if (boundary(toks.get(k))) {
                    end = k - 1;
                    break;
                }
            int scopeStart = start;
            // a relative clause ("..., where he won 61 percent") or a participle's ("..., winning 14 delegates") is
            // about the clause before
            if (start > 0
                    && start < toks.size()
                    && (L.relatives.contains(toks.get(start).lower())
                            || toks.get(start).word()
                                    && !toks.get(start).cap()
                                    && toks.get(start).lower().endsWith("ing"))) {
                for (int k = start - 2; k >= 0; k--) {
                    if (boundary(toks.get(k))) {
                        scopeStart = k + 1;
                        break;
                    }
                    scopeStart = k;
                }
            }
            int opener = -1;
            for (int k = 0; k < Math.min(toks.size(), 10); k++)
                if (boundary(toks.get(k))) {
                    opener = k - 1;
                    break;
                }
            if (opener >= start - 1) opener = -1;
            return new Clause(start, end, scopeStart, opener);
        }

        boolean inScope(int k) {
            return k >= scopeStart && k <= end || k <= openerEnd;
        }
    }

    /**
     * Whether the figure stands in a supposition: its clause opens with "if", or a conditional verb comes before it in
     * the clause.
     */
    private static boolean hypothetical(List<Tok> toks, Clause c, int first) {
        for (int k = c.scopeStart(); k < first; k++)
            if (L.suppositions.contains(toks.get(k).lower())) return true;
        return false;
    }

    private static boolean boundary(Tok t) {
        if (t.word()) return false;
        String x = t.text();
        return x.equals(",")
                || x.equals(";")
                || x.equals(":")
                || x.equals("—")
                || x.equals("–")
                || x.equals("(")
                || x.equals(")");
    }

    private static Figure withFrame(Figure f, Frame frame) {
        return new Figure(
                f.doc(),
                f.start(),
                f.end(),
                f.line(),
                f.text(),
                f.kind(),
                f.value(),
                f.high(),
                f.unit(),
                f.qualifier(),
                f.direction(),
                f.subject(),
                f.entity(),
                f.sentence(),
                f.flag(),
                f.per(),
                f.period(),
                frame);
    }

    /** "the same survey", "the poll", "that poll": a poll named before. */
    private static boolean backReference(List<Tok> toks) {
        for (int k = 0; k + 1 < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.is("same") || t.is("that") || t.is("this") || t.is("the")) {
                // "the poll", "the same survey", "the new poll", "that latest survey"
                for (int j = k + 1; j < Math.min(toks.size(), k + 4); j++) {
                    Tok u = toks.get(j);
                    if (L.pollForms.contains(u.lower())) return true;
                    if (!L.backAdjectives.contains(u.lower())) break;
                }
            }
        }
        return false;
    }

    private static Frame frame(
            Discourse disc,
            int s,
            List<Tok> toks,
            int first,
            int last,
            Clause c,
            String poll,
            String pollBefore,
            List<String> placesBefore,
            When when) {
        List<Mention> ms = disc.mentions(s);
        String holder = holder(toks, ms, first, last, c, poll.isEmpty() ? pollBefore : poll);
        TreeSet<String> anchors = new TreeSet<>();
        TreeSet<String> scope = new TreeSet<>();
        boolean anyPlace = false;
        for (Mention m : ms) {
            if (m.key().isEmpty()) continue;
            switch (m.type()) {
                case PERSON, ORGANISATION, UNKNOWN -> anchors.add("e:" + m.key());
                case PLACE -> {
                    anyPlace = true;
                    // a place in the figure's own clause is where the figure is; one elsewhere in the sentence only
                    // hints
                    if (c.inScope(m.first())) {
                        anchors.add("p:" + m.key());
                        scope.add(m.key());
                    } else anchors.add("q:" + m.key());
                }
                case GROUP -> {
                    anchors.add("g:" + m.key());
                    if (c.inScope(m.first())) scope.add(m.key());
                }
            }
        }
        if (!anyPlace) for (String p : placesBefore) anchors.add("q:" + p);
        if (!disc.main().isEmpty()) anchors.add("d:" + disc.main());
        // the measure: the nearest measure word before the figure in its clause, and the noun right after it
        TreeSet<String> measures = new TreeSet<>();
        int words = 0;
        for (int k = first - 1; k >= c.start() && words < 12; k--) {
            Tok t = toks.get(k);
            if (!t.word() || t.digit()) continue;
            words++;
            List<String> classes = classes(toks, k, first - 1);
            if (classes != null) {
                measures.addAll(classes);
                break;
            }
        }
        if (last + 1 <= c.end()) {
            List<String> classes = classes(toks, last + 1, c.end());
            if (classes != null) measures.addAll(classes);
        }
        for (int k = Math.max(0, c.scopeStart() - 2); k <= Math.min(toks.size() - 1, c.end() + 2); k++) {
            if (k >= first && k <= last) continue;
            Tok t = toks.get(k);
            if (!t.word() || t.digit()) continue;
            if (t.cap() && inMention(ms, k)) continue;
            String lower = t.lower();
            String group = LL.groups.get(lower);
            if (group != null) {
                anchors.add("g:" + group);
                if (c.inScope(k)) scope.add(group);
                continue;
            }
            if (lower.length() < 3
                    || L.stopwords.contains(lower)
                    || LL.notNames.contains(lower)
                    || LL.pronouns.containsKey(lower)) continue;
            anchors.add("w:" + Stems.of(lower));
        }
        for (String m : measures) anchors.add("m:" + m);
        String anyPoll = poll.isEmpty() ? pollBefore : poll;
        if (!anyPoll.isEmpty()) for (String w : anyPoll.split(" ")) anchors.add("o:" + w);
        return new Frame(
                holder,
                holder.isEmpty() ? "" : disc.display(holder),
                List.copyOf(measures),
                List.copyOf(scope),
                poll,
                when,
                List.copyOf(anchors));
    }

    /** The measure classes of the word (or phrase) at token k, read no further than limit, or null. */
    private static List<String> classes(List<Tok> toks, int k, int limit) {
        Tok t = toks.get(k);
        if (!t.word() || t.digit()) return null;
        String stem = Stems.of(t.lower());
        if (PHRASE_STARTS.contains(stem) && k + 1 <= limit) {
            String two = stem + " " + Stems.of(toks.get(k + 1).lower());
            List<String> c2 = MEASURES.get(two);
            if (c2 == null && k + 2 <= limit)
                c2 = MEASURES.get(two + " " + Stems.of(toks.get(k + 2).lower()));
            if (c2 != null) return c2;
        }
        return MEASURES.get(stem);
    }

    private static boolean inMention(List<Mention> ms, int k) {
        for (Mention m : ms) if (k >= m.first() && k <= m.last() && m.form() == Discourse.Form.NAME) return true;
        return false;
    }

    /**
     * Whether a mention can be whom a figure is of: a resolved person or organisation, not a poll's maker, not a
     * source.
     */
    private static boolean candidate(List<Tok> toks, Mention m, String poll) {
        if (m.key().isEmpty() || m.type() == Type.PLACE || m.type() == Type.GROUP || Discourse.modifier(toks, m))
            return false;
        if (!poll.isEmpty() && m.type() == Type.ORGANISATION && m.form() == Discourse.Form.NAME) {
            for (String w : m.key().split("[ /\\-]+")) if (poll.contains(w)) return false;
        }
        for (int k = m.first() - 1; k >= Math.max(0, m.first() - 3); k--) {
            if (toks.get(k).is("according")) return false;
            if (!toks.get(k).word()) break;
        }
        return true;
    }

    /**
     * Whom the figure at tokens [first, last] is of: a possessor just before it ("his support at 27 percent",
     * "Clinton's 46 percent"); else the first candidate of its clause before it (the clause's subject); else, in a
     * relative clause ("Carrier, which plans to move 1,000 jobs"), the name it is about; else the sentence's first
     * candidate before it; else the first after it.
     */
    private static String holder(List<Tok> toks, List<Mention> ms, int first, int last, Clause c, String poll) {
        for (Mention m : ms) {
            if (m.possessive()
                    && m.last() < first
                    && m.last() >= first - 3
                    && m.first() >= c.start()
                    && candidate(toks, m, poll)
                    && !possessor(ms, m)) return m.key();
        }
        for (Mention m : ms)
            if (m.last() < first && m.first() >= c.start() && candidate(toks, m, poll) && !possessor(ms, m))
                return m.key();
        if (c.start() >= 2
                && (toks.get(c.start()).is("which") || toks.get(c.start()).is("who"))) {
            for (Mention m : ms) if (m.last() == c.start() - 2 && candidate(toks, m, poll)) return m.key();
        }
        // a clause the figure opens names its own "whom" after it: ", and 42% support Sen. Rob Portman"
        if (c.start() > 0)
            for (Mention m : ms)
                if (m.first() > last && m.last() <= c.end() && candidate(toks, m, poll)) return m.key();
        for (Mention m : ms) if (m.last() < first && candidate(toks, m, poll) && !possessor(ms, m)) return m.key();
        for (Mention m : ms) if (m.first() > last && candidate(toks, m, poll)) return m.key();
        return "";
    }

    /**
     * Whether a mention only owns the name after it ("Ann Lee's Northwind"): the name after is whom the clause is
     * about.
     */
    private static boolean possessor(List<Mention> ms, Mention m) {
        if (!m.possessive()) return false;
        for (Mention o : ms) {
            if (o.first() == m.last() + 2
                    && o.form() == Discourse.Form.NAME
                    && !o.key().isEmpty()
                    && o.type() != Type.PLACE
                    && o.type() != Type.GROUP) return true;
        }
        return false;
    }

    /** The first and last day a document's date names ("2016-01-04": one day; "1790": a year), or null. */
    static LocalDate[] documentDate(String date) {
        String s = date == null ? "" : date.strip();
        try {
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                LocalDate d = LocalDate.parse(s.substring(0, 10));
                return new LocalDate[] {d, d};
            }
            if (s.length() == 7 && s.charAt(4) == '-') {
                YearMonth ym = YearMonth.parse(s);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if (s.length() == 4 && Character.isDigit(s.charAt(0))) {
                int y = Integer.parseInt(s);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
