package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.session.SweepRow;
import org.gradflow.testing.Await;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run ▸ Sweep… through its view-model, without the toolkit. */
class SweepViewModelTest {
    private final List<SweepRow> opened = new ArrayList<>();
    private final SweepViewModel vm = new SweepViewModel(Scenario.DEFAULT, Runnable::run,
            (plan, row) -> opened.add(row));

    @Test
    void itIsPrefilledFromTheCurrentSettings() {
        assertThat(vm.outputSizesProperty().get()).isEqualTo("1,6");
        assertThat(vm.learningRatesProperty().get()).isEqualTo("0.01");
        assertThat(vm.seedsProperty().get()).isEqualTo("1..8");
    }

    @Test
    void aComparisonOfSettingsIsPrefilledAsTheSettingsToVaryAndItsHeatmapCrossesThem() throws Exception {
        Scenario deep = new ScenarioReader().read(Path.of("assets/scenarios/deep-sigmoid.json"));
        SweepViewModel sweep = new SweepViewModel(deep, Runnable::run, (plan, row) -> opened.add(row));
        assertThat(sweep.varyProperty().get())
                .isEqualTo("network.activation=sigmoid,relu; network.init=torch,he-normal");
        assertThat(sweep.outputSizesProperty().get()).isEqualTo("2");
        sweep.seedsProperty().set("1..1");
        sweep.passesProperty().set("5");
        assertThat(sweep.start()).as(sweep.statusProperty().get()).isTrue();
        Await.until("the sweep to finish", 60, () -> !sweep.runningProperty().get());
        // sigmoid and relu, each with torch and he-normal: the main run, the comparison and both mixes.
        assertThat(sweep.summaryProperty().get().rows()).isEqualTo(4);
    }

    @Test
    void aSweepFillsTheHeatmapAndAClickOpensItsFirstSeedInTheMainRuns(@TempDir Path dir) throws Exception {
        vm.passesProperty().set("30");
        assertThat(vm.start()).isTrue();
        Await.until("the sweep to finish", 60, () -> !vm.runningProperty().get());
        assertThat(vm.summaryProperty().get().rows()).isEqualTo(16);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.statusProperty().get()).startsWith("16 runs in ");
        vm.select(1, 0);
        assertThat(vm.cellRows()).hasSize(8);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).combination().outputSize()).isEqualTo(6);
        assertThat(opened.get(0).combination().seed()).isEqualTo(1);
        assertThat(vm.exportCsv(dir.resolve("s.csv"))).isTrue();
        assertThat(Files.readAllLines(dir.resolve("s.csv"))).hasSize(17);
        assertThat(vm.exportPng(dir.resolve("s.png"))).isTrue();
    }

    @Test
    void badChoicesAreSaidInOneLineAndNothingRuns() {
        vm.seedsProperty().set("5..1");
        assertThat(vm.start()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Seeds must be A..B with 0 <= A <= B <= 4294967295, got 5..1.");
        vm.seedsProperty().set("1..2");
        vm.learningRatesProperty().set("");
        assertThat(vm.start()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Learning rates is empty: give a comma-separated list.");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheSweepAndSaysHowFarItGot() throws Exception {
        vm.seedsProperty().set("1..200");
        vm.passesProperty().set("2000");
        vm.threadsProperty().set("1");
        assertThat(vm.start()).isTrue();
        Await.until("a first run", 60, () -> vm.summaryProperty().get().rows() > 0);
        vm.cancel();
        Await.until("the sweep to stop", 60, () -> !vm.runningProperty().get());
        assertThat(vm.statusProperty().get()).startsWith("Cancelled: ").contains("of 400 runs finished");
    }
}
