package org.corpex;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers, each depending only on those below it: base; table, corpus; index; figures;
 * session (the command API); the features (query, commands, kwic, compare, time); shell (the
 * registry that runs lines); the front ends (batch, prompt, tui); Main, which wires them.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.corpex");

    @Test
    void noPackageCycles() {
        slices().matching("org.corpex.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /**
     * The JDK's own reading of the bytecode agrees, package by package (a package and its
     * sub-package count as two): jdeps finds no cycle among corpex's packages.
     */
    @Test
    void jdepsFindsNoCycleAmongPackages() {
        java.util.spi.ToolProvider jdeps = java.util.spi.ToolProvider.findFirst("jdeps").orElseThrow();
        java.io.StringWriter out = new java.io.StringWriter();
        int status = jdeps.run(new java.io.PrintWriter(out), new java.io.PrintWriter(out), "-verbose:package", "-e", "org\\.corpex\\..*",
                java.nio.file.Path.of("target", "classes").toString());
        org.assertj.core.api.Assertions.assertThat(status).as(out.toString()).isZero();
        java.util.Map<String, java.util.Set<String>> uses = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+(org\\.corpex[\\w.]*)\\s+->\\s+(org\\.corpex[\\w.]*)\\s").matcher(out.toString());
        while (m.find()) if (!m.group(1).equals(m.group(2))) uses.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>()).add(m.group(2));
        org.assertj.core.api.Assertions.assertThat(uses).as("jdeps read no dependency: %s", out).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(cycles(java.util.Map.of("x", java.util.Set.of("y"), "y", java.util.Set.of("z", "x"))))
                .as("a cycle is found").containsExactly(java.util.Set.of("x", "y"));
        org.assertj.core.api.Assertions.assertThat(cycles(uses)).isEmpty();
    }

    /** The sources agree too: no cycle among packages by what each file imports (an unused import fails the build). */
    @Test
    void importsMakeNoCycleAmongPackages() throws java.io.IOException {
        java.util.Map<String, java.util.Set<String>> uses = new java.util.TreeMap<>();
        java.util.regex.Pattern imp = java.util.regex.Pattern.compile("(?m)^import (?:static )?(org\\.corpex(?:\\.[a-z]\\w*)*)\\.[A-Z]");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java", "org", "corpex"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String text = java.nio.file.Files.readString(f);
                java.util.regex.Matcher pk = java.util.regex.Pattern.compile("(?m)^package ([\\w.]+);").matcher(text);
                if (!pk.find()) continue;
                java.util.regex.Matcher m = imp.matcher(text);
                while (m.find()) if (!m.group(1).equals(pk.group(1))) uses.computeIfAbsent(pk.group(1), k -> new java.util.TreeSet<>()).add(m.group(1));
            }
        }
        org.assertj.core.api.Assertions.assertThat(uses).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(cycles(uses)).isEmpty();
    }

    /** The packages of each cycle (strongly connected set of more than one) in a graph of uses. */
    static java.util.List<java.util.Set<String>> cycles(java.util.Map<String, java.util.Set<String>> uses) {
        java.util.List<java.util.Set<String>> out = new java.util.ArrayList<>();
        java.util.Set<String> nodes = new java.util.TreeSet<>(uses.keySet());
        for (String a : nodes) {
            java.util.Set<String> reach = reach(uses, a);
            if (!reach.contains(a)) continue;
            java.util.Set<String> cycle = new java.util.TreeSet<>();
            for (String b : reach) if (reach(uses, b).contains(a)) cycle.add(b);
            if (!out.contains(cycle)) out.add(cycle);
        }
        return out;
    }

    private static java.util.Set<String> reach(java.util.Map<String, java.util.Set<String>> uses, String from) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(uses.getOrDefault(from, java.util.Set.of()));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (seen.add(n)) todo.addAll(uses.getOrDefault(n, java.util.Set.of()));
        }
        return seen;
    }

    /**
     * The layers of the README's table, each used only by those above it. The features (kwic,
     * compare, time) are independent of one another: what two share sits below them (the query
     * language, the extractors, the session).
     */
    @Test
    void layersAreUsedOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("base").definedBy("org.corpex.base..")
                .layer("data").definedBy("org.corpex.table..", "org.corpex.corpus..")
                .layer("text").definedBy("org.corpex.index..", "org.corpex.language..")
                .layer("session").definedBy("org.corpex.session..")
                .layer("extraction").definedBy("org.corpex.figures..", "org.corpex.quotes..")
                .layer("query").definedBy("org.corpex.query..")
                .layer("engines").definedBy("org.corpex.store..", "org.corpex.solr..")
                .layer("kwic").definedBy("org.corpex.kwic..")
                .layer("compare").definedBy("org.corpex.compare..")
                .layer("time").definedBy("org.corpex.time..")
                .layer("commands").definedBy("org.corpex.commands..")
                .layer("shell").definedBy("org.corpex.shell..")
                .layer("front ends").definedBy("org.corpex.batch..", "org.corpex.prompt..", "org.corpex.tui..")
                .layer("main").definedBy("org.corpex")
                .whereLayer("main").mayNotBeAccessedByAnyLayer()
                .whereLayer("front ends").mayOnlyBeAccessedByLayers("main")
                .whereLayer("shell").mayOnlyBeAccessedByLayers("front ends", "main")
                .whereLayer("commands").mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("kwic").mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("time").mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("engines").mayOnlyBeAccessedByLayers("commands", "shell", "front ends", "main")
                .whereLayer("query").mayOnlyBeAccessedByLayers("kwic", "compare", "time", "commands", "shell", "front ends", "main")
                .whereLayer("extraction").mayOnlyBeAccessedByLayers("query", "engines", "kwic", "compare", "time", "commands", "shell", "front ends", "main")
                .whereLayer("session").mayOnlyBeAccessedByLayers("extraction", "query", "engines", "kwic", "compare", "time", "commands", "shell",
                        "front ends", "main")
                .whereLayer("text").mayOnlyBeAccessedByLayers("session", "extraction", "query", "engines", "kwic", "compare", "time", "commands",
                        "shell", "front ends", "main")
                .whereLayer("data").mayOnlyBeAccessedByLayers("text", "session", "extraction", "query", "engines", "kwic", "compare", "time",
                        "commands", "shell", "front ends", "main")
                .check(MAIN);
    }

    @Test
    void theCoreKnowsNoFrontEnd() {
        noClasses().that().resideInAnyPackage("org.corpex.base..", "org.corpex.table..", "org.corpex.corpus..", "org.corpex.index..",
                        "org.corpex.figures..", "org.corpex.session..", "org.corpex.query..", "org.corpex.commands..", "org.corpex.kwic..",
                        "org.corpex.compare..", "org.corpex.time..", "org.corpex.store..", "org.corpex.solr..", "org.corpex.language..",
                        "org.corpex.quotes..")
                .should().dependOnClassesThat().resideInAnyPackage("org.corpex.shell..", "org.corpex.batch..", "org.corpex.prompt..",
                        "org.corpex.tui..", "org.jline.reader..", "org.jline.terminal..", "com.googlecode.lanterna..")
                .check(MAIN);
    }

    @Test
    void frontEndsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.corpex.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.corpex.prompt..", "org.corpex.tui..").check(MAIN);
        noClasses().that().resideInAPackage("org.corpex.prompt..")
                .should().dependOnClassesThat().resideInAnyPackage("org.corpex.batch..", "org.corpex.tui..").check(MAIN);
        noClasses().that().resideInAPackage("org.corpex.tui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.corpex.batch..", "org.corpex.prompt..").check(MAIN);
    }

    /** Every package says what it is for and what it may use, where a newcomer looks first. */
    @Test
    void everyPackageSaysWhatItIsFor() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java/org/corpex");
        try (var dirs = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path d : dirs.filter(java.nio.file.Files::isDirectory).toList()) {
                boolean sources;
                try (var files = java.nio.file.Files.list(d)) {
                    sources = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (!sources) continue;
                java.nio.file.Path info = d.resolve("package-info.java");
                org.assertj.core.api.Assertions.assertThat(info).as("%s has a package-info.java", d).exists();
                org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(info)).as("%s says what it may use", info).contains("May use", "/**");
            }
        }
    }

    @Test
    void nothingButMainDependsOnTheRootPackage() {
        noClasses().that().resideOutsideOfPackage("org.corpex")
                .should().dependOnClassesThat().resideInAPackage("org.corpex").check(MAIN);
    }
}
