package org.corpex.corpus.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Limits on decompression, checked while the bytes stream: a compressed input (a .gz, an entry of a .zip or .tar.gz, a
 * PDF stream) that expands more than {@link #MAX_RATIO} times once past {@link #RATIO_FROM}, or past {@link #MAX_SIZE}
 * in all, stops with one line that names it, before the bytes reach memory. News text compresses 3 to 10 times; a
 * decompression bomb 1,000 times.
 */
final class Inflation {
    private Inflation() {}

    /** Expansion beyond this (bytes out per compressed byte in) is a bomb, not a corpus. */
    static final long MAX_RATIO = 100;
    /** The ratio is judged only past this many bytes out: a small file of one repeated line may compress well. */
    static final long RATIO_FROM = 16L << 20;
    /** One decompressed input held in memory is at most this large. */
    static final long MAX_SIZE = 1L << 30;

    /** Decompression stopped: the message is the warning's one line. */
    static final class Bomb extends IOException {
        /** True when the archive as a whole passed the limit, not only one of its entries. */
        final boolean whole;

        Bomb(String message) {
            this(message, false);
        }

        Bomb(String message, boolean whole) {
            super(message, null);
            this.whole = whole;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The compressed side: counts the bytes the decompressor takes. */
    static final class Source extends FilterInputStream {
        long in;

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) in++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) in += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            in += s;
            return s;
        }
    }

    /**
     * The decompressed side of one input (a .gz, an archive's entry): its bytes out against the compressed bytes it
     * came from. The archive as a whole is held to the same ratio through {@code total} (bytes out so far, all
     * entries), so many small entries cannot add up to a bomb.
     */
    static final class Limited extends FilterInputStream {
        private final LongSupplier in;
        private final LongSupplier totalIn;
        private final long[] total;
        private final String shown;
        private long out;

        /** An input whose compressed bytes are those {@code source} gives from now on. */
        Limited(InputStream decompressed, Source source, long[] total, String shown) {
            this(decompressed, since(source), () -> source.in, total, shown);
        }

        /** An input of {@code in} compressed bytes, in an archive of {@code totalIn}. */
        Limited(InputStream decompressed, LongSupplier in, LongSupplier totalIn, long[] total, String shown) {
            super(decompressed);
            this.in = in;
            this.totalIn = totalIn;
            this.total = total;
            this.shown = shown;
        }

        private static LongSupplier since(Source source) {
            long start = source.in;
            return () -> source.in - start;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            if (s > 0) count(s);
            return s;
        }

        private void count(long n) throws Bomb {
            out += n;
            total[0] += n;
            check(shown, out, in.getAsLong());
            try {
                check(shown, total[0], totalIn.getAsLong());
            } catch (Bomb b) {
                throw new Bomb(b.getMessage(), true);
            }
        }
    }

    /** Throws when {@code out} bytes from {@code in} compressed ones pass a limit. */
    static void check(String shown, long out, long in) throws Bomb {
        if (out > MAX_SIZE) {
            throw new Bomb(shown + ": skipped: larger than " + (MAX_SIZE >> 20)
                    + " MB once decompressed (a decompression bomb, or split it into smaller files)");
        }
        if (out > RATIO_FROM && out > MAX_RATIO * Math.max(1, in)) {
            throw new Bomb(String.format(
                    Locale.ROOT,
                    "%s: skipped: it expands more than %d times (%,d MB from %,d KB), as a decompression bomb does",
                    shown,
                    MAX_RATIO,
                    out >> 20,
                    Math.max(1, in >> 10)));
        }
    }
}
