package org.corpex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The layers, each depending only on those below it: base; table, corpus; index; figures; session (the command API);
 * the features (query, commands, kwic, compare, time); shell (the registry that runs lines); the front ends (batch,
 * prompt, tui); Main, which wires them.
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
     * The JDK's own reading of the bytecode agrees, package by package (a package and its sub-package count as two):
     * jdeps finds no cycle among corpex's packages.
     */
    @Test
    void jdepsFindsNoCycleAmongPackages() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(
                new PrintWriter(out),
                new PrintWriter(out),
                "-verbose:package",
                "-e",
                "org\\.corpex\\..*",
                Path.of("target", "classes").toString());
        Assertions.assertThat(status).as(out.toString()).isZero();
        Map<String, Set<String>> uses = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\s+(org\\.corpex[\\w.]*)\\s+->\\s+(org\\.corpex[\\w.]*)\\s")
                .matcher(out.toString());
        while (m.find())
            if (!m.group(1).equals(m.group(2)))
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        Assertions.assertThat(uses).as("jdeps read no dependency: %s", out).isNotEmpty();
        Assertions.assertThat(cycles(Map.of("x", Set.of("y"), "y", Set.of("z", "x"))))
                .as("a cycle is found")
                .containsExactly(Set.of("x", "y"));
        Assertions.assertThat(cycles(uses)).isEmpty();
    }

    /** The sources agree too: no cycle among packages by what each file imports (an unused import fails the build). */
    @Test
    void importsMakeNoCycleAmongPackages() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        Pattern imp = Pattern.compile("(?m)^import (?:static )?(org\\.corpex(?:\\.[a-z]\\w*)*)\\.[A-Z]");
        try (var files = Files.walk(Path.of("src", "main", "java", "org", "corpex"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher pk = Pattern.compile("(?m)^package ([\\w.]+);").matcher(text);
                if (!pk.find()) continue;
                Matcher m = imp.matcher(text);
                while (m.find())
                    if (!m.group(1).equals(pk.group(1)))
                        uses.computeIfAbsent(pk.group(1), k -> new TreeSet<>()).add(m.group(1));
            }
        }
        Assertions.assertThat(uses).isNotEmpty();
        Assertions.assertThat(cycles(uses)).isEmpty();
    }

    /** The packages of each cycle (strongly connected set of more than one) in a graph of uses. */
    static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        List<Set<String>> out = new ArrayList<>();
        Set<String> nodes = new TreeSet<>(uses.keySet());
        for (String a : nodes) {
            Set<String> reach = reach(uses, a);
            if (!reach.contains(a)) continue;
            Set<String> cycle = new TreeSet<>();
            for (String b : reach) if (reach(uses, b).contains(a)) cycle.add(b);
            if (!out.contains(cycle)) out.add(cycle);
        }
        return out;
    }

    private static Set<String> reach(Map<String, Set<String>> uses, String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (seen.add(n)) todo.addAll(uses.getOrDefault(n, Set.of()));
        }
        return seen;
    }

    /**
     * The layers of the README's table, each used only by those above it. The features (kwic, compare, time) are
     * independent of one another: what two share sits below them (the query language, the extractors, the session).
     */
    @Test
    void layersAreUsedOnlyFromAbove() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("base")
                .definedBy("org.corpex.base..")
                .layer("data")
                .definedBy("org.corpex.table..", "org.corpex.corpus..")
                .layer("text")
                .definedBy("org.corpex.index..", "org.corpex.language..")
                .layer("session")
                .definedBy("org.corpex.session..")
                .layer("extraction")
                .definedBy("org.corpex.figures..", "org.corpex.quotes..")
                .layer("query")
                .definedBy("org.corpex.query..")
                .layer("engines")
                .definedBy("org.corpex.store..", "org.corpex.solr..")
                .layer("kwic")
                .definedBy("org.corpex.kwic..")
                .layer("compare")
                .definedBy("org.corpex.compare..")
                .layer("time")
                .definedBy("org.corpex.time..")
                .layer("commands")
                .definedBy("org.corpex.commands..")
                .layer("shell")
                .definedBy("org.corpex.shell..")
                .layer("front ends")
                .definedBy("org.corpex.batch..", "org.corpex.prompt..", "org.corpex.tui..")
                .layer("main")
                .definedBy("org.corpex")
                .whereLayer("main")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("front ends")
                .mayOnlyBeAccessedByLayers("main")
                .whereLayer("shell")
                .mayOnlyBeAccessedByLayers("front ends", "main")
                .whereLayer("commands")
                .mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("kwic")
                .mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("compare")
                .mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("time")
                .mayOnlyBeAccessedByLayers("shell", "front ends", "main")
                .whereLayer("engines")
                .mayOnlyBeAccessedByLayers("commands", "shell", "front ends", "main")
                .whereLayer("query")
                .mayOnlyBeAccessedByLayers("kwic", "compare", "time", "commands", "shell", "front ends", "main")
                .whereLayer("extraction")
                .mayOnlyBeAccessedByLayers(
                        "query", "engines", "kwic", "compare", "time", "commands", "shell", "front ends", "main")
                .whereLayer("session")
                .mayOnlyBeAccessedByLayers(
                        "extraction",
                        "query",
                        "engines",
                        "kwic",
                        "compare",
                        "time",
                        "commands",
                        "shell",
                        "front ends",
                        "main")
                .whereLayer("text")
                .mayOnlyBeAccessedByLayers(
                        "session",
                        "extraction",
                        "query",
                        "engines",
                        "kwic",
                        "compare",
                        "time",
                        "commands",
                        "shell",
                        "front ends",
                        "main")
                .whereLayer("data")
                .mayOnlyBeAccessedByLayers(
                        "text",
                        "session",
                        "extraction",
                        "query",
                        "engines",
                        "kwic",
                        "compare",
                        "time",
                        "commands",
                        "shell",
                        "front ends",
                        "main")
                .check(MAIN);
    }

    @Test
    void theCoreKnowsNoFrontEnd() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.corpex.base..",
                        "org.corpex.table..",
                        "org.corpex.corpus..",
                        "org.corpex.index..",
                        "org.corpex.figures..",
                        "org.corpex.session..",
                        "org.corpex.query..",
                        "org.corpex.commands..",
                        "org.corpex.kwic..",
                        "org.corpex.compare..",
                        "org.corpex.time..",
                        "org.corpex.store..",
                        "org.corpex.solr..",
                        "org.corpex.language..",
                        "org.corpex.quotes..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.corpex.shell..",
                        "org.corpex.batch..",
                        "org.corpex.prompt..",
                        "org.corpex.tui..",
                        "org.jline.reader..",
                        "org.jline.terminal..",
                        "com.googlecode.lanterna..")
                .check(MAIN);
    }

    @Test
    void frontEndsDoNotKnowEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.corpex.batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.corpex.prompt..", "org.corpex.tui..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("org.corpex.prompt..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.corpex.batch..", "org.corpex.tui..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("org.corpex.tui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.corpex.batch..", "org.corpex.prompt..")
                .check(MAIN);
    }

    /** Every package says what it is for and what it may use, where a newcomer looks first. */
    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        Path root = Path.of("src/main/java/org/corpex");
        try (var dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean sources;
                try (var files = Files.list(d)) {
                    sources = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (!sources) continue;
                Path info = d.resolve("package-info.java");
                Assertions.assertThat(info).as("%s has a package-info.java", d).exists();
                Assertions.assertThat(Files.readString(info))
                        .as("%s says what it may use", info)
                        .contains("May use", "/**");
            }
        }
    }

    @Test
    void nothingButMainDependsOnTheRootPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.corpex")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.corpex")
                .check(MAIN);
    }

    /**
     * The archive library is read only where an archive is: a load of plain files then never loads its classes, nor
     * checks them at start against the optional codecs (zstd, xz) corpex does not ship. Others may name its exceptions,
     * which a damaged archive throws through them.
     */
    @Test
    void onlyArchivesReadsTheArchiveLibrary() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.corpex.corpus.load.Archives")
                .and()
                .haveNameNotMatching("org\\.corpex\\.corpus\\.load\\.Archives\\$.*")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.apache.commons.compress..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameEndingWith("Exception"))))
                .check(MAIN);
    }
}
