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
