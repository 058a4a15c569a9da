package org.corpex.corpus.load;

import org.corpex.CorpexException;
import org.corpex.corpus.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Turns paths (files, folders, globs) into documents. */
public final class Loader {
    private Loader() {}

    public static LoadReport load(List<String> specs, FieldNames fields) {
        long t0 = System.nanoTime();
        List<Document> docs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        long bytes = 0, words = 0;
        for (String spec : specs) {
            Path p = Path.of(spec);
            if (!Files.exists(p)) throw new CorpexException("no such file or folder: " + spec);
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new CorpexException("cannot read " + spec + ": " + e.getMessage());
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                if (Thread.currentThread().isInterrupted()) throw new CorpexException("load cancelled; the corpus is unchanged");
                try {
                    String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
                    String name = f.getFileName().toString();
                    String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    String title = text.lines().findFirst().orElse("");
                    Document d = Document.of(id, title, "", "", "", f.toString(), text, Map.of());
                    docs.add(d);
                    bytes += Files.size(f);
                    words += d.words();
                } catch (IOException e) {
                    warnings.add(f + ": skipped: " + e.getMessage());
                    skipped.merge("unreadable", 1, Integer::sum);
                }
            }
        }
        docs = uniqueIds(docs, warnings);
        return new LoadReport(docs, warnings, skipped, words, bytes, System.nanoTime() - t0);
    }

    /**
     * Makes ids unique: a later document whose id is taken becomes id~2, id~3... with a warning,
     * so no document is dropped and every id can still be typed.
     */
    public static List<Document> uniqueIds(List<Document> docs, List<String> warnings) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            String id = d.id();
            if (!seen.add(id)) {
                int k = 2;
                while (!seen.add(id + "~" + k)) k++;
                String renamed = id + "~" + k;
                warnings.add(d.path() + ": id '" + id + "' is already taken; this document is " + renamed);
                d = d.withId(renamed);
            }
            out.add(d);
        }
        return out;
    }
}
