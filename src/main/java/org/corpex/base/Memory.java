package org.corpex.base;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What to tell a user whose corpus does not fit in the Java heap: how much it needs and how to give it. */
public final class Memory {
    private Memory() {}

    /** Heap bytes per byte of text that a loaded corpus takes with its in-memory index (measured on news text). */
    static final double HEAP_PER_TEXT_BYTE = 2.6;

    /** For a command that ran out of heap: how much Java may use, and how to give it more. */
    public static String advice() {
        long max = Runtime.getRuntime().maxMemory();
        return "out of memory: this command needs more than the " + size(max)
                + " of heap Java may use here; give more with CORPEX_JAVA_OPTS=" + flag(2 * max)
                + ", or narrow the selection first (filter)";
    }

    /** The -Xmx option for about this many bytes, rounded up: -Xmx48m, -Xmx3g. */
    static String flag(long bytes) {
        if (bytes < 1L << 30) return "-Xmx" + (((bytes + (16L << 20) - 1) >> 20) / 16 * 16) + "m";
        return "-Xmx" + ((bytes + (1L << 30) - 1) >> 30) + "g";
    }

    /** Heap a byte of a file takes while a build reads, tokenizes and inverts it (store's IndexBuilder). */
    static final long INDEX_HEAP_PER_BYTE = 24; // measured: one 80 MB document fails in 1.2 GB, builds in 3 GB

    /**
     * For {@code corpex index} out of heap: a build runs in a fixed heap but reads each file whole, so what it needed
     * is set by the largest file; when that does not explain it, twice the heap.
     */
    public static String indexAdvice(List<String> specs) {
        long max = Runtime.getRuntime().maxMemory();
        Path[] largest = {null};
        long[] size = {0};
        for (String s : specs) {
            try {
                Path p = Path.of(s);
                try (Stream<Path> walk = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                    walk.filter(Files::isRegularFile).forEach(f -> {
                        try {
                            long n = Files.size(f);
                            if (n > size[0]) {
                                size[0] = n;
                                largest[0] = f;
                            }
                        } catch (IOException e) {
                            // unreadable: the build said so
                        }
                    });
                }
            } catch (IOException | RuntimeException e) {
                // a glob or an unreadable path
            }
        }
        long need = size[0] * INDEX_HEAP_PER_BYTE + (64L << 20);
        if (largest[0] != null && need > max && !isCompressed(largest[0])) {
            return "out of memory: indexing reads each file whole, and the largest, "
                    + Shown.name(largest[0].toString()) + " (" + size(size[0])
                    + "), needs about " + size(need) + " of heap; Java may use " + size(max)
                    + " here; give more with CORPEX_JAVA_OPTS="
                    + flag(need) + ", or split that file";
        }
        return "out of memory: indexing needs more than the " + size(max)
                + " of heap Java may use here; give more with CORPEX_JAVA_OPTS=" + flag(2 * max);
    }

    public static String advice(List<String> specs) {
        long max = Runtime.getRuntime().maxMemory();
        for (String s : specs) {
            try {
                if (Files.isRegularFile(Path.of(s).resolve("corpex-index.txt"))) {
                    // An index opens without its texts: what it needed is more than this heap, not the size of its
                    // files.
                    return "out of memory: opening index " + Shown.name(s) + " needs more than the " + size(max)
                            + " of heap Java may use here; give more with CORPEX_JAVA_OPTS=" + flag(2 * max);
                }
            } catch (RuntimeException e) {
                // not a path
            }
        }
        boolean[] compressed = {false};
        long input = inputBytes(specs, compressed);
        long need = (long) (input * HEAP_PER_TEXT_BYTE) + (256L << 20);
        long physical = physicalMemory();
        StringBuilder b = new StringBuilder("out of memory: ");
        if (compressed[0]) {
            // What compressed files expand to is not known from their size: no figure is better than a wrong one.
            b.append("loading ")
                    .append(size(input))
                    .append(" of files, some compressed, needs more heap than that once expanded");
            need = 0;
        } else if (input > 0) {
            b.append("loading ")
                    .append(size(input))
                    .append(" of files needs about ")
                    .append(size(need))
                    .append(" of heap");
        } else {
            b.append("this needs more heap");
        }
        b.append(", and Java may use ").append(size(max)).append(" here");
        long give = Math.max(need, max * 2);
        if (physical > 0 && give > physical * 9 / 10) {
            b.append("; this machine has ").append(size(physical)).append(", so load fewer files");
            if (physical * 8 / 10 > max)
                b.append(" or give it up to CORPEX_JAVA_OPTS=-Xmx")
                        .append(physical * 8 / 10 >> 30)
                        .append("g");
        } else {
            b.append("; give more with CORPEX_JAVA_OPTS=").append(flag(give));
        }
        return b.toString();
    }

    /** The size of the files named (folders walked); 0 when it cannot be told. */
    private static long inputBytes(List<String> specs, boolean[] compressed) {
        long total = 0;
        for (String s : specs) {
            try {
                Path p = Path.of(s);
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                    compressed[0] |= isCompressed(p);
                } else if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        total += walk.filter(Files::isRegularFile)
                                .mapToLong(f -> {
                                    compressed[0] |= isCompressed(f);
                                    try {
                                        return Files.size(f);
                                    } catch (IOException e) {
                                        return 0;
                                    }
                                })
                                .sum();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a glob or an unreadable path: counted as nothing
            }
        }
        return total;
    }

    private static boolean isCompressed(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".gz")
                || n.endsWith(".tgz")
                || n.endsWith(".zip")
                || n.endsWith(".docx")
                || n.endsWith(".pdf");
    }

    private static long physicalMemory() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
                return os.getTotalMemorySize();
            }
        } catch (RuntimeException | LinkageError e) {
            // not a HotSpot JVM
        }
        return 0;
    }

    static String size(long n) {
        if (n >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        return String.format(Locale.ROOT, "%d MB", Math.max(1, n >> 20));
    }
}
