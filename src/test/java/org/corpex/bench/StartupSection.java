package org.corpex.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up through the real launcher ({@code scripts/corpex}: its JDK choice, its class-data cache) beside the
 * yardstick measured in the same run: a hello world on the JDK the launcher picks. The targets are {@code -c docs} on
 * the seeds within 3 times the hello world, {@code --version} and {@code --help} within 2 times. Also the classes each
 * run loads, and how many came from the cache.
 */
final class StartupSection implements Bench.Section {

    @Override
    public void run(Bench.Context c, Bench.Results out) throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("CORPEX_ROOT", "."))
                .toAbsolutePath()
                .normalize();
        Path launcher = root.resolve("scripts/corpex");
        Path jar = root.resolve("target/corpex.jar");
        if (!Files.isRegularFile(jar)
                || newerThan(
                        root.resolve("src/main"), Files.getLastModifiedTime(jar).toMillis())) {
            // the launcher would build the jar first, and that is not start-up: scripts/bench builds it before it runs
            out.add(
                    "startup",
                    "not measured",
                    Double.NaN,
                    "",
                    Double.NaN,
                    "target/corpex.jar is missing or older than the sources (./mvnw package)");
            return;
        }
        Path java = newestJava();
        if (java == null) throw new IllegalStateException("no JDK 17+ found for the hello world");
        Path work = Files.createTempDirectory("corpex-startup");
        Files.writeString(
                work.resolve("Hello.java"),
                "public class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n");
        exec(
                List.of(
                        java.resolveSibling("javac").toString(),
                        "-d",
                        work.toString(),
                        work.resolve("Hello.java").toString()),
                null);
        int runs = Math.max(1, c.runs());
        double hello = Bench.Context.medianMillis(
                runs, 2, () -> exec(List.of(java.toString(), "-cp", work.toString(), "Hello"), null));
        out.add(
                "startup",
                "JVM hello world (yardstick)",
                hello,
                "ms",
                Double.NaN,
                java.getParent().getParent().getFileName().toString());
        String[][] cases = {{"--version"}, {"--help"}, {"-c", "docs"}, {"-c", "docs --no-figures"}};
        double[] targets = {2, 2, 3, 3};
        for (int i = 0; i < cases.length; i++) {
            List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
            cmd.addAll(List.of(cases[i]));
            double ms = Bench.Context.medianMillis(runs, 2, () -> exec(cmd, null));
            Path log = work.resolve("classes-" + i + ".txt");
            exec(cmd, "-Xlog:class+load:file=" + log);
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            long cached = lines.stream()
                    .filter(l -> l.contains("shared objects file"))
                    .count();
            String label = "scripts/corpex " + String.join(" ", cases[i]);
            out.add(
                    "startup",
                    label,
                    ms,
                    "ms",
                    hello,
                    String.format(
                            Locale.ROOT,
                            "%.1fx the hello world (target %.0fx); %d classes, %d from the cache",
                            ms / hello,
                            targets[i],
                            lines.size(),
                            cached));
        }
    }

    private static boolean newerThan(Path dir, long millis) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis() > millis;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    /** Runs a command to its end, its output discarded; {@code javaOpts} goes to the launcher's JVM. */
    private static void exec(List<String> cmd, String javaOpts) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (javaOpts != null) pb.environment().put("CORPEX_JAVA_OPTS", javaOpts);
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) p.destroyForcibly();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The JDK the launcher picks: JAVA_HOME's, else the newest 17+ on the PATH or in the usual JVM folders. */
    private static Path newestJava() throws IOException {
        String home = System.getenv("JAVA_HOME");
        if (home != null
                && Files.isExecutable(Path.of(home, "bin", "java"))
                && Files.isExecutable(Path.of(home, "bin", "javac"))) return Path.of(home, "bin", "java");
        Path best = null;
        int bestMajor = 16;
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String r : List.of("/usr/lib/jvm", "/usr/local/lib/jvm", "/opt/java")) {
            Path d = Path.of(r);
            if (!Files.isDirectory(d)) continue;
            try (var s = Files.list(d)) {
                s.forEach(candidates::add);
            }
        }
        for (Path jdk : candidates) {
            Path rel = jdk.resolve("release");
            if (!Files.isExecutable(jdk.resolve("bin/javac")) || !Files.isReadable(rel)) continue;
            for (String line : Files.readAllLines(rel, StandardCharsets.UTF_8)) {
                if (!line.startsWith("JAVA_VERSION=")) continue;
                String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                if (v.startsWith("1.")) v = v.substring(2);
                int major = Integer.parseInt(v.split("[-.+_]")[0]);
                if (major > bestMajor) {
                    bestMajor = major;
                    best = jdk.resolve("bin/java").toRealPath();
                }
            }
        }
        return best;
    }
}
