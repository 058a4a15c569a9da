package org.corpex.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.corpex.Main;
import org.corpex.shell.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** man/corpex.1: generated from the command-line models, checked in, and read by groff as man reads it. */
class ManPageTest {
    static final Path PAGE = Path.of("man", "corpex.1").toAbsolutePath();

    static String generated() {
        return ManPage.of(
                new picocli.CommandLine(new Main()).getCommandSpec(),
                Main.toolSpecs(),
                Commands.commandLine().getSubcommands());
    }

    @Test
    void theCheckedInPageMatchesTheCommandLineModels() throws IOException {
        String page = generated();
        if (Boolean.getBoolean("manpage.update")) {
            Files.createDirectories(PAGE.getParent());
            Files.writeString(PAGE, page, StandardCharsets.UTF_8);
        }
        assertThat(PAGE).exists();
        assertThat(Files.readString(PAGE))
                .as("man/corpex.1 is stale: regenerate with ./mvnw -o -q test -Dtest=ManPageTest -Dmanpage.update=true")
                .isEqualTo(page);
        // every command of the session language, and the index tool's options, are in it
        for (String c : Commands.commandLine().getSubcommands().keySet())
            assertThat(page).contains(ManPage.text(c));
        assertThat(page)
                .contains("\\fB\\-\\-update\\fR")
                .contains(".SS corpex replay")
                .contains(".SH EXIT STATUS");
    }

    @Test
    void troffEscapesWhatItWouldReadAsItsOwn() {
        assertThat(ManPage.text(".hidden")).isEqualTo("\\&.hidden");
        assertThat(ManPage.text("a\\b -c")).isEqualTo("a\\eb \\-c");
        assertThat(ManPage.text("a \u2192 b")).isEqualTo("a \\[u2192] b");
    }

    @Test
    void groffRendersItWithoutAWarning(@TempDir Path dir) throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("groff", "-v").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            probe = null;
        }
        assumeThat(probe != null && probe.exitValue() == 0)
                .as("groff is installed (CI installs groff-base)")
                .isTrue();
        Path page = dir.resolve("corpex.1");
        Files.writeString(page, generated(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", page.toString())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("err.txt")))
                .as("groff's warnings")
                .isEmpty();
        assertThat(out).contains("NAME").contains("corpex").contains("COMMANDS").contains("kwic");
    }
}
