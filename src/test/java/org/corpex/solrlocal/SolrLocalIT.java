package org.corpex.solrlocal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/** scripts/solr-local's cluster: in this JVM through the API, then the script as a process. */
class SolrLocalIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void twoNodesServeACollectionAndOneCanStop() throws Exception {
        long t0 = System.nanoTime();
        try (SolrLocal solr = SolrLocal.start(SolrLocal.Options.defaults())) {
            System.err.printf("SolrLocalIT: 2 nodes in-process up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            List<String> urls = solr.baseUrls();
            assertThat(urls).hasSize(2).allMatch(u -> u.matches("http://127\\.0\\.0\\.1:\\d+/solr"));
            assertThat(solr.zkAddress()).matches("127\\.0\\.0\\.1:\\d+/solr");
            assertThat(solr.address("news"))
                    .isEqualTo(
                            solr.baseUrls().get(0).replace("http://", "solr://").replace("/solr", "/news"));
            assertThat(solr.liveNodes()).hasSize(2);

            // No configset named: the collection gets a copy of SolrLocal's _default.
            CloudSolrClient client = solr.cluster().getSolrClient();
            CollectionAdminRequest.createCollection("news", 1, 2).process(client);
            solr.cluster().waitForActiveCollection("news", 1, 2);
            assertThat(CollectionAdminRequest.listCollections(client)).containsExactly("news");
            SolrInputDocument doc = new SolrInputDocument();
            doc.addField("id", "1");
            doc.addField("title_t", "Harbour reopens");
            client.add("news", doc);
            client.commit("news");

            solr.stopNode(1);
            assertThat(solr.liveNodes()).hasSize(1);
            assertThat(solr.baseUrls()).hasSize(1);
            // The replica on the running node still answers.
            assertThat(client.query("news", new SolrQuery("title_t:harbour"))
                            .getResults()
                            .getNumFound())
                    .isEqualTo(1);

            // Back on its old port.
            solr.startNode(1);
            assertThat(solr.liveNodes()).hasSize(2);
            assertThat(solr.baseUrls()).isEqualTo(urls);
        }
    }

    @Test
    void withAUserEveryRequestMustAuthenticate() throws Exception {
        Path dir = Files.createTempDirectory("solr-local-it");
        try (SolrLocal solr = SolrLocal.start(new SolrLocal.Options(1, dir.resolve("data"), "corpex", "s3cret pass"))) {
            String url = solr.baseUrls().get(0) + "/admin/info/system?wt=json";
            assertThat(get(url, null).statusCode()).isEqualTo(401);
            assertThat(get(url, "corpex:wrong").statusCode()).isEqualTo(401);
            HttpResponse<String> ok = get(url, "corpex:s3cret pass");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"mode\":\"solrcloud\"");

            // SolrJ with the credentials may use the Collections API (permission "all").
            CollectionAdminRequest.List list = new CollectionAdminRequest.List();
            list.setBasicAuthCredentials("corpex", "s3cret pass");
            assertThat(list.process(solr.cluster().getSolrClient()).getStatus()).isZero();
        }
        // A folder given is kept.
        assertThat(dir.resolve("data/cluster/node1")).isDirectory();
        assertThatThrownBy(() -> SolrLocal.start(SolrLocal.Options.defaults().withDir(dir.resolve("data"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an empty folder");
    }

    @Test
    void theScriptPrintsTheAddressAndStopsOnSigterm() throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(ROOT.resolve("scripts/solr-local").toString(), "--nodes", "2")
                .directory(ROOT.toFile())
                .start();
        StringBuilder err = new StringBuilder();
        CompletableFuture<Void> errDone = CompletableFuture.runAsync(() -> drain(p.getErrorStream(), err));
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String address = CompletableFuture.supplyAsync(() -> firstLine(out)).get(120, TimeUnit.SECONDS);
            System.err.printf(
                    "SolrLocalIT: scripts/solr-local printed its address after %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            Matcher m = Pattern.compile("solr://127\\.0\\.0\\.1:(\\d+)/corpex").matcher(address);
            assertThat(m.matches()).as("stdout: %s, stderr: %s", address, err).isTrue();

            HttpResponse<String> info = get("http://127.0.0.1:" + m.group(1) + "/solr/admin/info/system?wt=json", null);
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(info.body()).contains("\"mode\":\"solrcloud\"");
            System.err.println("SolrLocalIT: script JVM " + peakRss(p.pid()));

            // SIGTERM, as Process.destroy() sends, but without closing our ends of the pipes (destroy() does).
            p.toHandle().destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped within 60 s")
                    .isTrue();
            errDone.get(10, TimeUnit.SECONDS);
            // The shutdown hook halts with 0 after an orderly stop (the JVM alone would exit with 143).
            assertThat(p.exitValue()).as("stderr: %s", err).isZero();
            // Nothing on stdout but the address; the temporary folder is gone.
            assertThat(out.readLine()).isNull();
            Matcher d = Pattern.compile("data in (\\S+) \\(deleted on stop\\)").matcher(err);
            assertThat(d.find()).as(err.toString()).isTrue();
            assertThat(Path.of(d.group(1))).doesNotExist();
            assertThat(err.toString()).doesNotContain("SLF4J", "WARN", "Exception");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aBadFlagIsAOneLineUsageError() throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("scripts/solr-local").toString(), "--nodez", "2")
                .directory(ROOT.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEmpty();
        // The script may say it compiles first; the error itself is one line.
        List<String> lines = err.lines()
                .filter(l -> !l.startsWith("solr-local: compiling") && !l.startsWith("solr-local: computing"))
                .toList();
        assertThat(lines)
                .singleElement()
                .asString()
                .startsWith("solr-local: unknown option --nodez")
                .contains("usage:");
    }

    private static HttpResponse<String> get(String url, String userColonPassword)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (userColonPassword != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first line starting solr://, or what came before it if the output ended first. */
    private static String firstLine(BufferedReader out) {
        StringBuilder seen = new StringBuilder();
        try {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("solr://")) return line;
                seen.append(line).append('\n');
            }
        } catch (IOException e) {
            seen.append(e);
        }
        return seen.toString();
    }

    private static void drain(InputStream in, StringBuilder into) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (into) {
                    into.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private static String peakRss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmHWM"))
                    .findFirst()
                    .orElse("VmHWM unknown");
        } catch (IOException e) {
            return "VmHWM unknown";
        }
    }
}
