package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.gradflow.engine.Activation;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TraceJsonWriter;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingRule;
import org.gradflow.plot.Badge;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.Diagnosis;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18's walk through the window: a teacher builds an 8 x 8 sigmoid classifier on circle in the network panel,
 * compares it with relu + he-normal, steps and plays, and travels back in time; what the window shows is held
 * against the engine run apart from it.
 */
class AnyNetworkWindowTest extends WindowTest {
    private static final double LN2 = Math.log(2);

    @Test
    void aDeepSigmoidStackBuiltInThePanelVanishesWhereReluWithHeNormalLearns(FxRobot robot) throws Exception {
        choose(robot, "#ruleChoice", "cross-entropy");
        await(() -> window.model().scenario().rule() == TrainingRule.CROSS_ENTROPY);
        type(robot, "#hiddenField", "8, 8, 8, 8, 8, 8, 8, 8");
        await(() -> window.model().scenario().network().depth() == 9);
        choose(robot, "#activationChoice", "sigmoid");
        await(() -> window.model().scenario().network().activation() == Activation.SIGMOID);
        type(robot, "#learningRateField", "0.1");
        await(() -> window.model().scenario().learningRate() == 0.1);
        ComboBox<?> compare = robot.lookup("#compareBox").queryAs(ComboBox.class);
        robot.clickOn(compare.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("relu, he-normal").type(KeyCode.ENTER);
        await(() -> window.model().scenario().hasComparison()
                && window.model().scenario().comparisonRun().network().activation() == Activation.RELU);

        // Built in the window, it is the shipped example: the same network, data, seed and comparison.
        Scenario example = Example.ALL.stream().filter(e -> e.title().startsWith("Vanishing")).findFirst()
                .orElseThrow().load();
        assertThat(window.model().scenario().main()).isEqualTo(example.main());
        assertThat(window.model().scenario().comparisonRun()).isEqualTo(example.comparisonRun());
        assertThat(window.model().runNames()).containsExactly("sigmoid, torch", "relu, he-normal");

        robot.clickOn("#stepButton");
        await(() -> frame(true).iteration() == 1 && frame(false).iteration() == 1);
        // The charts of any network, in each run's places: the flow through the layers among them.
        assertThat(window.model().mainRun().slots()).extracting(ChartSlot::kind)
                .contains(ChartKind.FLOW, ChartKind.LAYERS, ChartKind.ACTIVATIONS, ChartKind.UPDATES,
                        ChartKind.BOUNDARY);
        double sigmoidRatio = firstOverLast(frame(true).values());
        double reluRatio = firstOverLast(frame(false).values());
        assertThat(sigmoidRatio).as("sigmoid: first layer's weight gradient over the last's").isLessThan(1e-3);
        assertThat(reluRatio).as("relu + he-normal: within 100 times").isBetween(1e-2, 1e2);
        assertThat(Diagnosis.of(frame(true)).kind()).isEqualTo(Diagnosis.Kind.VANISHING);
        assertThat(Diagnosis.of(frame(false)).kind()).isNotEqualTo(Diagnosis.Kind.VANISHING);
        assertThat(window.model().headlineProperty().get()).contains("sigmoid, torch run's gradient vanishes")
                .doesNotContain("relu, he-normal run's gradient vanishes");
        assertThat(window.model().mainRun().badges()).extracting(b -> b.kind()).contains(Badge.Kind.VANISHING);
        assertThat(window.model().comparisonRun().badges()).extracting(b -> b.kind())
                .doesNotContain(Badge.Kind.VANISHING);

        goTo(robot, 2_000);
        RunFrame sigmoid = frame(true);
        RunFrame relu = frame(false);
        assertThat(relu.event(RunEvent.Kind.LEARNED)).as("relu has learned by 2,000").isNotNull();
        assertThat(sigmoid.event(RunEvent.Kind.LEARNED)).isNull();
        assertThat(sigmoid.values().loss()).as("the sigmoid stack sits at chance").isCloseTo(LN2,
                offset(0.02));
        for (int l = 0; l < sigmoid.values().layerCount(); l++) {
            assertThat(sigmoid.values().weightGrad(l)).as("layer " + (l + 1) + "'s gradient").isLessThan(0.05);
        }
        assertThat(Diagnosis.of(sigmoid).kind()).isEqualTo(Diagnosis.Kind.STALLED);
        assertThat(Diagnosis.of(relu).kind()).isEqualTo(Diagnosis.Kind.LEARNED);
        assertThat(window.model().headlineProperty().get()).isEqualTo("The sigmoid, torch run has stalled at chance;"
                + " the relu, he-normal run has learned.");
        assertThat(window.model().bodyProperty().get()).contains("≈ ln 2");

        goTo(robot, 100);
        for (boolean main : new boolean[] {true, false}) {
            Scenario s = window.model().scenario();
            Trainer trainer = RunFactory.mainRun(main ? s : s.comparisonAsMain());
            for (int i = 0; i < 100; i++) {
                trainer.step();
            }
            assertThat(line(frame(main).values())).as(main ? "main run at 100" : "comparison at 100")
                    .isEqualTo(line(trainer.last()));
        }
        assertThat(robot.lookup("#iterationLabel").queryAs(Label.class).getText()).isEqualTo("iteration 100");
    }

    private RunFrame frame(boolean main) {
        return main ? window.model().mainRun().frame() : window.model().comparisonRun().frame();
    }

    private static double firstOverLast(IterationView it) {
        return it.weightGrad(0) / it.weightGrad(it.layerCount() - 1);
    }

    /** The iteration as {@code trace} prints it: equal lines are equal values, to the bit. */
    private static String line(IterationView it) throws Exception {
        StringWriter out = new StringWriter();
        try (TraceJsonWriter trace = new TraceJsonWriter(out)) {
            trace.write(it);
        }
        return out.toString();
    }

    private void choose(FxRobot robot, String box, String item) {
        robot.clickOn(box);
        robot.clickOn(item);
    }

    private void type(FxRobot robot, String field, String text) {
        TextField f = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(f).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text)
                .type(KeyCode.ENTER);
    }

    private void goTo(FxRobot robot, long iteration) throws Exception {
        type(robot, "#goToField", Long.toString(iteration));
        await(() -> frame(true).iteration() == iteration && frame(false).iteration() == iteration);
        window.model().simulation().whenIdle().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> frame(true).iteration() == iteration && frame(false).iteration() == iteration);
    }
}
