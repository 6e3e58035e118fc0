package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradflow.engine.IterationView;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flow chart of the deep sigmoid stack against the same stack with relu and he-normal (deep-sigmoid.json),
 * at iteration 1, read off the chart as a teacher reads it: bar heights against the labelled decades.
 */
class FlowChartTest {
    private static RunFrame sigmoid;
    private static RunFrame relu;

    @BeforeAll
    static void train() throws Exception {
        RunFrame[] runs = DrawnChart.frames("deep-sigmoid.json", 1);
        sigmoid = runs[0];
        relu = runs[1];
    }

    /** The value each weight-gradient bar reaches, first layer first. */
    private static double[] weightBars(DrawnChart chart) {
        List<DrawnChart.Box> bars = chart.boxes(Palette.WEIGHT_GRADIENT);
        return bars.stream().mapToDouble(b -> chart.logValueAt(b.y())).toArray();
    }

    @Test
    void theSigmoidStacksFirstLayerBarIsAThousandTimesLowerThanItsLastAndTheFixedRunsIsNot() {
        DrawnChart chart = DrawnChart.draw(ChartKind.FLOW, sigmoid, 800, 500);
        double[] bars = weightBars(chart);
        assertThat(bars).hasSize(9);
        assertThat(bars[0]).isLessThan(bars[8] / 1_000);
        // Read off the chart, the bars give the engine's numbers to within a few percent (antialiased edges).
        IterationView v = sigmoid.values();
        assertThat(Math.log10(bars[0])).isCloseTo(Math.log10(v.weightGrad(0)), within(0.05));
        assertThat(Math.log10(bars[8])).isCloseTo(Math.log10(v.weightGrad(8)), within(0.05));

        double[] fixed = weightBars(DrawnChart.draw(ChartKind.FLOW, relu, 800, 500));
        assertThat(fixed).hasSize(9);
        assertThat(fixed[0]).isGreaterThan(fixed[8] / 100);
    }

    @Test
    void underTheAxisItSaysTheFirstLayersGradientAgainstTheLastsAndOverEachLayerItsFactor() {
        IterationView v = sigmoid.values();
        DrawnChart chart = DrawnChart.draw(ChartKind.FLOW, sigmoid, 800, 500);
        // What arrives at layer 1 against what arrives at the output: the number the diagnosis and badge give.
        String ratio = Format.number(v.outputGrad(0) / v.outputGrad(8), 2);
        String perLayer = Format.number(Math.pow(v.outputGrad(0) / v.outputGrad(8), 1.0 / 8), 2);
        assertThat(chart.words()).anyMatch(w -> w.contains("‖dL/da₁‖ / ‖dL/da₉‖ = " + ratio + ", ×" + perLayer
                + " a layer"));
        assertThat(ratio).contains("e−7");
        // Each layer below the output: what arrives there against what arrives above, written over its bars.
        for (int l = 0; l < 8; l++) {
            assertThat(chart.words()).contains("×" + Format.number(v.outputGrad(l) / v.outputGrad(l + 1), 2));
        }
    }

    @Test
    void acrossTheSigmoidLayersAGuideFallsByAQuarterALayerAndTheReluRunHasNone() {
        DrawnChart chart = DrawnChart.draw(ChartKind.FLOW, sigmoid, 800, 500);
        List<DrawnChart.Line> guides = chart.lines(Palette.TARGET).stream().filter(l -> l.dash().length > 0)
                .filter(l -> l.xs().length > 2).toList();
        assertThat(guides).hasSize(1);
        DrawnChart.Line guide = guides.get(0);
        // From the last hidden layer (the eighth, whose σ′ is the last a gradient passes) down to the first.
        assertThat(guide.xs()).hasSize(8);
        double low = chart.logValueAt(guide.ys()[0]);
        double high = chart.logValueAt(guide.ys()[7]);
        assertThat(Math.log10(high / low)).isCloseTo(7 * Math.log10(4), within(0.05));
        assertThat(chart.words()).contains("×¼ a layer: σ′ ≤ ¼");
        // The measured staircase falls faster than the bound: the weights shrink it too.
        assertThat(sigmoid.values().outputGrad(0)).isLessThan(low);

        DrawnChart fixed = DrawnChart.draw(ChartKind.FLOW, relu, 800, 500);
        assertThat(fixed.lines(Palette.TARGET).stream().filter(l -> l.dash().length > 0)).isEmpty();
        assertThat(fixed.words()).doesNotContain("×¼ a layer: σ′ ≤ ¼", "×¼ a sigmoid layer");
    }

    @Test
    void thePointerOverALayerReadsItsGradients() {
        DrawnChart chart = DrawnChart.draw(ChartKind.FLOW, sigmoid, 800, 500, c -> c.setPointerAt(110, 300));
        IterationView v = sigmoid.values();
        assertThat(chart.readout).containsExactly("layer 1 · sigmoid",
                "‖dL/dW₁‖ = " + Format.number(v.weightGrad(0), 3),
                "‖dL/da₁‖ = " + Format.number(v.outputGrad(0), 3),
                "×" + Format.number(v.outputGrad(0) / v.outputGrad(1), 3) + " of layer 2's");
    }

    /** Zero initialisation (zero-init.json, tanh): no weight of any layer gets a gradient, and the axis says so. */
    @Test
    void afterZeroInitTheAxisSaysNoWeightGetsAGradient() throws Exception {
        RunFrame zeros = DrawnChart.frames("zero-init.json", 1)[0];
        DrawnChart chart = DrawnChart.draw(ChartKind.FLOW, zeros, 800, 500);
        assertThat(chart.words()).contains("layer · every ‖dL/dW‖ is exactly 0 · ‖dL/da₁‖ / ‖dL/da₃‖ = 0");
        assertThat(weightBars(chart)).hasSize(3);
    }
}
