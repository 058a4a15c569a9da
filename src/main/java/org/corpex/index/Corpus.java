package org.corpex.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.corpex.base.CorpexException;
import org.corpex.corpus.Document;
import org.corpex.corpus.Fingerprint;

/** All loaded documents and their index. Immutable: a filter is a view over it, never a copy. */
public final class Corpus {
    private final List<Document> documents;
    private final Map<String, Integer> byId;
    private final Index index;
    private volatile Set<String> metaKeys; // computed on first use: most sessions never filter on metadata

    private final String origin;
    private final Fingerprint fingerprint;

    private Corpus(
            List<Document> documents, Function<List<Document>, Index> engine, String origin, Fingerprint fingerprint) {
        this.documents = List.copyOf(documents);
        this.byId = new HashMap<>(this.documents.size() * 4 / 3 + 1);
        for (int i = 0; i < this.documents.size(); i++)
            byId.put(this.documents.get(i).id(), i);
        this.index = engine.apply(this.documents);
        if (index.documentCount() != this.documents.size()) {
            throw new IllegalStateException(
                    "an index of " + index.documentCount() + " documents for " + this.documents.size());
        }
        this.origin = origin;
        this.fingerprint = fingerprint == null ? Fingerprint.NONE : fingerprint;
    }

    /** Indexes the documents in memory; ids must already be unique (the loader makes them so). */
    public static Corpus of(List<Document> documents) {
        return new Corpus(documents, MemoryIndex::build, "", null);
    }

    /** Indexes the documents in memory, remembering the files they were read from. */
    public static Corpus of(List<Document> documents, Fingerprint fingerprint) {
        return new Corpus(documents, MemoryIndex::build, "", fingerprint);
    }

    /**
     * Documents served by an engine that already holds them (an index opened from disk); {@code origin} names it for
     * the user ("index news").
     */
    public static Corpus over(List<Document> documents, Index engine, String origin) {
        return new Corpus(documents, d -> engine, origin, null);
    }

    /** Documents served by an engine, with what the engine records of their sources. */
    public static Corpus over(List<Document> documents, Index engine, String origin, Fingerprint fingerprint) {
        return new Corpus(documents, d -> engine, origin, fingerprint);
    }

    /** What the corpus was made from ({@link org.corpex.corpus.Fingerprint#NONE} for one made in code). */
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** The engine, as a provenance record names it: "memory", "index PATH" or "collection ADDRESS". */
    public String engine() {
        return origin.isEmpty() ? "memory" : origin;
    }

    /** What serves this corpus, for the user: "" for files loaded into memory, else e.g. "index news". */
    public String origin() {
        return origin;
    }

    public static Corpus empty() {
        return of(List.of());
    }

    public int size() {
        return documents.size();
    }

    public Document get(int i) {
        return documents.get(i);
    }

    public List<Document> documents() {
        return documents;
    }

    public Index index() {
        return index;
    }

    /** Every metadata key of any document, lower-cased, in first-seen order. */
    public Set<String> metaKeys() {
        Set<String> keys = metaKeys;
        if (keys == null) {
            Set<String> out = new LinkedHashSet<>();
            for (Document d : documents) {
                for (String k : d.meta().keySet()) out.add(k.toLowerCase(Locale.ROOT));
            }
            metaKeys = keys = Collections.unmodifiableSet(out);
        }
        return keys;
    }

    /** Position of the document whose id is {@code ref} or uniquely starts with it. */
    public int resolve(String ref) {
        Integer exact = byId.get(ref);
        if (exact != null) return exact;
        List<String> candidates = new ArrayList<>();
        int found = -1;
        for (int i = 0; i < documents.size(); i++) {
            String id = documents.get(i).id();
            if (id.regionMatches(true, 0, ref, 0, ref.length()) && id.length() >= ref.length()) {
                candidates.add(id);
                found = i;
            }
        }
        if (candidates.size() == 1) return found;
        if (candidates.isEmpty())
            throw new CorpexException("no document with id '" + ref + "' (try 'docs' to list them)");
        Collections.sort(candidates);
        String list = String.join(", ", candidates.subList(0, Math.min(10, candidates.size())))
                + (candidates.size() > 10 ? ", ... (" + candidates.size() + " in all)" : "");
        throw new CorpexException("document id '" + ref + "' is ambiguous: " + list);
    }

    public Document find(String ref) {
        return documents.get(resolve(ref));
    }
}
