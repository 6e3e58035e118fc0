package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.gradflow.plot.ChartWords;
import org.gradflow.plot.CurveChart;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Plus to its limit, in the window at 1280 x 800 (the headless screen's size): the text grows only as far as
 * every chart keeps a plot of {@link TextSizeFit#MIN_PLOT} pixels, and at that size no chart cuts a word or
 * prints one over another, at the sizes the window gives its charts, with and without a lesson open.
 */
class LargestTextSizeTest extends WindowTest {

    private void ctrlPlusToItsLimit(FxRobot robot) throws Exception {
        for (int i = 0; i < TextScaleViewModel.TEXT_SCALES.length; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            // Each step is measured once the window has laid itself out at it.
            Thread.sleep(400);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private List<String> cutWords() {
        double scale = window.model().text().shownTextScaleProperty().get();
        MainController c = window.controller();
        List<String> cut = new ArrayList<>();
        List<ChartView> charts = new ArrayList<>(c.mainRun().charts());
        charts.addAll(c.comparisonRun().charts());
        charts.addAll(c.bottomCharts());
        for (ChartView view : charts) {
            int w = (int) view.getWidth();
            int h = (int) view.getHeight();
            boolean left = c.mainRun().charts().contains(view) || view == c.bottomCharts().get(0);
            RunFrame frame = left ? window.model().mainRun().frame() : window.model().comparisonRun().frame();
            String name = (view.isCurve() ? "curve" : view.getKind().slug() + (left ? " left" : " right")) + " "
                    + w + "x" + h + " at x" + scale;
            ChartWords.Drawn drawn = ChartWords.draw(w, h, scale, painter -> {
                if (view.isCurve()) {
                    new CurveChart(painter).draw(window.model().mainRun().frame(),
                            window.model().comparisonRun().frame(), w, h, null);
                } else {
                    view.getKind().create(painter).draw(frame, w, h, null);
                }
            });
            drawn.cut().forEach(problem -> cut.add(name + ": " + problem));
            if (drawn.plotHeight() < TextSizeFit.MIN_PLOT) {
                cut.add(name + ": plot " + drawn.plotHeight() + " px high");
            }
        }
        return cut;
    }

    @Test
    void atTheLargestTextTheWindowAllowsEveryChartKeepsItsRoomAndItsWords(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.model().text().actual();
            window.model().transport().seek(1_500);
        });
        await(() -> window.model().mainRun().frame().iteration() == 1_500);
        ctrlPlusToItsLimit(robot);
        double largest = window.model().text().shownTextScaleProperty().get();
        assertThat(largest).as("larger than normal text fits at 1280 x 800").isGreaterThan(1);
        assertThat(window.model().text().textScaleProperty().get()).isEqualTo(largest);
        assertThat(window.model().status().messageProperty().get()).startsWith("Text is as large as this window holds");
        assertThat(cutWords()).isEmpty();

        robot.interact(() -> window.model().openBundledLesson(BundledLesson.ALL.get(0).file()));
        await(() -> window.model().mainRun().frame().iteration() == 100);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().text().shownTextScaleProperty().get()).as("the lesson's pane takes room too")
                .isLessThanOrEqualTo(largest);
        assertThat(cutWords()).isEmpty();
        robot.interact(() -> window.model().text().actual());
    }
}
