package org.corpex.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.corpex.corpus.FieldNames;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.solr.SolrCollection;
import org.corpex.solr.SolrIndexer;
import org.corpex.store.IndexBuilder;
import org.corpex.store.StoredIndex;

/**
 * SolrCloud: the corpus written into a collection (two shards, two replicas each) of the local two-node cluster that
 * scripts/solr-local starts in a process of its own, as a user would run it; documents per second; opening; kwic
 * latency (p50 and p95) for a word, a phrase and a wildcard. The cluster shares this machine's cores with the client,
 * so these are a floor.
 */
final class SolrSection implements Bench.Section {
    @Override
    public void run(Bench.Context c, Bench.Results out) throws Exception {
        // In the tests (BenchTest) the cluster's classes are at hand: it runs in this process. From
        // scripts/bench, scripts/solr-local runs it in a process of its own, as a user would.
        AutoCloseable inProcess = null;
        Process solr = null;
        String address = null;
        try {
            Class<?> local = Class.forName("org.corpex.solrlocal.SolrLocal");
            Object options = local.getMethod("start", Class.forName("org.corpex.solrlocal.SolrLocal$Options"));
            Object defaults = Class.forName("org.corpex.solrlocal.SolrLocal$Options")
                    .getMethod("defaults")
                    .invoke(null);
            inProcess = (AutoCloseable) ((Method) options).invoke(null, defaults);
            address = (String) local.getMethod("address", String.class).invoke(inProcess, "bench");
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            String root = System.getenv().getOrDefault("CORPEX_ROOT", ".");
            solr = new ProcessBuilder(
                            Path.of(root, "scripts", "solr-local").toString(), "--nodes", "2", "--collection", "bench")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(solr.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            for (String line; address == null && System.nanoTime() < deadline && (line = lines.readLine()) != null; ) {
                if (line.startsWith("solr://")) address = line.strip();
            }
        }
        try {
            if (address == null) throw new IllegalStateException("scripts/solr-local printed no solr:// address");
            c.log().println("bench: local SolrCloud at " + address);

            long t0 = System.nanoTime();
            IndexBuilder.Report r =
                    SolrIndexer.build(address, List.of(c.dir().toString()), FieldNames.DETECT, 2, 2, c.log()::println);
            double build = (System.nanoTime() - t0) / 1e9;
            c.log().println("bench: " + r.summary());
            out.add(
                    "solr",
                    "index (2 shards x 2 replicas)",
                    build,
                    "s",
                    Double.NaN,
                    r.summary().replaceAll(".*\\(", "("));
            out.add("solr", "index speed", c.megabytes() / build, "MB/s");
            String base = "http://" + address.substring("solr://".length(), address.lastIndexOf('/')) + "/solr";
            double yardstick = SolrYardstick.send(base, "yardstick", c.dir(), 2, 2, 3);
            out.add(
                    "solr",
                    "index, beside SolrJ sending the texts untouched",
                    build,
                    "s",
                    yardstick,
                    String.format(
                            Locale.ROOT,
                            "%.2fx the yardstick's time (target 1.5x): _default configset, 2 shards x 2 replicas,"
                                    + " 3 threads",
                            build / yardstick));

            t0 = System.nanoTime();
            StoredIndex.Opened opened = SolrCollection.open(address);
            double open = (System.nanoTime() - t0) / 1e6;
            int docs = opened.corpus().size();
            out.add(
                    "solr",
                    "documents per second",
                    docs / build,
                    "docs/s",
                    Double.NaN,
                    String.format(Locale.ROOT, "%,d documents", docs));
            out.add("solr", "open", open, "ms");

            Session s = new Session();
            s.setCorpus(opened.corpus());
            Shell shell = new Shell(s);
            String[][] kinds = Arrays.stream(IndexSection.KINDS)
                    .filter(k -> !k[0].equals("regex"))
                    .toArray(String[][]::new);
            for (int i = 0; i < 3 * c.runs(); i++)
                for (String[] k : kinds) shell.execute("kwic " + k[1] + " --limit 100");
            for (String[] k : kinds) {
                double[] t = new double[Math.max(20, c.runs())];
                for (int i = 0; i < t.length; i++) {
                    long q0 = System.nanoTime();
                    shell.execute("kwic " + k[1] + " --limit 100");
                    t[i] = (System.nanoTime() - q0) / 1e6;
                }
                Arrays.sort(t);
                out.add("solr", "kwic " + k[0] + " " + k[1] + " p50", t[t.length / 2], "ms");
                out.add("solr", "kwic " + k[0] + " " + k[1] + " p95", t[(int) Math.ceil(t.length * 0.95) - 1], "ms");
            }
            opened.corpus().index().close(); // the client's threads would keep the bench's JVM alive
        } finally {
            if (inProcess != null) inProcess.close();
            if (solr != null) {
                solr.destroy();
                if (!solr.waitFor(60, TimeUnit.SECONDS)) solr.destroyForcibly();
            }
        }
    }
}
