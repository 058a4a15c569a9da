package org.corpex.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.corpex.base.CorpexException;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.Fingerprint;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.solrlocal.SolrLocal;
import org.corpex.store.EnginePropertyTest;
import org.corpex.store.Schema;
import org.corpex.table.Provenance;
import org.corpex.table.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpex over a real SolrCloud: two nodes (MiniSolrCloudCluster, embedded ZooKeeper), basic authentication on,
 * collections of two shards with two replicas each. The same commands give the same tables as the same corpus loaded in
 * memory; a node stopped in the middle of a session changes nothing while replicas remain, and a shard left with no
 * replica makes answers flagged partial, never silently short.
 */
class SolrCollectionIT {
    private static final String USER = "corpex-test", PASSWORD = "s3cret pass:word";
    private static SolrLocal cluster;
    private static Map<String, String> env;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        cluster = SolrLocal.start(SolrLocal.Options.defaults().withAuth(USER, PASSWORD));
        env = Map.of(SolrConnection.ENV_USER, USER, SolrConnection.ENV_PASSWORD, PASSWORD);
    }

    private static final OpenedCollections OPENED = new OpenedCollections();

    @AfterAll
    static void stop() throws Exception {
        OPENED.close();
        if (cluster != null) cluster.close();
    }

    private static SolrAddress address(String collection) {
        return SolrAddress.parse(cluster.address(collection));
    }

    private static Session memory(List<String> specs) {
        Session s = new Session();
        s.setCorpus(Corpus.of(Loader.load(specs, FieldNames.DETECT).documents()));
        return s;
    }

    private static Session solr(SolrAddress a, Map<String, String> env) {
        return OPENED.session(a, env);
    }

    private static void index(SolrAddress a, List<String> specs, int shards, int replicas) {
        SolrIndexer.build(a, specs, FieldNames.DETECT, shards, replicas, line -> {}, env);
    }

    @Test
    void everyCommandGivesTheTablesOfTheCorpusInMemory() throws Exception {
        for (long seed : new long[] {-1, 0, 1, 2, 3}) {
            Path corpus = seed < 0 ? Path.of("seeds") : tmp.resolve("corpus-" + seed);
            if (seed >= 0) EnginePropertyTest.generate(new Random(seed), corpus, seed);
            List<String> specs = List.of(corpus.toString());
            SolrAddress a = address(seed < 0 ? "seeds" : "gen" + seed);
            index(a, specs, 2, 2);
            Shell want = new Shell(memory(specs)), got = new Shell(solr(a, env));
            int errors = 0;
            for (String command : EnginePropertyTest.COMMANDS) {
                String w = EnginePropertyTest.describe(want, command), g = EnginePropertyTest.describe(got, command);
                assertThat(g).as("seed " + seed + ": " + command).isEqualTo(w);
                if (w.startsWith("error: ")) errors++;
            }
            // A few may fail on a small corpus; on the seeds, also those naming the generated corpora's ids (d000).
            int naming = seed < 0
                    ? (int) Arrays.stream(EnginePropertyTest.COMMANDS)
                            .filter(x -> x.matches(".* d00\\d.*"))
                            .count()
                    : 0;
            assertThat(errors)
                    .as("seed " + seed + ": commands that failed on both")
                    .isLessThanOrEqualTo(3 + naming);
        }
        // The same collection through the cluster's ZooKeeper.
        SolrAddress zk = SolrAddress.parse("zk://" + cluster.zkAddress() + "/gen1");
        assertThat(zk.toString()).isEqualTo("zk://" + cluster.zkAddress() + "/gen1");
        Path corpus = tmp.resolve("corpus-1");
        Shell want = new Shell(memory(List.of(corpus.toString()))), got = new Shell(solr(zk, env));
        for (String command :
                new String[] {"docs", "kwic data", "kwic \"data centers\"", "figures", "compare --conflicts"}) {
            assertThat(EnginePropertyTest.describe(got, command))
                    .as("zk: " + command)
                    .isEqualTo(EnginePropertyTest.describe(want, command));
        }
    }

    @Test
    void noCredentialReachesAnExportsProvenance() throws Exception {
        SolrAddress a = address("provenance");
        index(a, List.of("seeds"), 2, 1);
        Shell shell = new Shell(solr(a, env));
        Path out = Files.createDirectories(tmp.resolve("provenance"));
        shell.execute("filter billion");
        shell.execute("kwic billion --limit 3 > " + out.resolve("k.csv"));
        shell.execute("docs > " + out.resolve("d.json"));
        shell.execute("set provenance header");
        shell.execute("figures > " + out.resolve("f.tsv"));
        shell.execute("history save " + out.resolve("s.cx"));
        Provenance p = Provenance.read(out.resolve("d.json"));
        assertThat(p.engine()).isEqualTo("collection " + a);
        assertThat(p.corpus().kind()).isEqualTo(Fingerprint.COLLECTION);
        assertThat(p.corpus().specs()).containsExactly(a.toString());
        assertThat(p.corpus().digest()).matches("[0-9a-f]{64}");
        List<Path> files;
        try (Stream<Path> l = Files.list(out)) {
            files = l.sorted().toList();
        }
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactly("d.json", "f.tsv", "k.csv", "k.csv.provenance.json", "s.cx");
        assertThat(Files.readString(out.resolve("s.cx")))
                .contains("# made on: collection " + a + " " + a + "\n")
                .contains("\nkwic billion --limit 3 > ");
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(text)
                    .as(f.toString())
                    .doesNotContain(PASSWORD)
                    .doesNotContain("s3cret")
                    .doesNotContain(USER);
        }
    }

    @Test
    void aNodeStoppedMidSessionIsServedByReplicasOrFlaggedPartial() throws Exception {
        Path corpus = tmp.resolve("corpus-nodes");
        EnginePropertyTest.generate(new Random(42), corpus, 5);
        List<String> specs = List.of(corpus.toString());
        SolrAddress replicated = address("replicated"), single = address("single");
        index(replicated, specs, 2, 2);
        index(single, specs, 2, 1);
        // Loaded with one copy of each shard, the collection has the copies asked for once the build returns.
        DocCollection replicatedState =
                cluster.cluster().getSolrClient().getClusterState().getCollection("replicated");
        assertThat(replicatedState.getSlices())
                .hasSize(2)
                .allSatisfy(slice -> assertThat(slice.getReplicas())
                        .hasSize(2)
                        .allSatisfy(r -> assertThat(r.getState()).isEqualTo(Replica.State.ACTIVE)));
        Shell want = new Shell(memory(specs));
        Shell both = new Shell(solr(replicated, env)), halves = new Shell(solr(single, env));
        String[] commands = {
            "kwic data",
            "kwic \"data centers\"",
            "freq --limit 10",
            "filter data",
            "docs",
            "figures",
            "unfilter",
            "count * --by source"
        };
        List<String> before = new ArrayList<>();
        for (String c : commands) before.add(EnginePropertyTest.describe(both, c));

        // Stop the node that holds one shard of 'single' (and a replica of each shard of 'replicated').
        DocCollection halvesState =
                cluster.cluster().getSolrClient().getClusterState().getCollection("single");
        String first =
                halvesState.getSlice("shard1").getReplicas().iterator().next().getNodeName();
        String second =
                halvesState.getSlice("shard2").getReplicas().iterator().next().getNodeName();
        assertThat(first).as("the two shards of 'single' are on two nodes").isNotEqualTo(second);
        int node = -1;
        for (int i = 0; i < cluster.baseUrls().size(); i++) {
            if (first.equals(
                    cluster.baseUrls().get(i).replaceFirst("^https?://", "").replace("/solr", "_solr"))) node = i;
        }
        assertThat(node)
                .as("the node of shard1: " + first + " among " + cluster.baseUrls())
                .isNotNegative();
        int stopped = node;
        cluster.stopNode(stopped);
        try {
            for (int i = 0; i < commands.length; i++) {
                assertThat(EnginePropertyTest.describe(both, commands[i]))
                        .as("with replicas: " + commands[i])
                        .isEqualTo(before.get(i));
            }
            // One shard has no live replica left: an answer is flagged partial, or the command says what it could not
            // read.
            Table t = halves.execute("kwic data").table();
            Table full = want.execute("kwic data").table();
            assertThat(t.warnings())
                    .anySatisfy(w -> assertThat(w).contains("partial").contains("single"));
            assertThat(t.info().hits()).isLessThan(full.info().hits());
        } finally {
            cluster.startNode(stopped);
        }
    }

    @Test
    void anInterruptedBuildResumesWhereItStopped() throws Exception {
        Path corpus = tmp.resolve("corpus-resume");
        for (int part = 0; part < 3; part++)
            EnginePropertyTest.generate(new Random(100 + part), corpus.resolve("p" + part), 2);
        List<String> specs = List.of(corpus.toString());
        SolrAddress a = address("resume");
        int[] sent = {0};
        // Batches of a few kilobytes; the build is stopped after its second commit.
        assertThatThrownBy(() -> SolrIndexer.build(a, specs, FieldNames.DETECT, 2, 2, line -> {}, env, 8_000, n -> {
                    sent[0] = n;
                    if (n >= 8) throw new CorpexException("stopped on purpose");
                }))
                .hasMessageContaining("stopped on purpose");
        assertThat(sent[0]).isGreaterThan(0);
        assertThatThrownBy(() -> SolrCollection.open(a, env))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("its build stopped after")
                .hasMessageContaining("again to resume it");

        // Files changed since: no resume over them (touch one, and the build starts again).
        Path one;
        try (var files = Files.walk(corpus)) {
            one = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        FileTime was = Files.getLastModifiedTime(one);
        Files.setLastModifiedTime(one, FileTime.fromMillis(was.toMillis() + 60_000));
        try (SolrConnection c = SolrConnection.open(a, env)) {
            assertThat(SolrIndexer.fingerprint(specs))
                    .isNotEqualTo(SolrCollection.state(c).sources());
        }
        Files.setLastModifiedTime(one, was);

        List<String> lines = new ArrayList<>();
        List<Integer> commits = new ArrayList<>();
        SolrIndexer.build(a, specs, FieldNames.DETECT, 2, 2, lines::add, env, 8_000, commits::add);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("resuming " + a + " after "));
        // The interrupted build loaded one copy of each shard; the resumed one gives the copies first asked for.
        assertThat(cluster.cluster()
                        .getSolrClient()
                        .getClusterState()
                        .getCollection("resume")
                        .getSlices())
                .allSatisfy(slice -> assertThat(slice.getReplicas()).hasSize(2));
        Shell want = new Shell(memory(specs)), got = new Shell(solr(a, env));
        for (String command : new String[] {
            "docs", "kwic data", "freq --limit 20", "figures", "compare --conflicts", "ngrams 2 --limit 10"
        }) {
            assertThat(EnginePropertyTest.describe(got, command))
                    .as(command)
                    .isEqualTo(EnginePropertyTest.describe(want, command));
        }
    }

    @Test
    void faultsGiveOneLineErrors() throws Exception {
        Path corpus = tmp.resolve("corpus-faults");
        EnginePropertyTest.generate(new Random(7), corpus, 1);
        SolrAddress a = address("faults");
        index(a, List.of(corpus.toString()), 1, 2);

        assertThatThrownBy(() -> SolrCollection.open(address("nosuch"), env))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("no collection nosuch");
        assertThatThrownBy(() -> SolrCollection.open(a, Map.of()))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("refused the credentials")
                .hasMessageContaining("none were given");
        assertThatThrownBy(() -> SolrCollection.open(
                        a, Map.of(SolrConnection.ENV_USER, USER, SolrConnection.ENV_PASSWORD, "wrong")))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("refused the credentials of user " + USER);
        assertThatThrownBy(() -> SolrCollection.open(SolrAddress.parse("solr://127.0.0.1:1/faults"), env))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("cannot reach solr://127.0.0.1:1/faults");
        assertThatThrownBy(() -> SolrCollection.open(SolrAddress.parse("zk://127.0.0.1:1/solr/faults"), env))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("cannot reach the ZooKeeper of zk://127.0.0.1:1/solr/faults");

        // A collection corpex did not make: opening says so, and writing into it names the schema.
        SolrAddress foreign = address("foreign");
        try (SolrConnection c = SolrConnection.open(foreign, env)) {
            c.call(
                    "creating",
                    client -> CollectionAdminRequest.createCollection("foreign", 1, 1)
                            .process(client));
        }
        assertThatThrownBy(() -> SolrCollection.open(foreign, env))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("not a collection corpex wrote");
        assertThatThrownBy(() -> index(foreign, List.of(corpus.toString()), 1, 1))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("the collection's schema is not corpex's")
                .hasMessageContaining("corpex-" + Schema.FORMAT);

        // A command that would read more text than allowed says so, and the session goes on.
        Map<String, String> small = new HashMap<>(env);
        small.put(Texts.ENV_LIMIT, "8KB");
        Shell shell = new Shell(solr(a, small));
        assertThatThrownBy(() -> shell.execute("kwic /[a-z]+ing/"))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("more than the 8 KB a command may read")
                .hasMessageContaining("filter");
        assertThat(shell.execute("kwic data --limit 3").table().rows()).isNotEmpty();
    }
}
