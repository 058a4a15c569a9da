package org.corpex.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.corpex.index.Vocabulary;

/**
 * The files corpex writes beside Lucene's: the vocabulary (terms in id order with their counts) and the sources. Each
 * is written under a new name before the commit that names it, with Lucene's header and checksum footer, so a build
 * killed halfway leaves the last commit's files whole, and a damaged file is caught when read.
 */
public final class SideFiles {
    private SideFiles() {}

    private static final String VOCABULARY = "CorpexVocabulary", SOURCES = "CorpexSources";

    static void writeVocabulary(Directory dir, String name, Vocabulary v) throws IOException {
        try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, VOCABULARY, Schema.FORMAT);
            out.writeVInt(v.size());
            for (int id = 0; id < v.size(); id++) {
                out.writeString(v.term(id));
                out.writeVInt(v.collectionFrequency(id));
                out.writeVInt(v.documentFrequency(id));
            }
            CodecUtil.writeFooter(out);
        }
    }

    static Vocabulary readVocabulary(Directory dir, String name) throws IOException {
        try (ChecksumIndexInput in = dir.openChecksumInput(name, IOContext.READONCE)) {
            CodecUtil.checkHeader(in, VOCABULARY, Schema.FORMAT, Schema.FORMAT);
            int n = in.readVInt();
            String[] terms = new String[n];
            int[] cf = new int[n], df = new int[n];
            for (int i = 0; i < n; i++) {
                terms[i] = in.readString();
                cf[i] = in.readVInt();
                df[i] = in.readVInt();
            }
            CodecUtil.checkFooter(in);
            return Vocabulary.of(terms, cf, df);
        }
    }

    static void writeSources(Directory dir, String name, Sources s) throws IOException {
        try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, SOURCES, Schema.FORMAT);
            out.writeVInt(s.specs().size());
            for (String spec : s.specs()) out.writeString(spec);
            out.writeVInt(s.files().size());
            for (Sources.File f : s.files()) {
                out.writeString(f.path());
                out.writeVLong(f.size());
                out.writeLong(f.modified());
                out.writeLong(f.checksum());
            }
            CodecUtil.writeFooter(out);
        }
    }

    static Sources readSources(Directory dir, String name) throws IOException {
        try (ChecksumIndexInput in = dir.openChecksumInput(name, IOContext.READONCE)) {
            CodecUtil.checkHeader(in, SOURCES, Schema.FORMAT, Schema.FORMAT);
            int n = in.readVInt();
            List<String> specs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) specs.add(in.readString());
            int m = in.readVInt();
            List<Sources.File> files = new ArrayList<>(m);
            for (int i = 0; i < m; i++)
                files.add(new Sources.File(in.readString(), in.readVLong(), in.readLong(), in.readLong()));
            CodecUtil.checkFooter(in);
            return new Sources(specs, files);
        }
    }

    /** The vocabulary as the bytes of its file (checksummed), for a store that is not a folder: a Solr collection. */
    public static byte[] vocabularyBytes(Vocabulary v) {
        try (ByteBuffersDirectory d = new ByteBuffersDirectory()) {
            writeVocabulary(d, "v", v);
            try (IndexInput in = d.openInput("v", IOContext.READONCE)) {
                byte[] b = new byte[Math.toIntExact(in.length())];
                in.readBytes(b, 0, b.length);
                return b;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
    }

    /** Reads {@link #vocabularyBytes}; a damaged copy fails its checksum (an IOException). */
    public static Vocabulary vocabularyOf(byte[] bytes) throws IOException {
        try (ByteBuffersDirectory d = new ByteBuffersDirectory()) {
            try (IndexOutput out = d.createOutput("v", IOContext.DEFAULT)) {
                out.writeBytes(bytes, bytes.length);
            }
            return readVocabulary(d, "v");
        }
    }
}
