package org.corpex.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.LockObtainFailedException;
import org.corpex.base.CorpexException;
import org.corpex.base.Failure;
import org.corpex.base.Sizes;
import org.corpex.corpus.Document;

/**
 * {@code corpex index NAME --check}: reads every byte of an index and says whether it is sound. Every file's checksum
 * footer (Lucene's files and corpex's vocabulary and sources alike), then Lucene's CheckIndex at its integrity level
 * (postings, doc values, term dictionaries decoded and cross-checked), then every document's head and text against
 * their own CRC32C. Damage is the one-line damaged-index error; a sound index one line that says what was read.
 */
public final class IndexCheck {
    private IndexCheck() {}

    public static String check(Path dir, String shown) {
        Schema.quiet();
        if (!Files.isDirectory(dir)) throw new CorpexException(shown + ": no such index");
        long t0 = System.nanoTime();
        int files = 0;
        long bytes = 0;
        try (Builds.Lock lock = new Builds.Lock(dir, shown);
                Directory d = FSDirectory.open(dir)) {
            for (String f : d.listAll()) {
                if (f.equals(Schema.MARKER) || f.equals("write.lock")) continue;
                try (IndexInput in = d.openInput(f, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(in);
                    bytes += in.length();
                    files++;
                } catch (IOException e) {
                    throw StoredIndex.damaged(shown, f + ": " + oneLine(e));
                }
            }
            try (CheckIndex ci = new CheckIndex(d)) {
                ci.setChecksumsOnly(false); // decode and cross-check every segment, not only the footers read above
                ci.setInfoStream(null);
                CheckIndex.Status st = ci.checkIndex();
                if (!st.clean) {
                    String why = st.missingSegments
                            ? "segments are missing"
                            : st.totLoseDocCount > 0
                                    ? String.format(
                                            Locale.ROOT,
                                            "%,d documents in %d broken segments",
                                            st.totLoseDocCount,
                                            st.numBadSegments)
                                    : "Lucene's check found damage";
                    throw StoredIndex.damaged(shown, why);
                }
            } catch (LockObtainFailedException e) {
                throw new CorpexException(shown + ": an index build is writing it; check it when the build is done");
            }
        } catch (CorpexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw StoredIndex.damaged(shown, oneLine(e));
        }
        // corpex's own checksums: every head is checked as the index opens, every text here.
        StoredIndex.Loaded loaded = StoredIndex.load(dir, shown);
        List<Document> docs = loaded.opened().corpus().documents();
        long chars = 0;
        try {
            for (Document doc : docs) chars += doc.text().length();
        } finally {
            try {
                loaded.engine().reader().close();
            } catch (IOException ignored) {
                // read-only: nothing to lose
            }
        }
        return String.format(
                Locale.ROOT,
                "index %s is sound: %,d documents (%,d characters of text) and %,d files (%s) read and checked in "
                        + "%.1f s",
                shown,
                docs.size(),
                chars,
                files,
                Sizes.format(bytes),
                (System.nanoTime() - t0) / 1e9);
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? Failure.words(e) : e.getMessage().replaceAll("\\s+", " ");
        m = m.replaceAll("\\(resource=[^)]*\\)", "").strip();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }
}
