package org.corpex.quotes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corpex.base.Choice;
import org.corpex.corpus.Document;
import org.corpex.index.Corpus;
import org.corpex.language.Attribution;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.Request;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "quotes",
        description = {
            "Who said what: every attribution in the selection, direct (a quotation), indirect (reported speech) "
                    + "or mixed,",
            "with its speaker as resolved (a name where the text ties \"she\" or \"the senator\" to one) and as "
                    + "written,",
            "the cue (\"said\", \"according to\", \"told reporters\") and the words quoted or reported."
        })
public final class QuotesCommand implements CorpexCommand {
    /** The quotes of the speakers whose name contains {@code speaker}. */
    public static Request bySpeaker(String speaker) {
        return Request.of("quotes").with("--speaker", speaker);
    }

    @Mixin
    Options.Limit limitOption = new Options.Limit();

    @Parameters(
            arity = "0..*",
            paramLabel = "QUERY",
            description = "Only quotes with all these words (a \"phrase\" in quotes: those words in a row).")
    List<String> query;

    @Option(
            names = "--speaker",
            paramLabel = "TEXT",
            description = "Only speakers whose name (as resolved or as written) contains TEXT.")
    String speaker;

    @Option(names = "--direct", description = "Only direct quotes (quotations).")
    boolean direct;

    @Option(
            names = "--by",
            paramLabel = "speaker",
            description = "Count attributions per speaker and source instead of listing them.")
    Grouping by;

    /** What attributions are counted by. */
    public enum Grouping implements Choice {
        SPEAKER;
    }

    @Option(
            names = "--compare",
            description =
                    "The same statement as quoted by different sources, its words aligned and the differences marked.")
    boolean compare;

    /** One attribution with the document it is in. */
    record Row(int doc, Attribution a) {}

    @Override
    public Table run(Session session) {
        Corpus c = session.corpus();
        BitSet sel = session.selection();
        Quotes.prepare(c, sel);
        List<String> words = query == null ? List.of() : query;
        List<Row> rows = new ArrayList<>();
        for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) {
            for (Attribution a : Quotes.of(c, d)) {
                if (direct && a.kind() != Attribution.Kind.DIRECT) continue;
                if (speaker != null && !matches(a, speaker)) continue;
                if (!words.isEmpty() && !contains(a.quote(), words)) continue;
                rows.add(new Row(d, a));
            }
        }
        int max = limitOption.max("quotes");
        Table t = by != null ? bySpeaker(c, rows, sel) : compare ? compare(c, rows) : list(c, rows, sel);
        return RowLimit.apply(t, "quotes", max, by != null ? "speakers" : "quotes");
    }

    static boolean matches(Attribution a, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return a.speaker().toLowerCase(Locale.ROOT).contains(t)
                || a.speakerText().toLowerCase(Locale.ROOT).contains(t);
    }

    /** Whether a quote holds every word of the query (a quoted phrase: its words in a row), in any case. */
    static boolean contains(String quote, List<String> words) {
        String q = " " + String.join(" ", tokens(quote)) + " ";
        for (String w : words) {
            String p = " " + String.join(" ", tokens(w)) + " ";
            if (!q.contains(p)) return false;
        }
        return true;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static Table list(Corpus c, List<Row> rows, BitSet sel) {
        Table.Builder b = new Table.Builder("quotes")
                .kind(Table.Kind.QUOTES)
                .text("doc")
                .text("source")
                .text("date")
                .text("speaker")
                .text("speaker_text")
                .text("cue")
                .text("quote")
                .text("kind")
                .integer("line")
                .integer("start")
                .integer("end");
        long direct = 0;
        for (Row r : rows) {
            Document d = c.get(r.doc());
            Attribution a = r.a();
            b.row(
                    d.id(),
                    d.source(),
                    d.date(),
                    a.speaker(),
                    a.speakerText(),
                    a.cue(),
                    a.quote(),
                    a.kind().label(),
                    d.layout().lineOf(a.start()),
                    a.start(),
                    a.end());
            if (a.kind() == Attribution.Kind.DIRECT) direct++;
        }
        b.note(rows.size() + (rows.size() == 1 ? " attribution" : " attributions") + " (" + direct + " direct) in "
                + sel.cardinality() + " documents");
        return b.build();
    }

    private static Table bySpeaker(Corpus c, List<Row> rows, BitSet sel) {
        record Key(String speaker, String source) {}
        Map<Key, int[]> counts = new LinkedHashMap<>(); // attributions, direct, documents
        Map<Key, Set<Integer>> docs = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Row r : rows) {
            shown.putIfAbsent(r.a().speakerKey(), r.a().speaker());
            Key k = new Key(r.a().speakerKey(), c.get(r.doc()).source());
            int[] n = counts.computeIfAbsent(k, x -> new int[2]);
            n[0]++;
            if (r.a().kind() == Attribution.Kind.DIRECT) n[1]++;
            docs.computeIfAbsent(k, x -> new HashSet<>()).add(r.doc());
        }
        // speakers with the most attributions first, then each speaker's sources by count
        Map<String, Integer> totals = new TreeMap<>();
        for (Map.Entry<Key, int[]> e : counts.entrySet())
            totals.merge(e.getKey().speaker(), e.getValue()[0], Integer::sum);
        List<Key> keys = new ArrayList<>(counts.keySet());
        keys.sort((x, y) -> {
            int t = Integer.compare(totals.get(y.speaker()), totals.get(x.speaker()));
            if (t != 0) return t;
            int s = x.speaker().compareTo(y.speaker());
            if (s != 0) return s;
            int n = Integer.compare(counts.get(y)[0], counts.get(x)[0]);
            return n != 0 ? n : x.source().compareTo(y.source());
        });
        Table.Builder b = new Table.Builder("quotes")
                .kind(Table.Kind.QUOTES)
                .text("speaker")
                .text("source")
                .integer("quotes")
                .integer("direct")
                .integer("docs");
        for (Key k : keys)
            b.row(
                    shown.get(k.speaker()),
                    k.source(),
                    counts.get(k)[0],
                    counts.get(k)[1],
                    docs.get(k).size());
        b.note(totals.size() + (totals.size() == 1 ? " speaker" : " speakers") + ", " + rows.size()
                + " attributions in " + sel.cardinality() + " documents");
        return b.build();
    }

    /** Statements told by two sources or more: a speaker's quotes that share most of their words. */
    private static Table compare(Corpus c, List<Row> rows) {
        Map<String, List<Row>> bySpeaker = new LinkedHashMap<>();
        for (Row r : rows)
            bySpeaker
                    .computeIfAbsent(r.a().speakerKey(), k -> new ArrayList<>())
                    .add(r);
        Table.Builder b = new Table.Builder("quotes")
                .kind(Table.Kind.QUOTES)
                .text("statement")
                .text("doc")
                .text("source")
                .text("speaker")
                .text("kind")
                .text("quote")
                .text("difference")
                .text("status");
        int statements = 0, differing = 0;
        for (List<Row> mine : bySpeaker.values()) {
            boolean[] taken = new boolean[mine.size()];
            for (int i = 0; i < mine.size(); i++) {
                if (taken[i]) continue;
                List<Row> group = new ArrayList<>();
                group.add(mine.get(i));
                Set<String> wi = contentWords(mine.get(i).a().quote());
                for (int j = i + 1; j < mine.size(); j++) {
                    if (taken[j] || mine.get(j).doc() == mine.get(i).doc()) continue;
                    if (similar(wi, contentWords(mine.get(j).a().quote()))) {
                        group.add(mine.get(j));
                        taken[j] = true;
                    }
                }
                long sources =
                        group.stream().map(r -> sourceOf(c, r)).distinct().count();
                if (sources < 2) continue;
                statements++;
                Row first = group.get(0);
                boolean differs = false;
                String label = "#" + statements + " " + first.a().speaker();
                for (Row r : group) {
                    String diff = r == first ? "" : wordDiff(bare(first.a().quote()), bare(r.a().quote()));
                    String status = r == first
                            ? "first"
                            : first.a().kind() != r.a().kind()
                                    ? first.a().kind().label() + " as "
                                            + r.a().kind().label()
                                    : diff.contains("[-") || diff.contains("{+") ? "reworded" : "same";
                    if (!status.equals("first") && !status.equals("same")) differs = true;
                    Document d = c.get(r.doc());
                    b.row(
                            label,
                            d.id(),
                            d.source(),
                            r.a().speaker(),
                            r.a().kind().label(),
                            r.a().quote(),
                            diff,
                            status);
                }
                if (differs) differing++;
            }
        }
        b.note(statements + (statements == 1 ? " statement" : " statements") + " quoted by two sources or more, "
                + differing + " worded differently");
        return b.build();
    }

    private static String sourceOf(Corpus c, Row r) {
        String s = c.get(r.doc()).source();
        return s == null || s.isEmpty() ? "#" + r.doc() : s;
    }

    /**
     * Two quotes are one statement when they share most of their content words (Jaccard 0.5 or more, three words at
     * least).
     */
    static boolean similar(Set<String> a, Set<String> b) {
        if (a.size() < 3 || b.size() < 3) return false;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return common >= 3 && common * 2 >= a.size() + b.size() - common;
    }

    private static final Set<String> FUNCTION = Set.of(
            "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "but", "that", "this", "is", "are", "was",
            "were", "be", "been", "it", "its", "we", "i", "you", "he", "she", "they", "our", "my", "his", "her",
            "their", "will", "would", "with", "at", "as", "by", "not", "have", "has", "had");

    static Set<String> contentWords(String quote) {
        Set<String> out = new HashSet<>();
        for (String w : tokens(quote)) if (!FUNCTION.contains(w)) out.add(w);
        return out;
    }

    /** A quote without the quotation marks around it. */
    private static String bare(String q) {
        String s = q.strip();
        if (!s.isEmpty() && "\"“„«‘".indexOf(s.charAt(0)) >= 0) s = s.substring(1);
        if (!s.isEmpty() && "\"”»’".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return s.strip();
    }

    /** Word diff of two quotes, git --word-diff style: [-dropped-] {+added+}. */
    static String wordDiff(String a, String b) {
        List<String> wa = a.isBlank() ? List.of() : Arrays.asList(a.split("\\s+")),
                wb = b.isBlank() ? List.of() : Arrays.asList(b.split("\\s+"));
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (AbstractDelta<String> d :
                DiffUtils.diff(wa, wb, (x, y) -> norm(x).equals(norm(y))).getDeltas()) {
            for (; pos < d.getSource().getPosition(); pos++) append(out, wa.get(pos));
            if (d.getType() != DeltaType.INSERT)
                append(out, "[-" + String.join(" ", d.getSource().getLines()) + "-]");
            if (d.getType() != DeltaType.DELETE)
                append(out, "{+" + String.join(" ", d.getTarget().getLines()) + "+}");
            pos = d.getSource().getPosition() + d.getSource().size();
        }
        for (; pos < wa.size(); pos++) append(out, wa.get(pos));
        return out.toString();
    }

    /** A word as compared: case and the punctuation around it aside ("win," and "Win" are one word). */
    private static String norm(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    private static void append(StringBuilder b, String w) {
        if (b.length() > 0) b.append(' ');
        b.append(w);
    }
}
