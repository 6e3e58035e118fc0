package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;

/** What the activations chart says over each layer, and how it draws their distributions. */
class ActivationsChartTest {

    /** The words written over the layers (inside the plot, at its top), left to right. */
    private static List<DrawnChart.Text> overLayers(DrawnChart chart) {
        double top = chart.texts.stream().filter(t -> t.text().equals("1")).mapToDouble(DrawnChart.Text::y)
                .max().orElseThrow();
        return chart.texts.stream().filter(t -> t.y() < top && t.text().matches("\\d+/\\d+|<?\\d+%"))
                .sorted((a, b) -> Double.compare(a.x(), b.x())).toList();
    }

    @Test
    void overEachReluLayerItWritesItsUnitsDeadThroughTheLastPassInRedWhereThereAreAny() throws Exception {
        RunFrame relu = DrawnChart.frames("deep-sigmoid.json", 1)[1];
        int[] dead = relu.lastPass().deadUnits();
        assertThat(dead).as("relu with he-normal on circle: some units die in the first pass").contains(2, 3);
        DrawnChart chart = DrawnChart.draw(ChartKind.ACTIVATIONS, relu, 800, 500);
        List<DrawnChart.Text> labels = overLayers(chart);
        // Eight relu layers; the output layer (linear) has none.
        assertThat(labels).extracting(DrawnChart.Text::text).containsExactly(dead[0] + "/8", dead[1] + "/8",
                dead[2] + "/8", dead[3] + "/8", dead[4] + "/8", dead[5] + "/8", dead[6] + "/8", dead[7] + "/8");
        for (int l = 0; l < 8; l++) {
            assertThat(labels.get(l).color()).isEqualTo(dead[l] > 0 ? Palette.ALERT : Palette.TEXT);
        }
        assertThat(chart.words()).contains("n/N: units dead all of pass 1");
    }

    @Test
    void overEachSigmoidLayerItWritesTheShareOfItsOutputsInTheSaturatedZones() throws Exception {
        RunFrame sigmoid = DrawnChart.frames("deep-sigmoid.json", 1)[0];
        DrawnChart chart = DrawnChart.draw(ChartKind.ACTIVATIONS, sigmoid, 800, 500);
        List<DrawnChart.Text> labels = overLayers(chart);
        assertThat(labels).hasSize(8);
        for (int l = 0; l < 8; l++) {
            assertThat(labels.get(l).text()).isEqualTo(Diagnosis.percent(sigmoid.values().saturated(l)));
        }
        // The first layer has a few saturated outputs (0.4%): "<1%", not "0%", which would say none.
        assertThat(sigmoid.values().saturated(0)).isBetween(0.0, 0.01).isPositive();
        assertThat(labels.get(0).text()).isEqualTo("<1%");
        // The tinted zones at both ends of every sigmoid layer: 0 to 0.03 and 0.97 to 1.
        assertThat(chart.boxes(Palette.SATURATED_ZONE)).hasSize(16);
    }

    @Test
    void whenOneAxisWouldFlattenAHiddenLayerEachLayerIsDrawnToItsOwnRangeAndSaysIt() throws Exception {
        // normal(0, 1) in 64-wide relu layers: the outputs grow about eightfold a layer, far past any one axis.
        RunFrame exploding = DrawnChart.frames("exploding-init.json", 1)[0];
        DrawnChart chart = DrawnChart.draw(ChartKind.ACTIVATIONS, exploding, 800, 500);
        assertThat(chart.words()).contains("a, each layer to its own range");
        for (int l = 0; l < exploding.layerCount(); l++) {
            RunFrame.Histogram h = exploding.histogram(l);
            assertThat(chart.words()).contains(Format.number(h.low(), 2) + "…" + Format.number(h.high(), 2));
        }
        // Each layer's range is wider than the one before: the growth the chart's words show.
        for (int l = 1; l + 1 < exploding.layerCount(); l++) {
            assertThat(exploding.histogram(l).high()).isGreaterThan(exploding.histogram(l - 1).high() * 2);
        }
        // The sigmoid stack keeps one axis of a: its layers all span 0 to 1.
        RunFrame sigmoid = DrawnChart.frames("deep-sigmoid.json", 1)[0];
        assertThat(DrawnChart.draw(ChartKind.ACTIVATIONS, sigmoid, 800, 500).words())
                .contains("activation output a").doesNotContain("a, each layer to its own range");
    }
}
