package org.corpex.corpus.load;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;
import org.corpex.base.Cancellation;
import org.corpex.base.Shown;

/**
 * Compressed and bundled inputs read as streams: .gz (one file), .zip, .tar, .tar.gz and .tgz (many). Each file inside
 * is handed on with a path such as {@code bundle.zip!/2025/a.html}, so documents and warnings say where they came from;
 * an archive inside an archive is opened too. Every decompressed stream is held to {@link Inflation}'s limits as it is
 * read: a bomb stops the archive with one line that names its entry. An encrypted entry is skipped with a warning, and
 * the entries after it still load.
 */
final class Archives {
    private Archives() {}

    /** What receives each file of an archive. The stream is the entry's alone: closing it is not needed. */
    interface Entries {
        void accept(String shown, String name, InputStream in) throws IOException, Skip;
    }

    /**
     * A zip on disk through its central directory, entries in the order they lie in the file. False, with nothing read,
     * when it has no readable central directory (a zip cut short): then it is read as a stream, which keeps the entries
     * before the cut.
     */
    static boolean zipFile(Path file, String shown, Entries sink, FileResult out) throws IOException, Skip {
        ZipFile zf;
        try {
            zf = ZipFile.builder()
                    .setPath(file)
                    .setCharset("UTF-8")
                    .setUseUnicodeExtraFields(true)
                    .get();
        } catch (IOException | RuntimeException e) {
            return false;
        }
        long size = Files.size(file);
        long[] total = {0};
        try (zf) {
            Enumeration<ZipArchiveEntry> all = zf.getEntriesInPhysicalOrder();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                Cancellation.check();
                if (e.isDirectory()) continue;
                String inside = shown + "!/" + Shown.name(e.getName());
                if (!readable(e, zf.canReadEntryData(e), inside, out)) continue;
                long compressed = Math.max(1, Math.min(e.getCompressedSize() < 0 ? size : e.getCompressedSize(), size));
                try (InputStream in = zf.getInputStream(e)) {
                    entry(
                            e.getName(),
                            new Inflation.Limited(in, () -> compressed, () -> size, total, inside),
                            shown,
                            sink,
                            out);
                } catch (Inflation.Bomb b) {
                    if (b.whole) throw b;
                    // One bomb: the central directory knows where the next entry starts.
                    out.skip("too large", b.getMessage());
                } catch (ZipException | EOFException | ArchiveException x) {
                    // One damaged entry: the central directory knows where the next one starts.
                    out.skip("malformed", inside + ": skipped: a damaged entry (" + Damage.why(x) + ")");
                }
            }
        } catch (Inflation.Bomb b) {
            throw new Inflation.Bomb(b.getMessage() + "; the rest of " + shown + " is not read");
        }
        return true;
    }

    /**
     * Zip methods commons-compress reads with no library beside it: stored, unshrinking, imploding, deflated,
     * deflate64, bzip2.
     */
    private static final Set<Integer> BUILT_IN_METHODS = Set.of(0, 1, 6, 8, 9, 12);

    /** False, with a warning, for an entry corpex cannot read: encrypted, or compressed by a method it lacks. */
    private static boolean readable(ZipArchiveEntry e, boolean canRead, String inside, FileResult out) {
        if (e.getGeneralPurposeBit().usesEncryption()) {
            out.skip(
                    "encrypted",
                    inside + ": skipped: the entry is encrypted (corpex reads no passwords); unzip it first");
            return false;
        }
        // commons-compress says it reads zstd and xz entries, but their codecs are optional libraries corpex does not
        // ship.
        if (!canRead || !BUILT_IN_METHODS.contains(e.getMethod())) {
            out.skip("unsupported", inside + ": skipped: compressed in a way corpex cannot read (" + method(e) + ")");
            return false;
        }
        return true;
    }

    static void read(InputStream in, String name, String shown, Entries sink, FileResult out) throws IOException, Skip {
        String lower = name.toLowerCase(Locale.ROOT);
        Inflation.Source source = new Inflation.Source(in);
        long[] total = {0};
        if (!lower.endsWith(".tar.gz")
                && !lower.endsWith(".tgz")
                && !lower.endsWith(".tar")
                && !lower.endsWith(".zip")) {
            // file.json.gz holds file.json
            String inner = name.substring(0, name.length() - 3);
            sink.accept(
                    shown, inner, new Inflation.Limited(new GZIPInputStream(source, 1 << 16), source, total, shown));
            return;
        }
        try {
            if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
                Inflation.Source inner = new Inflation.Source(
                        new Inflation.Limited(new GZIPInputStream(source, 1 << 16), source, total, shown));
                tar(inner, shown, sink, out);
            } else if (lower.endsWith(".tar")) {
                tar(in, shown, sink, out);
            } else {
                zip(source, shown, sink, out, total);
            }
        } catch (Inflation.Bomb b) {
            throw new Inflation.Bomb(b.getMessage() + "; the rest of " + shown + " is not read");
        }
    }

    private static void zip(Inflation.Source in, String shown, Entries sink, FileResult out, long[] total)
            throws IOException, Skip {
        ZipArchiveInputStream z = new ZipArchiveInputStream(in, "UTF-8", true, true);
        ZipArchiveEntry e;
        while ((e = next(z, shown)) != null) {
            Cancellation.check();
            if (e.isDirectory()) continue;
            String inside = shown + "!/" + Shown.name(e.getName());
            if (!readable(e, z.canReadEntryData(e), inside, out)) continue;
            entry(e.getName(), new Inflation.Limited(new Unclosable(z), in, total, inside), shown, sink, out);
        }
    }

    /**
     * The next entry of a zip read as a stream. commons-compress opens a zstd or xz entry's codec as it reaches the
     * entry, and those codecs are libraries corpex does not ship: their absence ends the archive here, in one line,
     * rather than the whole load (a fuzz test found it).
     */
    private static ZipArchiveEntry next(ZipArchiveInputStream z, String shown) throws IOException, Skip {
        try {
            return z.getNextEntry();
        } catch (LinkageError x) {
            throw new Skip(
                    "unsupported",
                    shown + ": skipped the rest: an entry is compressed with zstd or xz, which corpex cannot read");
        }
    }

    private static String method(ZipArchiveEntry e) {
        ZipMethod m = ZipMethod.getMethodByCode(e.getMethod());
        return m == null
                ? "method " + e.getMethod()
                : m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void tar(InputStream in, String shown, Entries sink, FileResult out) throws IOException, Skip {
        TarArchiveInputStream t = new TarArchiveInputStream(in);
        TarArchiveEntry e;
        while ((e = t.getNextEntry()) != null) {
            Cancellation.check();
            if (!e.isFile()) continue;
            try {
                entry(e.getName(), new Unclosable(t), shown, sink, out);
            } catch (Inflation.Bomb b) {
                // The gzip around the tarball counts for the whole: say which entry it was reading.
                String inside = shown + "!/" + Shown.name(e.getName());
                throw b.getMessage().startsWith(shown + ": ")
                        ? new Inflation.Bomb(inside + b.getMessage().substring(shown.length()), b.whole)
                        : b;
            }
        }
    }

    private static void entry(String path, InputStream in, String shown, Entries sink, FileResult out)
            throws IOException, Skip {
        String inside = shown + "!/" + Shown.name(path);
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        // Hidden files and the resource forks macOS adds to every zip are no articles.
        if (fileName.startsWith(".") || path.startsWith("__MACOSX/") || path.contains("/.")) {
            out.count("hidden");
            return;
        }
        try {
            sink.accept(inside, fileName, in);
        } catch (Skip s) {
            out.skip(s);
        }
    }

    /** An entry's stream: the format that reads it may close it without closing the archive. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive goes on to its next entry
        }
    }
}
