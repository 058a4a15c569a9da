package org.corpex.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.base.Choice;
import org.corpex.base.CorpexException;
import org.corpex.base.UserInput;
import org.corpex.index.Corpus;
import org.corpex.index.Index;
import org.corpex.query.FilterExpression;
import org.corpex.session.CorpexCommand;
import org.corpex.session.Options;
import org.corpex.session.RowLimit;
import org.corpex.session.Session;
import org.corpex.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "keywords",
        description = {
            "Keyness: the words that mark the selection (the target) against a reference, positive ones first",
            "(more frequent in the target), then negative ones. Every row carries the two counts and the two",
            "sizes, so each statistic can be recomputed."
        })
public final class KeywordsCommand implements CorpexCommand {

    /** The statistics, by the name --stat takes. */
    public enum Stat implements Choice {
        LL,
        CHI2,
        LOGRATIO,
        SIMPLEMATHS;
    }

    @Option(
            names = {"-r", "--reference"},
            paramLabel = "REF",
            description = "rest (the documents not in the selection; the default), a filter EXPR (the documents "
                    + "matching it), "
                    + "or a FILE of term and count lines (a frequency list; a file that exists is read as " + "one).")
    String reference = "rest";

    @Option(
            names = "--stat",
            paramLabel = "STAT",
            description = "Rank by ll (log-likelihood, the default), chi2, logratio or simplemaths.")
    Stat stat = Stat.LL;

    @Option(
            names = "--min",
            paramLabel = "N",
            description = "Only terms seen at least N times in the target (positive) or the reference (negative) "
                    + "(default: 3).")
    int min = 3;

    @Option(
            names = "--smooth",
            paramLabel = "N",
            description = "Simple maths' N, added to both frequencies per million (default: 1; higher favours commoner "
                    + "words).")
    double smoothing = 1;

    @Mixin
    Options.Limit limitOption = new Options.Limit();

    /** The reference's counts: by term id of the index, and for a file, terms the corpus lacks. */
    record Reference(String describe, String detail, long[] counts, Map<String, Long> extra, long total) {}

    @Override
    public Table run(Session session) {
        Stat by = stat;
        if (min < 0) throw new CorpexException("keywords: --min takes a number of 0 or more");
        if (!(smoothing > 0)) throw new CorpexException("keywords: --smooth takes a number above 0");
        int max = limitOption.max("keywords");
        Corpus corpus = session.corpus();
        Index index = corpus.index();
        BitSet target = session.selection();
        long[] a = counts(index, target);
        long c = 0;
        for (long x : a) c += x;
        if (c == 0) throw new CorpexException("keywords: the selection has no words");
        Reference ref = reference(session, target, a);
        if (ref.total() == 0)
            throw new CorpexException(
                    "keywords: the reference (" + ref.describe() + ", " + ref.detail() + ") has no words");

        // Positive and negative keywords apart, each sorted on one precomputed key: a large
        // vocabulary sorts in milliseconds.
        List<Row> positives = new ArrayList<>(), negatives = new ArrayList<>();
        double d = ref.total();
        for (int id = 0; id < a.length; id++) {
            long b = ref.counts()[id];
            if (a[id] == 0 && b == 0) continue;
            Row r = row(index.term(id), a[id], b, c, d, by);
            if (r != null) (r.positive() ? positives : negatives).add(r);
        }
        for (Map.Entry<String, Long> e : ref.extra().entrySet()) {
            Row r = row(e.getKey(), 0, e.getValue(), c, d, by);
            if (r != null) negatives.add(r);
        }
        Comparator<Row> order = Comparator.comparingDouble(Row::key).thenComparing(Row::term);
        positives.sort(order);
        negatives.sort(order);
        List<Row> rows = new ArrayList<>(positives);
        rows.addAll(negatives);
        int shown = Math.min(max, rows.size());
        Table.Builder t = new Table.Builder("keywords")
                .text("term")
                .text("keyness")
                .integer("target")
                .integer("reference")
                .integer("target_total")
                .integer("reference_total")
                .number("ll")
                .number("p")
                .number("chi2")
                .number("logratio")
                .number("simplemaths");
        long positive = positives.size();
        for (int i = 0; i < shown; i++) {
            Row r = rows.get(i);
            t.row(
                    r.term(),
                    r.positive() ? "positive" : "negative",
                    r.a(),
                    r.b(),
                    c,
                    (long) d,
                    round(r.ll()),
                    round(Keyness.pValue(r.ll())),
                    round(r.chi2()),
                    round(r.lr()),
                    round(r.sm()));
        }
        t.note(String.format(
                Locale.ROOT,
                "%,d keywords (%,d positive, %,d negative) of the selection (%,d %s, %,d tokens) against %s "
                        + "(%s%,d tokens), by %s; seen %d+ times%s; simple maths N = %s",
                rows.size(),
                positive,
                rows.size() - positive,
                target.cardinality(),
                target.cardinality() == 1 ? "document" : "documents",
                c,
                ref.describe(),
                ref.detail().isEmpty() ? "" : ref.detail() + ", ",
                ref.total(),
                by.name().toLowerCase(Locale.ROOT),
                min,
                RowLimit.note(shown, rows.size()),
                Table.format(smoothing)));
        String cut = RowLimit.warning("keywords", shown, rows.size(), "keywords");
        if (cut != null) t.warning(cut);
        return t.build();
    }

    /** One term's counts and statistics; positive when relatively more frequent in the target. */
    private record Row(
            String term, long a, long b, double ll, double chi2, double lr, double sm, boolean positive, double key) {}

    /** The row of a term, or null when it is as frequent in both or seen too rarely on its side. */
    private Row row(String term, long a, long b, long c, double d, Stat by) {
        double ra = a / (double) c, rb = b / d;
        if (ra == rb) return null;
        boolean positive = ra > rb;
        if (positive ? a < min : b < min) return null;
        double ll = Keyness.logLikelihood(a, b, c, d),
                chi2 = Keyness.chiSquared(a, b, c, d),
                lr = Keyness.logRatio(a, b, c, d),
                sm = Keyness.simpleMaths(a, b, c, d, smoothing);
        // The sort key, smallest first: the strongest keyword of its side leads.
        double key = switch (by) {
            case LL -> -ll;
            case CHI2 -> -chi2;
            case LOGRATIO -> -Math.abs(lr);
            case SIMPLEMATHS -> positive ? -sm : sm;
        };
        return new Row(term, a, b, ll, chi2, lr, sm, positive, key);
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** How often each term of the index occurs in these documents. */
    static long[] counts(Index index, BitSet docs) {
        return index.termCounts(docs);
    }

    private Reference reference(Session session, BitSet target, long[] targetCounts) {
        Corpus corpus = session.corpus();
        Index index = corpus.index();
        String r = reference.strip();
        if (r.isEmpty()) throw new CorpexException("keywords: --reference needs rest, a filter expression or a file");
        if (r.equals("rest")) {
            if (target.cardinality() == corpus.size()) {
                throw new CorpexException(
                        "keywords: the selection is the whole corpus, so the rest is empty: filter first, or give "
                                + "--reference EXPR or FILE");
            }
            // The rest is the corpus minus the selection: subtracting is cheaper than counting it.
            long[] b = new long[targetCounts.length];
            long total = 0;
            for (int id = 0; id < b.length; id++) {
                b[id] = index.termFrequency(id) - targetCounts[id];
                total += b[id];
            }
            BitSet rest = new BitSet(corpus.size());
            rest.set(0, corpus.size());
            rest.andNot(target);
            return new Reference(
                    "the rest of the corpus",
                    String.format(
                            Locale.ROOT,
                            "%,d %s",
                            rest.cardinality(),
                            rest.cardinality() == 1 ? "document" : "documents"),
                    b,
                    Map.of(),
                    total);
        }
        Path file = Path.of(UserInput.expandHome(r));
        if (Files.isRegularFile(file)) return fromFile(file, index);
        if (Files.isDirectory(file))
            throw new CorpexException("keywords: " + r + " is a folder; --reference takes a frequency list file");
        FilterExpression e = FilterExpression.parse(r);
        BitSet all = new BitSet(corpus.size());
        all.set(0, corpus.size());
        BitSet docs = e.evaluate(corpus, all);
        long[] b = counts(index, docs);
        long total = 0;
        for (long x : b) total += x;
        BitSet overlap = (BitSet) docs.clone();
        overlap.and(target);
        return new Reference(
                "the documents matching " + e.source(),
                String.format(
                        Locale.ROOT,
                        "%,d %s%s",
                        docs.cardinality(),
                        docs.cardinality() == 1 ? "document" : "documents",
                        overlap.isEmpty()
                                ? ""
                                : String.format(
                                        Locale.ROOT, ", %,d of them also in the selection", overlap.cardinality())),
                b,
                Map.of(),
                total);
    }

    /**
     * A frequency list: one term and its count a line, separated by a tab, a comma or spaces (the count last); a first
     * line whose count is not a number is a header; blank lines and lines starting with # are skipped. Terms are folded
     * as the index folds them.
     */
    static Reference fromFile(Path file, Index index) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new CorpexException("keywords: cannot read " + file + ": " + e.getMessage());
        }
        long[] b = new long[index.vocabularySize()];
        Map<String, Long> extra = new LinkedHashMap<>();
        long total = 0;
        int read = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isEmpty() || line.startsWith("#")) continue;
            int cut = Math.max(line.lastIndexOf('\t'), Math.max(line.lastIndexOf(','), line.lastIndexOf(' ')));
            String term = cut < 0 ? "" : line.substring(0, cut).strip();
            String count = cut < 0 ? line : line.substring(cut + 1).strip();
            long n;
            try {
                n = Long.parseLong(count);
            } catch (NumberFormatException e) {
                if (read == 0 && i == firstContentLine(lines)) continue; // a header: term,count
                throw new CorpexException("keywords: " + file + ":" + (i + 1) + ": expected a term and a count, got '"
                        + lines.get(i).strip() + "'");
            }
            if (term.isEmpty() || n < 0)
                throw new CorpexException(
                        "keywords: " + file + ":" + (i + 1) + ": expected a term and a count of 0 or more, got '"
                                + lines.get(i).strip() + "'");
            if (term.length() >= 2 && term.startsWith("\"") && term.endsWith("\""))
                term = term.substring(1, term.length() - 1);
            String folded = Index.fold(term);
            int id = index.termId(folded);
            if (id >= 0) b[id] += n;
            else extra.merge(folded, n, Long::sum);
            total += n;
            read++;
        }
        if (read == 0) throw new CorpexException("keywords: " + file + ": no lines of a term and a count");
        return new Reference(
                "the frequency list " + file, String.format(Locale.ROOT, "%,d terms", read), b, extra, total);
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#") && !l.equals("\uFEFF")) return i;
        }
        return -1;
    }
}
