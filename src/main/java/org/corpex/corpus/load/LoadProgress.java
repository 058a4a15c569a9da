package org.corpex.corpus.load;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a load has got, for a front end to show while it runs: the loader's threads advance
 * the counters, and the front end reads them when it likes (a progress line on a terminal).
 */
public final class LoadProgress {
    private final AtomicInteger files = new AtomicInteger(), filesTotal = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong(), bytesTotal = new AtomicLong();
    private final AtomicInteger documents = new AtomicInteger();

    void planned(int fileCount, long byteCount) {
        filesTotal.addAndGet(fileCount);
        bytesTotal.addAndGet(byteCount);
    }

    void read(long fileBytes) {
        files.incrementAndGet();
        bytes.addAndGet(fileBytes);
    }

    void made(int count) {
        documents.addAndGet(count);
    }

    /** Files read so far, and of how many. */
    public int files() { return files.get(); }
    public int filesTotal() { return filesTotal.get(); }
    /** Bytes of the files read so far, and of all the files. */
    public long bytes() { return bytes.get(); }
    public long bytesTotal() { return bytesTotal.get(); }
    /** Documents made so far (segmented, ready to index). */
    public int documents() { return documents.get(); }
}
