package org.corpex.corpus.load;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.ArchiveException;
import org.corpex.base.CorpexException;
import org.corpex.base.Shown;
import org.corpex.base.Unicode;
import org.corpex.corpus.Document;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.Fingerprint;

/**
 * Turns paths (files, folders, globs) into documents. Folders are read recursively in sorted order, so a load is the
 * same every time; hidden files and folders (.git) are skipped and counted. Files are read and parsed in parallel, then
 * every document is segmented in parallel, so one large JSON Lines file uses all cores too.
 */
public final class Loader {
    private Loader() {}

    /** Formats corpex does not read; named so that the warning says so rather than "binary". */
    private static final Set<String> UNSUPPORTED = Set.of(
            "doc", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "bz2", "xz", "7z", "rar", "png", "jpg", "jpeg", "gif",
            "webp", "bmp", "tif", "tiff", "ico", "mp3", "mp4", "wav", "mov", "avi", "exe", "dll", "so", "class", "jar",
            "pyc", "sqlite", "db", "parquet", "epub");

    /** The file that marks a folder as a corpex index (store's Schema.MARKER): such a folder is no corpus. */
    private static final String INDEX_MARKER = "corpex-index.txt";

    public static LoadReport load(List<String> specs, FieldNames fields) {
        return load(specs, fields, new LoadProgress());
    }

    /** Loads into memory; {@code progress} hears each file read, for a front end to show. */
    public static LoadReport load(List<String> specs, FieldNames fields, LoadProgress progress) {
        List<Document> all = new ArrayList<>();
        LoadReport r = load(specs, fields, Long.MAX_VALUE, new HashSet<>(), f -> {}, all::addAll, progress);
        return new LoadReport(
                all,
                r.warnings(),
                r.skipped(),
                r.recognized(),
                r.words(),
                r.bytes(),
                r.files(),
                r.nanos(),
                r.sources());
    }

    /**
     * Loads in batches of about {@code batchBytes} of files, handing each batch's documents to {@code sink} in file
     * order, so a corpus larger than memory can be indexed: only one batch is held at a time. Ids are unique across
     * batches. {@code files} hears every file read, before its batch. {@code taken} holds ids already in use (an index
     * appended to), and gains the new ones. The report's document list is empty; its counts are the whole load's.
     */
    public static LoadReport load(
            List<String> specs,
            FieldNames fields,
            long batchBytes,
            Set<String> taken,
            Consumer<List<Path>> filesRead,
            Consumer<List<Document>> sink) {
        return load(specs, fields, batchBytes, taken, filesRead, sink, new LoadProgress());
    }

    private static LoadReport load(
            List<String> specs,
            FieldNames fields,
            long batchBytes,
            Set<String> taken,
            Consumer<List<Path>> filesRead,
            Consumer<List<Document>> sink,
            LoadProgress progress) {
        long t0 = System.nanoTime();
        Warnings warnings = new Warnings();
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, Integer> recognized = new TreeMap<>();
        FileResult walk = new FileResult(null);
        List<Path> files = expandAll(specs, walk);
        // Sidecars, one per folder that holds a loaded file.
        Map<Path, Sidecar> sidecars = new LinkedHashMap<>(); // in file order, so warnings come in a stable order
        FileResult sidecarProblems = new FileResult(null);
        for (Path f : files) {
            Path folder = parent(f);
            if (!sidecars.containsKey(folder)) sidecars.put(folder, Sidecar.of(folder, sidecarProblems));
        }
        for (FileResult r : List.of(walk, sidecarProblems)) merge(r, warnings, skipped);
        long bytes = 0, words = 0;
        List<Fingerprint.Source> sources = new ArrayList<>();
        long[] sizes = new long[files.size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = sizeOf(files.get(i));
        progress.planned(files.size(), Arrays.stream(sizes).sum());
        for (int from = 0; from < files.size(); ) {
            int to = from;
            long size = 0;
            while (to < files.size() && (to == from || size < batchBytes)) size += sizes[to++];
            List<Path> batch = files.subList(from, to);
            int first = from;
            from = to;
            filesRead.accept(batch);
            List<FileResult> results = IntStream.range(0, batch.size())
                    .parallel()
                    .mapToObj(i -> {
                        Path f = batch.get(i);
                        FileResult r = read(f, fields, sidecars.get(parent(f)));
                        progress.read(sizes[first + i]);
                        return r;
                    })
                    .toList();
            List<Draft> drafts = new ArrayList<>();
            for (FileResult r : results) {
                if (r.source != null) sources.add(r.source);
                merge(r, warnings, skipped);
                r.recognized.forEach((k, v) -> recognized.merge(k, v, Integer::sum));
                drafts.addAll(r.drafts);
                bytes += r.bytes;
            }
            results = null;
            List<Document> docs = drafts.parallelStream()
                    .map(d -> {
                        Document doc = Document.of(
                                d.id(),
                                Unicode.nfc(d.title()),
                                Unicode.nfc(d.source()),
                                d.date(),
                                d.url(),
                                d.path(),
                                Unicode.nfc(d.text().stripTrailing()),
                                RecordFields.safeMeta(d.meta()));
                        progress.made(1);
                        return doc;
                    })
                    .toList();
            drafts = null;
            docs = uniqueIds(docs, taken, clash -> warnings.add(Warnings.Kind.ID_CLASH, clash));
            for (Document d : docs) words += d.words();
            sink.accept(docs);
        }
        for (Sidecar s : sidecars.values()) if (s != null) warnings.addAll(Warnings.Kind.OTHER, s.unused());
        return new LoadReport(
                List.of(),
                warnings.lines(),
                skipped,
                recognized,
                words,
                bytes,
                files.size(),
                System.nanoTime() - t0,
                sources);
    }

    /** The files these specs name, as a load would read them (what they cannot name is left out). */
    public static List<Path> files(List<String> specs) {
        return expandAll(specs, new FileResult(null));
    }

    /** Every file the specs name, each once, in the order named; what they cannot name goes to {@code out}. */
    private static List<Path> expandAll(List<String> specs, FileResult out) {
        Set<Path> seen = new HashSet<>();
        List<Path> files = new ArrayList<>();
        for (String spec : specs) {
            for (Path f : expand(spec, out)) if (seen.add(f.toAbsolutePath().normalize())) files.add(f);
        }
        return files;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // read() reports it
        }
    }

    private static void merge(FileResult r, Warnings warnings, Map<String, Integer> skipped) {
        warnings.addAll(r.warnings);
        r.skipped.forEach((k, v) -> skipped.merge(k, v, Integer::sum));
    }

    private static Path parent(Path f) {
        Path p = f.toAbsolutePath().getParent();
        return p == null ? f.toAbsolutePath() : p;
    }

    // ---- specs to files

    /** The files a spec names, sorted; what it cannot name goes to {@code out} as warnings. */
    static List<Path> expand(String spec, FileResult out) {
        Path p;
        try {
            // A file: URI names a file whose name is not text in the file system's encoding (an index records such
            // files so).
            p = spec.startsWith("file:/") ? Path.of(URI.create(spec)) : Path.of(spec);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            p = null;
        }
        if (p != null && Files.isDirectory(p)) return walk(p, null, out);
        if (p != null && Files.exists(p)) return List.of(p);
        int glob = firstGlobChar(spec);
        if (glob < 0) {
            out.warn(Shown.name(spec) + ": no such file or folder");
            return List.of();
        }
        // The folder part before the first glob character is where the walk starts.
        int cut = Math.max(spec.lastIndexOf('/', glob), spec.lastIndexOf(File.separatorChar, glob));
        Path base = cut < 0 ? Path.of("") : Path.of(cut == 0 ? "/" : spec.substring(0, cut));
        String pattern = spec.substring(cut + 1);
        List<Path> found = Files.isDirectory(base.toString().isEmpty() ? Path.of(".") : base)
                ? walk(base, pattern, out)
                : List.of();
        if (found.isEmpty()) out.warn(Shown.name(spec) + ": no file matches this pattern");
        return found;
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') return i;
        }
        return -1;
    }

    static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null
                && name.toString().startsWith(".")
                && !name.toString().equals(".")
                && !name.toString().equals("..");
    }

    /** Regular files under {@code root} (matching {@code pattern} relative to root, if given), sorted. */
    private static List<Path> walk(Path root, String pattern, FileResult out) {
        List<PathMatcher> matchers = new ArrayList<>();
        if (pattern != null) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            // As in shells with globstar, "**/" also matches no folder at all: data/**/*.json finds data/a.json.
            if (pattern.contains("**/"))
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "")));
        }
        Path start = root.toString().isEmpty() ? Path.of(".") : root;
        List<Path> files = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        try {
            // A glob looks only as deep as it has folders, unless it has "**": data/*.json never reports data/.cache/
            // as skipped.
            int depth = pattern == null || pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/", -1).length;
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && isHidden(dir)) {
                        hidden.add(Shown.name(shown(dir).toString()) + "/");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(start) && Files.isRegularFile(dir.resolve(INDEX_MARKER))) {
                        // An index built inside the folder it indexes is not part of the corpus.
                        out.count("corpex index");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(start) && matched(dir)) {
                        files.addAll(walk(shown(dir), null, out));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A folder the glob names (big/c0* as a shell expands it) is read whole, as a folder named is. */
                private boolean matched(Path dir) {
                    if (matchers.isEmpty()) return false;
                    Path rel = start.relativize(dir);
                    return matchers.stream().anyMatch(m -> m.matches(rel));
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isDirectory()) { // a folder at the glob's depth limit
                        if (!isHidden(file) && matched(file)) files.addAll(walk(shown(file), null, out));
                        return FileVisitResult.CONTINUE;
                    }
                    if (!matchers.isEmpty()) {
                        Path rel = start.relativize(file);
                        if (matchers.stream().noneMatch(m -> m.matches(rel))) return FileVisitResult.CONTINUE;
                    }
                    if (isHidden(file)) hidden.add(Shown.name(shown(file).toString()));
                    // The walk follows links; a link it still reports as a link points nowhere (or at itself).
                    else if (attrs.isSymbolicLink())
                        out.skip(
                                "unreadable",
                                Shown.name(shown(file).toString()) + ": skipped: cannot read (broken symbolic link)");
                    else if (!attrs.isRegularFile())
                        out.skip("unsupported", Shown.name(shown(file).toString()) + ": skipped: not a regular file");
                    else if (!Sidecar.isSidecar(file)) files.add(shown(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException
                            ? "a symbolic link loops back to a folder above it"
                            : Sidecar.reason(e);
                    out.skip("unreadable", Shown.name(shown(file).toString()) + ": skipped: cannot read (" + why + ")");
                    return FileVisitResult.CONTINUE;
                }

                private Path shown(Path p) {
                    return start == root ? p : start.relativize(p);
                }
            });
        } catch (IOException e) {
            out.skip("unreadable", Shown.name(root.toString()) + ": skipped: cannot read (" + Sidecar.reason(e) + ")");
        }
        files.sort(null);
        hidden.sort(null);
        for (String h : hidden) out.skip("hidden", h + ": skipped: hidden " + (h.endsWith("/") ? "folder" : "file"));
        return files;
    }

    // ---- one file

    private static FileResult read(Path f, FieldNames fields, Sidecar sidecar) {
        String shown = Shown.name(f.toString());
        FileResult r = new FileResult(shown);
        String name = f.getFileName().toString();
        if (!Files.isRegularFile(f)) {
            // A pipe or a device named on the command line: reading it could block for ever.
            r.skip("unsupported", shown + ": skipped: not a regular file");
            return r;
        }
        try {
            // A zip on disk is read through its central directory, which knows where each entry ends
            // (an encrypted one is passed over); one without (cut short) is read as a stream.
            boolean read = ArchiveNames.isZip(name.toLowerCase(Locale.ROOT))
                    && Archives.zipFile(
                            f,
                            shown,
                            (entryShown, entryName, entryIn) -> readStream(entryShown, entryName, entryIn, fields, r),
                            r);
            if (read) {
                // the central directory read it in pieces: it is summed whole for the corpus's fingerprint
                r.source = Fingerprint.Source.of(f, Files.size(f), Fingerprint.crc32c(f));
            } else {
                readSummed(f, shown, name, fields, r);
            }
        } catch (Skip s) {
            r.skip(s);
        } catch (Inflation.Bomb e) {
            r.skip("too large", e.getMessage());
        } catch (ZipException | EOFException | ArchiveException e) {
            r.skip("malformed", shown + ": skipped the rest: a damaged or cut archive (" + Damage.why(e) + ")");
        } catch (IOException e) {
            r.skip("unreadable", shown + ": skipped: cannot read (" + Sidecar.reason(e) + ")");
        } catch (CorpexException e) {
            throw e;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A parser bug (or a library's missing optional codec) must not take the whole load down: the file is
            // reported and skipped.
            r.skip("malformed", shown + ": skipped: could not be parsed (" + Damage.why(e) + ")");
        }
        if (sidecar != null) r.drafts.replaceAll(d -> sidecar.apply(d, name, fields));
        return r;
    }

    /**
     * A file read as a stream, its bytes summed as they are read (CRC-32C) for the corpus's fingerprint; what a format
     * leaves unread is read to the end, so the sum is the whole file's.
     */
    private static void readSummed(Path f, String shown, String name, FieldNames fields, FileResult r)
            throws IOException, Skip {
        CRC32C crc = new CRC32C();
        long[] size = {0};
        try (InputStream in = new CheckedInputStream(Files.newInputStream(f), crc) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) size[0]++;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) size[0] += n;
                return n;
            }
        }) {
            try {
                // A format's reader may close what it is given (jwarc does); the file stays open to be summed to its
                // end.
                InputStream kept = new FilterInputStream(in) {
                    @Override
                    public void close() {}
                };
                readStream(shown, name, new BufferedInputStream(kept, 1 << 16), fields, r);
            } finally {
                in.transferTo(OutputStream.nullOutputStream());
                r.source = Fingerprint.Source.of(f, size[0], crc.getValue());
            }
        }
    }

    /**
     * One input, a file or a file inside an archive, read as a stream: web archives record by record, bundles entry by
     * entry, anything else whole (up to 2 GB).
     */
    static void readStream(String shown, String name, InputStream in, FieldNames fields, FileResult r)
            throws IOException, Skip {
        String lower = name.toLowerCase(Locale.ROOT);
        String stem = Clean.stem(WarcFormat.isWarc(lower) ? name.replaceFirst("(?i)\\.warc(\\.gz)?$", ".warc") : name);
        if (WarcFormat.isWarc(lower)) {
            int before = r.drafts.size();
            WarcFormat.read(in, shown, stem, r);
            if (r.drafts.size() > before) r.recognized.merge("WARC|pages", r.drafts.size() - before, Integer::sum);
            return;
        }
        if (ArchiveNames.isArchive(lower)) {
            Archives.read(
                    in,
                    name,
                    shown,
                    (entryShown, entryName, entryIn) -> readStream(entryShown, entryName, entryIn, fields, r),
                    r);
            return;
        }
        String ext = Clean.extension(name);
        if (UNSUPPORTED.contains(ext)) {
            r.skip("unsupported", shown + ": skipped: ." + ext + " files are not a format corpex reads");
            return;
        }
        byte[] bytes = in.readNBytes(Integer.MAX_VALUE - 16);
        if (in.read() >= 0)
            throw new Skip("unsupported", shown + ": skipped: larger than 2 GB; split it into smaller files");
        r.bytes += bytes.length;
        if (OfficeFormat.handles(ext)) {
            OfficeFormat.read(ext, bytes, shown, stem, r);
            return;
        }
        boolean html = ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || ext.equals("shtml");
        Decoding.Decoded d = Decoding.decode(bytes, shown, html ? Decoding.declaredCharset(bytes) : null);
        if (d.warning() != null) r.warn(d.warning());
        String text = d.text();
        switch (format(ext, text)) {
            case "json" -> JsonFormat.readJson(text, shown, stem, fields, r);
            case "jsonl" -> JsonFormat.readLines(text, shown, stem, fields, r);
            case "csv" -> CsvFormat.read(text, ',', shown, stem, fields, r);
            case "tsv" -> CsvFormat.read(text, '\t', shown, stem, fields, r);
            case "html" -> r.drafts.add(HtmlFormat.read(text, shown, stem));
            case "feed" -> {
                int before = r.drafts.size();
                FeedFormat.read(bytes, shown, stem, r);
                r.recognized.merge("feed|items", r.drafts.size() - before, Integer::sum);
            }
            default -> r.drafts.add(nonEmpty(TextFormat.read(text, shown, stem), "no text after its front matter"));
        }
    }

    /**
     * A whole-file draft with text, else a skip: a page of scripts and markup only, or a markdown file of front matter
     * only, is not a document with an empty text.
     */
    private static Draft nonEmpty(Draft d, String why) throws Skip {
        if (Clean.isBlank(d.text())) throw new Skip("empty", d.path() + ": skipped: " + why);
        return d;
    }

    /** The format by extension; an unknown extension is sniffed from the text. */
    static String format(String ext, String text) {
        switch (ext) {
            case "json":
                return "json";
            case "jsonl":
            case "ndjson":
            case "jsonlines":
                return "jsonl";
            case "csv":
                return "csv";
            case "tsv":
            case "tab":
                return "tsv";
            case "html":
            case "htm":
            case "xhtml":
            case "shtml":
                return "html";
            case "rss":
            case "atom":
            case "xml":
            case "rdf":
                return FeedFormat.isFeed(text) ? "feed" : sniff(text);
            case "txt":
            case "text":
            case "md":
            case "markdown":
            case "mdown":
            case "mkd":
                return "text";
            default:
                return sniff(text);
        }
    }

    private static String sniff(String text) {
        int i = 0;
        while (i < text.length() && Clean.isSpace(text.charAt(i))) i++;
        if (i >= text.length()) return "text";
        char c = text.charAt(i);
        if (c == '[') return "json";
        if (c == '{') {
            // Objects one a line are JSON Lines; one object over several lines is JSON.
            int nl = text.indexOf('\n', i);
            String firstLine = nl < 0 ? text.substring(i) : text.substring(i, nl);
            return firstLine.strip().endsWith("}") ? "jsonl" : "json";
        }
        if (c == '<' && FeedFormat.isFeed(text)) return "feed";
        String head = text.substring(i, Math.min(text.length(), i + 512)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<head")
                || head.startsWith("<body")
                || head.startsWith("<article")) return "html";
        return "text";
    }

    /**
     * Makes ids unique: a later document whose id is taken becomes id~2, id~3... with a warning, so no document is
     * dropped and every id can still be typed. Each renaming is told to {@code clash}.
     */
    public static List<Document> uniqueIds(List<Document> docs, Consumer<String> clash) {
        return uniqueIds(docs, new HashSet<>(), clash);
    }

    /** As above, with {@code seen} holding the ids taken before these documents (it gains theirs). */
    public static List<Document> uniqueIds(List<Document> docs, Set<String> seen, Consumer<String> clash) {
        List<String> added = new ArrayList<>(docs.size());
        boolean unique = true;
        for (Document d : docs) {
            if (seen.add(d.id())) added.add(d.id());
            else unique = false;
        }
        if (unique) return docs;
        seen.removeAll(added); // and again, one by one, renaming the clashes
        Set<String> all = new LinkedHashSet<>();
        for (Document d : docs) all.add(d.id());
        List<Document> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            String id = d.id();
            if (!seen.add(id)) {
                int k = 2;
                while (all.contains(id + "~" + k) || !seen.add(id + "~" + k)) k++;
                String renamed = id + "~" + k;
                clash.accept(Shown.name(d.path()) + ": id '" + Shown.name(id) + "' is already taken; this document is "
                        + Shown.name(renamed));
                d = d.withId(renamed);
            }
            out.add(d);
        }
        return out;
    }
}
