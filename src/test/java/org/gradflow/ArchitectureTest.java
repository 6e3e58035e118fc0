package org.gradflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the design fixes, enforced on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gradflow");

    @Test
    void theEngineNeverTouchesJavaFxOrAwt() {
        noClasses().that().resideInAPackage("org.gradflow.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(MAIN);
    }

    @Test
    void theEngineDependsOnNothingElseOfGradFlow() {
        noClasses().that().resideInAPackage("org.gradflow.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gradflow.cli..", "org.gradflow.app..",
                        "org.gradflow.plot..", "org.gradflow.export..")
                .check(MAIN);
    }

    @Test
    void theCommandLineDoesNotNeedTheWindow() {
        noClasses().that().resideInAPackage("org.gradflow.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.gradflow.app..")
                .check(MAIN);
    }
}
