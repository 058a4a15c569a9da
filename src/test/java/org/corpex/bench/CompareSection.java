package org.corpex.bench;

import org.corpex.index.Corpus;
import org.corpex.corpus.Document;
import org.corpex.session.Session;
import org.corpex.shell.Shell;

import java.util.ArrayList;
import java.util.List;

/** diff of two 10,000-word documents, compare over 1,000 documents, dupes over the whole corpus. */
final class CompareSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) {
        Corpus corpus = c.shell().session().corpus();
        // Two 10,000-word documents: B is A with every fifth sentence line rewritten by another document's.
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        int d = 0;
        while (d < corpus.size() && Document.of("x", "", "", "", "", "", a.toString(), null).words() < 10_000) {
            a.append(corpus.get(d).text()).append('\n');
            d++;
        }
        String[] lines = a.toString().split("\n");
        for (int i = 0; i < lines.length; i++) {
            b.append(i % 5 == 4 && d + i < corpus.size() ? corpus.get(d + i).text().lines().findFirst().orElse("") : lines[i]).append('\n');
        }
        Shell pair = shell(List.of(Document.of("a", "", "", "", "", "", a.toString(), null), Document.of("b", "", "", "", "", "", b.toString(), null)));
        double diff = c.medianMillis(() -> pair.execute("diff a b"));
        out.add("compare", "diff of two 10,000-word documents", diff, "ms", Double.NaN, "target <= 200 ms");

        List<Document> thousand = new ArrayList<>(corpus.documents().subList(0, Math.min(1000, corpus.size())));
        Shell s = shell(thousand);
        long t0 = System.nanoTime();
        s.execute("compare");
        double first = (System.nanoTime() - t0) / 1e6;
        double again = c.medianMillis(() -> s.execute("compare"));
        out.add("compare", "compare over " + thousand.size() + " documents (first, with extraction)", first, "ms", Double.NaN, "target <= 2000 ms");
        out.add("compare", "compare over " + thousand.size() + " documents (figures cached)", again, "ms", Double.NaN, "");

        long t1 = System.nanoTime();
        c.shell().execute("dupes");
        out.add("compare", "dupes over the whole corpus (" + corpus.size() + " documents)", (System.nanoTime() - t1) / 1e9, "s", Double.NaN, "target <= 30 s");
    }

    private static Shell shell(List<Document> docs) {
        Session s = new Session();
        s.setCorpus(Corpus.of(docs));
        return new Shell(s);
    }
}
