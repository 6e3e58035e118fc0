package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.Test;

/** Which charts each run gets, in which order, and what the figure shows of them. */
class ChartKindsTest {

    private static List<ChartKind> figureKinds(RunFrame main, RunFrame comparison, boolean left) {
        return FigureLayout.cells(main, comparison).stream().filter(c -> !c.curve() && c.left() == left)
                .map(FigureLayout.Cell::kind).toList();
    }

    @Test
    void theSeedNetworksFigureKeepsItsSixChartsAndItsExportGainsTheFourOfDepth() throws Exception {
        RunFrame[] seed = DrawnChart.frames("seed", 10);
        for (boolean left : new boolean[] {true, false}) {
            assertThat(figureKinds(seed[0], seed[1], left)).containsExactly(ChartKind.COSINE, ChartKind.LANDSCAPE,
                    ChartKind.GRADIENT, ChartKind.COMPONENTS, ChartKind.GEOMETRY, ChartKind.NORMS);
        }
        assertThat(FigureLayout.kindsFor(seed[0])).containsExactly(ChartKind.COSINE, ChartKind.GRADIENT,
                ChartKind.COMPONENTS, ChartKind.NORMS, ChartKind.LANDSCAPE, ChartKind.GEOMETRY, ChartKind.FLOW,
                ChartKind.LAYERS, ChartKind.ACTIVATIONS, ChartKind.UPDATES);
    }

    @Test
    void aTwoInputClassifierShowsTheFlowFirstItsMapAndItsNormsLastAndNoPairCharts() throws Exception {
        RunFrame[] runs = DrawnChart.frames("deep-sigmoid.json", 1);
        List<ChartKind> kinds = List.of(ChartKind.FLOW, ChartKind.LAYERS, ChartKind.ACTIVATIONS, ChartKind.UPDATES,
                ChartKind.BOUNDARY, ChartKind.NORMS);
        assertThat(FigureLayout.kindsFor(runs[0])).containsExactlyElementsOf(kinds);
        assertThat(figureKinds(runs[0], runs[1], true)).containsExactlyElementsOf(kinds);
        assertThat(figureKinds(runs[0], runs[1], false)).containsExactlyElementsOf(kinds);
    }

    @Test
    void aHingeEmbeddingRunShowsTheDistanceWhereACosineRunShowsTheCosine() throws Exception {
        // hinge-embedding.json: the 1-D siamese with a distance, against the same with the question's cosine.
        RunFrame[] runs = DrawnChart.frames("hinge-embedding.json", 10);
        assertThat(figureKinds(runs[0], runs[1], true)).containsExactly(ChartKind.DISTANCE, ChartKind.GRADIENT,
                ChartKind.COMPONENTS, ChartKind.NORMS, ChartKind.FLOW, ChartKind.LAYERS);
        assertThat(FigureLayout.kindsFor(runs[0])).doesNotContain(ChartKind.COSINE, ChartKind.LANDSCAPE,
                ChartKind.GEOMETRY, ChartKind.BOUNDARY).contains(ChartKind.ACTIVATIONS, ChartKind.UPDATES);
        assertThat(figureKinds(runs[0], runs[1], false)).containsExactly(ChartKind.COSINE, ChartKind.GRADIENT,
                ChartKind.COMPONENTS, ChartKind.NORMS, ChartKind.LANDSCAPE, ChartKind.GEOMETRY);
    }

    @Test
    void theDistancesChartsNameTheDistanceAndDrawItsMarginsInPlaceOfTheCosinesTargets() throws Exception {
        RunFrame hinge = DrawnChart.frames("hinge-embedding.json", 1500)[0];
        DrawnChart distance = DrawnChart.draw(ChartKind.DISTANCE, hinge, 800, 500);
        assertThat(distance.words()).contains("Distance d = |u − v|", "d, target +1", "d, target −1",
                "target −1: d ≥ margin 1", "margin/2: right or wrong", "target +1: d → 0", "d = |u − v|")
                .doesNotContain("target +1", "target −1", "C, target +1");
        // The margin's line, dashed in the −1 pairs' colour, at d = 1 on the axis's labelled 0.5 steps.
        DrawnChart.Line margin = distance.lines(Palette.NEGATIVE).stream().filter(l -> l.dash().length > 0)
                .filter(l -> l.xs().length == 2).findFirst().orElseThrow();
        double zero = tickY(distance, "0");
        double one = tickY(distance, "1.0");
        assertThat(margin.ys()[0]).isCloseTo(one, within(0.5));
        assertThat(one).isLessThan(zero);

        DrawnChart gradient = DrawnChart.draw(ChartKind.GRADIENT, hinge, 800, 500);
        assertThat(gradient.words()).contains("|dd/du| and |dd/dv|", "|dd/du|", "|(u − v)/d| = 1")
                .doesNotContain("ε = 10⁻¹²");
        assertThat(DrawnChart.draw(ChartKind.COMPONENTS, hinge, 800, 500).words()).contains("dd/du by output unit");
    }

    private static double tickY(DrawnChart chart, String label) {
        return chart.texts.stream().filter(t -> t.text().equals(label) && t.align() == Painter.Align.RIGHT)
                .findFirst().orElseThrow().y();
    }
}
