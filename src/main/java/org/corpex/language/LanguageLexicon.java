package org.corpex.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the language readers use, loaded once from the tab-separated files beside this class
 * (src/main/resources/org/corpex/language/*.tsv): titles and roles of people, words that make a name an organisation,
 * places, pronouns, measure classes and irregular forms. Data, not code, so that a reader sees what corpex takes for a
 * title or a measure without reading Java.
 */
public final class LanguageLexicon {
    /** A role noun: what it stands for (a person or an organisation) and the office it names, if any. */
    public record Role(boolean person, String office) {}

    /** Title word (lower case, no final dot): the office it names, or "". */
    public final Map<String, String> titles;
    /** Title word: 'm' or 'f' where the title says ("Mrs."). */
    public final Map<String, Character> titleGenders;
    /** Role nouns after "the": what they stand for. */
    public final Map<String, Role> roles;
    /**
     * The first words of the roles of two words ("vice president"): a reader asks for the pair only after one of them,
     * so a sentence's every word after "the" is not joined to the next on the chance.
     */
    public final Set<String> roleFirstWords;
    /** Words that make a capitalised name an organisation. */
    public final Set<String> organisationWords;
    /** Place names (lower case) and the place they name. */
    public final Map<String, String> places;
    /** The longest place name, in words. */
    public final int longestPlace;
    /** Pronoun: person, organisation or group. */
    public final Map<String, String> pronouns;
    /** Measure lemma or lemma phrase: its classes. */
    public final Map<String, List<String>> measures;
    /** The first lemma of each measure phrase of two words or more. */
    public final Set<String> measurePhraseStarts;
    /** Irregular form: lemma. */
    public final Map<String, String> irregular;
    /** Classes and lemmas of measures that move from day to day. */
    public final Set<String> moving;
    /** Group word: the group. */
    public final Map<String, String> groups;
    /** Capitalised words that begin no name. */
    public final Set<String> notNames;
    /** Counted nouns that count people by any name ("participants", "voters"). */
    public final Set<String> people;
    /** First name: 'm' or 'f'. */
    public final Map<String, Character> firstNames;

    private static final class Holder {
        static final LanguageLexicon LEXICON = new LanguageLexicon();
    }

    /** The one lexicon, loaded on first use. */
    public static LanguageLexicon get() {
        return Holder.LEXICON;
    }

    private LanguageLexicon() {
        Map<String, String> t = new HashMap<>();
        Map<String, Character> tg = new HashMap<>();
        for (String[] r : rows("titles.tsv")) {
            t.put(r[0], r.length > 1 ? r[1] : "");
            if (r.length > 2 && !r[2].isEmpty()) tg.put(r[0], r[2].charAt(0));
        }
        titles = Map.copyOf(t);
        titleGenders = Map.copyOf(tg);
        Map<String, Role> ro = new HashMap<>();
        for (String[] r : rows("roles.tsv")) ro.put(r[0], new Role(r[1].equals("person"), r.length > 2 ? r[2] : ""));
        roles = Map.copyOf(ro);
        Set<String> rf = new HashSet<>();
        for (String k : roles.keySet()) if (k.indexOf(' ') > 0) rf.add(k.substring(0, k.indexOf(' ')));
        roleFirstWords = Set.copyOf(rf);
        Set<String> o = new HashSet<>();
        for (String[] r : rows("organisations.tsv")) o.add(r[0]);
        organisationWords = Set.copyOf(o);
        Map<String, String> p = new HashMap<>();
        int longest = 1;
        for (String[] r : rows("places.tsv")) {
            p.put(r[0], r.length > 1 && !r[1].isEmpty() ? r[1] : r[0]);
            longest = Math.max(longest, r[0].split(" ").length);
        }
        places = Map.copyOf(p);
        longestPlace = longest;
        Map<String, String> pr = new HashMap<>();
        for (String[] r : rows("pronouns.tsv")) pr.put(r[0], r[1]);
        pronouns = Map.copyOf(pr);
        Map<String, String> irr = new HashMap<>();
        for (String[] r : rows("irregular.tsv")) irr.put(r[0], r[1]);
        irregular = Map.copyOf(irr);
        Map<String, List<String>> m = new HashMap<>();
        Set<String> starts = new HashSet<>();
        for (String[] r : rows("measures.tsv")) {
            m.put(r[0], List.of(r[1].split(",")));
            int sp = r[0].indexOf(' ');
            if (sp > 0) starts.add(r[0].substring(0, sp));
        }
        measures = Map.copyOf(m);
        measurePhraseStarts = Set.copyOf(starts);
        Set<String> mv = new HashSet<>();
        for (String[] r : rows("moving.tsv")) mv.add(r[0]);
        moving = Set.copyOf(mv);
        Map<String, String> g = new HashMap<>();
        for (String[] r : rows("groups.tsv")) g.put(r[0], r[1]);
        groups = Map.copyOf(g);
        Set<String> nn = new HashSet<>();
        for (String[] r : rows("not-names.tsv")) nn.add(r[0]);
        notNames = Set.copyOf(nn);
        Map<String, Character> fn = new HashMap<>();
        for (String[] r : rows("first-names.tsv")) fn.put(r[0], r[1].charAt(0));
        firstNames = Map.copyOf(fn);
        abbreviations = abbreviations();
        Set<String> pe = new HashSet<>();
        for (String[] r : rows("people.tsv")) pe.add(r[0]);
        people = Set.copyOf(pe);
    }

    /** Abbreviations written with a final dot that does not end a sentence ("Sen.", "Wyo.", "Jan."). */
    private final Set<String> abbreviations;

    private Set<String> abbreviations() {
        Set<String> a = new HashSet<>();
        for (String[] r : rows("abbreviations.tsv"))
            a.add(r[0].endsWith(".") ? r[0].substring(0, r[0].length() - 1) : r[0]);
        for (String t : titles.keySet()) a.add(t);
        for (String p : places.keySet())
            if (p.endsWith(".") && p.indexOf(' ') < 0) a.add(p.substring(0, p.length() - 1));
        return Set.copyOf(a);
    }

    /** Whether a word (lower case, without its dot) is an abbreviation that takes a dot. */
    public boolean abbreviation(String word) {
        return abbreviations.contains(word);
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = LanguageLexicon.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                cols[0] = cols[0].strip().toLowerCase(Locale.ROOT);
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
