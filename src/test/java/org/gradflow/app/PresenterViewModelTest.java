package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.junit.jupiter.api.Test;

/** The presenter view's model: which charts a step's slide shows, and when the view can be shown at all. */
class PresenterViewModelTest {

    private static Lesson lesson() {
        return new LessonReader().parse("{\"title\": \"L\", \"steps\": ["
                + "{\"title\": \"A\", \"text\": \"a\", \"scenario\": {}, \"iteration\": 5, \"chart\": \"geometry\"},"
                + "{\"title\": \"B\", \"text\": \"b\", \"scenario\": {}, \"iteration\": 5, \"chart\": \"curve\"},"
                + "{\"title\": \"C\", \"text\": \"c\", \"scenario\": {}, \"iteration\": 5, \"chart\": \"norms\","
                + " \"run\": \"comparison\"}]}", path -> new ScenarioReader().parse("{}"));
    }

    @Test
    void eachStepsSlideShowsTheChartsItPointsAtAndClosingTheLessonLeavesTheView() {
        try (MainViewModel vm = new MainViewModel(Scenario.DEFAULT, Runnable::run)) {
            PresenterViewModel presenter = vm.presenter();
            presenter.toggle();
            assertThat(presenter.showingProperty().get()).as("no lesson, no slides").isFalse();
            assertThat(vm.status().messageProperty().get()).contains("open one first");

            vm.lesson().open(lesson());
            presenter.toggle();
            assertThat(presenter.showingProperty().get()).isTrue();
            assertThat(presenter.slots()).containsExactly(new PresenterViewModel.Slot(ChartKind.GEOMETRY, true),
                    new PresenterViewModel.Slot(ChartKind.GEOMETRY, false));
            vm.lesson().next();
            assertThat(presenter.slots()).containsExactly(new PresenterViewModel.Slot(null, true));
            vm.lesson().next();
            assertThat(presenter.slots()).containsExactly(new PresenterViewModel.Slot(ChartKind.NORMS, false));
            assertThat(presenter.showingProperty().get()).as("the pages turn in the view").isTrue();

            vm.lesson().close();
            assertThat(presenter.showingProperty().get()).isFalse();
            assertThat(presenter.slots()).isEmpty();
        }
    }
}
