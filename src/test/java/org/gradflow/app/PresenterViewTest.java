package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.gradflow.plot.ChartWords;
import org.gradflow.plot.CurveChart;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter view at a projector's 1280 x 800, driven as a clicker drives it: F5 in, Page Down through every
 * step of every bundled lesson, Escape out. Each slide shows its step's chart large, its words whole.
 */
class PresenterViewTest extends WindowTest {
    /** A slide's chart must be readable from the back of a room: a plot this high at 1280 x 800. */
    private static final double SLIDE_PLOT = 250;

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void f5ShowsEachStepsChartLargeWithItsTextAndTheClickerTurnsThePages(FxRobot robot) throws Exception {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().presenter().showingProperty().get()).isFalse();
        assertThat(window.model().status().messageProperty().get())
                .startsWith("The presenter view shows a lesson's steps");

        for (BundledLesson bundled : BundledLesson.ALL) {
            presentEveryStep(robot, bundled);
        }
    }

    private void presentEveryStep(FxRobot robot, BundledLesson bundled) throws Exception {
        Lesson lesson = new LessonReader().readResource(bundled.file());
        robot.interact(() -> window.model().openBundledLesson(bundled.file()));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        await(() -> window.model().presenter().showingProperty().get());
        assertThat(robot.lookup(".presenter").query().isVisible()).isTrue();
        for (Lesson.Step step : lesson.steps()) {
            long target = step.target();
            await(() -> step.equals(window.model().lesson().stepProperty().get())
                    && LessonViewModel.reached(window.model().mainRun().frame(), step, target)
                    && LessonViewModel.reached(window.model().comparisonRun().frame(), step, target)
                    && !window.model().lesson().textProperty().get().contains("…"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, ".presenter-title")).isEqualTo(step.title());
            assertThat(text(robot, ".presenter-text")).isEqualTo(window.model().lesson().textProperty().get());
            List<ChartView> charts = window.controller().presenter().charts();
            assertThat(charts).as(step.title()).hasSize(step.pointsAtCurve() || step.run() != Lesson.Run.BOTH ? 1 : 2);
            for (ChartView view : charts) {
                assertThat(view.isCurve() ? "curve" : view.getKind().slug()).isEqualTo(step.chartName());
            }
            assertThat(slideWords(charts)).as(step.title()).isEmpty();
            if (step.number() < lesson.steps().size()) {
                robot.type(KeyCode.PAGE_DOWN);
                await(() -> window.model().lesson().stepProperty().get().number() == step.number() + 1);
                assertThat(window.model().presenter().showingProperty().get()).isTrue();
            }
        }
        robot.type(KeyCode.ESCAPE);
        await(() -> !window.model().presenter().showingProperty().get());
        assertThat(robot.lookup("#mainPane").query().isVisible()).isTrue();
        assertThat(window.model().lesson().stepProperty().get().number()).isEqualTo(lesson.steps().size());
    }

    /** Every chart of the slide drawn at its size and text: words cut or over one another, and a plot too short. */
    private List<String> slideWords(List<ChartView> charts) {
        double scale = window.model().text().shownTextScaleProperty().get() * PresenterController.CHART_TEXT;
        List<String> problems = new ArrayList<>();
        for (ChartView view : charts) {
            int w = (int) view.getWidth();
            int h = (int) view.getHeight();
            RunFrame left = window.model().mainRun().frame();
            RunFrame right = window.model().comparisonRun().frame();
            ChartSlot slot = view.slot();
            ChartWords.Drawn drawn = ChartWords.draw(w, h, scale, painter -> {
                if (slot.isCurve()) {
                    new CurveChart(painter).draw(left, right, w, h, null);
                } else {
                    slot.kind().create(painter).draw(slot.frame(), w, h, null);
                }
            });
            String name = (slot.isCurve() ? "curve" : slot.kind().slug()) + " " + w + "x" + h + ": ";
            drawn.cut().forEach(c -> problems.add(name + c));
            if (drawn.plotHeight() < SLIDE_PLOT) {
                problems.add(name + "plot " + drawn.plotHeight() + " px high");
            }
        }
        return problems;
    }
}
