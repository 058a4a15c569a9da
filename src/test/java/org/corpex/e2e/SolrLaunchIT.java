package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.corpex.bench.CorpusGenerator;
import org.corpex.solrlocal.SolrLocal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * corpex over SolrCloud through the real launcher: a two-node local cluster with basic authentication, a corpus written
 * into a collection with corpex index --to, then the same script of commands on the collection and on the files gives
 * the same bytes; credentials come from the environment only; the full screen opens a collection.
 */
class SolrLaunchIT {
    private static final String USER = "reader", PASSWORD = "pa55 word";
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
    void everyCommandOnACollectionAnswersAsOnTheFiles() throws IOException {
        Path c = tmp.resolve("news");
        new CorpusGenerator().generate(400_000, c);
        String address = cluster.address("news");
        Launcher.Run built = corpex(CREDENTIALS, "index", c.toString(), "--to", address);
        assertThat(built.status()).as(built.err()).isZero();
        assertThat(built.err())
                .contains("corpex: indexed ")
                .contains(" documents into " + address)
                .doesNotContain("INFO", "WARN", "SLF4J");

        Path script = tmp.resolve("script.txt");
        Files.writeString(
                script, IndexIT.SCRIPT.replace("OUT", tmp.resolve("files.csv").toString()));
        Launcher.Run files =
                Launcher.run(tmp, Map.of(), null, c.toString(), "--format", "csv", "-f", script.toString());
        Files.writeString(
                script, IndexIT.SCRIPT.replace("OUT", tmp.resolve("solr.csv").toString()));
        Launcher.Run solr = Launcher.run(tmp, CREDENTIALS, null, address, "--format", "csv", "-f", script.toString());
        assertThat(files.status()).as(files.err()).isZero();
        assertThat(solr.status()).as(solr.err()).isZero();
        assertThat(solr.out()).isEqualTo(files.out());
        assertThat(solr.out().lines().count()).isGreaterThan(300);
        assertThat(Files.readString(tmp.resolve("solr.csv"))).isEqualTo(Files.readString(tmp.resolve("files.csv")));
        assertThat(solr.err())
                .contains("corpex: opened collection " + address + ": ")
                .doesNotContain("SLF4J", "WARN");

        // The export says it came from the collection, without a credential; replayed on it, the rows are the same.
        String record = Files.readString(tmp.resolve("solr.csv.provenance.json"));
        assertThat(record)
                .contains("\"engine\" : \"collection " + address + "\"")
                .doesNotContain(PASSWORD)
                .doesNotContain("pa55");
        Launcher.Run replay =
                corpex(CREDENTIALS, "replay", tmp.resolve("solr.csv").toString());
        assertThat(replay.status()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out())
                .contains("corpus: the same fingerprint\n")
                .contains("rows: identical (")
                .doesNotContain(PASSWORD);

        // 'load' at the command language opens a collection too.
        Launcher.Run load = corpex(CREDENTIALS, "-c", "load " + address, "-c", "kwic billion --limit 2");
        assertThat(load.status()).as(load.err()).isZero();
        assertThat(load.out()).contains("opened collection " + address).contains("billion");

        // Credentials come from the environment (or a file it names), never from the command line.
        Launcher.Run none = corpex(Map.of(), address, "-c", "docs");
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err().strip())
                .startsWith("corpex: " + address + " refused the credentials (none were given: set CORPEX_SOLR_USER")
                .doesNotContain("\n");
        Path file = tmp.resolve("credentials");
        Files.writeString(file, USER + ":" + PASSWORD + "\n");
        Launcher.Run fromFile =
                corpex(Map.of("CORPEX_SOLR_CREDENTIALS", file.toString()), address, "-c", "kwic billion --limit 3");
        assertThat(fromFile.status()).as(fromFile.err()).isZero();
        assertThat(fromFile.out()).contains("billion");
    }

    @Test
    void usageErrorsSayWhatToType() {
        Launcher.Run wrong = corpex(CREDENTIALS, "index", "seeds", "--to", "http://127.0.0.1:8983/solr/x");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err().strip())
                .isEqualTo("corpex index: --to takes solr://HOST:PORT/COLLECTION (solrs:// for TLS), not "
                        + "http://127.0.0.1:8983/solr/x");
        Launcher.Run alone = corpex(CREDENTIALS, "index", "seeds", "-o", "ix", "--shards", "3");
        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.err().strip())
                .isEqualTo("corpex index: --shards and --replicas go with --to solr://HOST:PORT/COLLECTION");
        Launcher.Run missing = corpex(CREDENTIALS, cluster.address("nosuch"), "-c", "docs");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip())
                .isEqualTo("corpex: " + cluster.address("nosuch")
                        + ": no collection nosuch; build it with: corpex index PATH... --to "
                        + cluster.address("nosuch"));
    }

    @Test
    void theFullScreenOpensACollection() {
        assumeThat(Tmux.available()).as("tmux is installed (CI installs it)").isTrue();
        String address = cluster.address("screen");
        Launcher.Run built =
                corpex(CREDENTIALS, "index", Tmux.ROOT.resolve("seeds").toString(), "--to", address);
        assertThat(built.status()).as(built.err()).isZero();
        // Written again with a shape: the collection exists, and the shape is said to be unused.
        Launcher.Run again =
                corpex(CREDENTIALS, "index", Tmux.ROOT.resolve("seeds").toString(), "--to", address, "--shards", "4");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err())
                .contains("corpex: warning: " + address
                        + ": the collection exists; --shards and --replicas shape only a collection corpex creates");
        Map<String, String> env = new HashMap<>(CREDENTIALS);
        env.put("NO_COLOR", "1");
        env.put("LANG", "C.UTF-8");
        try (Tmux t = Tmux.start(100, 30, env, Tmux.LAUNCHER + " " + address + " --tui")) {
            String s = t.waitFor(" corpex › Documents");
            assertThat(s).contains("Documents  row 1/5");
            t.press("q");
            t.waitFor("[exit 0]");
        }
    }
}
