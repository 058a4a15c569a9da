package org.corpex.base;

import java.util.Locale;

/**
 * Sizes of files and text as every summary and progress line says them (load, index, a Solr build): decimal units, as
 * disks, networks and throughputs count them (1 KB = 1,000 bytes, 1 MB = 1,000,000), so a load's "287.4 MB" and an
 * index's "MB/s" are the same megabytes.
 */
public final class Sizes {
    private Sizes() {}

    /** "400 B", "21.5 KB", "287.4 MB", "1.25 GB". */
    public static String format(long bytes) {
        if (bytes < 1_000) return bytes + " B";
        if (bytes < 999_950) return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        if (bytes < 999_950_000) return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
}
