package org.corpex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The yardstick for an index build: a plain Lucene IndexWriter with StandardAnalyzer indexing the same texts with
 * positions, one thread per core reading and adding files, one commit. What corpex adds to it (offsets, its own
 * segmentation and folding, the vocabulary, figures and quotes, stored texts) is what the ratio measures.
 */
final class PlainLucene {
    private PlainLucene() {}

    /** Builds the plain index of the .txt files in {@code corpus} into {@code out} (replaced); returns seconds. */
    static double build(Path corpus, Path out) throws IOException {
        delete(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int threads = Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(256);
        try (FSDirectory dir = FSDirectory.open(out);
                IndexWriter w = new IndexWriter(dir, config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            try {
                List<Future<?>> done = Stream.<Future<?>>generate(() -> pool.submit(() -> {
                            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                                Document d = new Document();
                                String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
                                d.add(new TextField("body", text, Field.Store.NO));
                                w.addDocument(d);
                            }
                            return null;
                        }))
                        .limit(threads)
                        .toList();
                for (Future<?> f : done) f.get();
            } catch (Exception e) {
                throw new IOException("the plain Lucene build failed: " + e.getMessage(), e);
            } finally {
                pool.shutdownNow();
            }
            w.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        delete(out);
        return seconds;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
