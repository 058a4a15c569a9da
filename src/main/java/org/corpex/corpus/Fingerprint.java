package org.corpex.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * What a corpus was made from, so that a number exported from it can be traced back and the analysis rerun: the paths
 * the user named (a collection's address, never its credentials), the field names the load was told, and each source
 * file's path, size and CRC-32C checksum as read at load (or as an index recorded them when it was built).
 * {@code digest} sums the sources up; a collection, whose files corpex cannot see, carries the digest its build
 * recorded and no sources.
 *
 * @param kind {@link #FILES} (the sources are listed) or {@link #COLLECTION} (only the digest), or "" for none
 * @param specs how to open the corpus again: the paths, an index's folder or a collection's address
 * @param fields the field names given to the load (null where detected)
 * @param sources each file read, in load order
 * @param digest SHA-256 of the sources' file names, sizes and checksums, in order (for a collection, the fingerprint
 *     its build recorded)
 */
public record Fingerprint(String kind, List<String> specs, FieldNames fields, List<Source> sources, String digest) {
    public static final String FILES = "files", COLLECTION = "collection";
    /** A corpus made in code (tests): nothing to trace. */
    public static final Fingerprint NONE = new Fingerprint("", List.of(), FieldNames.DETECT, List.of(), "");

    /** One source file: absolute path, size in bytes, CRC-32C of its bytes (8 hex digits). */
    public record Source(String path, long size, String crc32c) {
        /** A source whose path is already absolute and normalized (as an index records it). */
        public static Source of(String absolute, long size, long crc) {
            String hex = Long.toHexString(crc);
            return new Source(absolute, size, hex.length() < 8 ? "00000000".substring(hex.length()) + hex : hex);
        }

        public static Source of(Path p, long size, long crc) {
            // (not String.format: an index of 65,000 files makes as many of these each time it opens)
            return of(p.toAbsolutePath().normalize().toString(), size, crc);
        }
    }

    public Fingerprint {
        specs = List.copyOf(specs);
        sources = List.copyOf(sources);
        if (fields == null) fields = FieldNames.DETECT;
    }

    /** The fingerprint of files read: its digest computed from the sources. */
    public static Fingerprint ofFiles(List<String> specs, FieldNames fields, List<Source> sources) {
        return ofFiles(specs, fields, sources, null);
    }

    /**
     * The fingerprint of files read whose digest was computed when they were recorded (an index keeps it in its
     * commit): opening an index of 65,000 files would otherwise hash as many entries again.
     */
    public static Fingerprint ofFiles(List<String> specs, FieldNames fields, List<Source> sources, String digest) {
        return new Fingerprint(FILES, absolute(specs), fields, sources, digest == null ? digest(sources) : digest);
    }

    /** Two loads added together ({@code load --append}): the sources of both, the specs of both. */
    public Fingerprint plus(Fingerprint more) {
        if (kind.isEmpty()) return more;
        List<String> s = new ArrayList<>(specs);
        s.addAll(more.specs);
        List<Source> src = new ArrayList<>(sources);
        src.addAll(more.sources);
        return new Fingerprint(FILES, s, fields, src, digest(src));
    }

    /** The last name of a path (the path itself when it has none), without parsing the common absolute path. */
    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        if (slash >= 0 && slash < path.length() - 1 && path.indexOf("//") < 0) return path.substring(slash + 1);
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }

    public static String digest(List<Source> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            // File names, not paths: a corpus copied to another folder or machine keeps its fingerprint.
            for (Source s : sources) {
                md.update((fileName(s.path()) + "\t" + s.size() + "\t" + s.crc32c() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How the source files differ now from this record: one line per file changed or gone, or an empty list when every
     * file is as it was. (For a collection this says nothing: its files are the builder's; open it to compare digests.)
     */
    public List<String> changedFiles() {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            Path p = Path.of(s.path());
            try {
                long size = Files.size(p);
                if (size != s.size()) {
                    out.add(s.path() + ": " + s.size() + " bytes then, " + size + " now");
                } else if (!String.format("%08x", crc32c(p)).equals(s.crc32c())) {
                    out.add(s.path() + ": same size, different content");
                }
            } catch (IOException e) {
                out.add(s.path() + ": gone (" + e.getClass().getSimpleName().replace("Exception", "") + ")");
            }
        }
        return out;
    }

    public static long crc32c(Path p) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(p)) {
            for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
        }
        return crc.getValue();
    }

    private static List<String> absolute(List<String> specs) {
        List<String> out = new ArrayList<>();
        for (String s : specs) {
            try {
                out.add(Path.of(s).toAbsolutePath().normalize().toString());
            } catch (InvalidPathException e) {
                out.add(s);
            }
        }
        return out;
    }
}
