package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.corpex.bench.CorpusGenerator;
import org.corpex.solrlocal.SolrLocal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SolrCloud cluster met as an attacker or an unlucky user would: a password written in the address is never echoed; a
 * credentials file others can read is warned about; a node that accepts and never answers is one line after the
 * timeout; two builds into one collection side by side: one writes, the other refuses in one line.
 */
class SolrHardeningIT {
    private static final String USER = "writer", PASSWORD = "s3cret-Pw";
    private static SolrLocal cluster;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        cluster = SolrLocal.start(SolrLocal.Options.defaults().withAuth(USER, PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.close();
    }

    private static final Map<String, String> CREDENTIALS =
            Map.of("CORPEX_SOLR_USER", USER, "CORPEX_SOLR_PASSWORD", PASSWORD);

    private static Launcher.Run corpex(Map<String, String> env, String... args) {
        return Launcher.run(tmp, env, null, args);
    }

    @Test
    void aPasswordInTheAddressIsNeverEchoed() {
        String hostPort = cluster.address("c").replaceFirst("^solr://", "").replaceFirst("/c$", "");
        String withPassword = "solr://" + USER + ":" + PASSWORD + "@" + hostPort + "/c";
        for (Launcher.Run r : List.of(
                corpex(Map.of(), withPassword, "-c", "docs"),
                corpex(Map.of(), "-c", "load " + withPassword),
                corpex(Map.of(), "index", "seeds", "--to", withPassword),
                corpex(
                        Map.of(),
                        "index",
                        "seeds",
                        "--to",
                        "http://" + USER + ":" + PASSWORD + "@" + hostPort + "/solr/c"))) {
            assertThat(r.status()).isNotZero();
            assertThat(r.out() + r.err()).doesNotContain(PASSWORD);
            assertThat(r.err()
                            .strip()
                            .lines()
                            .filter(l -> !l.startsWith("corpex: loaded"))
                            .toList())
                    .as(r.err())
                    .hasSize(1);
        }
        assertThat(corpex(Map.of(), withPassword, "-c", "docs").err())
                .contains("a user or password does not go in the address; set CORPEX_SOLR_USER");
    }

    @Test
    void aCredentialsFileOthersCanReadIsWarnedAbout() throws IOException {
        Path seeds = Tmux.ROOT.resolve("seeds");
        String address = cluster.address("creds");
        Path file = tmp.resolve("solr-credentials");
        Files.writeString(file, USER + ":" + PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Launcher.Run open =
                corpex(Map.of("CORPEX_SOLR_CREDENTIALS", file.toString()), "index", seeds.toString(), "--to", address);
        assertThat(open.status()).as(open.err()).isZero();
        assertThat(open.err())
                .contains("corpex: warning: the credentials file " + file
                        + " (CORPEX_SOLR_CREDENTIALS) can be read by every user of this machine; make it "
                        + "yours alone: chmod 600 ");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Launcher.Run quiet =
                corpex(Map.of("CORPEX_SOLR_CREDENTIALS", file.toString()), address, "-c", "docs --limit 1");
        assertThat(quiet.status()).as(quiet.err()).isZero();
        assertThat(quiet.err()).doesNotContain("credentials file");
    }

    @Test
    void aNodeThatNeverAnswersIsOneLineAfterTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            CompletableFuture.runAsync(() -> {
                try {
                    while (true) held.add(silent.accept()); // accepted, never answered
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            Map<String, String> env = new HashMap<>(CREDENTIALS);
            env.put("CORPEX_SOLR_TIMEOUT", "2");
            Launcher.Run r = corpex(env, "solr://127.0.0.1:" + silent.getLocalPort() + "/c", "-c", "docs");
            assertThat(r.status()).isEqualTo(1);
            List<String> lines = r.err().strip().lines().toList();
            assertThat(lines).as(r.err()).hasSize(1);
            assertThat(lines.get(0))
                    .startsWith("corpex: ")
                    .contains("127.0.0.1:" + silent.getLocalPort())
                    .doesNotContain("Exception");
            System.out.println("silent node: " + lines.get(0));
            for (Socket s : held) s.close();
        }
    }

    @Test
    void twoBuildsIntoOneCollectionSideBySideOneWritesTheOtherRefuses() throws Exception {
        Path c = tmp.resolve("news");
        new CorpusGenerator().generate(6_000_000, c);
        String address = cluster.address("twice");
        Launcher.Run first =
                corpex(CREDENTIALS, "index", Tmux.ROOT.resolve("seeds").toString(), "--to", address);
        assertThat(first.status()).as(first.err()).isZero();

        CompletableFuture<Launcher.Run> a =
                CompletableFuture.supplyAsync(() -> corpex(CREDENTIALS, "index", c.toString(), "--to", address));
        CompletableFuture<Launcher.Run> b =
                CompletableFuture.supplyAsync(() -> corpex(CREDENTIALS, "index", c.toString(), "--to", address));
        List<Launcher.Run> runs = List.of(a.get(), b.get());
        List<Launcher.Run> won = runs.stream().filter(r -> r.status() == 0).toList();
        List<Launcher.Run> lost = runs.stream().filter(r -> r.status() != 0).toList();
        assertThat(won).as(runs.toString()).hasSize(1);
        assertThat(lost).as(runs.toString()).hasSize(1);
        Launcher.Run refused = lost.get(0);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip().lines().toList()).as(refused.err()).hasSize(1);
        assertThat(refused.err())
                .startsWith(
                        "corpex: " + address + ": another 'corpex index --to' is writing into this collection (pid ")
                .contains("wait for it to finish (nothing was written)");

        // The winner's collection is whole, and its lock is gone: the next build runs.
        Launcher.Run docs = corpex(CREDENTIALS, address, "-c", "docs --limit 1");
        assertThat(docs.status()).as(docs.err()).isZero();
        Launcher.Run files = corpex(Map.of(), c.toString(), "-c", "docs --limit 1");
        assertThat(docs.out().lines().filter(l -> l.endsWith("documents")).toList())
                .isEqualTo(
                        files.out().lines().filter(l -> l.endsWith("documents")).toList());
        Launcher.Run again =
                corpex(CREDENTIALS, "index", Tmux.ROOT.resolve("seeds").toString(), "--to", address);
        assertThat(again.status()).as(again.err()).isZero();
    }

    /** Writes a build lock record as a run that died (or one that runs) would have left it. */
    private static void lock(String collection, String beat) throws Exception {
        try (var client = new Http2SolrClient.Builder(cluster.baseUrls().get(0))
                .withBasicAuthCredentials(USER, PASSWORD)
                .build()) {
            var d = new SolrInputDocument();
            d.setField("id", "_corpex_build_lock");
            d.setField("kind", "meta");
            d.setField("state", "pid 4242 on elsewhere\n" + beat + "\n" + beat);
            client.add(collection, d);
            client.commit(collection);
        }
    }

    @Test
    void aLockLeftByAKilledRunIsTakenOverAndALiveOneRefuses() throws Exception {
        String address = cluster.address("stale");
        Path seeds = Tmux.ROOT.resolve("seeds");
        Launcher.Run first = corpex(CREDENTIALS, "index", seeds.toString(), "--to", address);
        assertThat(first.status()).as(first.err()).isZero();

        lock("stale", "2020-01-01T00:00:00Z"); // not refreshed for years: its run is gone
        Launcher.Run over = corpex(CREDENTIALS, "index", seeds.toString(), "--to", address);
        assertThat(over.status()).as(over.err()).isZero();

        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        lock("stale", now);
        Launcher.Run refused = corpex(CREDENTIALS, "index", seeds.toString(), "--to", address);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip())
                .isEqualTo("corpex: " + address + ": another 'corpex index --to' is writing into this collection"
                        + " (pid 4242 on elsewhere, since " + now + "); wait for it to finish (nothing was written)");
        Launcher.Run open = corpex(CREDENTIALS, address, "-c", "docs --limit 1");
        assertThat(open.status()).as(open.err()).isZero();
    }
}
