package org.corpex.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corpex.base.CorpexException;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.solrlocal.SolrLocal;
import org.corpex.store.EnginePropertyTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpex over a SolrCloud that speaks HTTPS only (two nodes, basic auth, Solr's test certificate, which names
 * 127.0.0.1): with the trust store in the environment, solrs:// addresses index and open a collection and give the
 * tables of the corpus in memory, host names checked as always; without it, or with a store that does not hold the
 * certificate, opening fails in one line that says TLS verification failed and names CORPEX_SOLR_TRUSTSTORE.
 */
class SolrTlsIT {
    private static final String USER = "corpex-test", PASSWORD = "s3cret pass:word";
    private static SolrLocal cluster;
    /** Credentials only: the trust store is what the tests add or leave out. */
    private static Map<String, String> auth;

    private static Map<String, String> env;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        cluster = SolrLocal.start(
                SolrLocal.Options.defaults().withAuth(USER, PASSWORD).withTls());
        auth = Map.of(SolrConnection.ENV_USER, USER, SolrConnection.ENV_PASSWORD, PASSWORD);
        env = with(auth, cluster.trustStore().toString(), cluster.trustStorePassword());
    }

    private static final OpenedCollections OPENED = new OpenedCollections();

    @AfterAll
    static void stop() throws Exception {
        OPENED.close();
        if (cluster != null) cluster.close();
    }

    private static Map<String, String> with(Map<String, String> base, String store, String password) {
        Map<String, String> m = new HashMap<>(base);
        m.put(SolrConnection.ENV_TRUSTSTORE, store);
        if (password != null) m.put(SolrConnection.ENV_TRUSTSTORE_PASSWORD, password);
        return m;
    }

    private static Session solr(SolrAddress a, Map<String, String> env) {
        return OPENED.session(a, env);
    }

    @Test
    void aCollectionOverTlsGivesTheTablesOfTheCorpusInMemory() throws Exception {
        assertThat(cluster.address("tls")).startsWith("solrs://127.0.0.1:");
        assertThat(cluster.baseUrls()).allSatisfy(u -> assertThat(u).startsWith("https://"));
        SolrAddress a = SolrAddress.parse(cluster.address("tls"));
        assertThat(a.tls()).isTrue();

        Path corpus = tmp.resolve("corpus");
        EnginePropertyTest.generate(new Random(11), corpus, 1);
        List<String> specs = List.of(corpus.toString());
        SolrIndexer.build(a, specs, FieldNames.DETECT, 2, 2, line -> {}, env);

        Session memory = new Session();
        memory.setCorpus(Corpus.of(Loader.load(specs, FieldNames.DETECT).documents()));
        Shell want = new Shell(memory), got = new Shell(solr(a, env));
        for (String command :
                new String[] {"docs", "kwic data", "kwic \"data centers\"", "figures", "compare --conflicts"}) {
            String w = EnginePropertyTest.describe(want, command);
            assertThat(w).as(command).doesNotStartWith("error: ");
            assertThat(EnginePropertyTest.describe(got, command)).as(command).isEqualTo(w);
        }

        // The same collection through ZooKeeper: the cluster's urlScheme says https, the same trust store applies.
        Shell zk = new Shell(solr(SolrAddress.parse("zk://" + cluster.zkAddress() + "/tls"), env));
        assertThat(EnginePropertyTest.describe(zk, "kwic data"))
                .isEqualTo(EnginePropertyTest.describe(want, "kwic data"));

        // Without the trust store, only the JDK's authorities are trusted: the certificate is refused.
        assertThatThrownBy(() -> SolrCollection.open(a, auth))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("TLS verification failed")
                .hasMessageContaining(SolrConnection.ENV_TRUSTSTORE)
                .hasMessageNotContaining("\n");
    }

    @Test
    void aWrongTrustStoreGivesOneLineErrors() throws Exception {
        SolrAddress a = SolrAddress.parse(cluster.address("nosuch"));
        // A store of another certificate (Solr's test certificate for a bogus host): verification fails.
        Path other = tmp.resolve("other.jks");
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("SSLTestConfig.hostname-and-ip-missmatch.keystore")) {
            Files.copy(in, other);
        }
        assertThatThrownBy(() -> SolrCollection.open(a, with(auth, other.toString(), "secret")))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("TLS verification failed")
                .hasMessageContaining(SolrConnection.ENV_TRUSTSTORE)
                .hasMessageNotContaining("\n");
        // A store corpex cannot read says so before any connection.
        assertThatThrownBy(() ->
                        SolrCollection.open(a, with(auth, cluster.trustStore().toString(), "wrong")))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("cannot read the trust store")
                .hasMessageContaining("wrong password");
        assertThatThrownBy(() -> SolrCollection.open(
                        a, with(auth, tmp.resolve("absent.p12").toString(), "x")))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("cannot read the trust store")
                .hasMessageContaining("no such file");
        // The right store reaches the cluster, which says what is missing.
        assertThatThrownBy(() -> SolrCollection.open(a, env))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("no collection nosuch");

        // Host names are checked: the certificate names 127.0.0.1 and localhost, not this machine's own name
        // (when that leads to this machine at all; the nodes listen on every interface).
        String host = InetAddress.getLocalHost().getHostName();
        Assumptions.assumeTrue(
                !host.equalsIgnoreCase("localhost")
                        && InetAddress.getByName(host).isLoopbackAddress(),
                "the machine's name " + host + " is localhost or not a loopback name");
        SolrAddress named = SolrAddress.parse(cluster.address("nosuch").replace("127.0.0.1", host));
        assertThatThrownBy(() -> SolrCollection.open(named, env))
                .isInstanceOf(CorpexException.class)
                .hasMessageContaining("TLS verification failed")
                .hasMessageContaining("does not name the host");
    }
}
