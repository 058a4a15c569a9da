package org.corpex.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import org.corpex.base.Shown;
import org.corpex.corpus.Fingerprint;

/**
 * The files an index was built from, as they were: path, size, time and a content checksum, with the paths the user
 * named (so that an update finds files added since). Opening compares sizes and times, which costs a stat a file; a
 * file whose time moved but whose content is the same is not counted as changed.
 */
record Sources(List<String> specs, List<Sources.File> files) {
    record File(String path, long size, long modified, long checksum) {}

    /** What has changed since: files whose content differs, and files gone. */
    record Changes(List<String> changed, List<String> missing) {
        boolean none() {
            return changed.isEmpty() && missing.isEmpty();
        }

        /** "3 of 120 source files changed since the index was built (a.txt, b.txt, c.txt), 1 is gone (d.txt)" */
        String describe(int of) {
            List<String> parts = new ArrayList<>();
            if (!changed.isEmpty())
                parts.add(changed.size() + " of " + of + " source files changed since the index was built ("
                        + sample(changed) + ")");
            if (!missing.isEmpty())
                parts.add(missing.size() + (missing.size() == 1 ? " is" : " are") + " gone (" + sample(missing) + ")");
            return String.join(", ", parts);
        }

        private static String sample(List<String> l) {
            return String.join(", ", l.subList(0, Math.min(3, l.size()))) + (l.size() > 3 ? ", ..." : "");
        }
    }

    /**
     * The fingerprint of the index in {@code dir}: its files as the build recorded them, with the digest its commit
     * keeps (null: computed).
     */
    Fingerprint fingerprint(Path dir, String digest) {
        return Fingerprint.ofFiles(List.of(dir.toString()), null, fingerprintSources(), digest);
    }

    /** The digest of these files' fingerprint, for the commit to keep. */
    String digest() {
        return Fingerprint.digest(fingerprintSources());
    }

    private List<Fingerprint.Source> fingerprintSources() {
        List<Fingerprint.Source> out = new ArrayList<>(files.size());
        for (File f : files) {
            // A key that is a plain absolute path is already what Source.of would make of it (opening an index of
            // 65,000 files would parse as many paths); a file: URI key goes the long way.
            out.add(
                    f.path().startsWith("/")
                            ? Fingerprint.Source.of(f.path(), f.size(), f.checksum())
                            : Fingerprint.Source.of(Path.of(f.path()), f.size(), f.checksum()));
        }
        return out;
    }

    static File of(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return new File(key(p), a.size(), a.lastModifiedTime().toMillis(), checksum(p));
    }

    /**
     * A file as the index records it: its absolute path, or, when the path's name is not valid text in the file
     * system's encoding (a Latin-1 {@code caf\xe9.txt} under UTF-8), its file: URI, which keeps every byte of the name,
     * so the file is found again rather than "gone".
     */
    static String key(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        String s = abs.toString();
        try {
            if (Path.of(s).equals(abs)) return s;
        } catch (InvalidPathException e) {
            // not a path as text: the URI below
        }
        return abs.toUri().toString();
    }

    /** The file a {@link #key} names. */
    static Path path(String key) {
        return key.startsWith("file:/") ? Path.of(URI.create(key)) : Path.of(key);
    }

    /** A key as messages show it. */
    static String shown(String key) {
        try {
            return Shown.name(path(key).toString());
        } catch (RuntimeException e) {
            return Shown.name(key);
        }
    }

    static long checksum(Path p) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
        }
        return crc.getValue();
    }

    /** Compares every file with its record, on every core (a stat a file: 650,000 files take a second). */
    Changes changes() {
        // 0 unchanged, 1 changed, 2 gone; in file order, so the report lists them as they were read.
        int[] state = new int[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            File f = files.get(i);
            Path p;
            try {
                p = path(f.path());
            } catch (RuntimeException e) {
                state[i] = 2;
                return;
            }
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.size() == f.size() && a.lastModifiedTime().toMillis() == f.modified()) return;
                if (a.size() != f.size() || checksum(p) != f.checksum()) state[i] = 1;
            } catch (IOException e) {
                state[i] = 2;
            }
        });
        List<String> changed = new ArrayList<>(), missing = new ArrayList<>();
        for (int i = 0; i < state.length; i++) {
            if (state[i] == 1) changed.add(shown(files.get(i).path()));
            else if (state[i] == 2) missing.add(shown(files.get(i).path()));
        }
        return new Changes(changed, missing);
    }
}
