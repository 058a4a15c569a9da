package org.corpex.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.corpex.base.CorpexException;

/**
 * How an index folder is replaced without ever leaving a broken one: a build writes into a hidden sibling folder
 * ({@code .NAME.building-PID}), then the old index is renamed aside, the new one renamed in, and the old one deleted.
 * Killed at any point, there is the old index, the new one, or (between the two renames) the old one aside, which the
 * next open or build puts back. One build at a time per index: a lock file beside it.
 */
final class Builds {
    private Builds() {}

    static Path building(Path dir) {
        return sibling(dir, ".building-" + ProcessHandle.current().pid());
    }

    /** Where a build's writer threads put the batches they turn into segments, before these join the index. */
    static Path scratch(Path dir) {
        return sibling(dir, ".batches-" + ProcessHandle.current().pid());
    }

    private static Path sibling(Path dir, String suffix) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + suffix);
    }

    /** The old index a replacement set aside and did not get to delete, or null. */
    static Path interrupted(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) return null;
        String prefix = "." + abs.getFileName() + ".old-";
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && StoredIndex.isIndex(p))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Puts back an index set aside by a replacement that was killed between its two renames, and removes what dead
     * builds left (their process is gone).
     */
    static void recover(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        if (!Files.exists(abs)) {
            Path old = interrupted(abs);
            if (old != null) {
                try {
                    Files.move(old, abs, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new CorpexException(dir + ": an interrupted build left the index at " + old
                            + "; move it back by hand (" + e.getMessage() + ")");
                }
            }
        }
        String name = "." + abs.getFileName() + ".";
        try (Stream<Path> s = Files.list(parent)) {
            s.filter(p -> {
                        String f = p.getFileName().toString();
                        if (!f.startsWith(name)) return false;
                        String rest = f.substring(name.length());
                        int dash = rest.indexOf('-');
                        if (dash < 0
                                || !(rest.startsWith("building-")
                                        || rest.startsWith("old-")
                                        || rest.startsWith("batches-"))) return false;
                        try {
                            long pid = Long.parseLong(rest.substring(dash + 1));
                            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                        } catch (NumberFormatException e) {
                            return false;
                        }
                    })
                    .forEach(Builds::deleteTree);
        } catch (IOException ignored) {
            // leftovers stay; they are hidden and harmless
        }
    }

    /** Moves a finished build into place, replacing the index there (if any). */
    static void replace(Path built, Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        Path aside = null;
        if (Files.exists(abs)) {
            aside = sibling(abs, ".old-" + ProcessHandle.current().pid());
            move(abs, aside);
        }
        move(built, abs);
        if (aside != null) deleteTree(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort: a leftover is hidden and removed by the next build
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** Holds the build lock of an index; one build (create, append or update) at a time. */
    static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        Lock(Path dir, String shown) throws IOException {
            Path file = sibling(dir, ".lock");
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                channel.close();
                throw new CorpexException(shown + ": another corpex is building this index; wait for it to finish");
            }
            lock = l;
        }

        @Override
        public void close() throws IOException {
            lock.release();
            channel.close();
        }
    }
}
