package org.corpex.solrlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.impl.HttpClientUtil;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.apache.solr.util.SSLTestConfig;

/**
 * A SolrCloud on this machine for corpex's tests and for trying {@code solr://} addresses by hand: Solr's
 * MiniSolrCloudCluster (an embedded ZooKeeper and one Jetty per node, all in this JVM), set up to run in a plain JVM
 * rather than under Solr's randomized JUnit 4 runner. scripts/solr-local runs {@link #main}.
 */
public final class SolrLocal implements AutoCloseable {

    /**
     * What to start.
     *
     * @param nodes Solr nodes (Jetty servers), at least 1
     * @param dir where ZooKeeper's and the nodes' data go; null: a fresh temporary folder, deleted by {@link #close}. A
     *     given folder is kept, and must be empty or absent (a cluster's state does not survive a restart: ports
     *     change)
     * @param user null, or a basic-auth user: every request must then authenticate, and this user may do anything
     * @param password the user's password (null exactly when user is)
     * @param tls whether the nodes speak HTTPS only (Solr's test certificate, which names 127.0.0.1 and localhost);
     *     clients find the certificate in {@link #trustStore}
     */
    public record Options(int nodes, Path dir, String user, String password, boolean tls) {
        public Options {
            if (nodes < 1) throw new IllegalArgumentException("nodes must be at least 1, not " + nodes);
            if ((user == null) != (password == null))
                throw new IllegalArgumentException("user and password go together");
            if (user != null && (user.isEmpty() || user.contains(":")))
                throw new IllegalArgumentException("bad user name: " + user);
        }

        /** The options without TLS, as before it was offered. */
        public Options(int nodes, Path dir, String user, String password) {
            this(nodes, dir, user, password, false);
        }

        public static Options defaults() {
            return new Options(2, null, null, null, false);
        }

        public Options withNodes(int n) {
            return new Options(n, dir, user, password, tls);
        }

        public Options withDir(Path d) {
            return new Options(nodes, d, user, password, tls);
        }

        public Options withAuth(String u, String p) {
            return new Options(nodes, dir, u, p, tls);
        }

        public Options withTls() {
            return new Options(nodes, dir, user, password, true);
        }
    }

    private static final String CONFIGSET = "org/corpex/solrlocal/_default/conf/";

    /**
     * Loggers that write through java.util.logging, not SLF4J, so slf4j-nop does not silence them: Jersey (Solr's v2
     * API) warns at every node start about an optional provider; Lucene on Java 21+ says which MMap and vector code it
     * uses. Held here, as JUL keeps its loggers only weakly.
     */
    private static final List<Logger> JUL_QUIET =
            List.of(Logger.getLogger("org.glassfish.jersey"), Logger.getLogger("org.apache.lucene"));

    /** The trust store file {@link #trustStore} names, in the cluster's folder, and its password. */
    private static final String TRUSTSTORE_FILE = "truststore.p12", TRUSTSTORE_PASSWORD = "solr-local";

    private final MiniSolrCloudCluster cluster;
    private final Path dir;
    private final boolean temporary;
    /** What TLS set for the whole JVM, undone by close; null without TLS. */
    private final JvmTls jvmTls;
    /** The nodes in start order: a node keeps its index when stopped (the cluster's own list shifts). */
    private final List<JettySolrRunner> nodes;

    private SolrLocal(MiniSolrCloudCluster cluster, Path dir, boolean temporary, JvmTls jvmTls) {
        this.cluster = cluster;
        this.dir = dir;
        this.temporary = temporary;
        this.jvmTls = jvmTls;
        this.nodes = new ArrayList<>(cluster.getJettySolrRunners());
    }

    public static SolrLocal start(Options o) throws Exception {
        boolean temporary = o.dir() == null;
        Path dir = temporary ? Files.createTempDirectory("solr-local") : o.dir().toAbsolutePath();
        if (!temporary) {
            if (Files.exists(dir) && !isEmptyDir(dir))
                throw new IllegalArgumentException(dir + " is not an empty folder");
            Files.createDirectories(dir);
        }
        JUL_QUIET.forEach(l -> l.setLevel(Level.SEVERE));
        JvmTls jvmTls = null;
        try {
            Path confDir = copyConfigset(dir.resolve("configsets/_default/conf"));
            setDefaults(dir, confDir);
            // checkPeerName: the certificate that names 127.0.0.1 and localhost, so clients can verify host names.
            SSLTestConfig ssl = o.tls() ? new SSLTestConfig(true, false, true) : null;
            if (ssl != null) {
                jvmTls = JvmTls.set(ssl);
                writeTrustStore(ssl, dir.resolve(TRUSTSTORE_FILE));
            }
            MiniSolrCloudCluster.Builder b = new MiniSolrCloudCluster.Builder(o.nodes(), dir.resolve("cluster"))
                    // The tests' trace-id setup needs a randomized context: outside one it logs a stack trace.
                    .withTraceIdGenerationDisabled()
                    // Overseer-based updates, Solr 9's default in production (the builder would pick them anyway).
                    .withDistributedClusterStateUpdates(false, false)
                    // Jetty's own shutdown hooks would race close(): the nodes stop in close() only.
                    // With TLS the nodes serve HTTPS only, and the builder sets the cluster property urlScheme=https.
                    .withJettyConfig(j ->
                            j.stopAtShutdown(false).withSSLConfig(ssl == null ? null : ssl.buildServerSSLConfig()));
            if (o.user() != null) b.withSecurityJson(securityJson(o.user(), o.password()));
            return new SolrLocal(b.build(), dir, temporary, jvmTls);
        } catch (Exception | Error e) {
            if (jvmTls != null) jvmTls.undo();
            if (temporary) deleteTree(dir);
            throw e;
        }
    }

    /**
     * What Solr's test base classes set for a TLS run, for the whole JVM, as the nodes' own clients (to each other, and
     * the cluster's admin client) have no other way to learn whom to trust: the default of SolrJ's Jetty-based clients,
     * the socket factories of its Apache-based ones, and the urlScheme property Solr's config files read. So one TLS
     * cluster per JVM, not beside a plain one; clients that pass their own TLS settings (corpex does) are not affected.
     */
    private record JvmTls(HttpClientUtil.SocketFactoryRegistryProvider oldProvider, String oldUrlScheme) {
        static JvmTls set(SSLTestConfig ssl) {
            JvmTls old = new JvmTls(HttpClientUtil.getSocketFactoryRegistryProvider(), System.getProperty(URL_SCHEME));
            HttpClientUtil.setSocketFactoryRegistryProvider(ssl.buildClientSocketFactoryRegistryProvider());
            Http2SolrClient.setDefaultSSLConfig(ssl.buildClientSSLConfig());
            System.setProperty(URL_SCHEME, "https");
            return old;
        }

        void undo() {
            HttpClientUtil.setSocketFactoryRegistryProvider(oldProvider);
            Http2SolrClient.resetSslContextFactory();
            if (oldUrlScheme == null) System.clearProperty(URL_SCHEME);
            else System.setProperty(URL_SCHEME, oldUrlScheme);
        }
    }

    private static final String URL_SCHEME = "urlScheme";

    /**
     * The nodes' certificate alone (no private key) in a PKCS12 file: what a client needs to trust them. Solr's test
     * key store is a class-path resource, which corpex's environment cannot name.
     */
    private static void writeTrustStore(SSLTestConfig ssl, Path file) throws Exception {
        KeyStore keys = ssl.defaultKeyStore();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String alias : Collections.list(keys.aliases()))
            trust.setCertificateEntry(alias, keys.getCertificate(alias));
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, TRUSTSTORE_PASSWORD.toCharArray());
        }
    }

    /** Whether the nodes speak HTTPS. */
    public boolean tls() {
        return jvmTls != null;
    }

    /** A PKCS12 trust store that holds the nodes' certificate (for CORPEX_SOLR_TRUSTSTORE); null without TLS. */
    public Path trustStore() {
        return tls() ? dir.resolve(TRUSTSTORE_FILE) : null;
    }

    /** The trust store's password (for CORPEX_SOLR_TRUSTSTORE_PASSWORD); null without TLS. */
    public String trustStorePassword() {
        return tls() ? TRUSTSTORE_PASSWORD : null;
    }

    /** ZooKeeper's connect string with Solr's chroot, as SolrJ's cloud client takes it: 127.0.0.1:PORT/solr. */
    public String zkAddress() {
        return cluster.getZkServer().getZkAddress();
    }

    /** http://127.0.0.1:PORT/solr (https:// with TLS) of every running node, in node order. */
    public List<String> baseUrls() {
        List<String> urls = new ArrayList<>();
        for (JettySolrRunner n : nodes)
            if (n.isRunning()) urls.add(n.getBaseUrl().toString());
        return urls;
    }

    /**
     * corpex's address of {@code collection} in this cluster: solr://127.0.0.1:PORT/COLLECTION (solrs:// with TLS), by
     * the first running node.
     */
    public String address(String collection) {
        String scheme = tls() ? "solrs://" : "solr://";
        for (JettySolrRunner n : nodes)
            if (n.isRunning()) return scheme + "127.0.0.1:" + n.getLocalPort() + "/" + collection;
        throw new IllegalStateException("no node is running");
    }

    /** The cluster itself, for what this class does not wrap (its client, collection waits). */
    public MiniSolrCloudCluster cluster() {
        return cluster;
    }

    /** Live nodes as ZooKeeper sees them (names like 127.0.0.1:PORT_solr). */
    public List<String> liveNodes() {
        return List.copyOf(cluster.getZkStateReader().getClusterState().getLiveNodes());
    }

    /**
     * Stops node {@code i} (its data stays; {@link #startNode} brings it back), and waits until ZooKeeper no longer
     * lists it.
     */
    public void stopNode(int i) throws Exception {
        JettySolrRunner n = nodes.get(i);
        if (!n.isRunning()) return;
        String name = n.getNodeName();
        cluster.stopJettySolrRunner(n);
        cluster.waitForJettyToStop(n);
        // Until its ephemeral node is gone, clients would still send requests to it.
        cluster.getZkStateReader().waitForLiveNodes(30, TimeUnit.SECONDS, (old, live) -> !live.contains(name));
    }

    /** Starts a stopped node {@code i} again, on its old port, and waits until it is live. */
    public void startNode(int i) throws Exception {
        JettySolrRunner n = nodes.get(i);
        if (n.isRunning()) return;
        cluster.startJettySolrRunner(n, true);
        cluster.waitForNode(n, 30);
    }

    /** Stops the nodes and ZooKeeper; deletes the folder if start made it. */
    @Override
    public void close() throws Exception {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            // A node that was restarted may still be recovering its replicas when the cluster stops:
            // Jetty's graceful stop then times out and stops it anyway. Nothing is left running.
            boolean timeouts = e.getSuppressed().length > 0;
            for (Throwable t : e.getSuppressed()) timeouts &= t instanceof TimeoutException;
            if (!timeouts) throw e;
        } finally {
            if (jvmTls != null) jvmTls.undo();
            if (temporary) deleteTree(dir);
        }
    }

    /**
     * The system properties Solr's test base classes (SolrTestCase, SolrTestCaseJ4) set before a cluster starts, that
     * matter outside them. Each only when not set already, so -D wins.
     */
    private static void setDefaults(Path dir, Path confDir) {
        Map<String, String> props = Map.ofEntries(
                // The configset a collection gets when created without one: no Maven artifact has Solr's.
                Map.entry("solr.default.confdir", confDir.toString()),
                // Without it every node logs an error at start-up.
                Map.entry("solr.log.dir", dir.resolve("logs").toString()),
                // The connector JettySolrRunner sets up for tests (HTTP/1.1 and HTTP/2, over TLS when asked).
                Map.entry("jetty.testMode", "true"),
                // A local cluster: no fsync per ZooKeeper write, few threads, a quick shutdown.
                Map.entry("zookeeper.forceSync", "no"),
                Map.entry("zookeeper.nio.numSelectorThreads", "2"),
                Map.entry("zookeeper.nio.numWorkerThreads", "3"),
                Map.entry("zookeeper.commitProcessor.numWorkerThreads", "2"),
                Map.entry("zookeeper.nio.shutdownTimeout", "100"),
                // ZooKeeper's admin web server would take port 8080.
                Map.entry("zookeeper.admin.enableServer", "false"),
                // Tests use one retry; a stopped node should fail over quickly, not after several.
                Map.entry("solr.httpclient.retries", "1"),
                Map.entry("solr.retries.on.forward", "1"),
                Map.entry("solr.retries.to.followers", "1"));
        props.forEach((k, v) -> {
            // The folders are this cluster's own: a cluster started before in this JVM (another test) set its
            // own, since deleted, and without a _default configset a collection made without one takes another.
            boolean ours = k.equals("solr.default.confdir") || k.equals("solr.log.dir");
            if (ours || System.getProperty(k) == null) System.setProperty(k, v);
        });
    }

    /** security.json: basic auth for every request, and {@code user} may do anything. */
    static String securityJson(String user, String password) {
        String hash = Sha256AuthenticationProvider.getSaltedHashedValue(password);
        return """
                {
                  "authentication": {
                    "class": "solr.BasicAuthPlugin",
                    "blockUnknown": true,
                    "forwardCredentials": false,
                    "credentials": {"%1$s": "%2$s"}
                  },
                  "authorization": {
                    "class": "solr.RuleBasedAuthorizationPlugin",
                    "permissions": [{"name": "all", "role": "admin"}],
                    "user-role": {"%1$s": ["admin"]}
                  }
                }
                """.formatted(jsonEscape(user), hash);
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private static Path copyConfigset(Path to) throws IOException {
        Files.createDirectories(to);
        for (String f : List.of("solrconfig.xml", "managed-schema.xml")) {
            try (InputStream in = SolrLocal.class.getClassLoader().getResourceAsStream(CONFIGSET + f)) {
                if (in == null) throw new IllegalStateException("missing resource " + CONFIGSET + f);
                Files.copy(in, to.resolve(f));
            }
        }
        return to;
    }

    private static boolean isEmptyDir(Path d) throws IOException {
        if (!Files.isDirectory(d)) return false;
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path d) {
        if (!Files.exists(d)) return;
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- scripts/solr-local ----

    private static final String USAGE =
            "usage: solr-local [--nodes N] [--dir DIR] [--collection NAME] [--user NAME] [--tls]  (password in "
                    + "CORPEX_SOLR_PASSWORD)";

    public static void main(String[] args) throws Exception {
        Options o;
        String collection = "corpex";
        try {
            int n = 2;
            Path d = null;
            String user = null;
            boolean tls = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--tls")) {
                    tls = true;
                    continue;
                }
                String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
                String flag = v != null ? a.substring(0, a.indexOf('=')) : a;
                if (flag.equals("-h") || flag.equals("--help")) {
                    System.err.println(USAGE);
                    return;
                }
                if (!List.of("--nodes", "--dir", "--collection", "--user").contains(flag))
                    throw new Usage("unknown option " + a);
                if (v == null) {
                    if (++i == args.length) throw new Usage(flag + " needs a value");
                    v = args[i];
                }
                switch (flag) {
                    case "--nodes" -> n = positive(v);
                    case "--dir" -> d = Path.of(v);
                    case "--collection" -> collection = name(v);
                    default -> user = v;
                }
            }
            String password = null;
            if (user != null) {
                password = System.getenv("CORPEX_SOLR_PASSWORD");
                if (password == null || password.isEmpty())
                    throw new Usage("--user needs the password in the environment variable CORPEX_SOLR_PASSWORD");
            }
            o = new Options(n, d, user, password, tls);
            if (d != null && Files.exists(d) && !isEmptyDir(d)) throw new Usage(d + " is not an empty folder");
        } catch (Usage | IllegalArgumentException e) {
            System.err.println("solr-local: " + e.getMessage() + "; " + USAGE);
            System.exit(2);
            return;
        }

        PrintStream out = System.out;
        long t0 = System.nanoTime();
        SolrLocal solr;
        try {
            solr = SolrLocal.start(o);
        } catch (Exception e) {
            System.err.println("solr-local: could not start: " + e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C and SIGTERM run the hooks. The JVM would then exit with 130 or 143: after an orderly
        // stop, halt(0) reports success instead. The hook is the only way out once started.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.err.println("solr-local: stopping");
                            int status = 0;
                            try {
                                solr.close();
                            } catch (Exception e) {
                                System.err.println("solr-local: stopping failed: " + e);
                                status = 1;
                            }
                            stopped.countDown();
                            System.err.flush();
                            Runtime.getRuntime().halt(status);
                        },
                        "solr-local-stop"));

        out.println(solr.address(collection));
        out.flush();
        System.err.printf(
                "solr-local: %d node(s) up in %.1f s, data in %s%s%n",
                o.nodes(), (System.nanoTime() - t0) / 1e9, solr.dir, solr.temporary ? " (deleted on stop)" : "");
        System.err.println("  ZooKeeper: " + solr.zkAddress() + "   (zk://" + solr.zkAddress() + ")");
        for (String u : solr.baseUrls()) System.err.println("  node: " + u);
        if (o.user() != null)
            System.err.println("  basic auth: user " + o.user() + ", password from CORPEX_SOLR_PASSWORD");
        if (solr.tls()) {
            System.err.println("  TLS: corpex trusts the nodes' certificate with");
            System.err.println("    export CORPEX_SOLR_TRUSTSTORE=" + solr.trustStore()
                    + " CORPEX_SOLR_TRUSTSTORE_PASSWORD=" + solr.trustStorePassword());
        }
        System.err.println("  Ctrl-C stops it.");
        stopped.await();
    }

    private static int positive(String v) throws Usage {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 16) return n;
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new Usage("--nodes wants a number from 1 to 16, not " + v);
    }

    private static String name(String v) throws Usage {
        // Solr's rule for collection names.
        if (!v.matches("[A-Za-z0-9_][A-Za-z0-9._-]*")) throw new Usage("bad collection name: " + v);
        return v;
    }

    private static final class Usage extends Exception {
        Usage(String message) {
            super(message, null, false, false);
        }
    }
}
