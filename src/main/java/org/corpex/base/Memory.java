package org.corpex.base;

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
        return "out of memory: this command needs more than the " + size(max) + " of heap Java may use here; give more with CORPEX_JAVA_OPTS=-Xmx"
                + Math.max(1, (2 * max + (1L << 30) - 1) >> 30) + "g, or narrow the selection first (filter)";
    }

    public static String advice(List<String> specs) {
        long max = Runtime.getRuntime().maxMemory();
        boolean[] compressed = {false};
        long input = inputBytes(specs, compressed);
        long need = (long) (input * HEAP_PER_TEXT_BYTE) + (256L << 20);
        long physical = physicalMemory();
        StringBuilder b = new StringBuilder("out of memory: ");
        if (compressed[0]) {
            // What compressed files expand to is not known from their size: no figure is better than a wrong one.
            b.append("loading ").append(size(input)).append(" of files, some compressed, needs more heap than that once expanded");
            need = 0;
        } else if (input > 0) {
            b.append("loading ").append(size(input)).append(" of files needs about ").append(size(need)).append(" of heap");
        } else {
            b.append("this needs more heap");
        }
        b.append(", and Java may use ").append(size(max)).append(" here");
        long give = Math.max(need, max * 2);
        if (physical > 0 && give > physical * 9 / 10) {
            b.append("; this machine has ").append(size(physical)).append(", so load fewer files");
            if (physical * 8 / 10 > max) b.append(" or give it up to CORPEX_JAVA_OPTS=-Xmx").append(physical * 8 / 10 >> 30).append("g");
        } else {
            b.append("; give more with CORPEX_JAVA_OPTS=-Xmx").append(Math.max(1, (give + (1L << 30) - 1) >> 30)).append("g");
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
                        total += walk.filter(Files::isRegularFile).mapToLong(f -> {
                            compressed[0] |= isCompressed(f);
                            try { return Files.size(f); } catch (IOException e) { return 0; }
                        }).sum();
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
        return n.endsWith(".gz") || n.endsWith(".tgz") || n.endsWith(".zip") || n.endsWith(".docx") || n.endsWith(".pdf");
    }

    private static long physicalMemory() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
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
