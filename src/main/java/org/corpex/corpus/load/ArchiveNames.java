package org.corpex.corpus.load;

/**
 * Which file names are archives, known from the name alone. Apart from {@link Archives}, which reads them: a load that
 * meets no archive never loads the archive library's classes, and so never checks them against its optional codecs
 * (zstd, xz), which corpex does not ship and which a start would look for in every jar of the class path.
 */
final class ArchiveNames {
    private ArchiveNames() {}

    /** True for names {@link Archives} opens (a .warc.gz is a web archive, read by {@link WarcFormat}). */
    static boolean isArchive(String lowerName) {
        if (WarcFormat.isWarc(lowerName)) return false;
        return lowerName.endsWith(".zip")
                || lowerName.endsWith(".tar")
                || lowerName.endsWith(".tgz")
                || lowerName.endsWith(".tar.gz")
                || lowerName.endsWith(".gz");
    }

    static boolean isZip(String lowerName) {
        return lowerName.endsWith(".zip") && isArchive(lowerName);
    }
}
