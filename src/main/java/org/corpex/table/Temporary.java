package org.corpex.table;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hidden files that writes are made in before they are renamed into place. Each is created as an ordinary new file
 * (so it gets the user's umask, unlike Files.createTempFile's 0600) and is removed when the write ends, fails, or the
 * process is stopped (Ctrl-C, SIGTERM) meanwhile.
 */
final class Temporary {
    private Temporary() {}

    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            for (Path p : OPEN) {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException ignored) {
                                    /* the process is ending */
                                }
                            }
                        },
                        "corpex-temporary-cleanup"));
    }

    /** A new empty file beside {@code target}: .NAME.RANDOM.tmp. */
    static Path create(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = target.resolveSibling(
                    "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            OPEN.add(p);
            try {
                Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return p;
            } catch (FileAlreadyExistsException e) {
                OPEN.remove(p);
                if (attempt > 10) throw e;
            } catch (IOException | RuntimeException e) {
                OPEN.remove(p);
                throw e;
            }
        }
    }

    /** Removes the file if it is still there. */
    static void remove(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: it is hidden and named .tmp
        } finally {
            OPEN.remove(p);
        }
    }
}
