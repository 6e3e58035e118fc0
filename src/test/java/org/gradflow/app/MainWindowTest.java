package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gradflow.plot.Format;
import org.gradflow.export.SafeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import javafx.scene.control.ChoiceBox;
import javax.imageio.ImageIO;
import org.gradflow.cli.Cli;
import org.gradflow.plot.ChartKind;
import org.gradflow.testing.Images;

/** The window as a user drives it: clicks and keys, headless on Monocle. */
class MainWindowTest extends WindowTest {
    /** Every event the robot sent is handled, and the engine has carried out every command they gave. */
    private void engineDone() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        window.model().simulation().whenIdle().get(20, TimeUnit.SECONDS);
    }

    private String iteration(FxRobot robot) {
        return robot.lookup("#iterationLabel").queryAs(Label.class).getText();
    }

    private List<ChartView> timeSeriesCharts() {
        return List.of(window.controller().mainRun().charts().get(0), window.controller().mainRun().charts().get(2),
                window.controller().mainRun().charts().get(3), window.controller().comparisonRun().charts().get(0),
                window.controller().comparisonRun().charts().get(2),
                window.controller().comparisonRun().charts().get(3));
    }

    @Test
    void opensWithBothRunsSideBySide(FxRobot robot) throws Exception {
        await(() -> robot.lookup(".run-title").queryAll().size() == 2
                && robot.lookup("Main run · D = 1").tryQuery().isPresent());
        assertThat(robot.lookup("Comparison run · D = 6").tryQuery()).isPresent();
        assertThat(iteration(robot)).isEqualTo("iteration 0");
        assertThat(robot.lookup(".chart-view").queryAll()).hasSize(11);
    }

    @Test
    void stepAdvancesBothRunsByOneAndEveryPlotGainsOnePoint(FxRobot robot) throws Exception {
        await(() -> "iteration 0".equals(iteration(robot)));
        for (int i = 1; i <= 3; i++) {
            robot.clickOn("#stepButton");
            int expected = i;
            await(() -> ("iteration " + expected).equals(iteration(robot))
                    && timeSeriesCharts().stream().allMatch(c -> c.pointsProperty().get() == expected));
            assertThat(window.model().mainRun().iterationProperty().get()).isEqualTo(i);
            assertThat(window.model().comparisonRun().iterationProperty().get()).isEqualTo(i);
        }
    }

    @Test
    void f11FillsTheScreenForAProjectorAndEscOrF11LeavesWithTheMenuTickFollowing(FxRobot robot) throws Exception {
        CheckMenuItem item = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "fullScreenItem".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        await(stage::isFullScreen);
        assertThat(item.isSelected()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        await(() -> !stage.isFullScreen());
        assertThat(item.isSelected()).isFalse();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        await(stage::isFullScreen);
        robot.press(KeyCode.F11).release(KeyCode.F11);
        await(() -> !stage.isFullScreen());
        assertThat(item.isSelected()).isFalse();
    }

    @Test
    void spaceStepsButASpaceTypedIntoAFieldDoesNot(FxRobot robot) throws Exception {
        robot.type(KeyCode.SPACE);
        await(() -> "iteration 1".equals(iteration(robot)));
        robot.clickOn("#seedField").type(KeyCode.SPACE);
        engineDone();
        assertThat(window.model().simulation().lockstepIteration()).isEqualTo(1);
        assertThat(robot.lookup("#seedField").queryAs(TextField.class).getText()).isEqualTo("1 ");
    }

    @Test
    void theZeroGradientBadgeShowsAtOneDimensionAndNotAtSix(FxRobot robot) throws Exception {
        robot.clickOn("#stepButton");
        await(() -> robot.lookup(".badge-gradient-zero").queryAll().size() == 1);
        Slider left = robot.lookup("#outputSizeSlider").queryAs(Slider.class);
        robot.interact(() -> left.setValue(6));
        await(() -> window.model().mainRun().outputSizeProperty().get() == 6
                && robot.lookup(".badge-gradient-zero").queryAll().isEmpty());
        assertThat(robot.lookup("Main run · D = 6").tryQuery()).isPresent();
        robot.interact(() -> left.setValue(1));
        await(() -> robot.lookup(".badge-gradient-zero").queryAll().size() == 1);
    }

    @Test
    void playThenPauseStopsTheCountAndResetReturnsToZero(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().transport().speedExponentProperty()
                .set(TransportViewModel.SPEED_MAX_EXPONENT));
        robot.clickOn("#playButton");
        await(() -> window.model().mainRun().iterationProperty().get() > 1000);
        assertThat(robot.lookup("#playButton").queryAs(Button.class).getText()).isEqualTo("Pause");
        robot.clickOn("#playButton");
        await(() -> "Play".equals(robot.lookup("#playButton").queryAs(Button.class).getText()));
        // Idle means play is off and everything asked for is done: were play still on, this would time out.
        engineDone();
        long stopped = window.model().simulation().lockstepIteration();
        await(() -> iteration(robot).equals("iteration " + Format.grouped(stopped)));
        assertThat(stopped).isGreaterThan(1000);

        robot.type(KeyCode.R);
        await(() -> "iteration 0".equals(iteration(robot))
                && timeSeriesCharts().stream().allMatch(c -> c.pointsProperty().get() == 0));
    }

    @Test
    void saveThenOpenReproducesTheSameTrace(FxRobot robot, @TempDir Path dir) throws Exception {
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.SPACE);
        }
        await(() -> "iteration 5".equals(iteration(robot)));
        String leftStatus = window.model().mainRun().statusProperty().get();
        String rightStatus = window.model().comparisonRun().statusProperty().get();
        Path file = dir.resolve("lesson.json");
        robot.interact(() -> window.model().save(file, SafeFiles.Existing.REFUSE));
        robot.type(KeyCode.R);
        await(() -> "iteration 0".equals(iteration(robot)));
        robot.interact(() -> window.model().open(file));
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.SPACE);
        }
        await(() -> "iteration 5".equals(iteration(robot)));
        await(() -> leftStatus.equals(window.model().mainRun().statusProperty().get()));
        assertThat(window.model().comparisonRun().statusProperty().get()).isEqualTo(rightStatus);
        assertThat(stage.getTitle()).startsWith("lesson.json");
    }

    @Test
    void theWindowsExportIsPixelIdenticalToTheHeadlessCommandLines(FxRobot robot, @TempDir Path dir)
            throws Exception {
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.SPACE);
        }
        await(() -> "iteration 7".equals(iteration(robot)));
        Path fromWindow = Files.createDirectory(dir.resolve("window"));
        Path fromCli = Files.createDirectory(dir.resolve("cli"));
        ExportSnapshot shot = window.model().exports().snapshot();
        String figureName = shot.figureName();
        assertThat(figureName).isEqualTo("figure-D1-vs-D6-it7.png");
        assertThat(window.model().exports().exportFigure(shot, fromWindow.resolve(figureName),
                SafeFiles.Existing.REFUSE)
                .get(30, TimeUnit.SECONDS)).isTrue();
        String chartName = shot.chartName(ChartKind.COSINE, true);
        assertThat(chartName).isEqualTo("cosine-D1-it7.png");
        assertThat(window.model().exports().exportChart(shot, new ExportViewModel.ChartChoice("", ChartKind.COSINE,
                true), fromWindow.resolve(chartName), SafeFiles.Existing.REFUSE).get(30, TimeUnit.SECONDS)).isTrue();
        String curveName = shot.curveName();
        assertThat(window.model().exports().exportCurve(shot, fromWindow.resolve(curveName), SafeFiles.Existing.REFUSE)
                .get(30, TimeUnit.SECONDS)).isTrue();

        StringWriter out = new StringWriter();
        int status = Cli.run(new String[] {"export", "assets/scenarios/original-question.json",
            "--iterations", "7", "--out", fromCli.toString(), "--scale", "2"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(status).isZero();
        for (String name : new String[] {figureName, chartName, curveName}) {
            assertThat(Images.samePixels(
                    ImageIO.read(fromWindow.resolve(name).toFile()),
                    ImageIO.read(fromCli.resolve(name).toFile()))).as(name).isTrue();
        }
    }

    @Test
    void aLearningRateOfAMillionShowsTheDivergenceMessage(FxRobot robot) throws Exception {
        robot.doubleClickOn("#learningRateField").eraseText(10).write("1e6").type(KeyCode.ENTER);
        await(() -> window.model().scenario().learningRate() == 1e6);
        robot.clickOn("#stepButton");
        await(() -> robot.lookup(".run-divergence").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((Label) n).getText().startsWith("Diverged")));
        assertThat(robot.lookup(".badge-diverged").queryAll()).hasSize(1);
    }

    @Test
    void hiddenLayersThatAreNotWidthsAreRefusedAtTheFieldAndNeverReachTheRuns(FxRobot robot) throws Throwable {
        TextField field = robot.lookup("#hiddenField").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(5).write("many");
        await(() -> field.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertThat(field.getTooltip().getText()).contains("widths, one per layer");
        robot.type(KeyCode.ENTER);
        engineDone();
        WaitForAsyncUtils.checkException();
        assertThat(window.model().scenario().hiddenUnits()).isEqualTo(3);
        robot.doubleClickOn(field).eraseText(5).write("2000").type(KeyCode.ENTER);
        await(() -> field.getTooltip().getText().contains("network.hiddenUnits"));
        assertThat(window.model().scenario().hiddenUnits()).isEqualTo(3);
        robot.doubleClickOn(field).eraseText(5).write("5, 4").type(KeyCode.ENTER);
        await(() -> window.model().scenario().network().depth() == 3);
        assertThat(window.model().scenario().network().hiddenUnits()).containsExactly(5, 4);
        assertThat(field.getTooltip().getText()).startsWith("The hidden layers' widths");
        WaitForAsyncUtils.checkException();
    }

    @Test
    void aBadValueIsRefusedAtTheFieldWithARedBorderAndATooltip(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#iterationsPerPairField").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(10).write("ten").type(KeyCode.ENTER);
        await(() -> field.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertThat(field.getTooltip().getText()).contains("whole number");
        assertThat(window.model().scenario().iterationsPerPair()).isEqualTo(10);
        robot.doubleClickOn(field).eraseText(10).write("5").type(KeyCode.ENTER);
        await(() -> !field.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid"))
                && window.model().scenario().iterationsPerPair() == 5);
        assertThat(field.getTooltip().getText()).startsWith("How many iterations each pair");
    }

    @Test
    void spaceStepsAfterTheRuleBoxWasUsedAndBackspaceStepsBack(FxRobot robot) throws Exception {
        robot.clickOn("#ruleChoice");
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup("#ruleChoice").query().isFocused());
        robot.type(KeyCode.SPACE);
        await(() -> "iteration 1".equals(iteration(robot)));
        robot.type(KeyCode.SPACE);
        await(() -> "iteration 2".equals(iteration(robot)));
        assertThat(robot.lookup("#ruleChoice").queryAs(ChoiceBox.class).isShowing()).isFalse();
        robot.type(KeyCode.BACK_SPACE);
        await(() -> "iteration 1".equals(iteration(robot)));
        assertThat(window.model().transport().frontierProperty().get()).isEqualTo(2);
    }

    @Test
    void escapeLeavesAFieldAndTheRunKeysWorkAgain(FxRobot robot) throws Exception {
        robot.clickOn("#seedField").type(KeyCode.P);
        robot.type(KeyCode.ESCAPE);
        await(() -> !robot.lookup("#seedField").query().isFocused());
        robot.type(KeyCode.SPACE);
        await(() -> "iteration 1".equals(iteration(robot)));
    }

    @Test
    void theTimelineGoesBackToAnIterationAlreadyPlayed(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().transport().seek(3_000));
        await(() -> "iteration 3,000".equals(iteration(robot)));
        robot.interact(() -> robot.lookup("#timeline").queryAs(Slider.class).setValue(1_240));
        await(() -> "iteration 1,240".equals(iteration(robot)));
        assertThat(window.model().comparisonRun().statusProperty().get()).startsWith("iteration 1,240 · ");
        assertThat(robot.lookup("#frontierLabel").queryAs(Label.class).getText()).isEqualTo("of 3,000 played");
    }

    @Test
    void ctrlPlusMakesEveryTextLargerAndCtrlZeroBringsItBack(FxRobot robot) throws Exception {
        // From normal text: the size is remembered across runs, and the test preferences node is shared by every
        // run of the tests on this machine (one that stopped half-way leaves a larger size behind).
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        await(() -> window.model().text().textScaleProperty().get() == 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        await(() -> window.model().text().textScaleProperty().get() > 1);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 14.95px");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        await(() -> window.model().text().textScaleProperty().get() == 1);
    }

    private List<Stage> childWindows() {
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .map(w -> (Stage) w).toList();
    }

    /**
     * Help is a window of its own, not a modal dialog: a modal one disables the main window, which a window manager
     * then un-maximizes. It and the worked iteration close with Escape; F1 again brings the one open forward.
     */
    @Test
    void helpAndTheWorkedIterationAreWindowsOfTheirOwnThatEscapeCloses(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        await(() -> childWindows().size() == 1);
        Stage help = childWindows().get(0);
        assertThat(help.getTitle()).isEqualTo("What am I looking at?");
        assertThat(help.getModality()).isEqualTo(Modality.NONE);
        assertThat(help.getOwner()).isSameAs(stage);
        robot.interact(stage::requestFocus);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(childWindows()).containsExactly(help);
        robot.interact(help::requestFocus);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        await(() -> childWindows().isEmpty());

        robot.interact(stage::requestFocus);
        robot.press(KeyCode.CONTROL).press(KeyCode.I).release(KeyCode.I).release(KeyCode.CONTROL);
        await(() -> childWindows().size() == 1);
        Stage worked = childWindows().get(0);
        assertThat(worked.getTitle()).startsWith("GradFlow · this iteration, worked");
        // Sized to its content, within the screen.
        assertThat(worked.getWidth()).isGreaterThan(600).isLessThanOrEqualTo(Screen.getPrimary().getVisualBounds()
                .getWidth());
        robot.interact(worked::requestFocus);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        await(() -> childWindows().isEmpty());
    }

    @Test
    void enterInGoToHandsTheFocusBackAndTheFieldThenFollowsTheIterationShown(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        TextField goTo = robot.lookup("#goToField").queryAs(TextField.class);
        await(goTo::isFocused);
        robot.write("25").type(KeyCode.ENTER);
        await(() -> "iteration 25".equals(iteration(robot)));
        assertThat(goTo.isFocused()).isFalse();
        robot.type(KeyCode.SPACE);
        await(() -> "iteration 26".equals(iteration(robot)) && "26".equals(goTo.getText()));
        robot.interact(() -> robot.lookup("#timeline").queryAs(Slider.class).setValue(10));
        await(() -> "iteration 10".equals(iteration(robot)) && "10".equals(goTo.getText()));
    }

    /** At 1280 x 800 the eps spike's run has three badges: where the full texts do not fit, the brief ones do. */
    @Test
    void badgesThatDoNotFitTheHeaderSayItBrieflyInsteadOfEndingInAnEllipsis(FxRobot robot) throws Exception {
        openExampleAt(robot, "singular-spike.json", 1);
        await(() -> window.model().mainRun().frame().iteration() == 1 && window.model().mainRun().badges().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> badges = robot.lookup(".badge").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getScene() != null).toList();
        assertThat(badges).isNotEmpty();
        for (Label badge : badges) {
            // The label shows its whole text when it is given at least the width that text asks for.
            assertThat(badge.getWidth()).as(badge.getText()).isGreaterThanOrEqualTo(badge.prefWidth(-1) - 0.5);
        }
        assertThat(badges).extracting(Label::getText).contains("u = 0");
    }

    /**
     * At 1280 x 800 a comparison run named "learning rate 0.05" leaves its badges less room than even their brief
     * texts need: the last gives way and the first is shown whole ("1 dead unit", not "1 d…").
     */
    @Test
    void aBadgeThatDoesNotFitEvenBrieflyGivesWayInsteadOfBeingCut(FxRobot robot) throws Exception {
        openExampleAt(robot, "dead-relu.json", 100);
        await(() -> window.model().comparisonRun().frame().iteration() == 100
                && window.model().comparisonRun().badges().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> shown = robot.lookup(".badge").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getScene() != null).toList();
        assertThat(shown).extracting(Label::getText).anyMatch(t -> t.matches("\\d+ dead units?"));
        for (Label badge : shown) {
            assertThat(badge.getWidth()).as(badge.getText()).isGreaterThanOrEqualTo(badge.prefWidth(-1) - 0.5);
        }
    }
}
