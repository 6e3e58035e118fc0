package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TrainingRule;
import org.gradflow.export.SafeFiles;
import org.gradflow.plot.Badge;
import org.gradflow.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's behaviour through its view-model, without the JavaFX toolkit. */
class MainViewModelTest {
    private final MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run);

    private void settle() throws Exception {
        vm.simulation().whenIdle().get(30, TimeUnit.SECONDS);
        vm.refresh();
    }

    @AfterEach
    void close() {
        vm.close();
    }

    @Test
    void startsWithTheOriginalScriptOneDimensionNextToSix() throws Exception {
        settle();
        assertThat(vm.mainRun().titleProperty().get()).isEqualTo("Main run · D = 1");
        assertThat(vm.comparisonRun().titleProperty().get()).isEqualTo("Comparison run · D = 6");
        assertThat(vm.mainRun().iterationProperty().get()).isZero();
        assertThat(vm.transport().iterationTextProperty().get()).isEqualTo("iteration 0");
        assertThat(vm.explanationProperty().get().headline()).contains("D = 1 cannot learn");
    }

    @Test
    void stepAdvancesBothRunsByOne() throws Exception {
        vm.transport().step();
        settle();
        assertThat(vm.mainRun().iterationProperty().get()).isEqualTo(1);
        assertThat(vm.comparisonRun().iterationProperty().get()).isEqualTo(1);
        assertThat(vm.mainRun().statusProperty().get()).startsWith("iteration 1 · pair 1 · target −1 · C = 1 − ");
    }

    @Test
    void leftSliderAtOneShowsTheZeroGradientBadgeAndAtSixItDoesNot() throws Exception {
        vm.transport().step();
        settle();
        assertThat(vm.mainRun().gradientZeroProperty().get()).isTrue();
        assertThat(vm.mainRun().badges()).extracting(Badge::text).contains("gradient ≈ 0");
        vm.network().outputSizeProperty().set(6);
        settle();
        assertThat(vm.mainRun().outputSizeProperty().get()).isEqualTo(6);
        assertThat(vm.mainRun().iterationProperty().get()).isEqualTo(1);
        assertThat(vm.mainRun().gradientZeroProperty().get()).isFalse();
        assertThat(vm.status().messageProperty().get()).contains("Both runs rebuilt with D = 6 from seed 1");
    }

    @Test
    void playThenPauseStopsTheCount() throws Exception {
        vm.transport().speedExponentProperty().set(TransportViewModel.SPEED_MAX_EXPONENT);
        assertThat(vm.transport().speedTextProperty().get()).isEqualTo("max speed");
        vm.transport().togglePlay();
        assertThat(vm.transport().playingProperty().get()).isTrue();
        Await.until("play to pass 1,000 iterations", 20, () -> {
            vm.refresh();
            return vm.mainRun().iterationProperty().get() >= 1000;
        });
        vm.transport().togglePlay();
        // whenIdle completes only once play is off and nothing is left to do: were play still on, it would time out.
        settle();
        long stopped = vm.mainRun().iterationProperty().get();
        assertThat(stopped).isGreaterThanOrEqualTo(1000);
        settle();
        assertThat(vm.mainRun().iterationProperty().get()).isEqualTo(stopped);
        assertThat(vm.transport().playingProperty().get()).isFalse();
    }

    @Test
    void resetReturnsToIterationZero() throws Exception {
        vm.transport().step();
        vm.transport().step();
        settle();
        vm.transport().reset();
        settle();
        assertThat(vm.mainRun().iterationProperty().get()).isZero();
        assertThat(vm.comparisonRun().iterationProperty().get()).isZero();
    }

    @Test
    void aBadFieldValueIsRefusedAtTheFieldAndNeverReachesTheEngine() throws Exception {
        vm.network().learningRate().textProperty().set("fast");
        assertThat(vm.network().learningRate().errorProperty().get()).contains("must be a number");
        vm.network().commitFields();
        settle();
        assertThat(vm.scenario().learningRate()).isEqualTo(0.01);
        assertThat(vm.simulation().scenario().learningRate()).isEqualTo(0.01);
        assertThat(vm.status().kindProperty().get()).isEqualTo(StatusViewModel.Kind.ERROR);
        vm.network().learningRate().textProperty().set("0.01");
        vm.network().hiddenUnits().textProperty().set("0, 8");
        vm.network().commitFields();
        settle();
        // The field's message and what follows it, two sentences: "… got 0. The runs keep the previous value."
        assertThat(vm.status().messageProperty().get()).contains("got 0. The runs keep the previous value.");
        assertThat(vm.scenario().network().hiddenUnits()).containsExactly(3);
        vm.network().hiddenUnits().textProperty().set("3");
        vm.network().seed().textProperty().set("-4");
        assertThat(vm.network().seed().errorProperty().get()).contains("from 0 to 4294967295");
        vm.network().learningRate().textProperty().set("0.1");
        assertThat(vm.network().learningRate().errorProperty().get()).isNull();
    }

    @Test
    void aLearningRateOfAMillionShowsTheDivergenceMessage() throws Exception {
        vm.network().learningRate().textProperty().set("1e6");
        vm.network().commitFields();
        vm.transport().step();
        vm.transport().step();
        settle();
        assertThat(vm.comparisonRun().divergedProperty().get()).isTrue();
        assertThat(vm.comparisonRun().divergenceProperty().get()).startsWith("Diverged at iteration 1")
                .contains("Lower the learning rate and press Reset");
        assertThat(vm.mainRun().divergedProperty().get()).isFalse();
        assertThat(vm.explanationProperty().get().headline()).contains("diverged");
        vm.network().learningRate().textProperty().set("0.01");
        vm.network().commitFields();
        vm.transport().reset();
        settle();
        assertThat(vm.comparisonRun().divergedProperty().get()).isFalse();
    }

    @Test
    void ruleAndOtherSettingsRebuildBothRuns() throws Exception {
        vm.network().ruleProperty().set("torch-example");
        vm.network().hiddenUnits().textProperty().set("5");
        vm.network().commitFields();
        settle();
        assertThat(vm.scenario().rule()).isEqualTo(TrainingRule.TORCH_EXAMPLE);
        assertThat(vm.scenario().hiddenUnits()).isEqualTo(5);
        assertThat(vm.simulation().scenario()).isEqualTo(vm.scenario());
    }

    @Test
    void saveThenOpenReproducesTheSameRuns(@TempDir Path dir) throws Exception {
        vm.network().outputSizeProperty().set(2);
        vm.network().learningRate().textProperty().set("0.2");
        vm.network().commitFields();
        vm.transport().step();
        vm.transport().step();
        vm.transport().step();
        settle();
        String leftStatus = vm.mainRun().statusProperty().get();
        String rightStatus = vm.comparisonRun().statusProperty().get();
        Path file = dir.resolve("lesson.json");
        assertThat(vm.save(file, SafeFiles.Existing.REFUSE)).isTrue();

        try (MainViewModel other = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            assertThat(other.open(file)).isTrue();
            for (int i = 0; i < 3; i++) {
                other.transport().step();
            }
            other.simulation().whenIdle().get(30, TimeUnit.SECONDS);
            other.refresh();
            assertThat(other.mainRun().statusProperty().get()).isEqualTo(leftStatus);
            assertThat(other.comparisonRun().statusProperty().get()).isEqualTo(rightStatus);
            assertThat(other.network().outputSizeProperty().get()).isEqualTo(2);
            assertThat(other.network().learningRate().textProperty().get()).isEqualTo("0.2");
        }
    }

    @Test
    void aBadScenarioFileIsRefusedInOneLineAndTheRunsCarryOn(@TempDir Path dir) throws Exception {
        vm.transport().step();
        settle();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"training\": {\"rule\": \"adam\"}}");
        assertThat(vm.open(bad)).isFalse();
        assertThat(vm.status().messageProperty().get()).contains("training.rule").doesNotContain("\n");
        assertThat(vm.status().kindProperty().get()).isEqualTo(StatusViewModel.Kind.ERROR);
        settle();
        assertThat(vm.mainRun().iterationProperty().get()).isEqualTo(1);
    }

    @Test
    void exportsTheCsvOfEveryIterationAndRefusesAnUnwritableFolder(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 12; i++) {
            vm.transport().step();
        }
        settle();
        ExportSnapshot shot = vm.exports().snapshot();
        assertThat(shot.csvName()).isEqualTo("trace-D1-vs-D6-it12.csv");
        Path csv = dir.resolve(shot.csvName());
        assertThat(vm.exports().exportCsv(shot, csv).get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 2 * 12);
        assertThat(vm.status().messageProperty().get()).startsWith("Wrote ");

        assertThat(vm.exports().exportFigure(shot, dir.resolve("missing/figure.png"), SafeFiles.Existing.REFUSE)
                .get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(vm.status().messageProperty().get()).startsWith("Not exported: ").contains("does not exist")
                .doesNotContain("\n");
        assertThat(vm.status().kindProperty().get()).isEqualTo(StatusViewModel.Kind.ERROR);
    }

    @Test
    void speedLabels() {
        assertThat(TransportViewModel.speedLabel(0)).isEqualTo("1 it/s");
        assertThat(TransportViewModel.speedLabel(3)).isEqualTo("1k it/s");
        assertThat(TransportViewModel.speedLabel(7)).isEqualTo("max speed");
    }

    @Test
    void aMessageAboutSomethingDoneGoesOnceTheRunsHaveMovedOnAndItHadTimeToBeRead() throws Exception {
        long[] now = {0};
        try (MainViewModel timed = new MainViewModel(Scenario.DEFAULT, Runnable::run, () -> now[0],
                UserState.forUser())) {
            timed.transport().reset();
            timed.simulation().whenIdle().get(30, TimeUnit.SECONDS);
            timed.refresh();
            assertThat(timed.status().messageProperty().get()).startsWith("Reset:");
            timed.transport().step();
            timed.simulation().whenIdle().get(30, TimeUnit.SECONDS);
            timed.refresh();
            assertThat(timed.status().messageProperty().get()).as("still there a moment later").startsWith("Reset:");
            now[0] += 5_000_000_000L;
            timed.transport().step();
            timed.simulation().whenIdle().get(30, TimeUnit.SECONDS);
            timed.refresh();
            assertThat(timed.status().messageProperty().get()).isEmpty();
        }
    }

    @Test
    void theIterationCounterIsTheIterationTheRunsShow() throws Exception {
        vm.transport().seek(250);
        settle();
        assertThat(vm.transport().iterationTextProperty().get()).isEqualTo("iteration 250");
        assertThat(vm.mainRun().statusProperty().get()).startsWith("iteration 250 · ");
        vm.transport().stepBack();
        settle();
        assertThat(vm.transport().iterationTextProperty().get()).isEqualTo("iteration 249");
        assertThat(vm.transport().frontierProperty().get()).isEqualTo(250);
    }

    @Test
    void goToRefusesWhatIsNotAnIterationWithOneLine() throws Exception {
        vm.transport().goTo().textProperty().set("twelve");
        vm.transport().commitGoTo();
        assertThat(vm.status().messageProperty().get()).isEqualTo("The iteration must be a whole number from 0 to "
                + Parsers.MAX_ITERATION + ".");
        vm.transport().goTo().textProperty().set("1,400");
        vm.transport().commitGoTo();
        settle();
        assertThat(vm.mainRun().iterationProperty().get()).isEqualTo(1_400);
    }

    /** Today's bug: the name was taken before the dialog and the picture after it, while the runs played on. */
    @Test
    void anExportWritesTheMomentItWasNamedAfterEvenIfTheRunsPlayOn(@TempDir Path dir) throws Exception {
        vm.transport().seek(500);
        settle();
        ExportSnapshot shot = vm.exports().snapshot();
        vm.transport().seek(9_000);
        settle();
        assertThat(shot.figureName()).isEqualTo("figure-D1-vs-D6-it500.png");
        assertThat(shot.main().iteration()).isEqualTo(500);
        Path csv = dir.resolve(shot.csvName());
        assertThat(vm.exports().exportCsv(shot, csv).get(60, TimeUnit.SECONDS)).isTrue();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(1 + 2 * 500);
        assertThat(rows.get(rows.size() - 1)).contains(",500,");
        assertThat(vm.exports().exportFigure(shot, dir.resolve(shot.figureName()), SafeFiles.Existing.REFUSE)
                .get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.mainRun().iterationProperty().get()).isEqualTo(9_000);
    }

    private void openAt(Example example, long iteration) throws Exception {
        assertThat(vm.openExample(example)).isTrue();
        vm.transport().seek(iteration);
        settle();
        assertThat(Math.max(vm.mainRun().iterationProperty().get(), vm.comparisonRun().iterationProperty().get()))
                .isEqualTo(iteration);
    }

    private static Example example(String file) {
        return Example.ALL.stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    }

    private String diagnosis(boolean left) {
        return vm.explanationProperty().get().body().split("\n")[left ? 0 : 1];
    }

    /** The asker's 6-D run: every pair right in pass 14, one wrong in pass 25 (curve), all right from 26. */
    @Test
    void aRunThatLearnsThenLosesAPairSaysWhenItFirstLearnedAndHowManyAreRightNow() throws Exception {
        openAt(example("asker-six-dimensions.json"), 2_500);
        assertThat(diagnosis(true)).startsWith("D = 6 first learned at pass 14 (iteration 1,400); 9 of 10 pairs"
                + " right now (pass 25).").doesNotContain("has learned").doesNotContain("learning rate");
        assertThat(vm.explanationProperty().get().headline())
                .isEqualTo("D = 6 first learned at pass 14; 9 of 10 pairs right now.");
        vm.transport().seek(2_600);
        settle();
        assertThat(diagnosis(true)).startsWith("D = 6 has every pair right after pass 26")
                .contains("it first learned at pass 14 (iteration 1,400) and has had a pair wrong in 1 pass since"
                        + " (pass 25)")
                .doesNotContain("since pass 14");
        vm.transport().seek(1_500);
        settle();
        assertThat(diagnosis(true)).contains("every pair on its target's side since pass 14");
    }

    /** Iteration 1 of the eps spike: gradients of 3.1e5 and 1e6 on the bars, at the script's learning rate. */
    @Test
    void theSingularScenariosBannerBlamesTheEpsSpikeAndQuotesItsGradientsNotALearningRate() throws Exception {
        openAt(example("singular-spike.json"), 1);
        String banner = vm.mainRun().divergenceProperty().get();
        assertThat(banner).startsWith("Diverged at iteration 1: on the eps spike at u = 0 one step of learning rate"
                + " 0.01 times gradients up to 1e6 threw the weights past ±1000")
                .contains("every later gradient would be exactly 0").contains("Keep u off 0")
                .doesNotContain("every gradient is exactly 0").doesNotContain("Lower the learning rate");
        assertThat(vm.explanationProperty().get().headline()).isEqualTo("D = 1 blew up on the eps spike at u = 0.");
        assertThat(diagnosis(true)).doesNotContain("Lower the rate");
        // A learning rate of a million, on the other hand, is the learning rate's fault.
        openAt(example("divergence.json"), 1);
        assertThat(vm.comparisonRun().divergenceProperty().get()).contains("learning rate 1e6")
                .contains("Lower the learning rate and press Reset (R)");
    }

    /** torch-example at learning rate 0.1, pass 10: the loss went 0.527 to 1.0 and creeps down; 8 right became 5. */
    @Test
    void theFlatTorchExampleRunIsNotSaidToBeLearning() throws Exception {
        openAt(example("torch-example.json"), 1_000);
        assertThat(diagnosis(false)).startsWith("D = 6: not learning now: 5 of 10 pairs right after pass 10.")
                .contains("Mean loss 0.9968 → 0.9789 over the last pass.")
                .contains("Its lowest mean loss was 0.527, in pass 2; its most pairs right 8, in pass 1.")
                .doesNotContain("is learning");
        assertThat(vm.explanationProperty().get().headline()).endsWith("D = 6 is not learning now.");
    }

    @Test
    void theTitleSaysWhichRunsAreShownAndSpeaksOfOneDimensionOnlyWhileARunHasIt() throws Exception {
        settle();
        assertThat(vm.titleProperty().get())
                .isEqualTo("GradFlow · D = 1 vs D = 6: why a siamese network with 1-D outputs does not learn");
        vm.network().outputSizeProperty().set(6);
        settle();
        assertThat(vm.titleProperty().get()).isEqualTo("GradFlow · D = 6 vs D = 6");
        vm.network().outputSizeProperty().set(2);
        settle();
        assertThat(vm.titleProperty().get()).isEqualTo("GradFlow · D = 2 vs D = 6");
    }

    @Test
    void goToShowsTheIterationShownUnlessItIsBeingTypedInto() throws Exception {
        vm.transport().goToEditingProperty().set(true);
        vm.transport().goTo().textProperty().set("25");
        vm.transport().commitGoTo();
        vm.transport().goToEditingProperty().set(false);
        settle();
        assertThat(vm.transport().goTo().textProperty().get()).isEqualTo("25");
        // Next event, the timeline, a lesson: whatever moves the runs, the field follows.
        vm.transport().seek(1_400);
        settle();
        assertThat(vm.transport().goTo().textProperty().get()).isEqualTo("1400");
        vm.transport().goToEditingProperty().set(true);
        vm.transport().goTo().textProperty().set("9");
        vm.transport().seek(1_300);
        settle();
        assertThat(vm.transport().goTo().textProperty().get()).as("the user's typing is left alone").isEqualTo("9");
        vm.transport().goToEditingProperty().set(false);
        assertThat(vm.transport().goTo().textProperty().get()).isEqualTo("1300");
    }
}
