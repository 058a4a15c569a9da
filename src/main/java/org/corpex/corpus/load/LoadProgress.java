package org.corpex.corpus.load;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.corpex.base.Sizes;

/**
 * How far a load has got, for a front end to show while it runs: the loader's threads advance the counters, and the
 * front end reads them when it likes (a progress line on a terminal).
 */
public final class LoadProgress {
    private final AtomicInteger files = new AtomicInteger(), filesTotal = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong(), bytesTotal = new AtomicLong();
    private final AtomicInteger documents = new AtomicInteger();
    /** Documents being indexed once every file is read, or -1 before. */
    private final AtomicInteger indexing = new AtomicInteger(-1);
    /** What is loaded, as the user named it: a path, or "3 paths". */
    private final String what;

    public LoadProgress() {
        this(List.of());
    }

    /** @param specs the paths as the user gave them */
    public LoadProgress(List<String> specs) {
        this.what = specs.size() == 1 ? specs.get(0) : specs.size() + " paths";
    }

    private volatile boolean planned;

    void planned(int fileCount, long byteCount) {
        filesTotal.addAndGet(fileCount);
        bytesTotal.addAndGet(byteCount);
        planned = true;
    }

    void read(long fileBytes) {
        files.incrementAndGet();
        bytes.addAndGet(fileBytes);
    }

    void made(int count) {
        documents.addAndGet(count);
    }

    /** Files read so far, and of how many. */
    public int files() {
        return files.get();
    }

    public int filesTotal() {
        return filesTotal.get();
    }
    /** Bytes of the files read so far, and of all the files. */
    public long bytes() {
        return bytes.get();
    }

    public long bytesTotal() {
        return bytesTotal.get();
    }
    /** Documents made so far (segmented, ready to index). */
    public int documents() {
        return documents.get();
    }

    /** The load's caller says it now indexes the {@code count} documents the load made. */
    public void indexing(int count) {
        indexing.set(count);
    }

    /** One line for a progress display: files and bytes read, then the documents being made and indexed. */
    public String line() {
        // before the files are counted: the folders are still being walked
        if (!planned) return "loading " + what + ": finding the files";
        if (files() < filesTotal()) {
            return String.format(
                    Locale.ROOT,
                    "loading %s: %,d of %,d files, %s of %s",
                    what,
                    files(),
                    filesTotal(),
                    Sizes.format(bytes()),
                    Sizes.format(bytesTotal()));
        }
        String read =
                String.format(Locale.ROOT, "loading %s: %,d files read (%s); ", what, files(), Sizes.format(bytes()));
        int n = indexing.get();
        return read
                + (n < 0
                        ? String.format(Locale.ROOT, "%,d documents split into sentences", documents())
                        : String.format(Locale.ROOT, "indexing %,d documents", n));
    }
}
