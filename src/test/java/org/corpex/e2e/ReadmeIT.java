package org.corpex.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the README and the pages of docs/ true: every {@code $ command} line in a ```console block is run by bash in
 * the project folder, page by page (README first, then docs/ by name, each page's examples in order), and what it
 * prints must be what the page shows (timings masked). Run with {@code -Dreadme.update=true} to rewrite the blocks from
 * real runs after a change of output.
 */
class ReadmeIT {
    private static final Path README = Tmux.ROOT.resolve("README.md");
    private static final Path DOCS = Tmux.ROOT.resolve("docs");

    /** README.md, then every page of docs/ by name. */
    static List<Path> pages() throws IOException {
        List<Path> out = new ArrayList<>(List.of(README));
        if (Files.isDirectory(DOCS)) {
            try (var s = Files.list(DOCS)) {
                s.filter(p -> p.getFileName().toString().endsWith(".md"))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static final Pattern TIMING = Pattern.compile("\\d+\\.\\d+ s\\b");

    record Example(int line, String command, List<String> expected) {}

    static List<Example> examples(List<String> lines) {
        List<Example> out = new ArrayList<>();
        boolean inConsole = false;
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!inConsole && l.strip().equals("```console")) {
                inConsole = true;
                continue;
            }
            if (inConsole && l.strip().equals("```")) {
                inConsole = false;
                if (current != null) out.add(current);
                current = null;
                continue;
            }
            if (!inConsole) continue;
            if (l.startsWith("$ ")) {
                if (current != null) out.add(current);
                current = new Example(i + 1, l.substring(2), new ArrayList<>());
            } else if (current != null) {
                current.expected().add(l);
            }
        }
        return out;
    }

    static List<String> run(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command)
                .directory(Tmux.ROOT.toFile())
                .redirectErrorStream(true);
        pb.environment().put("NO_COLOR", "1");
        pb.environment().remove("COLUMNS");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        List<String> lines =
                new ArrayList<>(out.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    private static List<String> masked(List<String> lines) {
        return lines.stream()
                .map(l -> TIMING.matcher(l.stripTrailing()).replaceAll("N s"))
                .toList();
    }

    @TestFactory
    List<DynamicTest> everyExampleInTheReadmeRunsAsShown() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = Files.readAllLines(page);
            List<Example> examples = examples(lines);
            String name = Tmux.ROOT.relativize(page).toString();
            if (page.equals(README))
                assertThat(examples).as("console examples in README.md").isNotEmpty();
            if (Boolean.getBoolean("readme.update")) {
                update(page, lines, examples);
                continue;
            }
            for (Example e : examples) {
                tests.add(DynamicTest.dynamicTest(name + ":" + e.line() + ": " + e.command(), () -> {
                    List<String> expected = new ArrayList<>(e.expected());
                    while (!expected.isEmpty()
                            && expected.get(expected.size() - 1).isBlank()) expected.remove(expected.size() - 1);
                    assertThat(masked(run(e.command())))
                            .as("output of %s:%d %s", name, e.line(), e.command())
                            .containsExactlyElementsOf(masked(expected));
                }));
            }
        }
        return tests;
    }

    /**
     * Every link from one page to another file of the project ("docs/loading.md", "#a-heading" aside) leads to a file
     * that exists.
     */
    @Test
    void everyLinkBetweenThePagesLeadsSomewhere() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        for (Path page : pages()) {
            var m = link.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) continue;
                assertThat(page.getParent().resolve(target).normalize())
                        .as("%s links to %s", Tmux.ROOT.relativize(page), target)
                        .exists();
            }
        }
    }

    /** Rewrites each example's output with what the command prints now. */
    private static void update(Path page, List<String> lines, List<Example> examples) throws IOException {
        List<String> out = new ArrayList<>(lines);
        for (int k = examples.size() - 1; k >= 0; k--) {
            Example e = examples.get(k);
            int from = e.line(); // index of the first output line
            int to = from + e.expected().size();
            List<String> actual;
            try {
                actual = run(e.command());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            List<String> expected = lines.subList(from, to);
            if (masked(actual).equals(masked(expected))) continue; // only timings differ: keep the diff quiet
            out.subList(from, to).clear();
            out.addAll(from, actual);
        }
        Files.write(page, out);
    }
}
