package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.gradflow.engine.RunEvent;
import org.gradflow.export.ScenarioExport;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.Format;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonReader;
import org.gradflow.plot.LessonText;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The lesson player as a teacher drives it: File ▸ Lessons, Next / Page Down, and moving away from a step. */
class LessonPlayerTest extends WindowTest {
    private static final PseudoClass POINTED = PseudoClass.getPseudoClass("pointed");

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<ChartView> pointed() {
        MainController c = window.controller();
        List<ChartView> all = new ArrayList<>(c.mainRun().charts());
        all.addAll(c.comparisonRun().charts());
        all.addAll(c.bottomCharts());
        return all.stream().filter(v -> v.getPseudoClassStates().contains(POINTED)).toList();
    }

    /**
     * Every bundled lesson from File ▸ Lessons, every step: its scenario at its iteration (a run that diverged
     * before it where it diverged), the chart it points at framed in the window (so it is one the window shows for
     * that run), and the text the handout prints for it.
     */
    @Test
    void eachStepShowsItsScenarioAtItsIterationPointsAtItsChartAndSaysItsMeasuredValues(FxRobot robot)
            throws Exception {
        for (BundledLesson bundled : BundledLesson.ALL) {
            // File ▸ Lessons lists every bundled lesson by its title.
            robot.clickOn("File").clickOn("Lessons");
            for (BundledLesson listed : BundledLesson.ALL) {
                assertThat(robot.lookup(listed.title()).tryQuery()).as(listed.title()).isPresent();
            }
            // Into the submenu at its first item, then down it: a straight line to a lower item would cross File's
            // items under Lessons, which close the submenu on the way.
            robot.moveTo(BundledLesson.ALL.get(0).title()).clickOn(bundled.title());
            playEveryStep(robot, bundled);
        }
    }

    private void playEveryStep(FxRobot robot, BundledLesson bundled) throws Exception {
        Lesson lesson = new LessonReader().readResource(bundled.file());
        await(() -> bundled.title().equals(window.model().lesson().lessonProperty().get() == null ? null
                : window.model().lesson().lessonProperty().get().title()));
        for (Lesson.Step step : lesson.steps()) {
            long target = step.target();
            await(() -> LessonViewModel.reached(window.model().mainRun().frame(), step, target)
                    && LessonViewModel.reached(window.model().comparisonRun().frame(), step, target)
                    && !text(robot, "#lessonText").contains("…"));
            ScenarioExport handout = new ScenarioExport(step.scenario(), target);
            assertThat(text(robot, "#lessonText")).as(step.title())
                    .isEqualTo(LessonText.fill(step.text(), handout.left(), handout.right()));
            assertThat(text(robot, "#lessonPosition")).startsWith("Step " + step.number() + " of "
                    + lesson.steps().size());
            assertThat(text(robot, "#lessonTitle")).isEqualTo(step.title());
            assertThat(text(robot, "#lessonText")).doesNotContain("{");
            assertThat(window.model().network().outputSizeProperty().get()).isEqualTo(step.scenario().outputSize());
            List<ChartView> pointed = pointed();
            assertThat(pointed).as(step.title()).isNotEmpty();
            for (ChartView view : pointed) {
                assertThat(view.isCurve() ? "curve" : view.getKind().slug()).isEqualTo(step.chartName());
            }
            if (step.chart() == ChartKind.GEOMETRY) {
                assertThat(window.controller().mainRun().charts().get(1).getKind()).isEqualTo(ChartKind.GEOMETRY);
            }
            if (step.atLearned() && step.run() == Lesson.Run.MAIN) {
                RunEvent learned = window.model().mainRun().frame().event(RunEvent.Kind.LEARNED);
                assertThat(learned.iteration()).isEqualTo(target);
                assertThat(text(robot, "#lessonText")).contains("iteration " + Format.grouped(target));
            }
            if (step.number() < lesson.steps().size()) {
                robot.type(KeyCode.PAGE_DOWN);
            }
        }
        assertThat(robot.lookup("#lessonNext").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void steppingAwayFromAStepSaysSoAndShowThisStepAgainComesBack(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().openBundledLesson(BundledLesson.ALL.get(0).file()));
        await(() -> window.model().mainRun().frame().iteration() == 100 && !text(robot, "#lessonText").contains("…"));
        String said = text(robot, "#lessonText");
        robot.type(KeyCode.SPACE);
        await(() -> text(robot, "#lessonNote").contains("the window now shows iteration 101"));
        assertThat(text(robot, "#lessonNote")).contains("This step speaks of iteration 100");
        assertThat(text(robot, "#lessonText")).isEqualTo(said);
        robot.clickOn("#lessonAgain");
        await(() -> window.model().mainRun().frame().iteration() == 100 && text(robot, "#lessonNote").isEmpty());
        robot.clickOn("Close lesson");
        await(() -> !robot.lookup("#lessonPane").query().isVisible());
        assertThat(pointed()).isEmpty();
    }

    @Test
    void aBadLessonFileIsOneLineInTheStatusAndChangesNothing(FxRobot robot) throws Exception {
        Path bad = Files.createTempFile("lesson", ".json");
        Files.writeString(bad, "{\"title\": \"L\", \"steps\": [{\"title\": \"t\", \"text\": \"x\","
                + " \"scenario\": {}, \"iteration\": -1, \"chart\": \"cosine\"}]}");
        robot.interact(() -> assertThat(window.model().openLesson(bad)).isFalse());
        assertThat(text(robot, "#messageLabel")).isEqualTo("Could not open the lesson " + bad
                + ": steps[1].iteration: must be 0 or more, got -1");
        assertThat(robot.lookup("#lessonPane").query().isVisible()).isFalse();
        Files.delete(bad);
    }

    /** A presenter types 1,400 into Go to, then clicks on: Page Down must still turn the page. */
    @Test
    void aClickersPageDownTurnsThePageAfterGoToAndWhileAFieldHasTheFocus(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().openBundledLesson(BundledLesson.ALL.get(0).file()));
        await(() -> text(robot, "#lessonPosition").startsWith("Step 1 of"));
        robot.clickOn("#goToField").eraseText(5).write("25").type(KeyCode.ENTER);
        await(() -> window.model().mainRun().frame().iteration() == 25);
        robot.type(KeyCode.PAGE_DOWN);
        await(() -> text(robot, "#lessonPosition").startsWith("Step 2 of"));
        robot.clickOn("#seedField");
        robot.type(KeyCode.PAGE_DOWN);
        await(() -> text(robot, "#lessonPosition").startsWith("Step 3 of"));
        robot.type(KeyCode.PAGE_UP);
        await(() -> text(robot, "#lessonPosition").startsWith("Step 2 of"));
    }
}
