package org.kbaudit.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The simulation finds collateral on its own: it depends on the domain and the JDK only. */
class SimulationArchitectureTest {

    private final JavaClasses simulation = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kbaudit.simulation");

    @Test
    void the_simulation_depends_only_on_the_domain_and_the_jdk() {
        classes().that().resideInAPackage("org.kbaudit.simulation")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.kbaudit.simulation", "org.kbaudit.domain",
                        "java..")
                .check(simulation);
    }

    @Test
    void the_simulation_prints_nothing() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(simulation);
    }
}
