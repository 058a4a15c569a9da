package org.corpex.corpus.load;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Compressed and bundled inputs read as streams: .gz (one file), .zip, .tar, .tar.gz and .tgz
 * (many). Each file inside is handed on with a path such as {@code bundle.zip!/2025/a.html}, so
 * documents and warnings say where they came from; an archive inside an archive is opened too.
 */
final class Archives {
    private Archives() {}

    /** What receives each file of an archive. The stream is the entry's alone: closing it is not needed. */
    interface Entries {
        void accept(String shown, String name, InputStream in) throws IOException, Skip;
    }

    /** True for names this class opens (a .warc.gz is a web archive, read by {@link WarcFormat}). */
    static boolean isArchive(String lowerName) {
        if (WarcFormat.isWarc(lowerName)) return false;
        return lowerName.endsWith(".zip") || lowerName.endsWith(".tar") || lowerName.endsWith(".tgz")
                || lowerName.endsWith(".tar.gz") || lowerName.endsWith(".gz");
    }

    static void read(InputStream in, String name, String shown, Entries sink, FileResult out) throws IOException, Skip {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            tar(new GZIPInputStream(in, 1 << 16), shown, sink, out);
        } else if (lower.endsWith(".tar")) {
            tar(in, shown, sink, out);
        } else if (lower.endsWith(".zip")) {
            zip(in, shown, sink, out);
        } else {
            // file.json.gz holds file.json
            String inner = name.substring(0, name.length() - 3);
            sink.accept(shown, inner, new GZIPInputStream(in, 1 << 16));
        }
    }

    private static void zip(InputStream in, String shown, Entries sink, FileResult out) throws IOException, Skip {
        ZipInputStream z = new ZipInputStream(in);
        ZipEntry e;
        while ((e = z.getNextEntry()) != null) {
            org.corpex.base.Cancellation.check();
            if (e.isDirectory()) continue;
            entry(e.getName(), new Unclosable(z), shown, sink, out);
        }
    }

    private static void tar(InputStream in, String shown, Entries sink, FileResult out) throws IOException, Skip {
        TarArchiveInputStream t = new TarArchiveInputStream(in);
        TarArchiveEntry e;
        while ((e = t.getNextEntry()) != null) {
            org.corpex.base.Cancellation.check();
            if (!e.isFile()) continue;
            entry(e.getName(), new Unclosable(t), shown, sink, out);
        }
    }

    private static void entry(String path, InputStream in, String shown, Entries sink, FileResult out) throws IOException, Skip {
        String inside = shown + "!/" + path;
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

        @Override public void close() {
            // the archive goes on to its next entry
        }
    }
}
