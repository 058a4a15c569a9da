package org.corpex.corpus.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpex.base.Sizes;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.Fingerprint;

/**
 * What a load produced: the documents, one warning per file or record that was skipped or read with a fallback (each
 * naming the file, and line where there is one), the skipped count by reason.
 */
public record LoadReport(
        List<Document> documents,
        List<String> warnings,
        Map<String, Integer> skipped,
        Map<String, Integer> recognized,
        long words,
        long bytes,
        int files,
        long nanos,
        List<Fingerprint.Source> sources) {

    public LoadReport {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        skipped = Map.copyOf(skipped);
        recognized = Map.copyOf(recognized);
        sources = List.copyOf(sources);
    }

    /** What the corpus was made from, for the provenance of what is exported from it. */
    public Fingerprint fingerprint(List<String> specs, FieldNames fields) {
        return Fingerprint.ofFiles(specs, fields, sources);
    }

    /** "loaded 5 documents from 5 files (4,321 words, 21.0 KB); skipped 2 (1 binary, 1 empty); 0.04 s" */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("loaded ")
                .append(documents.size())
                .append(documents.size() == 1 ? " document" : " documents")
                .append(" from ")
                .append(files)
                .append(files == 1 ? " file" : " files")
                .append(" (")
                .append(String.format(Locale.ROOT, "%,d", words))
                .append(" words, ")
                .append(bytes(bytes))
                .append(")");
        // What was recognized, as the tool that wrote it names it: "news-please: 1,204 records".
        recognized.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] kindUnit = e.getKey().split("\\|", 2);
            b.append("; ")
                    .append(kindUnit[0])
                    .append(": ")
                    .append(String.format(Locale.ROOT, "%,d", e.getValue()))
                    .append(kindUnit.length > 1 ? " " + kindUnit[1] : "");
        });
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        b.append("; skipped ").append(total);
        if (total > 0) {
            b.append(" (");
            b.append(String.join(
                    ", ",
                    skipped.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getValue() + " " + e.getKey())
                            .toList()));
            b.append(")");
        }
        b.append(String.format(Locale.ROOT, "; %.2f s", nanos / 1e9));
        return b.toString();
    }

    private static String bytes(long n) {
        return Sizes.format(n);
    }
}
