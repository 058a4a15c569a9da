package org.corpex.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real launcher, scripts/corpex, as a script or a pipe would. */
public final class Launcher {
    private Launcher() {}

    public record Run(int status, String out, String err) {}

    public static Run run(String stdin, String... args) {
        return run(Tmux.ROOT, Map.of(), stdin, args);
    }

    /** Runs scripts/corpex with {@code args} in {@code cwd}, feeding {@code stdin} (null: closed). */
    public static Run run(Path cwd, Map<String, String> env, String stdin, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Tmux.LAUNCHER.toString());
        cmd.addAll(List.of(args));
        return exec(cwd, env, stdin, cmd);
    }

    /** Runs any command in {@code cwd} with {@code env} added (a null value removes a variable), as a pipe would. */
    public static Run exec(Path cwd, Map<String, String> env, String stdin, List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        try {
            Process p = pb.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("did not finish in 120 s: " + cmd);
            }
            return new Run(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
