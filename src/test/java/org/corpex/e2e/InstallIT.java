package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install in a throw-away HOME: what it puts where, twice, and --uninstall. */
class InstallIT {
    private static final Path INSTALL = Tmux.ROOT.resolve("scripts/install");

    record Run(int status, String out) {}

    static Run install(Path home, Map<String, String> xdg, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", INSTALL.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("XDG_"));
        env.put("HOME", home.toString());
        env.putAll(xdg);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return new Run(p.exitValue(), out);
    }

    /** Every path under {@code root} with what it is: a folder, a file's content, or a link's target. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String what = Files.isSymbolicLink(p)
                        ? "-> " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p) ? "dir" : "file " + Files.readString(p);
                out.put(root.relativize(p).toString(), what);
            }
        }
        return out;
    }

    @Test
    void installsLinksTwiceTheSameAndUninstallsOnlyWhatItInstalled(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".local/bin"));
        Files.writeString(home.resolve(".local/bin/other-tool"), "mine");
        Files.createDirectories(home.resolve(".config/fish/completions"));
        Files.writeString(home.resolve(".config/fish/completions/git.fish"), "theirs");
        Map<String, String> before = tree(home);

        Run first = install(home, Map.of());
        assertThat(first.status()).as(first.out()).isZero();
        Map<String, String> installed = tree(home);
        assertThat(installed)
                .containsEntry(".local/bin/corpex", "-> " + Tmux.ROOT.resolve("scripts/corpex"))
                .containsEntry(
                        ".local/share/bash-completion/completions/corpex",
                        "-> " + Tmux.ROOT.resolve("completions/corpex.bash"))
                .containsEntry(
                        ".local/share/zsh/site-functions/_corpex", "-> " + Tmux.ROOT.resolve("completions/_corpex"))
                .containsEntry(
                        ".config/fish/completions/corpex.fish", "-> " + Tmux.ROOT.resolve("completions/corpex.fish"))
                .containsEntry(".local/share/man/man1/corpex.1", "-> " + Tmux.ROOT.resolve("man/corpex.1"));

        Run second = install(home, Map.of());
        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("already installed").doesNotContainPattern("(?m)^installed: ");
        assertThat(tree(home)).isEqualTo(installed);

        // The link on the PATH runs the real launcher.
        Process p = new ProcessBuilder(home.resolve(".local/bin/corpex").toString(), "-c", "docs", "--format", "csv")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start(); // stderr has the load summary
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).startsWith("id,title,source");

        // man finds the page where the link put it (where man is installed)
        if (new File("/usr/bin/man").canExecute()) {
            Process m = new ProcessBuilder(
                            "man",
                            "-P",
                            "cat",
                            "-M",
                            home.resolve(".local/share/man").toString(),
                            "corpex")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String page = new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(m.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(page).contains("COMMANDS").contains("kwic");
        }

        Run gone = install(home, Map.of(), "--uninstall");
        assertThat(gone.status()).as(gone.out()).isZero();
        assertThat(tree(home)).isEqualTo(before);
    }

    @Test
    void honoursXdgFoldersAndLeavesAForeignFileAlone(@TempDir Path home) throws Exception {
        Path data = home.resolve("data"), config = home.resolve("conf"), state = home.resolve("state");
        Files.createDirectories(config.resolve("fish/completions"));
        Files.writeString(config.resolve("fish/completions/corpex.fish"), "someone else's");
        Map<String, String> xdg = Map.of(
                "XDG_DATA_HOME",
                data.toString(),
                "XDG_CONFIG_HOME",
                config.toString(),
                "XDG_STATE_HOME",
                state.toString());

        Run r = install(home, xdg);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("skipped: " + config.resolve("fish/completions/corpex.fish"));
        assertThat(Files.isSymbolicLink(data.resolve("bash-completion/completions/corpex")))
                .isTrue();
        assertThat(Files.isSymbolicLink(data.resolve("zsh/site-functions/_corpex")))
                .isTrue();
        assertThat(state.resolve("corpex/install.manifest")).exists();

        install(home, xdg, "--uninstall");
        assertThat(Files.readString(config.resolve("fish/completions/corpex.fish")))
                .isEqualTo("someone else's");
        assertThat(data).doesNotExist();
        assertThat(home.resolve(".local/bin/corpex")).doesNotExist();
    }
}
