package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.plot.Diagnosis;
import java.util.stream.Stream;
import org.gradflow.plot.LessonReader;
import org.junit.jupiter.api.Test;

/** File ▸ Examples: every bundled scenario, from the application's resources, shows what its line says. */
class ExampleTest {

    @Test
    void everyExampleLoadsFromTheResourcesAndIsTheFileInAssets() throws Exception {
        for (Example example : Example.ALL) {
            Scenario fromResources = example.load();
            Scenario fromFile = new ScenarioReader().read(Path.of("assets/scenarios", example.file()));
            assertThat(fromResources).as(example.file()).isEqualTo(fromFile);
        }
        try (var files = Files.list(Path.of("assets/scenarios"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Example.ALL.stream().map(Example::file).toList());
        }
    }

    @Test
    void everyBundledLessonIsListedWithItsOwnTitleAndEveryLessonFileIsListed() throws Exception {
        for (BundledLesson bundled : BundledLesson.ALL) {
            assertThat(new LessonReader().readResource(bundled.file()).title()).isEqualTo(bundled.title());
        }
        try (Stream<Path> files = Files.list(Path.of("assets/lessons"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(BundledLesson.ALL.stream().map(BundledLesson::file).sorted().toList());
        }
    }

    @Test
    void theSaturatedExampleIsDiagnosedAsSaturatedAndTheHighRateAsLearnedThenLost() throws Exception {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            assertThat(vm.openExample(Example.ALL.get(5))).isTrue();
            vm.transport().seek(100);
            vm.simulation().whenIdle().get(30, TimeUnit.SECONDS);
            vm.refresh();
            assertThat(Diagnosis.of(vm.mainRun().frame()).kind()).isEqualTo(Diagnosis.Kind.SATURATED);
            assertThat(vm.openExample(Example.ALL.get(4))).isTrue();
            vm.transport().seek(1_900);
            vm.simulation().whenIdle().get(30, TimeUnit.SECONDS);
            vm.refresh();
            assertThat(Diagnosis.of(vm.comparisonRun().frame()).kind()).isEqualTo(Diagnosis.Kind.RELAPSED);
        }
    }
}
