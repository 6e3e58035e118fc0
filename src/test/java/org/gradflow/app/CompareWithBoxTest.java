package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.gradflow.engine.Activation;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Compare with" used as a teacher uses it, on the vanishing-gradients example at iteration 150: typed into, the
 * run keys are text there (an "r" does not reset, a space does not step), and picked from its list, one choice
 * after another, each becomes the comparison and the box says so; none removes the comparison.
 */
class CompareWithBoxTest extends WindowTest {
    private ComboBox<?> box;

    @BeforeEach
    void openVanishingAt150(FxRobot robot) throws Exception {
        openExampleAt(robot, "deep-sigmoid.json", 150);
        settleAt(150);
        box = robot.lookup("#compareBox").queryAs(ComboBox.class);
    }

    @Test
    void typingIntoTheBoxIsTextNotTheRunKeys(FxRobot robot) throws Exception {
        // Keys pressed as a keyboard presses them (press, typed, release): R, P, Space and Backspace are run keys.
        robot.clickOn(box.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.R, KeyCode.P, KeyCode.SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        // Nothing has happened to the runs: the "r" did not reset them, the space did not step, "p" did not play.
        assertThat(frame(true).iteration()).isEqualTo(150);
        assertThat(window.model().transport().playingProperty().get()).isFalse();
        assertThat(box.getEditor().getText()).isEmpty();
        robot.write("relu, xavier-uniform");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(frame(true).iteration()).isEqualTo(150);
        assertThat(box.getEditor().getText()).isEqualTo("relu, xavier-uniform");
        robot.type(KeyCode.ENTER);
        await(() -> window.model().scenario().hasComparison()
                && window.model().scenario().comparisonRun().network().layers().get(0).init().label()
                        .startsWith("xavier-uniform"));
        settleAt(150);
        assertThat(box.getEditor().getText()).isEqualTo("relu, xavier-uniform");
        assertThat(window.model().compare().errorProperty().get()).isNull();
        // Taken, the focus is back with the runs: Space steps again.
        assertThat(box.isFocused()).isFalse();
        robot.type(KeyCode.SPACE);
        await(() -> frame(true).iteration() == 151);
    }

    @Test
    void enterInANetworkFieldHandsTheFocusBackToTheRuns(FxRobot robot) throws Exception {
        TextField hidden = robot.lookup("#hiddenField").queryAs(TextField.class);
        robot.clickOn(hidden).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("8, 8, 8")
                .type(KeyCode.ENTER);
        await(() -> window.model().scenario().network().depth() == 4);
        settleAt(150);
        assertThat(hidden.isFocused()).isFalse();
        robot.type(KeyCode.SPACE);
        await(() -> frame(true).iteration() == 151);
        assertThat(hidden.getText()).isEqualTo("8, 8, 8");
    }

    @Test
    void everySuggestionPickedBecomesTheComparisonOneAfterAnother(FxRobot robot) throws Exception {
        for (String picked : new String[] {"leaky-relu", "tanh", "relu"}) {
            robot.interact(box::show);
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> picked.equals(c.getText()))
                    .queryAs(ListCell.class));
            Activation expected = Activation.fromId(picked).orElseThrow();
            await(() -> window.model().scenario().hasComparison()
                    && window.model().scenario().comparisonRun().network().activation() == expected);
            settleAt(150);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.model().runNames()).as(picked).hasSize(2);
            assertThat(box.getEditor().getText()).as(picked).isEqualTo(window.model().runNames().get(1));
            // Leaving the box takes what it shows, which is what the runs are: the comparison stays.
            robot.clickOn("#stepButton");
            await(() -> frame(true).iteration() == 151);
            assertThat(window.model().scenario().hasComparison()).as(picked + ", after leaving the box").isTrue();
            assertThat(window.model().scenario().comparisonRun().network().activation()).isEqualTo(expected);
            robot.interact(() -> window.model().transport().seek(150));
            settleAt(150);
        }
    }

    private RunFrame frame(boolean main) {
        return main ? window.model().mainRun().frame() : window.model().comparisonRun().frame();
    }

    private void settleAt(long iteration) throws Exception {
        await(() -> frame(true).iteration() == iteration);
        window.model().simulation().whenIdle().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> frame(true).iteration() == iteration);
    }
}
