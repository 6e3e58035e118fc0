package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.gradflow.engine.Scenario;
import org.junit.jupiter.api.Test;

/** Help ▸ This iteration, worked follows the window's iteration and stops following when closed. */
class WorkedIterationViewModelTest {

    private static void settle(MainViewModel vm) throws Exception {
        vm.simulation().whenIdle().get(20, TimeUnit.SECONDS);
        vm.refresh();
    }

    @Test
    void itWorksTheIterationShownOfTheRunChosenAndStopsWhenClosed() throws Exception {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            vm.transport().seek(37);
            settle(vm);
            WorkedIterationViewModel worked = new WorkedIterationViewModel(vm, Runnable::run);
            awaitText(worked, "Iteration 37 of the main run (D = 1)");
            worked.mainRunProperty().set(false);
            awaitText(worked, "Iteration 37 of the comparison run (D = 6)");
            assertThat(worked.textProperty().get()).contains("C = ⟨u,v⟩ / √((|u|² + ε)(|v|² + ε)) = ")
                    .contains("SGD update");
            vm.transport().seek(38);
            settle(vm);
            awaitText(worked, "Iteration 38 of the comparison run");
            worked.close();
            vm.transport().seek(39);
            settle(vm);
            Thread.sleep(200);
            assertThat(worked.textProperty().get()).startsWith("Iteration 38 of the comparison run");
        }
    }

    @Test
    void atIterationZeroItWorksTheFirstStepAsTheWindowPreviewsIt() throws Exception {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            settle(vm);
            WorkedIterationViewModel worked = new WorkedIterationViewModel(vm, Runnable::run);
            awaitText(worked, "Iteration 1 of the main run");
            assertThat(worked.statusProperty().get()).startsWith("Iteration 0: what step 1 computes");
        }
    }

    private static void awaitText(WorkedIterationViewModel worked, String start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!worked.textProperty().get().startsWith(start)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected text starting with \"" + start + "\", got \""
                        + worked.textProperty().get().lines().findFirst().orElse("") + "\"");
            }
            Thread.sleep(10);
        }
    }
}
