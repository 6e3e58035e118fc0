package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.session.TimeAxis;
import org.junit.jupiter.api.Test;

/** The lesson player's view-model without a window: what it says while a step loads, and when it cannot. */
class LessonViewModelTest {

    private static Lesson lesson(String steps) {
        return new LessonReader().parse("{\"title\": \"L\", \"steps\": [" + steps + "]}",
                path -> new ScenarioReader().parse("{}"));
    }

    private static void await(MainViewModel vm, BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            vm.simulation().whenIdle().get(20, TimeUnit.SECONDS);
            vm.refresh();
            Thread.sleep(5);
        }
    }

    @Test
    void aStepThatNeverLearnsSaysSoInOneLineAndLeavesTheRunsAlone() throws Exception {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            vm.transport().seek(30);
            await(vm, () -> vm.mainRun().frame().iteration() == 30);
            // The script with D = 1 never learns: "learned" cannot be measured.
            vm.lesson().open(lesson("{\"title\": \"Never\", \"text\": \"At {iteration}.\", \"scenario\": {},"
                    + " \"iteration\": \"learned\", \"chart\": \"curve\"}"));
            // The note is set a moment before the message, on the thread that finished the search.
            await(vm, () -> vm.lesson().noteProperty().get().startsWith("This step cannot be shown")
                    && !vm.status().messageProperty().get().isEmpty());
            assertThat(vm.lesson().noteProperty().get()).isEqualTo("This step cannot be shown: steps[1].iteration:"
                    + " \"learned\": the main run has not learned in 10,000,000 iterations");
            assertThat(vm.status().messageProperty().get()).startsWith("Lesson step 1: steps[1].iteration:");
            assertThat(vm.mainRun().frame().iteration()).isEqualTo(30);
            assertThat(vm.lesson().textProperty().get()).isEqualTo("At ….");
        }
    }

    @Test
    void theTextWaitsForItsIterationThenBackAndNextMoveBetweenSteps() throws Exception {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            vm.lesson().open(lesson("{\"title\": \"One\", \"text\": \"Iteration {iteration}, D = {main.D}.\","
                    + " \"scenario\": {}, \"iteration\": 40, \"chart\": \"cosine\"},"
                    + "{\"title\": \"Two\", \"text\": \"Now {iteration}, D = {main.D}.\", \"scenario\":"
                    + " {\"network\": {\"outputSize\": 3}}, \"iteration\": 7, \"chart\": \"norms\","
                    + " \"run\": \"main\"}"));
            assertThat(vm.lesson().textProperty().get()).isEqualTo("Iteration …, D = ….");
            assertThat(vm.lesson().noteProperty().get()).isEqualTo("Bringing both runs to iteration 40…");
            await(vm, () -> vm.lesson().noteProperty().get().isEmpty());
            assertThat(vm.lesson().textProperty().get()).isEqualTo("Iteration 40, D = 1.");
            assertThat(vm.lesson().canBackProperty().get()).isFalse();
            assertThat(vm.lesson().canNextProperty().get()).isTrue();

            vm.lesson().next();
            await(vm, () -> vm.lesson().noteProperty().get().isEmpty()
                    && vm.lesson().textProperty().get().startsWith("Now 7"));
            assertThat(vm.lesson().textProperty().get()).isEqualTo("Now 7, D = 3.");
            assertThat(vm.network().outputSizeProperty().get()).isEqualTo(3);
            assertThat(vm.lesson().positionProperty().get()).isEqualTo("Step 2 of 2 · L");

            vm.network().outputSizeProperty().set(4);
            await(vm, () -> vm.lesson().awayProperty().get());
            assertThat(vm.lesson().noteProperty().get()).isEqualTo("This step speaks of iteration 7 with its own"
                    + " settings; the window now shows iteration 7.");

            vm.lesson().back();
            await(vm, () -> vm.lesson().noteProperty().get().isEmpty()
                    && vm.lesson().textProperty().get().startsWith("Iteration 40"));
            assertThat(vm.network().outputSizeProperty().get()).isEqualTo(1);
        }
    }

    /** Step 1's "C sits at +1 or −1" is false of a zoomed C axis: the step turns Zoom C off while it shows. */
    @Test
    void aStepSetsTheViewItsWordsNeedAndClosingPutsBackTheUsers() throws Exception {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            vm.view().fitCosineProperty().set(true);
            vm.view().timeAxisProperty().set(TimeAxis.LAST_100);
            vm.lesson().open(lesson("{\"title\": \"Flat\", \"text\": \"C sits at +1 or -1.\", \"scenario\": {},"
                    + " \"iteration\": 100, \"chart\": \"cosine\"},"
                    + "{\"title\": \"Plane\", \"text\": \"The geometry.\", \"scenario\": {}, \"iteration\": 100,"
                    + " \"chart\": \"geometry\"}"));
            assertThat(vm.view().fitCosineProperty().get()).isFalse();
            assertThat(vm.view().timeAxisProperty().get()).isEqualTo(TimeAxis.AUTO);
            await(vm, () -> vm.lesson().noteProperty().get().isEmpty());
            assertThat(vm.mainRun().frame().fitCosine()).as("the frames are drawn unzoomed").isFalse();
            vm.lesson().next();
            assertThat(vm.view().geometryShownProperty().get()).isTrue();
            vm.view().fitCosineProperty().set(true);
            vm.lesson().back();
            assertThat(vm.view().fitCosineProperty().get()).as("each step sets it again").isFalse();
            assertThat(vm.view().geometryShownProperty().get()).as("a cosine step leaves the slot as it was").isTrue();
            vm.lesson().close();
            assertThat(vm.view().fitCosineProperty().get()).isTrue();
            assertThat(vm.view().timeAxisProperty().get()).isEqualTo(TimeAxis.LAST_100);
            assertThat(vm.view().geometryShownProperty().get()).isFalse();
        }
    }
}
