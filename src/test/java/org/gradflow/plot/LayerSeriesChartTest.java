package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;
import org.junit.jupiter.api.Test;

/** The per-layer time charts, layers (weight gradient) and updates (update:data ratio), read off their axes. */
class LayerSeriesChartTest {

    /** The pixel row of the last point drawn in a colour: dots where the series is short. */
    private static double lastY(DrawnChart chart, Rgb color) {
        List<DrawnChart.Dot> dots = chart.dataDots().stream().filter(d -> d.fill().equals(color)).toList();
        assertThat(dots).as("dots in " + color.webHex()).isNotEmpty();
        return dots.get(dots.size() - 1).y();
    }

    @Test
    void theSigmoidStacksLinesAreColouredByDepthAndTheFirstLayersLiesDecadesUnderTheLasts() throws Exception {
        RunFrame sigmoid = DrawnChart.frames("deep-sigmoid.json", 10)[0];
        DrawnChart chart = DrawnChart.draw(ChartKind.LAYERS, sigmoid, 800, 500);
        double first = chart.logValueAt(lastY(chart, Palette.depth(0, 9)));
        double last = chart.logValueAt(lastY(chart, Palette.depth(8, 9)));
        assertThat(Math.log10(first)).isCloseTo(Math.log10(sigmoid.values().weightGrad(0)), within(0.05));
        assertThat(first).isLessThan(last / 1_000);
        // Every layer in its place along the ramp: each line above the one of the layer before it.
        for (int l = 1; l < 8; l++) {
            assertThat(lastY(chart, Palette.depth(l, 9))).isLessThan(lastY(chart, Palette.depth(l - 1, 9)));
        }
        assertThat(chart.words()).contains("W₁ · input side", "W₂ … W₈", "W₉ · output");
    }

    @Test
    void thePointerReadsEachLayersGradientAtThatIteration() throws Exception {
        RunFrame sigmoid = DrawnChart.frames("deep-sigmoid.json", 10)[0];
        DrawnChart chart = DrawnChart.draw(ChartKind.LAYERS, sigmoid, 800, 500, c -> c.setPointer(4));
        assertThat(chart.readout.get(0)).isEqualTo("iteration 4");
        SeriesPoints first = sigmoid.weightGradSeries(0);
        int at = 0;
        while (first.xs()[at] != 4) {
            at++;
        }
        assertThat(chart.readout).contains("W₁ = " + Format.number(first.ys()[at], 3),
                "W₉ = " + Format.number(sigmoid.weightGradSeries(8).ys()[at], 3));
    }

    @Test
    void theUpdateRatiosOfTheOneDimensionalRunLieEightDecadesUnderTheHealthyLineAndTheSixDimensionalOnesNearIt()
            throws Exception {
        RunFrame[] seed = DrawnChart.frames("seed", 100);
        for (RunFrame run : seed) {
            DrawnChart chart = DrawnChart.draw(ChartKind.UPDATES, run, 800, 500);
            assertThat(chart.words()).contains("≈ 10⁻³ is healthy");
            DrawnChart.Line healthy = chart.lines(Palette.REFERENCE).stream()
                    .filter(l -> l.xs().length == 2 && l.ys()[0] == l.ys()[1]).findFirst().orElseThrow();
            assertThat(chart.logValueAt(healthy.ys()[0])).isCloseTo(1e-3, within(1e-4));
            for (int l = 0; l < 2; l++) {
                // The lines of each layer (long series: bands and lines, no dots) at the ratios of the run.
                List<DrawnChart.Line> lines = chart.lines(Palette.depth(l, 2));
                assertThat(lines).isNotEmpty();
                double highest = lines.stream().flatMapToDouble(line -> Arrays.stream(line.ys())).min()
                        .orElseThrow();
                double ratio = chart.logValueAt(highest);
                if (run.outputSize() == 1) {
                    assertThat(ratio).isLessThan(1e-11);
                } else {
                    assertThat(ratio).isBetween(1e-4, 1e-1);
                }
            }
        }
    }

    @Test
    void whereEveryWeightIsZeroTheChartsSaySoInsteadOfDrawingNothing() throws Exception {
        RunFrame zero = DrawnChart.frames("zero-init.json", 10)[0];
        assertThat(DrawnChart.draw(ChartKind.LAYERS, zero, 800, 500).words())
                .contains("Every layer's ‖dL/dW‖ is exactly 0");
        DrawnChart updates = DrawnChart.draw(ChartKind.UPDATES, zero, 800, 500);
        assertThat(updates.words()).contains("‖W‖ = 0 in every layer: no ratio").doesNotContain("≈ 10⁻³ is healthy");
        // No healthy line to strike through the message: with no ratio there is nothing to stand against it.
        assertThat(updates.lines(Palette.REFERENCE)).noneMatch(l -> l.xs().length == 2 && l.ys()[0] == l.ys()[1]
                && l.dash().length > 0 && l.xs()[1] - l.xs()[0] > 400);
    }
}
