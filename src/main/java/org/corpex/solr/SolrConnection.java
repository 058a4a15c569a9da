package org.corpex.solr;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.SSLConfig;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.corpex.base.Cancellation;
import org.corpex.base.CorpexException;
import org.corpex.base.Shown;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A connection to one collection of a SolrCloud cluster: SolrJ's cloud client (it reads the cluster's state, sends each
 * request to a live replica of every shard, and fails over when a node goes down), credentials from the environment,
 * and every failure turned into one line that says what went wrong and where. Queries run shard-tolerant: a shard with
 * no live replica does not fail the query, it makes the answer partial, which is remembered and reported.
 */
final class SolrConnection implements AutoCloseable {
    /**
     * Environment variables read for credentials and TLS: never the command line, which lands in histories and process
     * lists.
     */
    static final String ENV_TIMEOUT = "CORPEX_SOLR_TIMEOUT";

    static final String ENV_USER = "CORPEX_SOLR_USER",
            ENV_PASSWORD = "CORPEX_SOLR_PASSWORD",
            ENV_CREDENTIALS = "CORPEX_SOLR_CREDENTIALS",
            ENV_TRUSTSTORE = "CORPEX_SOLR_TRUSTSTORE",
            ENV_TRUSTSTORE_PASSWORD = "CORPEX_SOLR_TRUSTSTORE_PASSWORD";

    /** One request: what SolrJ does, with its checked exceptions. */
    interface Call<T> {
        T run(SolrClient client) throws SolrServerException, IOException;
    }

    final SolrAddress address;
    private final CloudHttp2SolrClient client;
    private final String user;
    private final String password;
    /** What the user should hear about how the connection was made (a credentials file others can read). */
    final List<String> warnings = new ArrayList<>();
    /** Whether the client has read the cluster's live nodes once. */
    private volatile boolean connected;
    /** The first shard failure of an answer that came back partial, until someone takes it. */
    private final AtomicReference<String> partial = new AtomicReference<>();

    /** Certificates to trust from CORPEX_SOLR_TRUSTSTORE, or null: the JDK's own (its cacerts). */
    private final KeyStore trusted;

    private SolrConnection(
            SolrAddress address, CloudHttp2SolrClient client, String user, String password, KeyStore trusted) {
        this.address = address;
        this.client = client;
        this.user = user;
        this.password = password;
        this.trusted = trusted;
    }

    static SolrConnection open(SolrAddress address) {
        return open(address, System.getenv());
    }

    /**
     * Seconds a node may stay silent (connect, or between bytes of an answer) before corpex says so:
     * CORPEX_SOLR_TIMEOUT, else 30.
     */
    static int timeout(Map<String, String> env) {
        String t = env.get(ENV_TIMEOUT);
        if (t == null || t.isBlank()) return 30;
        try {
            int n = Integer.parseInt(t.strip());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CorpexException(ENV_TIMEOUT + " takes a number of seconds, not " + t);
    }

    static SolrConnection open(SolrAddress address, Map<String, String> env) {
        List<String> warnings = new ArrayList<>();
        String[] credentials = credentials(address, env, warnings);
        int timeout = timeout(env);
        // A zk:// address does not say whether the nodes speak TLS (the cluster's urlScheme does): be ready to.
        boolean tls = address.tls() || address.zookeeper();
        KeyStore trusted = tls ? trustStore(address, env) : null;
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(Math.min(10, timeout), TimeUnit.SECONDS)
                .withIdleTimeout(timeout, TimeUnit.SECONDS)
                .withRequestTimeout(Math.max(300, timeout), TimeUnit.SECONDS);
        if (credentials != null) http.withBasicAuthCredentials(credentials[0], credentials[1]);
        if (tls) http.withSSLConfig(sslConfig(trusted));
        CloudHttp2SolrClient.Builder cloud = address.zookeeper()
                ? new CloudHttp2SolrClient.Builder(
                        address.nodes(), Optional.ofNullable(address.chroot().isEmpty() ? null : address.chroot()))
                : new CloudHttp2SolrClient.Builder(address.urls());
        if (address.zookeeper()) {
            // ZooKeeper's client would log its connection attempts through SLF4J (silent) and retry for long: bound it.
            cloud.withZkConnectTimeout(Math.min(10, timeout), TimeUnit.SECONDS)
                    .withZkClientTimeout(timeout, TimeUnit.SECONDS);
        }
        CloudHttp2SolrClient client = cloud.withInternalClientBuilder(http)
                .withDefaultCollection(address.collection())
                .build();
        SolrConnection c = new SolrConnection(
                address,
                client,
                credentials == null ? null : credentials[0],
                credentials == null ? null : credentials[1],
                trusted);
        c.warnings.addAll(warnings);
        return c;
    }

    /**
     * User and password from CORPEX_SOLR_USER/PASSWORD, or from the file CORPEX_SOLR_CREDENTIALS names (one line,
     * USER:PASSWORD).
     */
    static String[] credentials(SolrAddress address, Map<String, String> env) {
        return credentials(address, env, new ArrayList<>());
    }

    static String[] credentials(SolrAddress address, Map<String, String> env, List<String> warnings) {
        String file = env.get(ENV_CREDENTIALS);
        if (file != null && !file.isBlank()) {
            Path p = Path.of(file);
            try {
                // As ssh does for a private key: a password others can read is no secret.
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                boolean group = perms.contains(PosixFilePermission.GROUP_READ);
                boolean others = perms.contains(PosixFilePermission.OTHERS_READ);
                if (group || others) {
                    warnings.add("the credentials file " + Shown.name(file) + " (" + ENV_CREDENTIALS
                            + ") can be read by " + (others ? "every user of this machine" : "its group")
                            + "; make it yours alone: chmod 600 " + Shown.name(file));
                }
            } catch (IOException | UnsupportedOperationException e) {
                // no POSIX permissions here (or unreadable: said below)
            }
            String line;
            try {
                line = Files.readAllLines(p).stream()
                        .filter(l -> !l.isBlank())
                        .findFirst()
                        .orElse("");
            } catch (IOException e) {
                throw new CorpexException(address + ": cannot read the credentials file " + file + " ("
                        + ENV_CREDENTIALS + "): " + e.getMessage());
            }
            int colon = line.indexOf(':');
            if (colon <= 0)
                throw new CorpexException(
                        address + ": the credentials file " + file + " should hold one line USER:PASSWORD");
            return new String[] {
                line.substring(0, colon), line.substring(colon + 1).strip()
            };
        }
        String user = env.get(ENV_USER), password = env.get(ENV_PASSWORD);
        if (user == null || user.isEmpty()) return null;
        if (password == null)
            throw new CorpexException(address + ": " + ENV_USER + " is set but " + ENV_PASSWORD + " is not");
        return new String[] {user, password};
    }

    /**
     * The trust store CORPEX_SOLR_TRUSTSTORE names (JKS or PKCS12, told apart by its content), for a cluster whose
     * certificates no public authority signed; null when unset. Read here, so that a wrong path or password is said at
     * once rather than as a failed handshake.
     */
    static KeyStore trustStore(SolrAddress address, Map<String, String> env) {
        String store = env.get(ENV_TRUSTSTORE);
        if (store == null || store.isBlank()) return null;
        if (!Files.isRegularFile(Path.of(store)))
            throw new CorpexException(
                    address + ": cannot read the trust store " + store + " (" + ENV_TRUSTSTORE + "): no such file");
        String pw = env.get(ENV_TRUSTSTORE_PASSWORD);
        try {
            // A trust store without a password can still be read: only its integrity is not checked.
            return KeyStore.getInstance(new File(store), pw == null ? null : pw.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            String why = e.getCause() instanceof UnrecoverableKeyException
                    ? "wrong password (" + ENV_TRUSTSTORE_PASSWORD + ")"
                    : e.getMessage();
            throw new CorpexException(
                    address + ": cannot read the trust store " + store + " (" + ENV_TRUSTSTORE + "): " + why);
        }
    }

    /**
     * How the Jetty client behind SolrJ checks the nodes' certificates: against {@code trusted}, or the JDK's default
     * trust when null (cacerts, or the javax.net.ssl.trustStore the JVM is given). Always given explicitly, so that
     * SolrJ's static default (which Solr's test clusters set for the whole JVM) does not change whom corpex trusts.
     * Solr's own SSLConfig reads its trust store only for client-certificate setups, hence the override.
     */
    private static SSLConfig sslConfig(KeyStore trusted) {
        return new SSLConfig(true, false, null, null, null, null) {
            @Override
            public SslContextFactory.Client createClientContextFactory() {
                SslContextFactory.Client f = new SslContextFactory.Client();
                // Jetty's default, said here: the certificate must name the host corpex connects to.
                f.setEndpointIdentificationAlgorithm("HTTPS");
                if (trusted != null) f.setTrustStore(trusted);
                return f;
            }
        };
    }

    /** The same trust for java.net.http (the probe), as an SSLContext. */
    private SSLContext sslContext() throws GeneralSecurityException {
        if (trusted == null) return SSLContext.getDefault();
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /** Runs a request; any failure becomes one line naming the collection and what went wrong. */
    /** The client, connected (for a request whose failures the caller tells apart itself). */
    SolrClient client() {
        if (!connected) {
            client.connect();
            connected = true;
        }
        return client;
    }

    <T> T call(String what, Call<T> call) {
        try {
            if (!connected) {
                // SolrJ's HTTP cluster-state reader learns the scheme (https for solrs://) when it first
                // fetches the live nodes; an admin request sent before that would go to http:// URLs.
                client.connect();
                connected = true;
            }
            return call.run(client);
        } catch (SolrServerException | IOException | SolrException e) {
            throw failure(what, e);
        } catch (RuntimeException e) {
            // SolrJ reports an unreachable cluster state as a plain RuntimeException.
            throw failure(what, e);
        }
    }

    /** A query, sent as a POST (term lists can be long), shard-tolerant; a partial answer is remembered. */
    QueryResponse query(String what, SolrParams params) {
        ModifiableSolrParams p = new ModifiableSolrParams(params);
        p.set("shards.tolerant", true);
        // A shard slower than the command's time limit answers partially (and says so) rather than holding the command.
        long left = Cancellation.current().remainingMillis();
        // (Solr refuses it beside a cursor: paging stops at the command's deadline between pages instead.)
        if (left > 0 && p.get("cursorMark") == null) p.set("timeAllowed", Long.toString(left));
        QueryResponse r =
                call(what, c -> new QueryRequest(p, SolrRequest.METHOD.POST).process(c, address.collection()));
        Object flag =
                r.getResponseHeader() == null ? null : r.getResponseHeader().get("partialResults");
        if (Boolean.TRUE.equals(flag) || "true".equals(String.valueOf(flag))) {
            partial.compareAndSet(
                    null,
                    "answers from " + address + " are partial: a shard did not answer, or not in time (" + what + ")");
        }
        return r;
    }

    /** The partial-answer notice since the last call, or null. */
    String takePartial() {
        return partial.getAndSet(null);
    }

    CorpexException failure(String what, Throwable e) {
        String m = message(e);
        StringBuilder chain = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause())
            chain.append(c.getClass().getSimpleName())
                    .append(": ")
                    .append(c.getMessage())
                    .append(" | ");
        String low = chain.toString().toLowerCase(Locale.ROOT);
        int code = e instanceof SolrException se ? se.code() : -1;
        for (Throwable c = e.getCause(); c != null && code < 0; c = c.getCause())
            if (c instanceof SolrException se) code = se.code();
        if (isTlsFailure(e)) return tlsFailure(m, what);
        if (address.zookeeper()
                && low.contains("zookeeper")
                && (low.contains("connect") || low.contains("timeout") || low.contains("timed out"))) {
            return new CorpexException("cannot reach the ZooKeeper of " + address + " (" + m + ") while " + what);
        }
        if (!address.zookeeper()
                && (low.contains("failed fetching live_nodes")
                        || low.contains("tried fetching cluster state")
                        || low.contains("could not find a healthy node"))) {
            // SolrJ's cluster-state lookup hides why it failed: ask a node directly.
            int probed = probe(what);
            if (probed == 401 || probed == 403) code = probed;
            else if (probed < 0)
                return new CorpexException("cannot reach " + address + " (no node answers at "
                        + String.join(", ", address.nodes()) + ") while " + what);
        }
        if (code == 401 || low.contains("401") && low.contains("unauthorized")) {
            return new CorpexException(address + " refused the credentials"
                    + (user == null
                            ? " (none were given: set " + ENV_USER + " and " + ENV_PASSWORD + ", or " + ENV_CREDENTIALS
                                    + "=FILE)"
                            : " of user " + user)
                    + " while " + what);
        }
        if (code == 403)
            return new CorpexException(address + ": user " + user + " may not do this (403) while " + what);
        if (low.contains("collection not found") || low.contains("could not find collection")) {
            return new CorpexException(address + ": no collection " + address.collection()
                    + "; build it with: corpex index PATH... --to " + address);
        }
        if (low.contains("unknown field") || low.contains("undefined field")) {
            return new CorpexException(
                    address + ": the collection's schema is not corpex's (" + m + "); let corpex create the collection,"
                            + " or create it with the configset " + SolrLayout.CONFIGSET);
        }
        if (low.contains("no active replicas")
                || low.contains("no live solrservers")
                || low.contains("no servers hosting shard")) {
            return new CorpexException(address + ": a shard has no live replica (" + m + ") while " + what);
        }
        if (hasCause(e, ConnectException.class)
                || low.contains("connection refused")
                || low.contains("tried fetching cluster state")
                || low.contains("could not find a healthy node")) {
            return new CorpexException("cannot reach " + address + " (" + m + ") while " + what);
        }
        if (hasCause(e, TimeoutException.class) || low.contains("timeout") || low.contains("timed out")) {
            return new CorpexException(address + " did not answer in time while " + what + " (" + m + ")");
        }
        return new CorpexException(address + ": " + what + " failed (" + m + ")");
    }

    /** Whether a failure comes from checking the node's certificate (an untrusted issuer, a host it does not name). */
    private static boolean isTlsFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SSLException
                    || c instanceof CertificateException
                    || c instanceof CertPathValidatorException
                    || c instanceof CertPathBuilderException) return true;
        }
        return false;
    }

    /** One line that says the certificate was not accepted, and what decides whom corpex trusts. */
    private CorpexException tlsFailure(String m, String what) {
        m = m.replace("(certificate_unknown) ", "");
        if (m.contains("No name matching") || m.contains("No subject alternative")) {
            // Trusted, but issued to another name: the address should use one the certificate holds.
            return new CorpexException(address + ": TLS verification failed while " + what
                    + ": the certificate does not name the host (" + m + "); use a host name or address it names");
        }
        String cause = m.contains("PKIX path") || m.contains("certification path")
                ? "the certificate is not signed by an authority it trusts"
                : m;
        String store = trusted == null
                ? "no " + ENV_TRUSTSTORE + " is set (only the JDK's authorities are trusted): point it at a trust store"
                        + " holding the cluster's certificate or its authority, password in " + ENV_TRUSTSTORE_PASSWORD
                : "the trust store " + ENV_TRUSTSTORE
                        + " names does not hold the cluster's certificate or its authority";
        return new CorpexException(address + ": TLS verification failed while " + what + ": " + cause + "; " + store);
    }

    /**
     * The HTTP status a node gives a plain request with these credentials, or -1 when none answers; a refused
     * certificate throws.
     */
    private int probe(String what) {
        HttpClient.Builder hb = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (address.tls()) {
            try {
                hb.sslContext(sslContext());
            } catch (GeneralSecurityException e) {
                return -1;
            }
        }
        HttpClient http = hb.build();
        for (String url : address.urls()) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url + "/admin/info/system?wt=json"))
                    .timeout(Duration.ofSeconds(10));
            if (user != null) {
                r.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            try {
                return http.send(r.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                // SolrJ's cluster-state lookup hides a refused certificate behind "no healthy node": say it.
                if (isTlsFailure(e)) throw tlsFailure(message(e), what);
                // this node does not answer: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause()) if (type.isInstance(c)) return true;
        return false;
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof SolrServerException)) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ")
                .replaceAll("<[^>]+>", "")
                .replaceFirst("^Error from server at \\S+: ", "")
                .strip();
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing: nothing left to tell
        }
    }
}
