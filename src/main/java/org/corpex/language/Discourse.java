package org.corpex.language;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpex.corpus.Layout;

/**
 * Who and what a document talks about, sentence by sentence: the names it writes (people, organisations, places,
 * groups), the roles that stand for them ("the senator", "the national committee") and the pronouns ("he", "her",
 * "its"), each resolved to one key that is the same across documents. A person is known by the last word of their name,
 * so "Hillary Clinton", "Mrs. Clinton", "Clinton" and "Clinton's" are one; an organisation by its whole name ("Podesta
 * Group"); a place by its name in the lexicon ("Wyo." is Wyoming).
 *
 * <p>Resolution reads the text in order, as a reader does. A pronoun is the person its sentence is about (its subject)
 * or, failing one, the person the sentences just before were about, of the pronoun's gender where the text tells a
 * person's ("Mrs.", a first name). A role is the last person named with that office ("Sen. Ted Cruz" ... "the
 * senator"), else the person its sentence or the one before is about; an organisation's role ("the committee") the last
 * organisation named with that word. What cannot be resolved stays unresolved: a wrong "whom" does more harm than none.
 * Found by shape and by the lexicon's words, never by a list of people or organisations.
 */
public final class Discourse {
    public enum Type {
        PERSON,
        ORGANISATION,
        PLACE,
        GROUP,
        UNKNOWN
    }

    public enum Form {
        NAME,
        ROLE,
        PRONOUN
    }

    /**
     * A name, role or pronoun.
     *
     * @param first its first token in the sentence
     * @param last its last token
     * @param form name, role or pronoun
     * @param type what it stands for
     * @param key whom it stands for, the same across documents ("clinton", "podesta group", "wyoming"); "" when
     *     unresolved
     * @param written as written, titles left out ("Hillary Clinton", "the Vermont senator", "his")
     * @param possessive followed by a possessive mark, or a possessive pronoun ("Clinton's", "his")
     */
    public record Mention(int first, int last, Form form, Type type, String key, String written, boolean possessive) {}

    private static final LanguageLexicon L = LanguageLexicon.get();
    private static final Pattern ADJECTIVE_SUFFIX = Pattern.compile(
            "-(based|listed|owned|led|backed|born|made|funded|style|run|linked|affiliated|aligned|held|registered)$");
    private static final Set<String> CONNECTORS =
            Set.of("of", "&", "de", "van", "von", "der", "du", "la", "bin", "al", "del");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "hers");
    private static final Set<String> COMPANY_ROLES = Set.of("company", "firm", "group", "bank", "network");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    /** Past forms that end in neither -ed nor -s: "the campaign said", "the committee spent". */
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "said", "told", "gave", "took", "made", "won", "lost", "spent", "paid", "got", "held", "saw", "went",
            "came", "put", "set", "cut", "hit", "ran", "began", "left", "kept", "brought", "sent", "built", "drew",
            "wrote");
    /** Verbs after which "it" is the organisation that reports: "the campaign said it raised". */
    private static final Set<String> REPORTING =
            Set.of("said", "says", "reported", "reports", "announced", "estimated", "added", "expects", "expected");

    private final List<List<Tok>> tokens;
    private final List<List<Mention>> mentions;
    private final Map<String, String> display;
    private final String main;

    private Discourse(List<List<Tok>> tokens, List<List<Mention>> mentions, Map<String, String> display, String main) {
        this.tokens = tokens;
        this.mentions = mentions;
        this.display = display;
        this.main = main;
    }

    /** The tokens of sentence i (sentences after the last one read are empty). */
    public List<Tok> tokens(int sentence) {
        return sentence < tokens.size() ? tokens.get(sentence) : List.of();
    }

    /** The mentions of sentence i, in order. */
    public List<Mention> mentions(int sentence) {
        return sentence < mentions.size() ? mentions.get(sentence) : List.of();
    }

    public int sentences() {
        return tokens.size();
    }

    /** The fullest name the document writes for a key ("Hillary Clinton" for "clinton"), or the key. */
    public String display(String key) {
        return display.getOrDefault(key, key);
    }

    /** The person the document names most (three times at least), or "". */
    public String main() {
        return main;
    }

    /** What the name scan learns of the people it meets: offices, gender, how often named. */
    private static final class People {
        final Map<String, Integer> count = new HashMap<>();
        final Map<String, Set<String>> offices = new HashMap<>();
        final Map<String, Character> gender = new HashMap<>();
        final Map<Mention, String> officeOf = new HashMap<>();

        boolean person(String key) {
            return count.containsKey(key);
        }

        /** Whether a person may be what a pronoun of this gender ('m', 'f' or 0) stands for. */
        boolean fits(String key, char g) {
            if (g == 0) return true;
            Character k = gender.get(key);
            return k == null || k == g;
        }
    }

    /** Reads the sentences of a text up to and including sentence {@code last}. */
    public static Discourse read(String text, Layout layout, int last) {
        BitSet all = new BitSet();
        all.set(0, Math.min(layout.sentenceCount(), last + 1));
        return read(text, layout, all);
    }

    /**
     * How many sentences at the start of a text are read whatever else is: the headline and lead name what it is about.
     */
    public static final int LEAD = 10;
    /** How many sentences before one that is wanted are read with it: what its pronouns and roles may point back to. */
    public static final int BACK = 3;

    /**
     * Reads the sentences a reader of the wanted ones needs: the lead (where an article names its subject), and each
     * wanted sentence with the few before it. Others are left unread, so a long text with a few figures costs a few
     * sentences, not all of them.
     */
    public static Discourse readAround(String text, Layout layout, BitSet wanted) {
        return readAround(text, layout, wanted, null);
    }

    /** As {@link #readAround(String, Layout, BitSet)}, taking the sentences' tokens from {@code tokens} (or null). */
    public static Discourse readAround(String text, Layout layout, BitSet wanted, SentenceTokens tokens) {
        BitSet read = new BitSet();
        read.set(0, Math.min(LEAD, layout.sentenceCount()));
        for (int s = wanted.nextSetBit(0); s >= 0; s = wanted.nextSetBit(s + 1))
            read.set(Math.max(0, s - BACK), Math.min(s + 1, layout.sentenceCount()));
        return read(text, layout, read, tokens);
    }

    private static Discourse read(String text, Layout layout, BitSet read) {
        return read(text, layout, read, null);
    }

    private static Discourse read(String text, Layout layout, BitSet read, SentenceTokens tokens) {
        int count = read.length();
        List<List<Tok>> toks = new ArrayList<>(count);
        Set<String> lowerWords = new HashSet<>();
        Set<String> capitalWords = new HashSet<>(); // capitalised in a sentence that is not a headline in title case
        // The lower case of every word written with a capital: a reader asks whether these (and only these) are also
        // written in lower case, so the set of words in lower case holds only them, not every word of the text.
        Set<String> capitalised = new HashSet<>();
        for (int s = 0; s < count; s++) {
            List<Tok> ts = !read.get(s)
                    ? List.of()
                    : tokens != null
                            ? tokens.of(text, layout, s)
                            : Tok.of(text, layout.sentenceStart(s), layout.sentenceEnd(s));
            toks.add(ts);
            for (Tok t : ts) if (t.cap() && t.word()) capitalised.add(t.lower());
        }
        for (List<Tok> ts : toks)
            for (Tok t : ts)
                if (t.word() && !t.cap() && !t.digit() && capitalised.contains(t.lower())) lowerWords.add(t.lower());
        // capitalised inside a sentence (not at its start, not in a headline): a name, even where it opens another
        // sentence;
        // capitalised anywhere but in a headline: what a headline's words may be names by
        Set<String> capitalInside = new HashSet<>();
        for (List<Tok> ts : toks) {
            if (titleCase(ts)) continue;
            boolean first = true;
            for (Tok t : ts) {
                if (!t.word()) continue;
                if (t.cap()) {
                    capitalWords.add(t.lower());
                    if (!first) capitalInside.add(t.lower());
                }
                first = false;
            }
        }
        // names first, in every sentence read: a sentence-initial "Clinton" is a person when "Hillary Clinton" comes
        // later
        People people = new People();
        List<List<Mention>> raw = new ArrayList<>(count);
        for (List<Tok> ts : toks) {
            List<Mention> ms = new ArrayList<>();
            scan(ts, lowerWords, capitalWords, capitalInside, ms, people);
            raw.add(ms);
        }
        // how often each person is named, a lone surname included ("Trump" after "Donald Trump")
        Map<String, Integer> named = new HashMap<>();
        for (List<Mention> ms : raw) {
            for (Mention m : ms) {
                if (m.form() == Form.NAME
                        && (m.type() == Type.PERSON || m.type() == Type.UNKNOWN && people.person(m.key())))
                    named.merge(m.key(), 1, Integer::sum);
            }
        }
        String main = "";
        int best = 2;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (e.getValue() > best
                    || e.getValue() == best && !main.isEmpty() && e.getKey().compareTo(main) < 0) {
                best = e.getValue();
                main = e.getKey();
            }
        }
        // the organisation named most (three times at least): what "the company" is in an article about one
        Map<String, Integer> orgs = new HashMap<>();
        for (List<Mention> ms : raw) {
            for (Mention m : ms) {
                if (m.form() == Form.NAME
                        && (m.type() == Type.ORGANISATION || m.type() == Type.UNKNOWN && !people.person(m.key())))
                    orgs.merge(m.key(), 1, Integer::sum);
            }
        }
        String mainOrg = "";
        int bestOrg = 2;
        for (Map.Entry<String, Integer> e : orgs.entrySet()) {
            if (e.getValue() > bestOrg
                    || e.getValue() == bestOrg
                            && !mainOrg.isEmpty()
                            && e.getKey().compareTo(mainOrg) < 0) {
                bestOrg = e.getValue();
                mainOrg = e.getKey();
            }
        }
        Map<String, String> display = new HashMap<>();
        List<List<Mention>> out = new ArrayList<>(count);
        List<Mention> seen = new ArrayList<>(); // resolved mentions so far
        List<Mention> subjects = new ArrayList<>(); // each sentence's subject (null if none)
        for (int s = 0; s < count; s++) {
            List<Mention> ms = new ArrayList<>();
            Mention subject = null;
            for (Mention m : raw.get(s)) {
                Mention r = resolve(m, s, ms, seen, subjects, subject, people, toks.get(s), main, mainOrg);
                if (r.form() == Form.NAME && r.type() == Type.PERSON) {
                    String shown = display.get(r.key());
                    if (shown == null || r.written().split(" ").length > shown.split(" ").length)
                        display.put(r.key(), r.written());
                } else if (r.form() == Form.NAME && !r.key().isEmpty()) {
                    display.putIfAbsent(r.key(), r.written());
                }
                if (subject == null
                        && !r.key().isEmpty()
                        && (r.type() == Type.PERSON || r.type() == Type.ORGANISATION)
                        && !afterPreposition(toks.get(s), r.first())) subject = r;
                ms.add(r);
            }
            subjects.add(subject);
            seen.addAll(ms);
            out.add(List.copyOf(ms));
        }
        return new Discourse(toks, out, display, main);
    }

    private static Mention resolve(
            Mention m,
            int s,
            List<Mention> current,
            List<Mention> seen,
            List<Mention> subjects,
            Mention subject,
            People people,
            List<Tok> ts,
            String main,
            String mainOrg) {
        if (m.form() == Form.NAME) {
            if (m.type() == Type.UNKNOWN && people.person(m.key())) return with(m, Type.PERSON, m.key());
            return m;
        }
        if (m.form() == Form.PRONOUN) {
            String key = "";
            String w = m.written().toLowerCase(Locale.ROOT);
            if (m.type() == Type.PERSON) {
                char g = MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : 0;
                if (subject != null && subject.type() == Type.PERSON && people.fits(subject.key(), g))
                    key = subject.key();
                for (int b = s - 1; key.isEmpty() && b >= Math.max(0, s - 3); b--) {
                    Mention sub = subjects.get(b);
                    if (sub != null && sub.type() == Type.PERSON && people.fits(sub.key(), g)) key = sub.key();
                }
                for (int k = current.size() - 1; key.isEmpty() && k >= 0; k--)
                    key = personFitting(current.get(k), people, g);
                int budget = 40;
                for (int k = seen.size() - 1; key.isEmpty() && k >= 0 && budget-- > 0; k--)
                    key = personFitting(seen.get(k), people, g);
            } else if (m.type() == Type.ORGANISATION) {
                if (subject != null && organisationLike(subject, people)) key = subject.key();
                for (int b = s - 1; key.isEmpty() && b >= Math.max(0, s - 2); b--) {
                    Mention sub = subjects.get(b);
                    if (sub != null && organisationLike(sub, people)) key = sub.key();
                }
                if (key.isEmpty() && w.equals("its")) {
                    for (int k = current.size() - 1; key.isEmpty() && k >= 0; k--) {
                        if (current.get(k).type() == Type.ORGANISATION)
                            key = current.get(k).key();
                    }
                }
            }
            return with(m, m.type(), key);
        }
        // a role
        String office = people.officeOf.getOrDefault(m, "");
        String noun = m.written().substring(m.written().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String key = "";
        if (m.type() == Type.PERSON) {
            if (!office.isEmpty()) {
                for (int k = current.size() - 1; k >= 0 && key.isEmpty(); k--)
                    if (holds(people, current.get(k), office))
                        key = current.get(k).key();
                for (int k = seen.size() - 1; k >= 0 && key.isEmpty(); k--)
                    if (holds(people, seen.get(k), office)) key = seen.get(k).key();
            }
            if (key.isEmpty() && subject != null && subject.type() == Type.PERSON) key = subject.key();
            for (int b = s - 1; key.isEmpty() && b >= Math.max(0, s - 1); b--) {
                Mention sub = subjects.get(b);
                if (sub != null && sub.type() == Type.PERSON) key = sub.key();
            }
            // "the billionaire", "the front-runner": in an article about one person, that person
            if (key.isEmpty()
                    && !main.isEmpty()
                    && (office.isEmpty()
                            || !people.offices.containsKey(main)
                            || people.offices.get(main).contains(office))) key = main;
            return with(m, Type.PERSON, key);
        }
        for (int k = seen.size() - 1; k >= 0 && key.isEmpty(); k--) {
            Mention o = seen.get(k);
            if (o.type() == Type.ORGANISATION
                    && o.form() == Form.NAME
                    && o.written().toLowerCase(Locale.ROOT).contains(noun)) key = o.key();
        }
        if (key.isEmpty() && noun.equals("campaign")) {
            // "the Sanders campaign": the candidate it names
            for (String w : m.written().split(" ")) {
                if (key.isEmpty() && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    String k = bare(w.toLowerCase(Locale.ROOT));
                    if (people.person(k)) key = k;
                }
            }
            // a campaign stands for its candidate: the person the text is about
            if (key.isEmpty() && subject != null && subject.type() == Type.PERSON) key = subject.key();
            for (int b = s - 1; key.isEmpty() && b >= Math.max(0, s - 2); b--) {
                Mention sub = subjects.get(b);
                if (sub != null && sub.type() == Type.PERSON) key = sub.key();
            }
            return with(m, key.isEmpty() ? Type.ORGANISATION : Type.PERSON, key);
        }
        // "the company", "the firm": in an article about one organisation, that one
        if (key.isEmpty() && COMPANY_ROLES.contains(noun)) key = mainOrg;
        return with(m, Type.ORGANISATION, key);
    }

    /**
     * Whether "its" may stand for a mention: an organisation, or a name of two words that nothing marks as a person's
     * (no title, no first name: "Northwind Traders" is as likely a company).
     */
    private static boolean organisationLike(Mention m, People people) {
        if (m.type() == Type.ORGANISATION) return true;
        return m.type() == Type.PERSON
                && m.form() == Form.NAME
                && !people.gender.containsKey(m.key())
                && !people.offices.containsKey(m.key());
    }

    private static Mention with(Mention m, Type type, String key) {
        return new Mention(m.first(), m.last(), m.form(), type, key, m.written(), m.possessive());
    }

    private static String personFitting(Mention m, People people, char g) {
        return m.type() == Type.PERSON && !m.key().isEmpty() && m.form() == Form.NAME && people.fits(m.key(), g)
                ? m.key()
                : "";
    }

    private static boolean holds(People people, Mention m, String office) {
        return m.type() == Type.PERSON
                && !m.key().isEmpty()
                && people.offices.getOrDefault(m.key(), Set.of()).contains(office);
    }

    /**
     * Whether a mention is the object of "according to", "by" or "of": a source or a complement, not what the sentence
     * is about.
     */
    private static boolean afterPreposition(List<Tok> ts, int first) {
        if (first > 0
                && (ts.get(first - 1).is("by")
                        || ts.get(first - 1).is("of")
                        || ts.get(first - 1).is("to")
                                && first > 1
                                && ts.get(first - 2).is("according"))) {
            return true;
        }
        return false;
    }

    /** Finds the names, roles and pronouns of one sentence (unresolved). */
    /** Short words a headline in title case leaves in lower case. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "as", "vs", "vs.",
            "with", "from", "into", "per", "via");

    /**
     * A headline in title case: every word capitalised but short function words ("Marlow Got More Votes In Ohio Than
     * Keane"), three words of four letters or more at least. A sentence of names writes its verbs in lower case ("Gov.
     * Tom Keane met Sen. Ann Marlow in Salem").
     */
    private static boolean titleCase(List<Tok> ts) {
        int words = 0;
        for (Tok t : ts) {
            if (!t.word() || t.digit()) continue;
            if (!t.cap() && !FUNCTION_WORDS.contains(t.lower())) return false;
            if (t.cap() && t.lower().length() >= 4) words++;
        }
        return words >= 3;
    }

    private static void scan(
            List<Tok> ts,
            Set<String> lowerWords,
            Set<String> capitalWords,
            Set<String> capitalInside,
            List<Mention> out,
            People people) {
        int n = ts.size();
        int firstWord = -1;
        for (int k = 0; k < n; k++)
            if (ts.get(k).word()) {
                firstWord = k;
                break;
            }
        // a headline in title case capitalises every word: there only a word the text capitalises elsewhere, or a known
        // place, is a name
        boolean titleCase = titleCase(ts);
        for (int i = 0; i < n; i++) {
            Tok t = ts.get(i);
            if (!t.word() || t.digit()) continue;
            String pron = L.pronouns.get(t.lower());
            if (pron != null) {
                Type type = pron.equals("person")
                        ? Type.PERSON
                        : pron.equals("organisation") ? Type.ORGANISATION : Type.GROUP;
                // "it" stands for an organisation only as a clause's subject ("it raised", "it has"), not in "it was
                // clear"
                if ((t.is("it") || t.is("itself"))
                        && !(i + 1 < n
                                && ts.get(i + 1).word()
                                && !ts.get(i + 1).is("is")
                                && !ts.get(i + 1).is("was")
                                && !ts.get(i + 1).is("'s")
                                && (i == 0
                                        || !ts.get(i - 1).word()
                                        || REPORTING.contains(ts.get(i - 1).lower())))) continue;
                out.add(new Mention(i, i, Form.PRONOUN, type, "", t.text(), POSSESSIVE_PRONOUNS.contains(t.lower())));
                continue;
            }
            if (t.is("the")) {
                int role = -1, roleEnd = -1;
                for (int j = i + 1; j <= Math.min(n - 1, i + 4); j++) {
                    Tok u = ts.get(j);
                    if (!u.word()) break;
                    if (!u.cap()) {
                        if (j + 1 < n
                                && L.roleFirstWords.contains(u.lower())
                                && L.roles.containsKey(
                                        u.lower() + " " + ts.get(j + 1).lower())) {
                            role = j;
                            roleEnd = j + 1;
                            break;
                        }
                        if (L.roles.containsKey(u.lower())) {
                            role = j;
                            roleEnd = j;
                            break;
                        }
                    }
                    if (u.is("of") || u.is("and") || u.digit() || u.is("same") || u.is("other")) break;
                }
                if (role > 0) {
                    String noun = roleEnd > role
                            ? ts.get(role).lower() + " " + ts.get(roleEnd).lower()
                            : ts.get(role).lower();
                    LanguageLexicon.Role r = L.roles.get(noun);
                    // "the campaign's", "the campaign said" but not "the campaign trail": an organisation's noun before
                    // another noun is a modifier
                    boolean modifier = !r.person()
                            && roleEnd + 1 < n
                            && ts.get(roleEnd + 1).word()
                            && !ts.get(roleEnd + 1).cap()
                            && !verbLike(ts.get(roleEnd + 1));
                    if (!modifier) {
                        boolean poss = roleEnd + 1 < n && ts.get(roleEnd + 1).possessive();
                        StringBuilder w = new StringBuilder();
                        for (int k = i; k <= roleEnd; k++) {
                            if (k > i) w.append(' ');
                            w.append(ts.get(k).text());
                        }
                        Mention m = new Mention(
                                i,
                                roleEnd,
                                Form.ROLE,
                                r.person() ? Type.PERSON : Type.ORGANISATION,
                                "",
                                w.toString(),
                                poss);
                        people.officeOf.put(m, r.office());
                        out.add(m);
                        i = roleEnd;
                        continue;
                    }
                }
            }
            if (!t.cap() || titleCase && !headlineName(t, capitalWords)) continue;
            int j = i;
            while (j < n) {
                Tok u = ts.get(j);
                if (u.word() && u.cap() && !u.digit() && !(titleCase && !headlineName(u, capitalWords))) {
                    j++;
                    continue;
                }
                // "Bank of America", "Secretary of State": "of" joins a name only after an organisation's word or a
                // title
                if (j > i
                        && u.word()
                        && CONNECTORS.contains(u.lower())
                        && j + 1 < n
                        && ts.get(j + 1).cap()
                        && ts.get(j + 1).word()
                        && (!u.is("of")
                                || L.organisationWords.contains(
                                        bare(ts.get(j - 1).lower()))
                                || L.titles.containsKey(bare(ts.get(j - 1).lower())))) {
                    j++;
                    continue;
                }
                break;
            }
            name(
                    ts,
                    i,
                    j - 1,
                    i == firstWord || i > 0 && isOpener(ts.get(i - 1)),
                    lowerWords,
                    capitalInside,
                    out,
                    people);
            i = j - 1;
        }
    }

    /**
     * Whether a mention stands before a noun as its modifier ("the Dunmore mine", "the European nonprofit"): what the
     * sentence is about is the noun, not the name.
     */
    public static boolean modifier(List<Tok> ts, Mention m) {
        return m.form() == Form.NAME
                && m.type() == Type.UNKNOWN
                && m.first() == m.last()
                && m.last() + 1 < ts.size()
                && ts.get(m.last() + 1).word()
                && !ts.get(m.last() + 1).cap()
                && !ts.get(m.last() + 1).digit()
                && !verbLike(ts.get(m.last() + 1));
    }

    /**
     * A lower-case word after a role noun that makes it a subject ("the campaign said", "the senator has"), not a
     * modifier.
     */
    private static boolean verbLike(Tok t) {
        String w = t.lower();
        return w.endsWith("ed")
                || w.endsWith("s")
                || IRREGULAR_PAST.contains(w)
                || Set.of(
                                "has", "had", "is", "was", "will", "would", "could", "can", "may", "might", "should",
                                "must", "did", "does", "do", "who", "which", "that", "also", "now", "still", "then",
                                "and", "or", "but", "in", "on", "at", "for", "to", "with", "from", "by", "as", "about",
                                "after", "before", "since")
                        .contains(w);
    }

    /**
     * Whether a word of a sentence read is written in lower case somewhere in what was read: itself, or (a capitalised
     * one) elsewhere, as {@code lowerWords} holds the capitalised words written in lower case too.
     */
    private static boolean writtenLower(Tok t, Set<String> lowerWords) {
        return t.word() && !t.cap() && !t.digit() || lowerWords.contains(t.lower());
    }

    private static boolean headlineName(Tok t, Set<String> capitalWords) {
        return !L.notNames.contains(t.lower()) && (capitalWords.contains(t.lower()) || L.places.containsKey(t.lower()));
    }

    private static boolean isOpener(Tok p) {
        return !p.word() && "\"“‘'(:—–-".contains(p.text());
    }

    /** A name run of capitalised tokens [a, b]: titles, places and openers at its head taken off, then classified. */
    private static void name(
            List<Tok> ts,
            int a,
            int b,
            boolean initial,
            Set<String> lowerWords,
            Set<String> capitalInside,
            List<Mention> out,
            People people) {
        String office = "";
        char gender = 0;
        // a title written in lower case just before the name: "former secretary of state Hillary Clinton",
        // "presidential candidate Ben Carson"
        for (int k = a - 1; k >= Math.max(0, a - 4); k--) {
            Tok p = ts.get(k);
            if (!p.word() || p.cap()) break;
            String o = L.titles.get(bare(p.lower()));
            if (o != null && !o.isEmpty()) {
                office = o;
                break;
            }
            if (!p.is("of") && !p.is("state") && !p.is("former")) break;
        }
        // a capitalised common word opening a sentence or a headline: "Both Ted Cruz", "Did Donald Trump"
        while (a < b
                && (initial || a == 0)
                && (writtenLower(ts.get(a), lowerWords)
                                && !L.titles.containsKey(bare(ts.get(a).lower()))
                        || L.notNames.contains(bare(ts.get(a).lower())))) a++;
        boolean organisation = organisation(ts, a, b);
        while (a <= b && !organisation) {
            String w = bare(ts.get(a).lower());
            if (L.notNames.contains(w) && (a < b || initial)) {
                a++;
                continue;
            }
            String t = L.titles.get(w);
            if (t != null && a < b) {
                if (!t.isEmpty()) office = t;
                Character g = L.titleGenders.get(w);
                if (g != null) gender = g;
                a++;
                // "Secretary of State John Kerry": the office's own "of State"
                if (a + 1 < b && ts.get(a).is("of")) a += 2;
                continue;
            }
            // a place before a person, a group or an office: "Ohio Gov. John Kasich", "Nevada Democrats"
            int placeEnd = place(ts, a, b);
            if (placeEnd >= a && placeEnd < b) {
                String next = bare(ts.get(placeEnd + 1).lower());
                if (L.titles.containsKey(next)
                        || L.groups.containsKey(next) && placeEnd + 1 == b
                        || b - placeEnd >= 2) {
                    // "Nevada Democrats" are of Nevada; "Ohio Gov. John Kasich" is a person, and his state says nothing
                    // of the figure
                    if (!L.titles.containsKey(next))
                        add(out, ts, a, placeEnd, Type.PLACE, L.places.get(join(ts, a, placeEnd)), false);
                    a = placeEnd + 1;
                    continue;
                }
            }
            break;
        }
        if (a > b) return;
        // "Brussels-based", "Hong Kong-listed": an adjective made of a name
        if (ADJECTIVE_SUFFIX.matcher(ts.get(b).lower()).find()) return;
        boolean poss = b + 1 < ts.size() && ts.get(b + 1).possessive();
        String lower = join(ts, a, b);
        if (organisation) {
            while (a < b && (ts.get(a).is("the") || ts.get(a).is("a"))) a++;
            add(out, ts, a, b, Type.ORGANISATION, organisationKey(ts, a, b), poss);
            return;
        }
        String place = L.places.get(lower);
        if (place != null) {
            add(out, ts, a, b, Type.PLACE, place, poss);
            return;
        }
        if (a == b) {
            String w = ts.get(a).lower();
            String group = L.groups.get(w);
            if (group != null) {
                add(out, ts, a, b, Type.GROUP, group, poss);
                return;
            }
            if (L.notNames.contains(bare(w))) return;
            if (acronym(ts.get(a).text())) {
                add(out, ts, a, b, Type.ORGANISATION, w, poss);
                return;
            }
            if (initial && writtenLower(ts.get(a), lowerWords) && !capitalInside.contains(w))
                return; // a common word opening a sentence
            if (office.isEmpty() && gender == 0) {
                // "in Kiev", "in Springfield": a lone name after "in" is a place ("at Carrier" is as often a company)
                boolean at = a > 0 && ts.get(a - 1).is("in");
                add(out, ts, a, b, at ? Type.PLACE : Type.UNKNOWN, bare(w), poss);
                return;
            }
        }
        // a person: known by the last word of the name ("Jr." and the like aside)
        int lastWord = b;
        while (lastWord > a
                && (ts.get(lastWord).is("jr.")
                        || ts.get(lastWord).is("sr.")
                        || ts.get(lastWord).is("ii")
                        || ts.get(lastWord).is("iii"))) lastWord--;
        String key = bare(ts.get(lastWord).lower());
        Mention m = add(out, ts, a, b, Type.PERSON, key, poss);
        people.count.merge(key, 1, Integer::sum);
        if (!office.isEmpty()) {
            people.officeOf.put(m, office);
            people.offices.computeIfAbsent(key, k -> new HashSet<>()).add(office);
        }
        if (gender == 0 && lastWord > a) {
            Character g = L.firstNames.get(ts.get(a).lower());
            if (g != null) gender = g;
        }
        if (gender != 0) people.gender.putIfAbsent(key, gender);
    }

    /**
     * An organisation of three words or more is known by its initials, as news writes it the second time: "Republican
     * National Committee" and "RNC", "Federal Election Commission" and "FEC".
     */
    private static String organisationKey(List<Tok> ts, int a, int b) {
        StringBuilder initials = new StringBuilder();
        for (int k = a; k <= b; k++) {
            Tok t = ts.get(k);
            if (!t.word() || CONNECTORS.contains(t.lower())) continue;
            if (!t.cap() || t.lower().indexOf('-') >= 0 || t.lower().indexOf('/') >= 0) return join(ts, a, b);
            initials.append(t.lower().charAt(0));
        }
        return initials.length() >= 3 ? initials.toString() : join(ts, a, b);
    }

    private static Mention add(List<Mention> out, List<Tok> ts, int a, int b, Type type, String key, boolean poss) {
        StringBuilder w = new StringBuilder();
        for (int k = a; k <= b; k++) {
            // a person is named without a middle initial, so "Donald J. Trump" and "Donald Trump" are one name
            if (type == Type.PERSON && k > a && k < b && middleInitial(ts.get(k).text())) continue;
            if (w.length() > 0) w.append(' ');
            w.append(ts.get(k).text());
        }
        Mention m = new Mention(a, b, Form.NAME, type, key, w.toString(), poss);
        out.add(m);
        return m;
    }

    private static boolean middleInitial(String t) {
        return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.';
    }

    /** The last token of the longest place name starting at a (within b), or a - 1. */
    private static int place(List<Tok> ts, int a, int b) {
        for (int e = Math.min(b, a + L.longestPlace - 1); e >= a; e--)
            if (L.places.containsKey(join(ts, a, e))) return e;
        return a - 1;
    }

    private static boolean organisation(List<Tok> ts, int a, int b) {
        // "USA Today", "CBS News", "NBC Universal": a name led by an acronym
        if (b > a
                        && acronym(ts.get(a).text())
                        && !L.places.containsKey(ts.get(a).lower())
                || b > a && acronym(ts.get(a).text()) && ts.get(a).text().length() > 3) return true;
        for (int k = a; k <= b; k++) {
            for (String part : ts.get(k).lower().split("-")) if (L.organisationWords.contains(bare(part))) return true;
        }
        return false;
    }

    /** "FBI", "AT&T", "NBC": capitals throughout, two letters at least. */
    private static boolean acronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '&' && c != '.') return false;
        }
        return letters >= 2;
    }

    private static String join(List<Tok> ts, int a, int b) {
        if (a == b) return ts.get(a).lower();
        StringBuilder s = new StringBuilder();
        for (int k = a; k <= b; k++) {
            if (k > a) s.append(' ');
            s.append(ts.get(k).lower());
        }
        return s.toString();
    }

    private static String bare(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
