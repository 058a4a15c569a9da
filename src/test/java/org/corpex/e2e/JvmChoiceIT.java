package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JDK scripts/corpex runs, and with which start-up cache: the real launcher, with stand-in JDKs (a release file
 * and a bin/java script that logs how it was called and says who it is).
 */
class JvmChoiceIT {
    private static final Path TARGET = Tmux.ROOT.resolve("target");
    private static final String JAR = TARGET.resolve("corpex.jar").toString();

    @TempDir
    Path dir;

    /** JDK 99 is a stand-in's only: its cache in target/ is this test's. */
    @AfterEach
    void removeTheStandInsCaches() throws IOException {
        try (Stream<Path> s = Files.list(TARGET)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith("corpex-java99.")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * A stand-in JDK {@code name} of {@code version} under {@code parent}: its java logs each call, one a line, in
     * calls.log.
     */
    static Path fakeJdk(Path parent, String name, String version) throws IOException {
        Path home = Files.createDirectories(parent.resolve(name).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Stand-in\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, """
                #!/bin/sh
                printf '%%s\\n' "$*" >> '%s'
                create= prev=
                for a in "$@"; do
                  case $a in
                    -XX:AOTCacheOutput=*) echo cache > "${a#*=}" ;;
                    -XX:AOTMode=create) create=1 ;;
                    -XX:AOTCache=*) [ -z "$create" ] || echo cache > "${a#*=}" ;;
                  esac
                  [ "$prev" = -o ] && mkdir -p "$a"
                  prev=$a
                done
                echo 'ran %s'
                """.formatted(home.resolve("calls.log"), name));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** A stand-in JDK 99, alone in a folder of installed JDKs: its caches in target/ are this test's. */
    Path jdk99() throws IOException {
        return fakeJdk(Files.createDirectory(dir.resolve("jvms")), "jdk-99", "99.0.1");
    }

    /** The launcher's environment where the stand-in JDK 99 is the newest installed (a JDK 17 on the PATH). */
    Map<String, String> envOf99(Path jdk99) throws IOException {
        return env(fakeJdk(dir, "jdk-17", "17.0.9"), jdk99.getParent());
    }

    /** A cache of the stand-in's in target/, removed so that the test sees it made. */
    static Path noCache(String name) throws IOException {
        Path cache = TARGET.resolve(name);
        Files.deleteIfExists(cache);
        return cache;
    }

    static List<String> calls(Path home) throws IOException {
        Path log = home.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /**
     * The launcher's environment: no JAVA_HOME, {@code pathJava} as the java on the PATH, {@code jvms} the folder to
     * scan.
     */
    Map<String, String> env(Path pathJava, Path jvms) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.deleteIfExists(bin.resolve("java"));
        Files.createSymbolicLink(bin.resolve("java"), pathJava.resolve("bin/java"));
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", null);
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("CORPEX_JVM_DIRS", jvms.toString());
        return env;
    }

    static String ran(Map<String, String> env) {
        Launcher.Run r = Launcher.run(Tmux.ROOT, env, null, "-c", "docs");
        assertThat(r.status()).as(r.err()).isZero();
        return r.out().strip();
    }

    @Test
    void runsTheNewestJdkOnThePathOrInstalled() throws IOException {
        Path jvms = Files.createDirectory(dir.resolve("jvms"));
        Path jdk17 = fakeJdk(dir, "jdk-17", "17.0.9");
        Path jdk21 = fakeJdk(jvms, "jdk-21", "21.0.1");
        fakeJdk(jvms, "jdk-19", "19.0.2");
        fakeJdk(jvms, "jdk-11", "11.0.20");
        Files.createDirectories(jvms.resolve("openjdk-21-source")); // a folder without a java: passed over
        Files.createSymbolicLink(jvms.resolve("default-java"), jvms.resolve("jdk-19"));

        Map<String, String> env = env(jdk17, jvms);
        assertThat(ran(env)).isEqualTo("ran jdk-21");
        // Before JDK 24, a CDS archive: flags of its own, none of the AOT cache's.
        List<String> calls = calls(jdk21);
        assertThat(calls.get(calls.size() - 1))
                .contains("-Xshare:auto")
                .doesNotContain("AOT")
                .endsWith("-jar " + JAR + " -c docs");
        if (!Files.exists(TARGET.resolve("corpex-java21.jsa"))) {
            assertThat(calls.get(0)).contains("-XX:ArchiveClassesAtExit=" + TARGET.resolve("corpex-java21."));
        }

        // A newer java on the PATH wins over the installed ones.
        assertThat(ran(env(fakeJdk(dir, "jdk-23", "23.0.2"), jvms))).isEqualTo("ran jdk-23");
        // Several folders, colon-separated, one missing.
        Path more = Files.createDirectory(dir.resolve("more"));
        fakeJdk(more, "jdk-22", "22.0.2");
        env = env(jdk17, jvms);
        env.put("CORPEX_JVM_DIRS", dir.resolve("nothere") + ":" + jvms + ":" + more);
        assertThat(ran(env)).isEqualTo("ran jdk-22");
    }

    @Test
    void aJavaHomeSetByTheUserWinsWhenItIsSeventeenOrNewer() throws IOException {
        Path jvms = Files.createDirectory(dir.resolve("jvms"));
        Path jdk17 = fakeJdk(dir, "jdk-17", "17.0.9");
        fakeJdk(jvms, "jdk-21", "21.0.1");
        Path jdk19 = fakeJdk(dir, "jdk-19", "19.0.2");
        Path jdk11 = fakeJdk(dir, "jdk-11", "11.0.20");

        Map<String, String> env = env(jdk17, jvms);
        env.put("JAVA_HOME", jdk19.toString());
        assertThat(ran(env)).isEqualTo("ran jdk-19");
        // Too old to run corpex: passed over for the newest found.
        env.put("JAVA_HOME", jdk11.toString());
        assertThat(ran(env)).isEqualTo("ran jdk-21");
    }

    @Test
    void fromJdk25AnAotCacheMadeInOneTrainingRunWithTheRunsOptions() throws IOException {
        Path jdk = jdk99();
        Map<String, String> env = envOf99(jdk);
        Path cache = noCache("corpex-java99.aot");

        assertThat(ran(env)).isEqualTo("ran jdk-99");
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(2);
        String training = calls.get(0), run = calls.get(1);
        assertThat(training)
                .containsPattern("-XX:AOTCacheOutput=\\S*/target/corpex-java99\\.\\d+\\.aot ")
                .endsWith("-jar " + JAR + " -c docs -c help");
        assertThat(run).contains("-XX:AOTCache=" + cache + " ").endsWith("-jar " + JAR + " -c docs");
        for (String call : calls) {
            assertThat(call)
                    .contains("-XX:+UseParallelGC", "-Xlog:aot*=off")
                    .doesNotContain("-Xshare", "SharedArchiveFile", "ArchiveClassesAtExit");
        }
        // The same JVM options for the training as for the run (another GC, say, could void the cache).
        assertThat(training.substring(0, training.indexOf(" -XX:AOTCacheOutput=")))
                .isEqualTo(run.substring(0, run.indexOf(" -XX:AOTCache=")));
        assertThat(cache).exists();

        // Made once: the next run only uses it.
        assertThat(ran(env)).isEqualTo("ran jdk-99");
        assertThat(calls(jdk)).hasSize(3);
        assertThat(calls(jdk).get(2)).isEqualTo(run);

        // A cache older than the jar is made again.
        FileTime jarTime = Files.getLastModifiedTime(Path.of(JAR));
        Files.setLastModifiedTime(cache, FileTime.fromMillis(jarTime.toMillis() - 60_000));
        assertThat(ran(env)).isEqualTo("ran jdk-99");
        assertThat(calls(jdk)).hasSize(5);
        assertThat(calls(jdk).get(3)).contains("-XX:AOTCacheOutput=");
        try (Stream<Path> s = Files.list(TARGET)) { // no training file left behind
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.matches("corpex-java99\\.\\d+\\.aot.*"));
        }
    }

    @Test
    void aSessionOnAnIndexHasACacheOfItsOwnTrainedOnAnIndexOfTheSeeds() throws IOException {
        Path jdk = jdk99();
        Map<String, String> env = envOf99(jdk);
        Path cache = noCache("corpex-java99-index.aot");
        Path index = Files.createDirectory(dir.resolve("news index"));
        Files.writeString(index.resolve("corpex-index.txt"), "a corpex index\n");

        Launcher.Run r = Launcher.run(Tmux.ROOT, env, null, index.toString(), "-c", "docs");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(3);
        String build = calls.get(0), training = calls.get(1), run = calls.get(2);
        String trainedOn = TARGET.resolve("corpex-java99-index.") + "\\d+\\.index";
        assertThat(build)
                .containsPattern("-jar " + JAR + " index " + Tmux.ROOT.resolve("seeds") + " -o " + trainedOn + "$");
        assertThat(training)
                .containsPattern("-XX:AOTCacheOutput=\\S*/target/corpex-java99-index\\.\\d+\\.aot ")
                .containsPattern("-jar " + JAR + " " + trainedOn + " -c docs -c kwic ");
        assertThat(run).contains("-XX:AOTCache=" + cache + " ").endsWith("-jar " + JAR + " " + index + " -c docs");
        assertThat(cache).exists();
        try (Stream<Path> s = Files.list(TARGET)) { // the index it was trained on is gone
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.matches("corpex-java99-index\\.\\d+\\..*"));
        }

        // A session on files keeps the plain cache, trained on the seeds alone.
        assertThat(ran(env)).isEqualTo("ran jdk-99");
        assertThat(calls(jdk).get(3)).endsWith("-jar " + JAR + " -c docs -c help");
        assertThat(calls(jdk).get(4)).contains("-XX:AOTCache=" + TARGET.resolve("corpex-java99.aot") + " ");
    }

    @Test
    void versionAndHelpStartFromASmallCacheOfTheirOwnTrainedOnHelp() throws IOException {
        Path jdk = jdk99();
        Map<String, String> env = envOf99(jdk);
        Path cache = noCache("corpex-java99-quick.aot");

        Launcher.Run r = Launcher.run(Tmux.ROOT, env, null, "--version");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0))
                .containsPattern("-XX:AOTCacheOutput=\\S*/target/corpex-java99-quick\\.\\d+\\.aot ")
                .endsWith("-jar " + JAR + " --help");
        assertThat(calls.get(1)).contains("-XX:AOTCache=" + cache + " ").endsWith("-jar " + JAR + " --version");
        assertThat(cache).exists();
        // --help and -h take it too, made once; a session does not
        assertThat(Launcher.run(Tmux.ROOT, env, null, "-h").status()).isZero();
        assertThat(calls(jdk)).hasSize(3);
        assertThat(calls(jdk).get(2)).contains("-XX:AOTCache=" + cache + " ").endsWith(" -h");
        assertThat(ran(env)).isEqualTo("ran jdk-99");
        assertThat(calls(jdk).get(calls(jdk).size() - 1))
                .contains("-XX:AOTCache=" + TARGET.resolve("corpex-java99.aot") + " ");
    }

    /** An index build compiles no loops on the stack (OSR): its compiler time was its time on two cores. */
    @Test
    void anIndexBuildAloneRunsWithoutOnStackReplacement() throws IOException {
        Path jdk = jdk99();
        Map<String, String> env = envOf99(jdk);
        Launcher.Run r = Launcher.run(Tmux.ROOT, env, null, "index", "news", "-o", "news.index");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> calls = calls(jdk);
        assertThat(calls.get(calls.size() - 1))
                .contains("-XX:-UseOnStackReplacement")
                .endsWith("-jar " + JAR + " index news -o news.index");
        assertThat(ran(env)).isEqualTo("ran jdk-99");
        assertThat(calls(jdk).get(calls(jdk).size() - 1)).doesNotContain("UseOnStackReplacement");
    }

    @Test
    void onJdk24TheAotCacheIsRecordedThenCreated() throws IOException {
        Path cache = TARGET.resolve("corpex-java24.aot");
        assumeFalse(Files.exists(cache), "a real JDK 24's cache is in target/; this test would replace it");
        try {
            Path jvms = Files.createDirectory(dir.resolve("jvms"));
            Path jdk = fakeJdk(jvms, "jdk-24", "24.0.2");
            Map<String, String> env = env(fakeJdk(dir, "jdk-17", "17.0.9"), jvms);

            assertThat(ran(env)).isEqualTo("ran jdk-24");
            List<String> calls = calls(jdk);
            assertThat(calls).hasSize(3);
            String config = TARGET.resolve("corpex-java24.") + "\\d+\\.aot\\.conf";
            assertThat(calls.get(0))
                    .containsPattern("-XX:AOTMode=record -XX:AOTConfiguration=" + config + " ")
                    .endsWith("-jar " + JAR + " -c docs -c help");
            assertThat(calls.get(1))
                    .containsPattern("-XX:AOTMode=create -XX:AOTConfiguration=" + config + " -XX:AOTCache=\\S+ -cp "
                            + JAR + "$");
            assertThat(calls.get(2)).contains("-XX:AOTCache=" + cache + " ", "-Xlog:aot*=off");
        } finally {
            Files.deleteIfExists(cache);
        }
    }
}
