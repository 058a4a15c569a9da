package org.corpex.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.corpex.bench.CorpusGenerator;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.Loader;
import org.corpex.figures.Figure;
import org.corpex.figures.Figures;
import org.corpex.index.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare over most of a corpus reads the candidate pairs found once for the whole corpus (Linkable.Linked); over a
 * small selection it tries pairs anew. Both must give the same facts, in the same order, with the same labels, for any
 * selection, before the links are made and after.
 */
class LinkedFactsTest {
    @Test
    void factsReadFromTheCorpusLinksAreTheFactsFoundAnew(@TempDir Path dir) {
        new CorpusGenerator().generate(150_000, dir);
        List<Document> all = new ArrayList<>(
                Loader.load(List.of(dir.toString()), FieldNames.DETECT).documents());
        all.addAll(reports(new Random(3), 1500)); // over CAP figures of one block share a town
        Corpus corpus = Corpus.of(all);
        Reconcile.Documents docs = new Reconcile.Documents() {
            public String source(int doc) {
                return corpus.get(doc).source();
            }

            public String date(int doc) {
                return corpus.get(doc).date();
            }
        };
        Random r = new Random(7);
        // a small selection first (no links yet), then the whole corpus (which links it), then selections of every
        // size,
        // and the whole corpus again in between (its blocks' facts are kept once grouped, and must stay the facts)
        double[] shares = {0.2, 1.0, 0.9, 1.0, 0.6, 0.3, 1.0, 0.05};
        int linkedFacts = 0;
        for (double share : shares) {
            BitSet sel = new BitSet();
            for (int d = 0; d < corpus.size(); d++) if (share == 1.0 || r.nextDouble() < share) sel.set(d);
            List<Figure> figures = new ArrayList<>();
            for (int d = sel.nextSetBit(0); d >= 0; d = sel.nextSetBit(d + 1)) figures.addAll(Figures.of(corpus, d));
            List<Reconcile.Fact> anew = Reconcile.facts(figures, docs);
            List<Reconcile.Fact> linked = Reconcile.facts(corpus, sel);
            assertThat(linked)
                    .as("%d of %d documents", sel.cardinality(), corpus.size())
                    .isEqualTo(anew);
            if (share == 1.0) linkedFacts = linked.size();
        }
        // the corpus has facts of more than one figure, so that the pairs read matter
        assertThat(linkedFacts).isGreaterThan(100);
        assertThat(Reconcile.facts(corpus, full(corpus)).stream()
                        .filter(f -> f.figures().size() > 1)
                        .count())
                .isPositive();
        // and keys too common in the whole corpus to pair by, which a smaller selection pairs by anew
        assertThat(Linkable.of(corpus).links(corpus, corpus.size()).blocks().values().stream()
                        .anyMatch(FactLinker.Links::hasCommonKeys))
                .isTrue();
    }

    @Test
    void aCorpusComparedIsLetGoOnceNothingUsesIt() throws InterruptedException {
        Corpus corpus = Corpus.of(reports(new Random(5), 60));
        BitSet all = full(corpus);
        assertThat(Reconcile.facts(corpus, all)).isNotEmpty();
        WeakReference<Corpus> gone = new WeakReference<>(corpus);
        corpus = null;
        all = null;
        // what compare keeps of a corpus does not keep the corpus (it is a value of a map whose keys are weak)
        for (int i = 0; i < 50 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(gone.get()).isNull();
    }

    /**
     * Short reports by several outlets on a few made-up companies and towns, each giving figures of the same few facts,
     * a little differently, on nearby days: facts of many figures, some that agree, some that conflict, some that
     * evolve.
     */
    static List<Document> reports(Random r, int n) {
        String[] who = {
            "Orchard Fields Cooperative",
            "Bellmoor Freight",
            "the Tallow Creek council",
            "Quillon Systems",
            "Harrowgate Mutual"
        };
        String[] town = {"Marlow Bay", "East Penning", "Corrimore"};
        String[] outlet = {"Morning Ledger", "Valley Courier", "Harbour Post", "Evening Standardbearer"};
        List<Document> out = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            int w = r.nextInt(who.length), t = r.nextInt(town.length);
            String day = String.format(Locale.ROOT, "2024-03-%02d", 1 + r.nextInt(20));
            StringBuilder text = new StringBuilder();
            text.append(capital(who[w]))
                    .append(" raised $")
                    .append(40 + w * 7 + r.nextInt(3))
                    .append(" million in ")
                    .append(town[t])
                    .append(" last month, according to its filing.\n");
            text.append("The company employs ")
                    .append(1200 + w * 300 + r.nextInt(4) * 50)
                    .append(" workers in ")
                    .append(town[t])
                    .append(".\n");
            text.append("About ")
                    .append(30 + t * 5 + r.nextInt(6))
                    .append(" percent of residents of ")
                    .append(town[t])
                    .append(" back the plan, a Pellworth Research poll found.\n");
            text.append("Officials said ")
                    .append(5 + r.nextInt(40))
                    .append(" trucks were idle on ")
                    .append(day)
                    .append(".\n");
            out.add(Document.of(
                    "report-" + d,
                    "Report " + d,
                    outlet[r.nextInt(outlet.length)],
                    day,
                    "",
                    "",
                    text.toString(),
                    null));
        }
        return out;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static BitSet full(Corpus c) {
        BitSet b = new BitSet();
        b.set(0, c.size());
        return b;
    }
}
