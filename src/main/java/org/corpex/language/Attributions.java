package org.corpex.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corpex.corpus.Layout;

/**
 * Finds who said what in a text: every attribution, direct ("'We will win,' she said"), indirect ("Clinton said she
 * would...", "according to the report, ..."), or mixed (reported speech that quotes some words), with its speaker
 * resolved as {@link Discourse} resolves names, roles and pronouns.
 *
 * <p>Quotations are found first, over the whole text: quotation marks of every kind (" “ ” ‘ ’ « » „), a paragraph that
 * goes on quoting without closing the mark (the next opens again), nested quotes inside double ones. Then each
 * sentence's cues (cues.tsv: verbs of saying, writing, thinking, wanting and showing, and "according to"): a cue's
 * speaker is the noun phrase before it (past an apposition: "Clinton, the nominee, said") or, inverted, right after it
 * ("said Trump"); its content is the quotation that closes just before the speaker or opens just after the cue, else
 * the clause after the cue ("said [that] ...") or, when the cue ends its sentence, the clause before the speaker ("...,
 * he said."). A quotation that nothing attributes, right after one that something does, goes on with that speaker
 * ("said Trump. 'And then ...'").
 */
public final class Attributions {
    private Attributions() {}

    /** Cue lemma (or lemma phrase): its kind. */
    private static final Map<String, String> CUES = new HashMap<>();
    /** A written form of a cue's (first) verb: its lemma ("said": "say", "added": "add"). */
    private static final Map<String, String> FORM_LEMMA = new HashMap<>();
    /** The lemmas that begin a phrase cue ("point" of "point out"). */
    private static final Set<String> PHRASE_STARTS = new HashSet<>();

    /**
     * The nouns of a source that "in" opens at a sentence's start: a poll, a survey or a report, someone's words, view
     * or eyes ("In the eyes of many voters, ...").
     */
    private static final Set<String> SOURCE_NOUNS =
            Set.of("poll", "polls", "survey", "surveys", "study", "report", "words", "view", "opinion", "eyes");
    /** Of those, the ones that are someone's only when the phrase names whose: "in her words", not "in other words". */
    private static final Set<String> OWNED_NOUNS = Set.of("words", "view", "opinion", "eyes");
    /** The words that say whose ("in her view"); a possessive "'s" or "the eyes of" does too. */
    private static final Set<String> OWNERS = Set.of("my", "your", "his", "her", "its", "our", "their");
    /** The nouns of a poll, whose phrase may also close a sentence: "Lee led by ten points in a CNN poll." */
    private static final Set<String> POLL_NOUNS = Set.of("poll", "survey");

    static {
        try (InputStream in = Attributions.class.getResourceAsStream("cues.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                CUES.put(c[0], c[1]);
                String first = c[0].indexOf(' ') > 0 ? c[0].substring(0, c[0].indexOf(' ')) : c[0];
                if (c[0].indexOf(' ') > 0) PHRASE_STARTS.add(first);
                if (c.length > 2 && c[2].equals("as written")) FORM_LEMMA.putIfAbsent(first, first);
                else for (String f : forms(first)) FORM_LEMMA.putIfAbsent(f, first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The written forms of a verb: itself, -s, -ed, -ing (with the usual spellings), and its irregular forms. */
    private static Set<String> forms(String lemma) {
        Set<String> f = new HashSet<>();
        String l = lemma;
        char last = l.charAt(l.length() - 1);
        f.add(l);
        f.add(l + "s");
        f.add(l + "es");
        f.add(l + "ed");
        f.add(l + "d");
        f.add(l + "ing");
        f.add(l + last + "ed");
        f.add(l + last + "ing");
        if (last == 'e') f.add(l.substring(0, l.length() - 1) + "ing");
        if (last == 'y') {
            f.add(l.substring(0, l.length() - 1) + "ies");
            f.add(l.substring(0, l.length() - 1) + "ied");
        }
        for (Map.Entry<String, String> e : LanguageLexicon.get().irregular.entrySet())
            if (e.getValue().equals(l)) f.add(e.getKey());
        // British spelling: "criticise", "criticised", "emphasising"
        if (l.endsWith("ize")) for (String x : List.copyOf(f)) if (x.contains("iz")) f.add(x.replace("iz", "is"));
        return f;
    }

    /**
     * Words before a word that make it a noun or an infinitive, not a reporting verb: "the state", "five states", "to
     * show".
     */
    private static final Set<String> NOUN_MARKERS = Set.of(
            "the",
            "a",
            "an",
            "this",
            "these",
            "those",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "some",
            "any",
            "no",
            "every",
            "each",
            "many",
            "several",
            "few",
            "of",
            "in",
            "on",
            "at",
            "for",
            "with",
            "from",
            "to",
            "by",
            "into",
            "about",
            "whose",
            "what",
            "own",
            "other",
            "such",
            "more",
            "most",
            "new",
            "public",
            "official",
            "written",
            "strong");

    /** Words between a subject and its verb that are no part of either: "has also said", "had previously told". */
    private static final Set<String> BETWEEN = Set.of(
            "has",
            "have",
            "had",
            "is",
            "was",
            "are",
            "were",
            "be",
            "been",
            "being",
            "will",
            "would",
            "could",
            "should",
            "may",
            "might",
            "must",
            "can",
            "also",
            "later",
            "previously",
            "recently",
            "once",
            "then",
            "again",
            "repeatedly",
            "publicly",
            "privately",
            "not",
            "never",
            "n't",
            "did",
            "does",
            "do",
            "just",
            "already",
            "still",
            "often",
            "reportedly",
            "allegedly",
            "even",
            "now",
            "first",
            "further",
            "quickly",
            "immediately",
            "subsequently",
            "frequently",
            "openly",
            "flatly",
            "bluntly",
            "simply",
            "only",
            "long",
            "since",
            "always",
            "clearly",
            "loudly",
            "quietly",
            "angrily",
            "finally",
            "ever");
    /** Words that end a subject going back: a clause or another verb begins there. */
    private static final Set<String> BEFORE_SUBJECT = Set.of(
            "that",
            "and",
            "but",
            "because",
            "while",
            "as",
            "when",
            "if",
            "who",
            "which",
            "whom",
            "whose",
            "where",
            "although",
            "though",
            "after",
            "before",
            "since",
            "so",
            "or",
            "nor",
            "than",
            "until",
            "unless");
    /** Words after "tell", "ask", "urge" that are their object before the content: "told reporters that". */
    private static final Set<String> OBJECT_VERBS = Set.of("tell", "ask", "urge", "warn", "remind", "assure", "inform");
    /** Adjuncts after a closing cue: "..., he said on Thursday in a statement." */
    private static final Set<String> ADJUNCT_STARTS = Set.of(
            "on",
            "in",
            "at",
            "during",
            "to",
            "after",
            "before",
            "last",
            "this",
            "late",
            "early",
            "earlier",
            "later",
            "yesterday",
            "today",
            "tonight",
            "recently",
            "afterward",
            "afterwards",
            "when",
            "while",
            "as",
            "from",
            "via",
            "through",
            "outside",
            "inside",
            "with",
            "by",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday");

    private static final String OPEN = "\"“„«‘";
    private static final String CLOSE = "\"”»’";

    /** The attributions of a text, in the order their contents stand. */
    public static List<Attribution> of(String text, Layout layout) {
        return of(text, layout, null);
    }

    /** As {@link #of(String, Layout)}, the sentences' tokens taken from {@code tokens} (or null). */
    public static List<Attribution> of(String text, Layout layout, SentenceTokens tokens) {
        List<int[]> quotes = quotations(text);
        // the sentences with a cue or a quotation, read with the few before them
        BitSet wanted = new BitSet();
        for (int s = 0; s < layout.sentenceCount(); s++) {
            if (mayAttribute(text, layout.sentenceStart(s), layout.sentenceEnd(s))) wanted.set(s);
        }
        for (int[] q : quotes) {
            int s = layout.sentenceOf(q[0]);
            if (s >= 0) wanted.set(s);
        }
        if (wanted.isEmpty()) return List.of();
        for (int[] q : quotes) {
            int s = layout.sentenceOf(Math.max(q[0], q[1] - 1));
            if (s >= 0) wanted.set(s);
        }
        Discourse disc = Discourse.readAround(text, layout, wanted, tokens);
        List<Attribution> out = new ArrayList<>();
        BitSet usedQuotes = new BitSet();
        Set<Integer> usedCues = new HashSet<>();
        quotations(text, layout, disc, quotes, usedQuotes, usedCues, out);
        for (int s = wanted.nextSetBit(0); s >= 0; s = wanted.nextSetBit(s + 1)) {
            List<Tok> toks = disc.tokens(s);
            if (toks.isEmpty()) continue;
            sentence(text, toks, disc, s, quotes, usedQuotes, usedCues, out);
        }
        out.sort(Comparator.comparingInt(Attribution::start));
        return outermost(text, out);
    }

    /**
     * The attributions no other one reports: "Ms. Lee said the mayor believes the plan will fail" is one statement, Ms.
     * Lee's, and what she says the mayor believes is part of its content, not a second row of the table. An attribution
     * is nested when its cue lies inside another's content. Where a semicolon or an "and" opens the inner one ("Lee
     * praised the plan and said ...", "...; 26 percent say ..."), or a comma or a word such as "while" comes before a
     * speaker of its own or a quotation, the outer content read too far: it ends there, and both stay. A quotation is
     * never nested: its words are the quoted speaker's, whoever reports them.
     */
    static List<Attribution> outermost(String text, List<Attribution> sorted) {
        if (sorted.size() < 2) return sorted;
        List<Attribution> cut = new ArrayList<>(sorted.size());
        boolean changed = false;
        for (Attribution b : sorted) {
            int end = b.end();
            if (b.kind() != Attribution.Kind.DIRECT) {
                for (Attribution a : sorted) {
                    if (a != b && holds(b, a) && a.end() <= b.end()) {
                        int at = separatorBefore(
                                text,
                                b.start(),
                                head(a, b),
                                a.kind() == Attribution.Kind.DIRECT || a.speakerStart() >= b.start());
                        if (at > b.start() && at < end) end = at;
                    }
                }
            }
            if (end < b.end()) {
                cut.add(shortened(text, b, end));
                changed = true;
            } else {
                cut.add(b);
            }
        }
        if (changed) cut.sort(Comparator.comparingInt(Attribution::start));
        List<Attribution> out = new ArrayList<>(cut.size());
        for (Attribution a : cut) {
            // a quotation keeps its own row: the words are the quoted speaker's, whoever reports them
            boolean nested = false;
            for (Attribution b : a.kind() == Attribution.Kind.DIRECT ? List.<Attribution>of() : cut) {
                if (b.start() > a.start()) break; // sorted by start: none after this one can hold a
                if (b != a && b.end() >= a.end() && b.end() - b.start() > a.end() - a.start() && holds(b, a)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) out.add(a);
        }
        return out;
    }

    /** Words that open a clause of its own: a speaker after one of them is not what the words before said. */
    private static final List<String> CLAUSE_OPENERS = List.of(
            "and",
            "but",
            "or",
            "while",
            "whereas",
            "although",
            "though",
            "after",
            "before",
            "when",
            "as",
            "because",
            "since",
            "until");

    /** Where the inner attribution's own words begin inside the outer content: its speaker, else its cue. */
    private static int head(Attribution inner, Attribution outer) {
        int at = inner.cueStart() >= 0 ? inner.cueStart() : inner.start();
        if (inner.speakerStart() >= outer.start() && inner.speakerStart() < at) at = inner.speakerStart();
        return at;
    }

    /**
     * Where a content that runs from {@code from} should end because a new clause opens before {@code head}: at a
     * semicolon outside quotation marks, or at an "and" or "but" just before it, or (before a quotation, or a speaker
     * of its own) at a comma or a word that opens a clause ("while", "after") just before it; -1 when none.
     */
    private static int separatorBefore(String text, int from, int head, boolean comma) {
        int i = head;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) i--;
        if (comma && i > from && text.charAt(i - 1) == ',') return trimmedEnd(text, from, i - 1);
        for (String w : comma ? CLAUSE_OPENERS : COORDINATORS) {
            int j = i - w.length();
            if (j > from
                    && text.regionMatches(true, j, w, 0, w.length())
                    && Character.isWhitespace(text.charAt(j - 1))) {
                return trimmedEnd(text, from, j);
            }
        }
        int marks = 0, semicolon = -1;
        for (int k = from; k < head; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\u201c' || c == '\u201d') marks++;
            else if (c == ';' && marks % 2 == 0) semicolon = k;
        }
        return semicolon < 0 ? -1 : trimmedEnd(text, from, semicolon);
    }

    /** {@code to} moved back over blanks and commas; -1 when no words are left after {@code from}. */
    private static int trimmedEnd(String text, int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) to--;
        return words(text, from, to) >= 2 ? to : -1;
    }

    /** An attribution whose content ends earlier: a mixed one with no quotation mark left is indirect. */
    private static Attribution shortened(String text, Attribution a, int end) {
        String quote = text.substring(a.start(), end);
        Attribution.Kind kind = a.kind();
        if (kind == Attribution.Kind.MIXED && quote.chars().noneMatch(c -> OPEN.indexOf(c) >= 0))
            kind = Attribution.Kind.INDIRECT;
        return new Attribution(
                a.speaker(),
                a.speakerKey(),
                a.speakerText(),
                a.cue(),
                quote,
                kind,
                a.start(),
                end,
                a.cueStart(),
                a.speakerStart());
    }

    /** Whether {@code inner}'s cue (or, with none, its content) lies inside {@code outer}'s content. */
    private static boolean holds(Attribution outer, Attribution inner) {
        int at = inner.cueStart() >= 0 ? inner.cueStart() : inner.start();
        return at >= outer.start() && at < outer.end();
    }

    /**
     * Whether a character is one of {@link #OPEN} or {@link #CLOSE}: a switch, as this is asked of every character of
     * every sentence, and those strings hold curly marks, so indexOf scanned a UTF-16 string each time.
     */
    private static boolean quotationMark(char c) {
        return switch (c) {
            case '"', '“', '”', '„', '«', '»', '‘', '’' -> true;
            default -> false;
        };
    }

    /** A quick look for what could attribute: a quotation mark, a cue's first letters, "according". */
    private static boolean mayAttribute(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (quotationMark(text.charAt(i))) return true;
        }
        String s = text.substring(from, to).toLowerCase(Locale.ROOT);
        // Every position is tried against the words that begin with its two letters (a table of ASCII pairs says at
        // once where none does): the test of every sentence of every document, so not a hundred scans of it.
        for (int i = 0; i < s.length(); i++) {
            char a = s.charAt(i), b = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (a < 0x80 && b < 0x80 && !QUICK_PAIRS[a << 7 | b]) continue;
            if (QUICK_ONE.indexOf(a) >= 0) return true;
            List<String> words = QUICK_BY_PAIR.get(a << 16 | b);
            if (words == null) continue;
            for (String w : words) if (s.startsWith(w, i)) return true;
        }
        return false;
    }

    /** The {@link #quick} words by their first two characters. */
    private static final Map<Integer, List<String>> QUICK_BY_PAIR = new HashMap<>();

    /** The {@link #quick} words of one character. */
    private static final String QUICK_ONE;

    /** Which pairs of ASCII characters begin a {@link #quick} word. */
    private static final boolean[] QUICK_PAIRS = new boolean[1 << 14];

    static {
        StringBuilder one = new StringBuilder();
        for (String w : quick()) {
            char a = w.charAt(0);
            if (w.length() == 1) {
                // one character: it begins a match whatever follows it
                one.append(a);
                for (char c = 0; c < 0x80; c++) if (a < 0x80) QUICK_PAIRS[a << 7 | c] = true;
                continue;
            }
            char b = w.charAt(1);
            QUICK_BY_PAIR.computeIfAbsent(a << 16 | b, k -> new ArrayList<>()).add(w);
            if (a < 0x80 && b < 0x80) QUICK_PAIRS[a << 7 | b] = true;
        }
        QUICK_ONE = one.toString();
    }

    private static int firstWord(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).word()) return i;
        return -1;
    }

    /** Whether a person or an organisation named, or a pronoun, is the word before the verb at k. */
    private static boolean spokenBy(List<Tok> toks, List<Discourse.Mention> ms, int k) {
        if (k == 0) return false;
        if (LanguageLexicon.get().pronouns.containsKey(toks.get(k - 1).lower())) return true;
        for (Discourse.Mention m : ms)
            if (m.last() == k - 1 && (m.type() == Discourse.Type.PERSON || m.type() == Discourse.Type.ORGANISATION))
                return true;
        return false;
    }

    /** Whether a quotation opens right after the capitalised words (a name) from {@code from}. */
    private static boolean quotationAfterName(List<Tok> toks, List<int[]> quotes, int from) {
        int j = from;
        while (j < toks.size() && toks.get(j).word() && toks.get(j).cap()) j++;
        return j < toks.size() && quoteAt(quotes, toks.get(j).start()) >= 0;
    }

    /**
     * The source that the "in" at k opens before a comma ("In a Gallup poll released Monday,", "In her words,"), as
     * {speaker's first token, last token, the comma}, or null. Someone's words, view or eyes are the owner's: "her",
     * "Ash" of "Ash's", "many voters" of "the eyes of many voters". What follows the comma is a clause with no cue of
     * its own: "In an interview, Lee said ..." is Lee's.
     */
    private static int[] openedBySource(List<Tok> toks, int k) {
        int n = toks.size(), b = k + 1;
        boolean noun = false, owned = false;
        int owner = -1, ownerEnd = -1;
        while (b < n && b - k <= 12 && !toks.get(b).is(",")) {
            Tok t = toks.get(b);
            if (!t.word() && !t.possessive() && !t.is("/") && !t.is("-")) return null;
            if (SOURCE_NOUNS.contains(t.lower())) {
                noun = true;
                owned |= OWNED_NOUNS.contains(t.lower());
            }
            if (owner < 0 && OWNERS.contains(t.lower())) owner = ownerEnd = b;
            if (owner < 0 && t.possessive() && b > k + 1) {
                owner = k + 1;
                while (owner < b - 1 && DETERMINERS.contains(toks.get(owner).lower())) owner++;
                ownerEnd = b - 1;
            }
            if (owner < 0 && noun && t.is("of") && b + 1 < n) owner = b + 1;
            b++;
        }
        if (!noun || b >= n || !toks.get(b).is(",")) return null;
        if (owned && owner < 0) return null;
        if (owned && ownerEnd < 0) ownerEnd = b - 1;
        int words = 0;
        for (int i = b + 1; i < n; i++) {
            Tok t = toks.get(i);
            if (!t.word()) continue;
            if (FORM_LEMMA.containsKey(t.lower()) || t.is("according")) return null;
            words++;
        }
        if (words < 3) return null;
        return owned ? new int[] {owner, ownerEnd, b} : new int[] {k + 1, b - 1, b};
    }

    /** The clause after an opening source's comma, attributed to the source. */
    private static void openingSource(
            String text,
            List<Tok> toks,
            Discourse disc,
            int s,
            int k,
            int[] source,
            List<int[]> quotes,
            List<Attribution> out) {
        int n = toks.size();
        int c0 = source[2] + 1;
        int c1 = n - 1;
        while (c1 > c0 && !toks.get(c1).word() && !isQuoteMark(toks.get(c1))) c1--;
        if (c1 <= c0) return;
        int start = toks.get(c0).start(), end = toks.get(c1).end();
        Attribution.Kind kind = kindOf(quotes, start, end);
        out.add(make(
                text,
                toks,
                disc,
                s,
                new int[] {source[0], source[1]},
                toks.get(k).text(),
                toks.get(k).start(),
                start,
                end,
                kind));
    }

    /** Indirect, or mixed where a quotation opens inside [start, end). */
    private static Attribution.Kind kindOf(List<int[]> quotes, int start, int end) {
        for (int[] q : quotes) if (q[0] >= start && q[0] < end) return Attribution.Kind.MIXED;
        return Attribution.Kind.INDIRECT;
    }

    /** The question of an opening "Asked by NAME ...," attributed to NAME; nothing when no asker is written. */
    private static void askedBy(
            String text, List<Tok> toks, Discourse disc, int s, int k, List<int[]> quotes, List<Attribution> out) {
        int n = toks.size();
        if (k + 2 >= n || !toks.get(k + 1).is("by")) return;
        int j = k + 2;
        while (j < n && toks.get(j).word() && (toks.get(j).cap() || toks.get(j).possessive())) j++;
        int b = j;
        while (b < n && !toks.get(b).is(",") && b - k <= 30) b++;
        if (j == k + 2 || b >= n || b - j < 2) return;
        Attribution.Kind kind =
                kindOf(quotes, toks.get(j).start(), toks.get(b - 1).end());
        out.add(make(
                text,
                toks,
                disc,
                s,
                new int[] {k + 2, j - 1},
                toks.get(k).text(),
                toks.get(k).start(),
                toks.get(j).start(),
                toks.get(b - 1).end(),
                kind));
    }

    /**
     * The last token of a poll's phrase that the "in" at k opens and that closes its clause ("in a CNN national poll
     * released Monday." / "in the same poll, a ..."), or -1: words only, a poll's noun among them, then a comma, a
     * period or the sentence's end.
     */
    private static int closingPoll(List<Tok> toks, int k) {
        int n = toks.size();
        boolean poll = false;
        for (int b = k + 1; b < n && b - k <= 10; b++) {
            Tok t = toks.get(b);
            if (t.is(",") || t.is(".") || t.is(";")) return poll ? b - 1 : -1;
            if (!t.word() && !t.possessive() && !t.is("/") && !t.is("-")) return -1;
            poll |= POLL_NOUNS.contains(t.lower());
            if (b == n - 1) return poll ? b : -1;
        }
        return -1;
    }

    /** The clause before a closing poll's "in" (from the sentence's first word), attributed to the poll. */
    private static void pollBefore(
            String text,
            List<Tok> toks,
            Discourse disc,
            int s,
            int k,
            int pollEnd,
            List<int[]> quotes,
            List<Attribution> out) {
        int first = firstWord(toks);
        // "In the fall of 2007, Lee held a lead ... in a CNN poll": a short opening phrase before a comma is not what
        // the poll says
        for (int i = first; i < k; i++)
            if (toks.get(i).is(",")) {
                if (i + 1 < k
                        && words(text, toks.get(first).start(), toks.get(i).start()) <= 6) first = i + 1;
                break;
            }
        if (k - first < 3) return;
        for (int i = first; i < k; i++) if (quoteAt(quotes, toks.get(i).start()) >= 0) return;
        out.add(make(
                text,
                toks,
                disc,
                s,
                new int[] {k + 1, pollEnd},
                toks.get(k).text(),
                toks.get(k).start(),
                toks.get(first).start(),
                toks.get(k - 1).end(),
                Attribution.Kind.INDIRECT));
    }

    /** The substrings that every cue's forms contain (their stems, a little shortened), for {@link #mayAttribute}. */
    private static List<String> quick() {
        Set<String> q = new HashSet<>();
        for (String k : CUES.keySet()) {
            String first = k.indexOf(' ') > 0 ? k.substring(0, k.indexOf(' ')) : k;
            q.add(first.length() > 3 ? first.substring(0, 3) : first);
        }
        // irregular forms whose stems do not share the lemma's letters
        for (String w : List.of(
                "said", "told", "wrote", "written", "thought", "felt", "knew", "known", "found", "sought", "according"))
            q.add(w);
        q.addAll(SOURCE_NOUNS); // whole: "pol" would be every "policy" and "police"
        return List.copyOf(q);
    }

    // ---------------------------------------------------------------- quotations

    /**
     * The quotations of a text, as [start, end) of the marks around them: straight double quotes alternate, curly ones
     * say which way they face, single quotes quote only outside double ones and never as an apostrophe ("don’t",
     * "Trump’s"). A quotation open at a paragraph's end goes on when the next paragraph opens with a mark, else it ends
     * there.
     */
    static List<int[]> quotations(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int open = -1;
        int single = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    // a paragraph that ends inside a quotation: it goes on if the next paragraph opens with a mark
                    int j = i;
                    while (j < n && Character.isWhitespace(text.charAt(j))) j++;
                    if (j < n
                            && (text.charAt(j) == '“'
                                    || text.charAt(j) == '"'
                                    || text.charAt(j) == '„'
                                    || text.charAt(j) == '«')
                            && paragraphBreak(text, i, j)) {
                        i = j; // the reopening mark is part of the same quotation
                        continue;
                    }
                    if (paragraphBreak(text, i, j)) {
                        out.add(new int[] {open, i});
                        open = -1;
                    }
                }
                single = -1;
                continue;
            }
            if (c == '“' || c == '„' || c == '«') {
                if (open < 0) open = i;
                continue;
            }
            if (c == '”' || c == '»') {
                if (open >= 0) {
                    out.add(new int[] {open, i + 1});
                    open = -1;
                    single = -1;
                }
                continue;
            }
            // typewriter quotes as some wires and archives write them: ``...'' and ''...''
            if ((c == '`' || c == '\'') && i + 1 < n && text.charAt(i + 1) == c) {
                if (open < 0) {
                    if (i + 2 < n && !Character.isWhitespace(text.charAt(i + 2))) open = i;
                } else if (c == '\'') {
                    out.add(new int[] {open, i + 2});
                    open = -1;
                    single = -1;
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (open < 0) {
                    if (i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) open = i;
                } else {
                    out.add(new int[] {open, i + 1});
                    open = -1;
                    single = -1;
                }
                continue;
            }
            if (open >= 0) continue; // single marks inside a double quotation are nested quotes
            if ((c == '‘' || c == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                single = i;
                continue;
            }
            if ((c == '’' || c == '\'' && i > 0 && !Character.isWhitespace(text.charAt(i - 1)))
                    && single >= 0
                    && text.charAt(single) == (c == '’' ? '‘' : '\'')
                    && (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                if (words(text, single, i) >= 2) out.add(new int[] {single, i + 1});
                single = -1;
            }
        }
        if (open >= 0) out.add(new int[] {open, n});
        return out;
    }

    /** Whether the whitespace [i, j) breaks a paragraph (a blank line, or a line break before a capital or a mark). */
    private static boolean paragraphBreak(String text, int i, int j) {
        int lines = 0;
        for (int k = i; k < j; k++) if (text.charAt(k) == '\n') lines++;
        return lines >= 1;
    }

    private static int words(String text, int from, int to) {
        int w = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean l = Character.isLetterOrDigit(text.charAt(i));
            if (l && !in) w++;
            in = l;
        }
        return w;
    }

    private static int quoteAt(List<int[]> quotes, int pos) {
        for (int k = 0; k < quotes.size(); k++) if (quotes.get(k)[0] <= pos && pos < quotes.get(k)[1]) return k;
        return -1;
    }

    // ---------------------------------------------------------------- quotations and who said them

    private static final Set<String> DASHES = Set.of("―", "—", "–");

    /** Whether a quotation's words end with punctuation inside its marks ("“You lie!”", "“Cruz,”"): words said. */
    private static boolean punctuated(String text, int[] q) {
        int e = q[1] - 1;
        while (e > q[0] && !Character.isLetterOrDigit(text.charAt(e)) && ".,!?;:".indexOf(text.charAt(e)) < 0) e--;
        return e > q[0] && ".,!?;:".indexOf(text.charAt(e)) >= 0;
    }

    /**
     * Attributes each quotation: to the speaker and cue right after it ("..." said X, "..." X said, "..." ― X), else
     * right before it (X said: "...", X told reporters, "...", X: "..."), else, when it opens a sentence just after an
     * attributed one, to that speaker, whose words then run from the first quotation to the last ("...," said Trump.
     * "And then ...").
     */
    private static void quotations(
            String text,
            Layout layout,
            Discourse disc,
            List<int[]> quotes,
            BitSet used,
            Set<Integer> usedCues,
            List<Attribution> out) {
        Attribution last = null;
        int lastIndex = -1;
        for (int i = 0; i < quotes.size(); i++) {
            int[] q = quotes.get(i);
            // a few quoted words inside a sentence ("called it a “quiet revolution”", "found “evidence” that ...") are
            // part of reported speech, which the cue's clause gives whole (mixed), not a statement of their own
            if (words(text, q[0], q[1]) <= 3 && !opensSentence(text, layout, q[0]) && !punctuated(text, q)) continue;
            Attribution a = after(text, layout, disc, q, quotes, usedCues);
            if (a == null) {
                a = before(text, layout, disc, q, quotes, usedCues);
                // "“A,” Keane said, “B.”": the cue between two quotations attributes both, one statement
                if (a != null && last != null && a.cueStart() == last.cueStart() && last.end() <= q[0]) {
                    used.set(i);
                    last = new Attribution(
                            last.speaker(),
                            last.speakerKey(),
                            last.speakerText(),
                            last.cue(),
                            text.substring(last.start(), q[1]),
                            Attribution.Kind.DIRECT,
                            last.start(),
                            q[1],
                            last.cueStart(),
                            last.speakerStart());
                    out.set(lastIndex, last);
                    continue;
                }
            }
            if (a != null) {
                used.set(i);
                out.add(a);
                last = a;
                lastIndex = out.size() - 1;
                continue;
            }
            // a quotation that opens a sentence right after one attributed: the same speaker goes on (a short one
            // too when it is a sentence of its own in the same paragraph, "“Everybody sues, right?”")
            if (last != null
                    && (words(text, q[0], q[1]) >= 4
                            || words(text, q[0], q[1]) >= 2
                                    && punctuated(text, q)
                                    && last.end() <= q[0]
                                    && text.substring(last.end(), q[0]).indexOf('\n') < 0)
                    && opensSentence(text, layout, q[0])) {
                int s0 = layout.sentenceOf(last.end() - 1), s1 = layout.sentenceOf(q[0]);
                if (s1 >= s0 && s1 - s0 <= 2 && q[0] - last.end() < 400) {
                    used.set(i);
                    last = new Attribution(
                            last.speaker(),
                            last.speakerKey(),
                            last.speakerText(),
                            last.cue(),
                            text.substring(last.start(), q[1]),
                            Attribution.Kind.DIRECT,
                            last.start(),
                            q[1],
                            last.cueStart(),
                            last.speakerStart());
                    out.set(lastIndex, last);
                    continue;
                }
            }
            last = null;
        }
    }

    private static boolean opensSentence(String text, Layout layout, int pos) {
        int s = layout.sentenceOf(pos);
        return s >= 0 && onlyPunctuation(text, layout.sentenceStart(s), pos);
    }

    /** The first token of a sentence's tokens that starts at or after a position, or the tokens' size. */
    private static int tokenFrom(List<Tok> toks, int pos) {
        for (int k = 0; k < toks.size(); k++) if (toks.get(k).start() >= pos) return k;
        return toks.size();
    }

    private static boolean isCue(Tok t) {
        return t.word() && cueKind(t.lower()) != null;
    }

    private static String cueKind(String word) {
        String lemma = FORM_LEMMA.get(word);
        return lemma == null ? null : CUES.get(lemma);
    }

    /** "...," said X / "...," X said / "..." ― X. */
    /**
     * "“Who do they think they are?” Trump said of Apple.": a question or an exclamation ends its sentence, and the
     * speaker and cue open the next one, on the same line.
     */
    private static Attribution nextSentence(
            String text, Layout layout, Discourse disc, int[] q, int s, Set<Integer> usedCues) {
        int e = q[1] - 1;
        while (e > q[0] && !Character.isLetterOrDigit(text.charAt(e)) && text.charAt(e) != '?' && text.charAt(e) != '!')
            e--;
        if (e <= q[0] || text.charAt(e) != '?' && text.charAt(e) != '!') return null;
        int next = layout.sentenceOf(q[1] + 1);
        if (next != s + 1) {
            int p = q[1];
            while (p < text.length() && text.charAt(p) == ' ') p++;
            next = p < text.length() ? layout.sentenceOf(p) : -1;
            if (next != s + 1) return null;
        }
        List<Tok> toks = disc.tokens(next);
        if (toks.isEmpty() || text.substring(q[1], toks.get(0).start()).indexOf('\n') >= 0) return null;
        for (int k = 1; k < Math.min(toks.size(), 7); k++) {
            Tok u = toks.get(k);
            if (!isCue(u) || u.cap()) continue;
            int[] speaker = subjectBefore(toks, k, disc.mentions(next));
            if (speaker == null || speaker[0] != 0) return null;
            usedCues.add(u.start());
            return make(text, toks, disc, next, speaker, u.text(), u.start(), q[0], q[1], Attribution.Kind.DIRECT);
        }
        return null;
    }

    private static Attribution after(
            String text, Layout layout, Discourse disc, int[] q, List<int[]> quotes, Set<Integer> usedCues) {
        int s = layout.sentenceOf(Math.max(q[0], q[1] - 1));
        if (s < 0) return null;
        List<Tok> toks = disc.tokens(s);
        int a = tokenFrom(toks, q[1]);
        if (a < toks.size() && toks.get(a).is(",")) a++;
        int n = toks.size();
        if (a >= n) return nextSentence(text, layout, disc, q, s, usedCues);
        Tok t = toks.get(a);
        if (DASHES.contains(t.text()) && a + 1 < n && toks.get(a + 1).cap()) {
            int e = a + 1;
            while (e < n && (toks.get(e).word() || toks.get(e).is(".")) && e - a <= 6) e++;
            while (e - 1 > a + 1 && toks.get(e - 1).is(".")) e--; // the sentence's full stop is not the name's
            return make(
                    text,
                    toks,
                    disc,
                    s,
                    new int[] {a + 1, e - 1},
                    t.text(),
                    t.start(),
                    q[0],
                    q[1],
                    Attribution.Kind.DIRECT);
        }
        if (isCue(t) && !t.cap() && a + 1 < n) {
            // inverted: "said Dino Spencer, who runs the gym"
            int e = a + 1;
            while (e < n
                    && (toks.get(e).word()
                            || toks.get(e).possessive()
                            || toks.get(e).is(".") && toks.get(e - 1).text().length() <= 3)
                    && e - a <= 8
                    && !toks.get(e).is("that")) e++;
            while (e - 1 > a + 1 && toks.get(e - 1).is(".")) e--;
            Tok next = toks.get(a + 1);
            boolean determiner = next.is("the")
                    || next.is("a")
                    || next.is("an")
                    || next.is("one")
                    || next.is("another")
                    || next.is("his")
                    || next.is("her");
            if (e > a + 1 && !BETWEEN.contains(next.lower()) && (determiner || !NOUN_MARKERS.contains(next.lower()))) {
                usedCues.add(t.start());
                return make(
                        text,
                        toks,
                        disc,
                        s,
                        new int[] {a + 1, e - 1},
                        t.text(),
                        t.start(),
                        q[0],
                        q[1],
                        Attribution.Kind.DIRECT);
            }
        }
        // "X said", "X, the nominee, said", "the former secretary of state told reporters"
        for (int k = a; k < Math.min(n, a + 14); k++) {
            Tok u = toks.get(k);
            if (u.start() > q[1] && quoteAt(quotes, u.start()) >= 0) return null;
            if (!isCue(u) || u.cap() && k > a) continue;
            int[] speaker = subjectBefore(toks, k, disc.mentions(s));
            if (speaker == null || speaker[0] < a) return null;
            usedCues.add(u.start());
            return make(text, toks, disc, s, speaker, u.text(), u.start(), q[0], q[1], Attribution.Kind.DIRECT);
        }
        return null;
    }

    /** X said: "..." / X said, "..." / X told reporters, "..." / X added "..." / X: "...". */
    private static Attribution before(
            String text, Layout layout, Discourse disc, int[] q, List<int[]> quotes, Set<Integer> usedCues) {
        int s = layout.sentenceOf(q[0]);
        if (s < 0) return null;
        List<Tok> toks = disc.tokens(s);
        int b = tokenFrom(toks, q[0]) - 1;
        if (b < 0) {
            // the quotation opens its sentence: "X said:" may end the sentence before
            if (s == 0) return null;
            toks = disc.tokens(s - 1);
            s = s - 1;
            b = toks.size() - 1;
            if (b < 0 || !toks.get(b).is(":")) return null;
        }
        boolean colon = toks.get(b).is(":");
        boolean comma = toks.get(b).is(",");
        if (colon || comma) b--;
        if (b < 0) return null;
        // the cue itself, or a cue and its object before a colon or a comma ("told reporters,", "said in a
        // statement:");
        // "called the plan "a disaster"" quotes some words of reported speech (mixed), found by its cue later
        for (int k = b; k >= Math.max(0, b - 5); k--) {
            Tok u = toks.get(k);
            if (!u.word() && !u.is(",")) break;
            if (!isCue(u) || u.cap() && k > 0) continue;
            if (k < b && !colon && !comma && !OBJECT_VERBS.contains(FORM_LEMMA.getOrDefault(u.lower(), "")))
                return null;
            // ", saying: "..."", "by saying, "..."": the participle speaks for its clause's subject
            int[] speaker = participleOfTheClause(toks, k) ? clauseSubject(toks, disc.mentions(s), k - 1) : null;
            if (speaker == null) speaker = subjectBefore(toks, k, disc.mentions(s));
            if (speaker == null) return null;
            usedCues.add(u.start());
            return make(
                    text,
                    toks,
                    disc,
                    s,
                    speaker,
                    text.substring(u.start(), toks.get(b).end()),
                    u.start(),
                    q[0],
                    q[1],
                    Attribution.Kind.DIRECT);
        }
        // "Sanders: "...": a name and a colon
        if (colon) {
            for (Discourse.Mention m : disc.mentions(s)) {
                if (m.last() == b && !m.key().isEmpty() && m.type() != Discourse.Type.PLACE) {
                    return make(
                            text,
                            toks,
                            disc,
                            s,
                            new int[] {m.first(), m.last()},
                            ":",
                            toks.get(b + 1).start(),
                            q[0],
                            q[1],
                            Attribution.Kind.DIRECT);
                }
            }
            return introduced(text, toks, disc, s, b, q);
        }
        return null;
    }

    /**
     * "he returned to his favourite lines: "..."", "her office posted: "..."": a quotation a clause introduces with a
     * colon is the words of that clause's subject, when the clause opens with a person, an organisation or a pronoun
     * (after an opener such as "Back in the city,"). The cue is the rest of the clause. A clause that opens otherwise
     * ("The sign read:") attributes to no one.
     */
    private static Attribution introduced(String text, List<Tok> toks, Discourse disc, int s, int b, int[] q) {
        int c = b;
        while (c > 0 && !toks.get(c - 1).is(";") && !isQuoteMark(toks.get(c - 1))) c--;
        // the clause's subject opens it, or follows an opening phrase and its comma ("Back in the city, he ...")
        List<Integer> starts = new ArrayList<>();
        starts.add(c);
        for (int t = c; t < b; t++) if (toks.get(t).is(",")) starts.add(t + 1);
        for (int start : starts) {
            Attribution a = introducedAt(text, toks, disc, s, start, b, q);
            if (a != null) return a;
        }
        return null;
    }

    private static Attribution introducedAt(String text, List<Tok> toks, Discourse disc, int s, int c, int b, int[] q) {
        if (c >= b) return null;
        for (Discourse.Mention m : disc.mentions(s)) {
            if (m.first() != c || m.last() >= b) continue;
            boolean someone = m.type() == Discourse.Type.PERSON
                    || m.type() == Discourse.Type.ORGANISATION
                    || m.form() == Discourse.Form.PRONOUN
                    || m.form() == Discourse.Form.ROLE;
            if (!someone) continue;
            int end = m.last();
            if (m.possessive()) {
                // "her office", "the senator's campaign": whose, then what
                while (end + 1 < b
                        && end - m.last() < 3
                        && toks.get(end + 1).word()
                        && !toks.get(end + 1).cap()
                        && !toks.get(end + 1).lower().endsWith("ed")
                        && cueKind(toks.get(end + 1).lower()) == null) end++;
                if (end == m.last()) return null;
            }
            if (end + 1 >= b || !toks.get(end + 1).word() || toks.get(end + 1).cap()) return null;
            String cue = text.substring(toks.get(end + 1).start(), toks.get(b).end());
            return make(
                    text,
                    toks,
                    disc,
                    s,
                    new int[] {m.first(), end},
                    cue,
                    toks.get(end + 1).start(),
                    q[0],
                    q[1],
                    Attribution.Kind.DIRECT);
        }
        return null;
    }

    // ---------------------------------------------------------------- one sentence

    private static void sentence(
            String text,
            List<Tok> toks,
            Discourse disc,
            int s,
            List<int[]> quotes,
            BitSet used,
            Set<Integer> usedCues,
            List<Attribution> out) {
        List<Discourse.Mention> ms = disc.mentions(s);
        int n = toks.size();
        Attribution labelled = labelled(text, toks, disc, s, ms, quotes);
        if (labelled != null) out.add(labelled);
        for (int k = 0; k < n; k++) {
            Tok t = toks.get(k);
            if (!t.word() || t.digit()) continue;
            if (quoteAt(quotes, t.start()) >= 0)
                continue; // words inside a quotation are what was said, not who said it
            if (t.is("according") && k + 1 < n && toks.get(k + 1).is("to")) {
                according(text, toks, disc, s, k, k + 1, quotes, out);
                k++;
                continue;
            }
            // "In a CNN poll released Monday, 50 percent chose Clinton", "In his view, the levy fails": what opens the
            // sentence says whose the clause after its comma is
            int[] source = t.is("in") && k == firstWord(toks) ? openedBySource(toks, k) : null;
            if (source != null) {
                openingSource(text, toks, disc, s, k, source, quotes, out);
                k = source[2];
                continue;
            }
            // "Asked about the levy, Lee said ...": a participle that opens the sentence is a question put to the
            // subject of the clause after it, by whoever "by" names ("Asked by Park to explain, Lee said ..."); its
            // words are no speaker's, and where no asker is written there is no one to attribute the question to
            if (t.is("asked") && k == firstWord(toks)) {
                askedBy(text, toks, disc, s, k, quotes, out);
                continue;
            }
            // "Lee led Park by ten points in a CNN poll released Monday.": the poll that closes a clause says it
            int pollEnd = k > 2 && t.is("in") ? closingPoll(toks, k) : -1;
            if (pollEnd > 0) {
                pollBefore(text, toks, disc, s, k, pollEnd, quotes, out);
                k = pollEnd;
                continue;
            }
            // "As first reported by the Herald, ...", "..., as noted by its critics": the one after "by" said it
            int by = passiveBy(toks, k);
            if (by > 0) {
                according(text, toks, disc, s, k, by, quotes, out);
                k = by;
                continue;
            }
            if (t.cap() && k > 0) continue; // a cue is a verb, written in lower case but at a sentence's start
            if (!FORM_LEMMA.containsKey(t.lower()) || usedCues.contains(t.start())) continue;
            // "the state", "five states", "to show": a noun or an infinitive
            int p = k - 1;
            while (p >= 0 && toks.get(p).word() && BETWEEN.contains(toks.get(p).lower())) p--;
            if (p >= 0
                    && toks.get(p).word()
                    && NOUN_MARKERS.contains(toks.get(p).lower())
                    && p == k - 1) continue;
            if (p >= 0 && toks.get(p).digit()) continue;
            String lemma = FORM_LEMMA.get(t.lower());
            int cueEnd = k;
            String kind = null;
            if (PHRASE_STARTS.contains(lemma) && k + 1 < n) {
                String two = lemma + " " + toks.get(k + 1).lower();
                if (CUES.containsKey(two)) {
                    kind = CUES.get(two);
                    cueEnd = k + 1;
                }
            }
            if (kind == null) kind = CUES.get(lemma);
            if (kind == null) continue;
            // "a group called X", "the so-called": naming, not saying; but "Lee called Keane "reckless"" is Lee's
            // verdict on Keane: a speaker before the verb, and a quotation after the name
            if (t.is("called")
                    && cueEnd == k
                    && k + 1 < n
                    && toks.get(k + 1).cap()
                    && quoteAt(quotes, toks.get(k + 1).start()) < 0
                    && !(spokenBy(toks, ms, k) && quotationAfterName(toks, quotes, k + 1))) continue;
            Attribution a = cue(text, toks, disc, s, ms, k, cueEnd, quotes, used);
            if (a != null) {
                out.add(a);
                k = Math.max(k, cueEnd);
            }
        }
    }

    /**
     * A paragraph that opens with a speaker's name and a colon, as transcripts and headlines write them ("KATE
     * LINDQVIST: Why not debate?", "Sanders: The plan needs a vote"): the rest of the paragraph is what the speaker
     * said. The name is a person or an organisation the text names, or one to three words in capitals; a quotation
     * after the colon is attributed as one already.
     */
    private static Attribution labelled(
            String text, List<Tok> toks, Discourse disc, int s, List<Discourse.Mention> ms, List<int[]> quotes) {
        int n = toks.size();
        int colon = -1;
        for (int k = 0; k < Math.min(n, 5); k++)
            if (toks.get(k).is(":")) {
                colon = k;
                break;
            }
        if (colon < 1 || colon + 3 >= n) return null;
        int first = toks.get(0).start();
        int p = first - 1;
        while (p >= 0 && text.charAt(p) != '\n' && Character.isWhitespace(text.charAt(p))) p--;
        if (p >= 0 && text.charAt(p) != '\n') return null; // not a paragraph's first words
        if (quoteAt(quotes, toks.get(colon + 1).start()) >= 0) return null;
        boolean speaker = false;
        for (Discourse.Mention m : ms) {
            if (m.first() == 0
                    && m.last() == colon - 1
                    && m.form() == Discourse.Form.NAME
                    && !m.possessive()
                    && (m.type() == Discourse.Type.PERSON || m.type() == Discourse.Type.ORGANISATION)) speaker = true;
        }
        if (!speaker && colon <= 3) {
            speaker = true;
            for (int k = 0; k < colon; k++) {
                String w = toks.get(k).text();
                if (!toks.get(k).word()
                        || w.length() < 2
                        || !w.equals(w.toUpperCase(Locale.ROOT))
                        || toks.get(k).digit()) speaker = false;
            }
        }
        if (!speaker) return null;
        int start = toks.get(colon + 1).start();
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        end = Math.min(end, start + 2000);
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) end--;
        if (words(text, start, end) < 3) return null;
        Attribution.Kind kind = kindOf(quotes, start, end);
        return make(
                text,
                toks,
                disc,
                s,
                new int[] {0, colon - 1},
                ":",
                toks.get(colon).start(),
                start,
                end,
                kind);
    }

    /** The attribution a cue at tokens [k, cueEnd] makes, or null. */
    private static Attribution cue(
            String text,
            List<Tok> toks,
            Discourse disc,
            int s,
            List<Discourse.Mention> ms,
            int k,
            int cueEnd,
            List<int[]> quotes,
            BitSet used) {
        int n = toks.size();
        String cueText = text.substring(toks.get(k).start(), toks.get(cueEnd).end());
        // the speaker before the cue, or after it ("said Trump", "said a spokesman")
        int[] before = subjectBefore(toks, k, ms);
        int[] after = null;
        if (cueEnd + 1 < n && !BEFORE_SUBJECT.contains(toks.get(cueEnd + 1).lower())) {
            int e = cueEnd + 1;
            while (e < n
                    && toks.get(e).word()
                    && e - cueEnd <= 8
                    && !toks.get(e).is("that")) e++;
            boolean closes = e >= n
                    || toks.get(e).is(",")
                    || toks.get(e).is(".")
                    || toks.get(e).is(";");
            if (closes && e > cueEnd + 1 && (before == null || before[1] < before[0]))
                after = new int[] {cueEnd + 1, e - 1};
        }
        if (participleOfTheClause(toks, k)) {
            int[] clause = clauseSubject(toks, ms, k - 1);
            if (clause != null) before = clause;
        }
        int[] speaker = before != null ? before : after;
        if (speaker == null) return null;
        // indirect: the clause after the cue, or before the speaker when the cue ends the sentence
        int c0 = cueEnd + 1;
        boolean objectVerb =
                OBJECT_VERBS.contains(FORM_LEMMA.getOrDefault(toks.get(k).lower(), ""));
        if (after != null) c0 = after[1] + 1;
        if (objectVerb) {
            for (int e = c0; e < Math.min(n, c0 + 5); e++)
                if (toks.get(e).is("that")) {
                    c0 = e;
                    break;
                }
        }
        // "said in three separate interviews that ...": the adjunct is no part of what was said
        for (int e = c0 + 1; e < Math.min(n, c0 + 9); e++) {
            if (!toks.get(e).is("that")) continue;
            if (toks.get(c0).word() && ADJUNCT_STARTS.contains(toks.get(c0).lower()) && adjunctOnly(toks, c0, e - 1))
                c0 = e;
            break;
        }
        while (c0 < n
                && (toks.get(c0).is("that")
                        || toks.get(c0).is(",")
                        || toks.get(c0).is(":"))) c0++;
        int c1 = n - 1;
        while (c1 >= c0 && !toks.get(c1).word() && !isQuoteMark(toks.get(c1))) c1--;
        // ", adding that ...", ", according to ...": another attribution begins
        for (int e = c0 + 1; e <= c1; e++) {
            if (toks.get(e - 1).is(",")
                    && toks.get(e).word()
                    && (toks.get(e).is("according")
                            || toks.get(e).lower().endsWith("ing")
                                    && cueKind(toks.get(e).lower()) != null)) {
                c1 = e - 2;
                break;
            }
            // "praised the crews and said ...", "... , but told reporters ...": the subject's second cue begins its own
            // attribution
            if (toks.get(e).word() && COORDINATORS.contains(toks.get(e).lower()) && e - 1 > c0) {
                int v = e + 1;
                if (v <= c1
                        && toks.get(v).word()
                        && BETWEEN.contains(toks.get(v).lower())) v++;
                if (v <= c1
                        && toks.get(v).word()
                        && !toks.get(v).cap()
                        && cueKind(toks.get(v).lower()) != null) {
                    c1 = toks.get(e - 1).is(",") ? e - 2 : e - 1;
                    break;
                }
            }
        }
        // "..., said Geert Wilders, founder of the party": the words after the speaker describe him; what he said came
        // first
        boolean closing = c0 > c1
                || adjunctOnly(toks, c0, c1) && !infinitive(toks, k, c0, c1)
                || after != null && k > 0 && toks.get(k - 1).is(",");
        // "Many of the closures, he said, have involved ...": the cue set in the sentence between commas speaks for all
        // of it
        if (!closing
                && speaker == before
                && before[0] > 0
                && toks.get(before[0] - 1).is(",")
                && cueEnd + 1 < n
                && toks.get(cueEnd + 1).is(",")) {
            int b = 0;
            while (b < before[0] && !toks.get(b).word() && !isQuoteMark(toks.get(b))) b++;
            if (before[0] - 1 - b >= 2 && c1 >= c0) {
                int start = toks.get(b).start(), end = toks.get(c1).end();
                Attribution.Kind kind = kindOf(quotes, start, end);
                return make(text, toks, disc, s, speaker, cueText, toks.get(k).start(), start, end, kind);
            }
        }
        int start, end;
        if (closing) {
            // "..., he said [on Thursday]."
            int sp = speaker == after ? k : speaker[0];
            int e = sp - 1;
            if (e < 1 || !toks.get(e).is(",")) return null;
            int b = 0;
            while (b < e && !toks.get(b).word() && !isQuoteMark(toks.get(b))) b++;
            if (e - b < 3) return null;
            start = toks.get(b).start();
            end = toks.get(e - 1).end();
        } else {
            if (c1 - c0 < 1) return null;
            start = toks.get(c0).start();
            end = toks.get(c1).end();
        }
        Attribution.Kind kind = kindOf(quotes, start, end);
        if (start <= text.length()
                && end <= text.length()
                && start < end
                && quoteAt(quotes, start) >= 0
                && quotes.get(quoteAt(quotes, start))[0] == start
                && quotes.get(quoteAt(quotes, start))[1] >= end - 1) kind = Attribution.Kind.DIRECT;
        return make(text, toks, disc, s, speaker, cueText, toks.get(k).start(), start, end, kind);
    }

    private static boolean isQuoteMark(Tok t) {
        return !t.word()
                && (t.text().length() == 1
                                && (quotationMark(t.text().charAt(0))
                                        || t.text().charAt(0) == '\'')
                        || t.text().equals("''")
                        || t.text().equals("``"));
    }

    /** Verbs of saying whose "to" opens what is promised, not whom it was said to: "vowed to fight". */
    private static final Set<String> INFINITIVE_SAY = Set.of("vow", "pledge", "promise", "threaten");

    /**
     * Whether the words after a cue are an infinitive that is its content ("refused to reopen the crossing", "wants to
     * run") rather than whom it was said to ("said to reporters"): a cue of thinking or wanting, or one of promising,
     * then "to" and a verb (a word in lower case that is no determiner).
     */
    private static boolean infinitive(List<Tok> toks, int k, int c0, int c1) {
        if (c1 < c0 + 1 || !toks.get(c0).is("to")) return false;
        String lemma = FORM_LEMMA.get(toks.get(k).lower());
        if (lemma == null || !"think".equals(CUES.get(lemma)) && !INFINITIVE_SAY.contains(lemma)) return false;
        Tok v = toks.get(c0 + 1);
        return v.word() && !v.cap() && !v.digit() && !DETERMINERS.contains(v.lower());
    }

    /** Whether tokens [a, b] are only adjuncts of time, place and manner ("on Thursday in a statement"). */
    private static boolean adjunctOnly(List<Tok> toks, int a, int b) {
        if (a > b) return true;
        if (!ADJUNCT_STARTS.contains(toks.get(a).lower())) return false;
        // a clause of its own ("... said on Thursday that the plan ...") is no adjunct
        for (int e = a; e <= b; e++) if (toks.get(e).is("that")) return false;
        return b - a < 12;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        if (from > to) return false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return false;
        }
        return to - from <= 6;
    }

    /** Words that open a noun phrase: a speaker written as one starts at the last of these before its verb. */
    private static final Set<String> DETERMINERS = Set.of(
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "our",
            "my",
            "your",
            "some",
            "many",
            "several",
            "most",
            "all",
            "both",
            "few",
            "other",
            "another",
            "one",
            "two",
            "three",
            "four",
            "five",
            "these",
            "those",
            "this",
            "every",
            "each",
            "no",
            "any",
            "more",
            "fewer",
            "dozens",
            "hundreds",
            "thousands",
            "millions");
    /** Words that join a second predicate to a subject's first ("... and said"). */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");

    /** Pronouns that open a relative clause, whose subject is the phrase before them. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

    /** Words that may open a noun phrase that names someone ("the union", "his aides", "many voters"). */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of(
            "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
            "many", "most", "several", "both", "all", "other", "another", "one", "two", "three");
    /** Prepositions that attach a noun phrase to the one before it inside a speaker's phrase. */
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "at", "in", "with", "from");
    /**
     * Words a speaker's phrase never begins with: time, place and manner openers ("On Sunday, he said", "Tuesday night
     * he said").
     */
    private static final Set<String> OPENERS = withMonths(
            "on",
            "in",
            "at",
            "after",
            "before",
            "during",
            "since",
            "for",
            "from",
            "by",
            "with",
            "to",
            "and",
            "but",
            "or",
            "while",
            "when",
            "even",
            "also",
            "then",
            "still",
            "so",
            "yet",
            "later",
            "earlier",
            "now",
            "today",
            "yesterday",
            "tonight",
            "night",
            "morning",
            "afternoon",
            "evening",
            "week",
            "month",
            "year",
            "last",
            "next",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "meanwhile",
            "however",
            "instead",
            "here",
            "there",
            "again",
            "first",
            "finally",
            "separately");

    /** Words with the months' names and abbreviations of the time lexicon (times.tsv): "In March, he said". */
    private static Set<String> withMonths(String... words) {
        Set<String> out = new HashSet<>(Arrays.asList(words));
        out.addAll(Times.monthWords());
        return Set.copyOf(out);
    }

    /**
     * The subject noun phrase before a cue at k, as token positions [a, b], or null: back past auxiliaries and adverbs
     * ("has also said"), past an apposition or a relative clause between commas ("Clinton, the nominee, said"), to
     * where a clause begins; then cut to the phrase itself: the name, role or pronoun that ends it with the words that
     * qualify it ("former Gov. Rick Perry", "his campaign manager"), or a phrase opened by a determiner ("a spokesman
     * for the campaign"). Without either, no speaker: a stretch of words is no one.
     */
    private static int[] subjectBefore(List<Tok> toks, int k, List<Discourse.Mention> ms) {
        int j = k - 1;
        while (j >= 0) {
            Tok t = toks.get(j);
            if (t.word()
                    && (BETWEEN.contains(t.lower())
                            || !t.cap() && t.lower().endsWith("ly") && t.lower().length() > 4)) {
                j--;
                continue;
            }
            // "don't", "hadn’t": the tokens of a negated auxiliary
            if (t.is("t")
                    && j >= 2
                    && (toks.get(j - 1).is("'") || toks.get(j - 1).is("’"))
                    && toks.get(j - 2).lower().endsWith("n")) {
                j -= 3;
                continue;
            }
            break;
        }
        if (j >= 0 && toks.get(j).is("'s") && j > 0 && !toks.get(j - 1).cap()) j--; // "he's said"
        if (j < 0) return null;
        // "Reid acknowledged those feelings and stressed ...": a cue after "and" is the second verb of a predicate, and
        // speaks for the subject that opens its clause, not for the first verb's object
        if (j > 0 && toks.get(j).word() && COORDINATORS.contains(toks.get(j).lower())) {
            int[] c = clauseSubject(toks, ms, j);
            if (c != null) return c;
        }
        // "... host Anna Berg he believed": a pronoun before its verb is the whole subject
        for (Discourse.Mention m : ms)
            if (m.first() == j && m.last() == j && m.form() == Discourse.Form.PRONOUN && !m.possessive())
                return new int[] {j, j};
        if (toks.get(j).is(",")) {
            // "Clinton, the Democratic nominee, said": the apposition's head is before the first comma
            int c = j - 1;
            while (c >= 0 && j - c <= 14 && !toks.get(c).is(",")) c--;
            if (c < 1 || j - c > 14) return null;
            // "Her rival, Tom Keane, said": a person's name between the commas is the speaker, the phrase before it
            // describes him
            for (Discourse.Mention m : ms) {
                if (m.first() == c + 1
                        && m.last() == j - 1
                        && m.type() == Discourse.Type.PERSON
                        && m.form() == Discourse.Form.NAME
                        && !toks.get(c - 1).cap()) return new int[] {c + 1, j - 1};
            }
            j = c - 1;
        }
        if (j < 0
                || !toks.get(j).word()
                        && !toks.get(j).possessive()
                        && !toks.get(j).is(")")) return null;
        if (toks.get(j).is(")")) {
            // "Sen. Bernie Sanders (I-Vt.) said"
            int o = j - 1;
            while (o >= 0 && j - o <= 6 && !toks.get(o).is("(")) o--;
            if (o <= 0) return null;
            j = o - 1;
        }
        int b = j;
        while (b - 1 >= 0 && j - b < 12) {
            Tok p = toks.get(b - 1);
            if (!p.word() && !p.possessive() && !p.is("-") && !p.is("&") && !p.is("/") && !p.is(".")) break;
            if (p.word()
                    && BEFORE_SUBJECT.contains(p.lower())
                    && !(p.is("and")
                            && b - 2 >= 0
                            && toks.get(b - 2).cap()
                            && toks.get(b).cap())) break;
            if (p.word() && !p.cap() && cueKind(p.lower()) != null) break;
            b--;
        }
        // the mention the phrase ends with, and the words before it that qualify it
        Discourse.Mention head = null;
        for (Discourse.Mention m : ms)
            if (m.last() == j || m.last() == j - 1 && toks.get(j).possessive()) head = m;
        if (head == null)
            for (Discourse.Mention m : ms) if (m.first() >= b && m.last() <= j && m.last() >= j - 1) head = m;
        int from;
        if (head != null) {
            from = head.first();
            while (from - 1 >= b) {
                Tok p = toks.get(from - 1);
                if (!p.word() && !p.possessive() && !p.is("-") && !p.is(".")) break;
                if (p.word() && (OPENERS.contains(p.lower()) || BEFORE_SUBJECT.contains(p.lower()))) break;
                if (p.word()
                        && !p.cap()
                        && (p.lower().endsWith("ed") || p.lower().endsWith("ing"))
                        && !DETERMINERS.contains(p.lower())) break;
                from--;
            }
        } else {
            // a phrase opened by a determiner: "a spokesman for the campaign", "many economists"
            from = -1;
            for (int t = j; t >= b && j - t <= 7; t--) {
                if (toks.get(t).word() && DETERMINERS.contains(toks.get(t).lower())) {
                    from = t;
                    break;
                }
            }
            // "a spokesman for the campaign", "the sign on the gate": the phrase a preposition attaches to
            while (from > b + 1
                    && toks.get(from - 1).word()
                    && PREPOSITIONS.contains(toks.get(from - 1).lower())) {
                int d = -1;
                for (int t = from - 2; t >= b && from - 2 - t <= 3; t--) {
                    if (!toks.get(t).word()) break;
                    if (DETERMINERS.contains(toks.get(t).lower())) {
                        d = t;
                        break;
                    }
                }
                if (d < 0) break;
                from = d;
            }
            if (from < 0) {
                // a short phrase of its own: "officials", "Democrats", "Republican leaders", "critics of the plan"
                from = Math.max(b, j - 3);
                if (!toks.get(j).word() || OPENERS.contains(toks.get(j).lower())) return null;
            }
            while (from < j
                    && toks.get(from).word()
                    && OPENERS.contains(toks.get(from).lower())) from++;
        }
        if (from > j) return null;
        if (toks.get(from).word() && toks.get(from).is("the") && from == j) return null;
        // "issued a statement saying", "fired back a response saying": a participle after a thing, not after someone,
        // speaks for the subject of its clause; so does a cue after a determiner alone ("sent a ... insisting")
        boolean lone = from == j
                && toks.get(from).word()
                && DETERMINERS.contains(toks.get(from).lower());
        if (head == null && (lone || toks.get(k).word() && toks.get(k).lower().endsWith("ing"))) {
            int[] c = clauseSubject(toks, ms, from);
            if (c != null) return c;
        }
        return new int[] {from, j};
    }

    /** Words before a participle that leave its subject to the clause: ", saying", "by saying", "while saying". */
    private static final Set<String> PARTICIPLE_LEADS = Set.of(",", "by", "while", "when", "after", "before", "in");

    /**
     * Whether the cue at k is a participle ("saying") whose subject is its clause's: after a comma or a word that leads
     * it.
     */
    private static boolean participleOfTheClause(List<Tok> toks, int k) {
        return k > 0
                && toks.get(k).lower().endsWith("ing")
                && PARTICIPLE_LEADS.contains(toks.get(k - 1).lower());
    }

    /**
     * A word that ends a subject going forward: a cue's form, a word between a subject and its verb (an auxiliary or an
     * adverb such as "also"), or a past tense, regular or irregular.
     */
    private static boolean verbLike(String w) {
        return FORM_LEMMA.containsKey(w)
                || w.endsWith("ed")
                || BETWEEN.contains(w) && !w.endsWith("ly")
                || pastTense(w);
    }

    /** An irregular verb's past ("gave", "took"), not a form that is also its base or a noun ("cut", "people"). */
    private static boolean pastTense(String w) {
        String lemma = LanguageLexicon.get().irregular.get(w);
        return lemma != null && !lemma.equals(w) && !w.equals("left") && !NOUN_LEMMAS.contains(lemma);
    }

    private static final Set<String> NOUN_LEMMAS = Set.of("person", "man", "woman", "child");

    /**
     * The subject of the clause a participle hangs from ("The governor criticised ..., saying that"): a person, an
     * organisation, a role or a pronoun that opens the sentence or follows an opening phrase and its comma, before the
     * token at {@code before}.
     */
    private static int[] clauseSubject(List<Tok> toks, List<Discourse.Mention> ms, int before) {
        int c = 0;
        while (c < before && !toks.get(c).word()) c++;
        List<Integer> starts = new ArrayList<>();
        starts.add(c);
        for (int t = c; t < before; t++) if (toks.get(t).is(",")) starts.add(t + 1);
        for (int start : starts) {
            for (Discourse.Mention m : ms) {
                // a title before the name opens the clause too: "Mayor Ann Marlow", "Sen. Rita Olsen"
                int first = m.first();
                while (first > start
                        && first - start <= 2
                        && toks.get(first - 1).cap()) first--;
                if (first != start || m.last() >= before || m.possessive()) continue;
                boolean someone = m.type() == Discourse.Type.PERSON
                        || m.type() == Discourse.Type.ORGANISATION
                        || m.form() == Discourse.Form.PRONOUN
                        || m.form() == Discourse.Form.ROLE;
                if (!someone) continue;
                // the subject is followed by its verb: a lower-case word
                if (m.last() + 1 < before
                        && toks.get(m.last() + 1).word()
                        && !toks.get(m.last() + 1).cap()) return new int[] {first, m.last()};
            }
            // "The governor", "the committee": a determiner and a noun or two before the verb
            if (start + 1 < before
                    && toks.get(start).word()
                    && (toks.get(start).is("the")
                            || toks.get(start).is("a")
                            || toks.get(start).is("an"))) {
                for (Discourse.Mention m : ms) {
                    if (m.first() == start + 1
                            && m.last() + 1 < before
                            && !m.possessive()
                            && m.type() != Discourse.Type.PLACE
                            && toks.get(m.last() + 1).word()
                            && !toks.get(m.last() + 1).cap()) return new int[] {start, m.last()};
                }
                // "The council condemned ...", "the brief order gave ...": a noun or two the text does not know, then
                // a verb of the clause's (a cue, an auxiliary, a word in the past tense)
                for (int v = start + 2; v < before && v <= start + 4; v++) {
                    Tok w = toks.get(v);
                    if (!w.word()) break;
                    if (!w.cap() && verbLike(w.lower())) return new int[] {start, v - 1};
                }
            }
        }
        // "In a speech Monday, President Ann Marlow said ... and vowed ...", "On its website the union says ... and
        // asks ...": the first person or organisation before the coordinator that a verb follows
        for (Discourse.Mention m : ms) {
            if (m.last() + 1 >= before || m.possessive() || m.key().isEmpty()) continue;
            if (m.type() != Discourse.Type.PERSON && m.type() != Discourse.Type.ORGANISATION) continue;
            Tok v = toks.get(m.last() + 1);
            if (v.word() && !v.cap() && (verbLike(v.lower()) || cueKind(v.lower()) != null))
                return new int[] {m.first(), m.last()};
        }
        return null;
    }

    /**
     * The token "by" of "as [adverb] PARTICIPLE by", where the participle is a cue's ("as reported by", "as first noted
     * by"), when one begins at {@code k}; else -1.
     */
    private static int passiveBy(List<Tok> toks, int k) {
        if (!toks.get(k).is("as")) return -1;
        int v = k + 1;
        while (v < toks.size()
                && toks.get(v).word()
                && BETWEEN.contains(toks.get(v).lower())) v++;
        if (v + 1 >= toks.size() || !toks.get(v + 1).is("by")) return -1;
        String w = toks.get(v).lower();
        boolean participle = w.endsWith("ed") || w.endsWith("en") || w.equals("told") || w.equals("said");
        return participle && !toks.get(v).cap() && cueKind(w) != null ? v + 1 : -1;
    }

    /**
     * An attribution whose cue runs from {@code k} to {@code cueLast} and names its speaker right after ("according to
     * the report", "as reported by the Herald"): what was said is the rest of the sentence, or the sentence before the
     * cue when a comma sets the cue off at its end.
     */
    private static void according(
            String text,
            List<Tok> toks,
            Discourse disc,
            int s,
            int k,
            int cueLast,
            List<int[]> quotes,
            List<Attribution> out) {
        int n = toks.size();
        int a = cueLast + 1, b = a;
        while (b < n
                && !toks.get(b).is(",")
                && !toks.get(b).is(".")
                && !toks.get(b).is(";")
                && b - a < 12) b++;
        if (b == a) return;
        int[] speaker = {a, b - 1};
        int start, end;
        if (k > 1 && toks.get(k - 1).is(",")) {
            int last = n - 1;
            while (last > b && !toks.get(last).word() && !isQuoteMark(toks.get(last))) last--;
            int first = 0;
            while (first < k && !toks.get(first).word() && !isQuoteMark(toks.get(first))) first++;
            start = toks.get(first).start();
            // "Fundraising, according to the campaign, has surged": set off by commas inside the sentence, the cue
            // speaks for all of it
            boolean inside = b < n
                    && toks.get(b).is(",")
                    && words(text, toks.get(b).end(), toks.get(last).end()) >= 2;
            end = inside ? toks.get(last).end() : toks.get(k - 2).end();
        } else {
            int c0 = b;
            while (c0 < n && (toks.get(c0).is(",") || toks.get(c0).is(":"))) c0++;
            int c1 = n - 1;
            while (c1 > c0 && !toks.get(c1).word() && !isQuoteMark(toks.get(c1))) c1--;
            if (c1 - c0 < 2) return;
            start = toks.get(c0).start();
            end = toks.get(c1).end();
        }
        if (end <= start) return;
        int cueEnd = toks.get(cueLast).end();
        Attribution.Kind kind = kindOf(quotes, start, end);
        out.add(make(
                text,
                toks,
                disc,
                s,
                speaker,
                text.substring(toks.get(k).start(), cueEnd),
                toks.get(k).start(),
                start,
                end,
                kind));
    }

    /** Whether a preposition stands among tokens [from, to): "Joel Pollak of the Herald" is no Herald. */
    private static boolean prepositionBefore(List<Tok> toks, int from, int to) {
        for (int t = from; t < to; t++) {
            Tok w = toks.get(t);
            if (w.word() && !w.cap() && (PREPOSITIONS.contains(w.lower()) || ADJUNCT_STARTS.contains(w.lower())))
                return true;
        }
        return false;
    }

    /**
     * An attribution with its speaker resolved: the first name, role or pronoun of the speaker's words that the text
     * ties to someone.
     */
    private static Attribution make(
            String text,
            List<Tok> toks,
            Discourse disc,
            int s,
            int[] speaker,
            String cue,
            int cueStart,
            int start,
            int end,
            Attribution.Kind kind) {
        String written = text.substring(
                toks.get(speaker[0]).start(), toks.get(speaker[1]).end());
        String key = "", name = "";
        // "Mayor Ruth Okafor, who opposes the levy, voted": a relative pronoun speaks for the phrase it follows, and
        // what it says between commas ends at the clause's comma
        int[] asWritten = speaker;
        int[] antecedent = antecedent(toks, disc.mentions(s), speaker);
        if (antecedent != null) {
            speaker = antecedent;
            if (toks.get(asWritten[0] - 1).is(",") && kind == Attribution.Kind.INDIRECT) {
                int c = text.indexOf(',', start);
                if (c > start && c < end) {
                    int cut = trimmedEnd(text, start, c);
                    end = cut > 0 ? cut : c;
                }
            }
        }
        // "the Democratic candidate Hillary Clinton": a person's name that ends the phrase is whom it names
        for (Discourse.Mention m : disc.mentions(s)) {
            if (m.first() > speaker[0]
                    && m.last() == speaker[1]
                    && !m.key().isEmpty()
                    && !m.possessive()
                    && m.form() == Discourse.Form.NAME
                    && m.type() == Discourse.Type.PERSON
                    && !prepositionBefore(toks, speaker[0], m.first())) {
                key = m.key();
                name = disc.display(m.key());
            }
        }
        for (Discourse.Mention m : disc.mentions(s)) {
            if (!key.isEmpty()) break;
            if (m.first() < speaker[0] || m.last() > speaker[1] || m.key().isEmpty()) continue;
            if (m.type() == Discourse.Type.PLACE || m.type() == Discourse.Type.GROUP) continue;
            // the head: a mention that opens the phrase (after a determiner or a title), not one inside "a spokesman
            // for X"
            boolean head = true;
            for (int t = speaker[0]; t < m.first(); t++) {
                Tok u = toks.get(t);
                if (u.word()
                        && !u.cap()
                        && !u.is("the")
                        && !u.is("a")
                        && !u.is("an")
                        && !LanguageLexicon.get().titles.containsKey(u.lower())) {
                    head = false;
                    break;
                }
            }
            // "her rival", "his campaign manager": a possessive names whose, not who
            if (m.possessive() && m.last() < speaker[1]) continue;
            if (!head) continue;
            key = m.key();
            name = disc.display(m.key());
            break;
        }
        if (key.isEmpty()) {
            name = text.substring(
                    toks.get(speaker[0]).start(), toks.get(speaker[1]).end());
            key = name.toLowerCase(Locale.ROOT);
        }
        return new Attribution(
                name,
                key,
                written,
                cue,
                text.substring(start, end),
                kind,
                start,
                end,
                cueStart,
                toks.get(asWritten[0]).start());
    }

    /**
     * The phrase a relative pronoun that is the whole speaker stands for ("Mayor Ruth Okafor, who", "the union,
     * which"): the mention that ends right before it, else the subject phrase there; null when the speaker is no
     * relative pronoun, or the phrase is cut inside a prepositional one ("supporters of Jeb Bush, who").
     */
    private static int[] antecedent(List<Tok> toks, List<Discourse.Mention> ms, int[] speaker) {
        if (speaker[0] != speaker[1]
                || speaker[0] == 0
                || !RELATIVE_PRONOUNS.contains(toks.get(speaker[0]).lower())) return null;
        int before = toks.get(speaker[0] - 1).is(",") ? speaker[0] - 1 : speaker[0];
        int[] found = null;
        for (Discourse.Mention m : ms) {
            if (m.last() == before - 1 && !m.key().isEmpty() && !m.possessive() && m.type() != Discourse.Type.PLACE)
                found = new int[] {m.first(), m.last()};
        }
        if (found == null) found = subjectBefore(toks, before, ms);
        if (found != null
                && !toks.get(found[0]).cap()
                && !NOUN_PHRASE_OPENERS.contains(toks.get(found[0]).lower())) return null;
        return found;
    }
}
