package org.gradflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

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
                        "org.gradflow.plot..", "org.gradflow.export..", "org.gradflow.session..")
                .check(MAIN);
    }

    @Test
    void sessionPlotAndExportDrawWithoutJavaFx() {
        // They serve the headless export too, which must run with no display and no JavaFX toolkit.
        noClasses().that().resideInAnyPackage("org.gradflow.session..", "org.gradflow.plot..", "org.gradflow.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(MAIN);
    }

    @Test
    void chartsDoNotKnowHowTheyAreDrawn() {
        noClasses().that().resideInAPackage("org.gradflow.plot..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..",
                        "org.gradflow.export..", "org.gradflow.app..")
                .check(MAIN);
    }

    @Test
    void viewModelsHoldNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(MAIN);
    }

    @Test
    void controllersOnlyBindTheirViewModelsToTheirViews() {
        // What a chart shows, what a sentence says, what a setting means: the view-models' to decide, not a
        // controller's. A controller sees JavaFX and the window's own classes only.
        classes().that().haveSimpleNameEndingWith("Controller").and().resideInAPackage("org.gradflow.app..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javafx..", "org.gradflow.app..")
                .check(MAIN);
    }

    @Test
    void theCommandLineDoesNotNeedTheWindow() {
        // Only 'bench --window' opens it, through one entry point.
        noClasses().that().resideInAPackage("org.gradflow.cli..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("javafx..")
                        .or(JavaClass.Predicates.resideInAPackage("org.gradflow.app..")
                                .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("WindowBenchmark")))))
                .check(MAIN);
    }

    @Test
    void eachLayerDependsOnlyOnTheOnesBeforeIt() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("engine").definedBy("org.gradflow.engine..")
                .layer("session").definedBy("org.gradflow.session..")
                .layer("plot").definedBy("org.gradflow.plot..")
                .layer("export").definedBy("org.gradflow.export..")
                .layer("app").definedBy("org.gradflow.app..")
                .layer("cli").definedBy("org.gradflow.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("plot").mayOnlyBeAccessedByLayers("export", "app", "cli")
                .whereLayer("session").mayOnlyBeAccessedByLayers("plot", "export", "app", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("session", "plot", "export", "app", "cli")
                .check(MAIN);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("org.gradflow.(*)..")
                .should().beFreeOfCycles().check(MAIN);
    }
}
