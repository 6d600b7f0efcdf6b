package org.kbaudit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md: cli → audit → (ingest, rules, simulation, report) → domain; ingest and report
 * share plain stream helpers (io), which depend on nothing of ours.
 */
@AnalyzeClasses(packages = "org.kbaudit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers_depend_one_way = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Cli").definedBy("org.kbaudit.cli..")
            .layer("Audit").definedBy("org.kbaudit.audit..")
            .layer("Ingest").definedBy("org.kbaudit.ingest..")
            .layer("Rules").definedBy("org.kbaudit.rules..")
            .layer("Simulation").definedBy("org.kbaudit.simulation..")
            .layer("Report").definedBy("org.kbaudit.report..")
            .layer("Generate").definedBy("org.kbaudit.generate..")
            .layer("Domain").definedBy("org.kbaudit.domain..")
            .layer("Io").definedBy("org.kbaudit.io..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Audit")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Audit")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Audit", "Cli")
            .whereLayer("Simulation").mayOnlyBeAccessedByLayers("Audit", "Cli")
            .whereLayer("Generate").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Ingest", "Report")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Cli", "Audit", "Ingest", "Rules", "Simulation", "Report", "Generate");

    @ArchTest
    static final ArchRule the_domain_imports_no_framework = noClasses().that().resideInAPackage("org.kbaudit.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.apache.poi..",
                    "com.fasterxml.jackson..", "picocli..", "org.apache.commons.csv..");

    @ArchTest
    static final ArchRule only_the_command_line_prints = noClasses().that().resideOutsideOfPackage("org.kbaudit.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
