package org.corpex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrInputDocument;

/**
 * The yardstick for a write into SolrCloud: SolrJ sending the same texts, untouched (an id and the text in a
 * {@code _txt} field), to a collection of Solr's {@code _default} configset of the same shape, in requests of the same
 * size from as many threads, one commit at the end.
 */
final class SolrYardstick {
    private SolrYardstick() {}

    /** Seconds to send every .txt file of {@code corpus} to a new collection {@code name} at {@code baseUrl}. */
    static double send(String baseUrl, String name, Path corpus, int shards, int replicas, int threads)
            throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(List.of(baseUrl)).build()) {
            CollectionAdminRequest.createCollection(name, "_default", shards, replicas)
                    .process(client);
            for (int i = 0; ; i++) {
                try {
                    client.query(name, new SolrQuery("*:*").setRows(0));
                    break;
                } catch (Exception e) {
                    if (i > 480) throw e;
                    Thread.sleep(250);
                }
            }
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> sent = new ArrayList<>();
                List<SolrInputDocument> request = new ArrayList<>();
                long chars = 0;
                for (int i = 0; i < files.size(); i++) {
                    String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
                    SolrInputDocument d = new SolrInputDocument();
                    d.setField("id", files.get(i).getFileName().toString());
                    d.setField("body_txt", text);
                    request.add(d);
                    chars += text.length();
                    if (chars >= (8 << 20) || i == files.size() - 1) {
                        List<SolrInputDocument> send = List.copyOf(request);
                        sent.add(pool.submit(() -> client.add(name, send)));
                        request.clear();
                        chars = 0;
                    }
                }
                for (Future<?> f : sent) f.get();
            } finally {
                pool.shutdownNow();
            }
            client.commit(name, true, true);
            double seconds = (System.nanoTime() - t0) / 1e9;
            try {
                CollectionAdminRequest.deleteCollection(name).process(client);
            } catch (IOException | RuntimeException e) {
                // a collection left behind on a cluster the bench stops anyway
            }
            return seconds;
        }
    }
}
