package org.corpex.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.corpex.corpus.FieldNames;
import org.corpex.corpus.load.LoadReport;
import org.corpex.corpus.load.Loader;
import org.corpex.index.Corpus;
import org.corpex.session.Session;
import org.corpex.shell.Shell;
import org.corpex.table.RenderOptions;
import org.corpex.table.Table;
import org.corpex.table.TextTable;

/**
 * The benchmark behind {@code scripts/bench}: generates (or reuses) a deterministic synthetic corpus of the asked size,
 * runs the named sections (all when none is named) and prints one aligned table of figures, corpex beside ripgrep where
 * a comparison makes sense.
 *
 * <pre>
 *   java -cp target/corpex.jar org.corpex.bench.Bench --size 200MB --dir target/bench/corpus-200MB [SECTION...]
 * </pre>
 *
 * <p><b>Adding a section</b>: write a class implementing {@link Section} (its {@code run} gets the {@link Context}: the
 * corpus folder, a loaded session, timing helpers, ripgrep; it reports with {@link Results#add}), then add ONE line to
 * {@link #SECTIONS}: {@code s.put("name", MySection::new);}. Sections run in the order of that map. Keep each
 * measurement a median of repeated runs, and never assert on a time: the bench reports, CI only checks that it still
 * runs (BenchTest).
 */
public final class Bench {

    /** One named group of measurements. */
    public interface Section {
        void run(Context context, Results results) throws Exception;
    }

    /** Every section, in the order they run. One line each. */
    static final Map<String, Supplier<Section>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("startup", StartupSection::new);
        SECTIONS.put("load", LoadSection::new);
        SECTIONS.put("kwic", KwicSection::new);
        SECTIONS.put("tui", TuiSection::new);
        SECTIONS.put("figures", FiguresSection::new);
        SECTIONS.put("compare", CompareSection::new);
        SECTIONS.put("time", TimeSection::new);
        SECTIONS.put("warc", WarcSection::new);
        SECTIONS.put("html", HtmlSection::new);
        SECTIONS.put("index", IndexSection::new);
        SECTIONS.put("solr", SolrSection::new);
    }

    private Bench() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try {
            Table t = run(args, out);
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TextTable.write(t, w, new RenderOptions(0, false, true, false, false, ','));
            w.flush();
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the arguments, prepares the corpus, runs the sections; progress lines go to {@code log}. */
    public static Table run(String[] args, PrintStream log) {
        long size = parseSize("5MB");
        Path dir = null;
        int runs = 11;
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.length ? args[i + 1] : null;
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            switch (name) {
                case "--size" -> {
                    size = parseSize(required(name, value));
                    if (!a.contains("=")) i++;
                }
                case "--dir" -> {
                    dir = Path.of(required(name, value));
                    if (!a.contains("=")) i++;
                }
                case "--runs" -> {
                    runs = Integer.parseInt(required(name, value));
                    if (!a.contains("=")) i++;
                }
                default -> {
                    if (a.startsWith("-"))
                        throw new IllegalArgumentException("unknown option " + a
                                + " (--size 200MB, --dir DIR, --runs N, then sections: " + SECTIONS.keySet() + ")");
                    if (!SECTIONS.containsKey(a))
                        throw new IllegalArgumentException(
                                "unknown section '" + a + "' (sections: " + SECTIONS.keySet() + ")");
                    sections.add(a);
                }
            }
        }
        if (sections.isEmpty()) sections.addAll(SECTIONS.keySet());
        if (dir == null) dir = Path.of("target", "bench", "corpus-" + sizeLabel(size));
        // The WARC, HTML and start-up sections make or find their own input: a text corpus is not needed for them
        // alone.
        boolean textCorpus = !List.of("warc", "html", "startup").containsAll(sections);
        Context c = new Context(textCorpus ? prepare(dir, size, log) : dir, runs, log, size);
        Results results = new Results();
        for (String s : sections) {
            log.println("bench: " + s + "...");
            try {
                SECTIONS.get(s).get().run(c, results);
            } catch (Exception e) {
                results.add(s, "FAILED", Double.NaN, "", Double.NaN, e.toString());
            }
        }
        return results.table(c);
    }

    /** What the marker says besides the size: a new generator version makes old corpora be generated again. */
    static final String MARKER = "dated ";

    /** Generates the corpus unless a complete one of this size is already there. */
    static Path prepare(Path dir, long size, PrintStream log) {
        // The marker sits beside the folder, not in it, so the loader does not read it as a document.
        Path marker = dir.resolveSibling(dir.getFileName() + ".complete");
        try {
            if (Files.exists(marker) && Files.readString(marker).strip().equals(MARKER + size)) return dir;
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            log.println("bench: generating a " + sizeLabel(size) + " corpus in " + dir + "...");
            int files = new CorpusGenerator().generate(size, dir);
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, MARKER + size);
            log.println("bench: " + files + " files");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long parseSize(String s) {
        String v = s.strip().toUpperCase(Locale.ROOT);
        long mult = 1;
        if (v.endsWith("GB")) {
            mult = 1L << 30;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("MB")) {
            mult = 1L << 20;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("KB")) {
            mult = 1L << 10;
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("B")) v = v.substring(0, v.length() - 1);
        try {
            return (long) (Double.parseDouble(v.strip()) * mult);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--size: '" + s + "' is not a size like 5MB or 200MB");
        }
    }

    static String sizeLabel(long bytes) {
        if (bytes % (1L << 30) == 0) return bytes / (1L << 30) + "GB";
        if (bytes % (1L << 20) == 0) return bytes / (1L << 20) + "MB";
        if (bytes % (1L << 10) == 0) return bytes / (1L << 10) + "KB";
        return bytes + "B";
    }

    private static String required(String option, String value) {
        if (value == null) throw new IllegalArgumentException(option + " needs a value");
        return value;
    }

    /** What a section works with. The corpus is loaded once, by the first section that asks. */
    public static final class Context {
        private final Path dir;
        private final int runs;
        private final PrintStream log;
        private final long bytes;
        private final long size;
        private Shell shell;
        private Boolean rg;

        Context(Path dir, int runs, PrintStream log, long size) {
            this.dir = dir;
            this.runs = runs;
            this.log = log;
            this.size = size;
            if (!Files.isDirectory(dir)) {
                this.bytes = 0;
                return;
            }
            try (Stream<Path> s = Files.list(dir)) {
                this.bytes = s.filter(p -> p.toString().endsWith(".txt"))
                        .mapToLong(p -> p.toFile().length())
                        .sum();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Path dir() {
            return dir;
        }
        /** The size asked for with --size. */
        public long size() {
            return size;
        }
        /** Bytes of text on disk. */
        public long bytes() {
            return bytes;
        }

        public double megabytes() {
            return bytes / 1048576.0;
        }
        /** How many times a latency is measured (the median is reported). */
        public int runs() {
            return runs;
        }

        public PrintStream log() {
            return log;
        }

        /** Loads the corpus (once) and returns the report. */
        public LoadReport load() {
            return Loader.load(List.of(dir.toString()), FieldNames.DETECT);
        }

        /** A shell over the loaded corpus, as a user's session would have it. */
        public Shell shell() {
            if (shell == null) {
                Session s = new Session();
                s.setCorpus(Corpus.of(load().documents()));
                shell = new Shell(s);
            }
            return shell;
        }

        void setShell(Shell s) {
            shell = s;
        }

        /**
         * Median wall time of {@code runs} calls, in milliseconds, after as many warm-up calls (the JIT needs them).
         */
        public double medianMillis(Runnable r) {
            return medianMillis(runs, runs, r);
        }

        public static double medianMillis(int runs, int warmup, Runnable r) {
            for (int i = 0; i < warmup; i++) r.run();
            double[] t = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                r.run();
                t[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(t);
            return t[runs / 2];
        }

        /** True when ripgrep is on the PATH. */
        public boolean hasRipgrep() {
            if (rg == null) {
                try {
                    rg = new ProcessBuilder("rg", "--version")
                                    .redirectErrorStream(true)
                                    .start()
                                    .waitFor()
                            == 0;
                } catch (IOException | InterruptedException e) {
                    rg = false;
                }
            }
            return rg;
        }

        /** Median wall time of ripgrep with these arguments over the corpus folder (3 runs after 1 warm-up), or NaN. */
        public double ripgrepMillis(String... args) {
            if (!hasRipgrep()) return Double.NaN;
            List<String> cmd = new ArrayList<>(List.of("rg"));
            cmd.addAll(List.of(args));
            cmd.add(dir.toString());
            return medianMillis(Math.max(1, Math.min(runs, 3)), 1, () -> {
                try {
                    Process p = new ProcessBuilder(cmd)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
                    if (!p.waitFor(5, TimeUnit.MINUTES)) p.destroyForcibly();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        /** Heap in use after a full collection, in bytes. */
        public static long usedHeap() {
            Runtime rt = Runtime.getRuntime();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                System.gc();
                best = Math.min(best, rt.totalMemory() - rt.freeMemory());
            }
            return best;
        }
    }

    /**
     * The figures, one row each: section, measure, corpex value, unit, and the yardstick's value in the same unit,
     * measured in the same run (ripgrep, the JVM's hello world, a plain Lucene IndexWriter: the note says which).
     */
    public static final class Results {
        private final List<Object[]> rows = new ArrayList<>();

        /** {@code other} is the comparison figure (e.g. ripgrep's, in the same unit), or NaN when there is none. */
        public void add(String section, String measure, double value, String unit, double other, String note) {
            rows.add(new Object[] {section, measure, value, unit, other, note});
            // as it is measured too: a long run that fails later (out of memory at a gigabyte) keeps what it found
            System.err.printf(
                    Locale.ROOT,
                    "bench: %s: %s: %.4g %s%s%n",
                    section,
                    measure,
                    value,
                    unit,
                    note.isEmpty() ? "" : " (" + note + ")");
        }

        public void add(String section, String measure, double value, String unit) {
            add(section, measure, value, unit, Double.NaN, "");
        }

        Table table(Context c) {
            Table.Builder b = new Table.Builder("bench")
                    .text("section")
                    .text("measure")
                    .text("corpex")
                    .text("unit")
                    .text("yardstick")
                    .text("yardstick/corpex")
                    .text("note");
            for (Object[] r : rows) {
                double v = (double) r[2], o = (double) r[4];
                b.row(
                        r[0],
                        r[1],
                        num(v),
                        r[3],
                        num(o),
                        Double.isNaN(o) || Double.isNaN(v) || v == 0 ? "" : String.format(Locale.ROOT, "%.1fx", o / v),
                        r[5]);
            }
            b.note(String.format(
                    Locale.ROOT,
                    "corpus: %s, %.1f MB of text; java %s, %d cores, max heap %d MB%s",
                    c.dir(),
                    c.megabytes(),
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    c.hasRipgrep() ? "" : "; ripgrep not found (apt-get install ripgrep)"));
            return b.build();
        }

        private static String num(double v) {
            if (Double.isNaN(v)) return "";
            if (v >= 100) return String.format(Locale.ROOT, "%.0f", v);
            if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
            return String.format(Locale.ROOT, "%.2f", v);
        }
    }
}
