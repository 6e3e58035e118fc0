package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradflow.session.RunFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prediction map of deep-sigmoid.json at iteration 200: the relu run has learned the circle, the sigmoid
 * stack sits at p = ½ everywhere (its gradient vanished).
 */
class BoundaryChartTest {
    private static RunFrame sigmoid;
    private static RunFrame relu;

    @BeforeAll
    static void train() throws Exception {
        RunFrame[] runs = DrawnChart.frames("deep-sigmoid.json", 200);
        sigmoid = runs[0];
        relu = runs[1];
    }

    /** The map's cell under each example's dot: the last cell drawn that holds the dot's centre. */
    private static DrawnChart.Box cellUnder(DrawnChart chart, DrawnChart.Dot dot) {
        List<DrawnChart.Box> cells = chart.boxes.stream().filter(DrawnChart.Box::data).toList();
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (cells.get(i).holds(dot.x(), dot.y())) {
                return cells.get(i);
            }
        }
        throw new AssertionError("no cell under the example at " + dot);
    }

    /** Blue for class 1 (or more blue than red), orange for class 0. */
    private static int side(Rgb c) {
        return Integer.compare(c.blue(), c.red());
    }

    @Test
    void aLearnedRunColoursTheCellOfEveryTrainingExampleByItsLabel() {
        assertThat(relu.lastPass().learned()).as("relu with he-normal has learned the circle").isTrue();
        DrawnChart chart = DrawnChart.draw(ChartKind.BOUNDARY, relu, 800, 500);
        List<DrawnChart.Dot> examples = chart.dataDots().stream()
                .filter(d -> d.fill().equals(Palette.CLASS_ONE) || d.fill().equals(Palette.CLASS_ZERO)).toList();
        assertThat(examples).hasSize(200);
        long onTheirSide = examples.stream().filter(d -> side(cellUnder(chart, d).color())
                == (d.fill().equals(Palette.CLASS_ONE) ? 1 : -1)).count();
        // Every example is right, but a cell is coloured by its centre: an example near the boundary may sit in a
        // cell whose centre lies across it (a 40 x 40 grid over 12 units: cells 0.3 wide). All 200 are on their
        // side at this iteration; a few are allowed across.
        assertThat(onTheirSide).isGreaterThanOrEqualTo(196);
        assertThat(chart.words()).contains("class 1", "class 0", "p = ½");
        // The boundary is drawn: the line where p crosses ½, around the inner class.
        assertThat(chart.lines(Palette.TEXT).size()).isGreaterThan(40);
    }

    @Test
    void aRunThatPredictsOneHalfEverywherePaintsNeitherSide() {
        assertThat(sigmoid.lastPass().learned()).isFalse();
        DrawnChart chart = DrawnChart.draw(ChartKind.BOUNDARY, sigmoid, 800, 500);
        List<DrawnChart.Box> cells = chart.boxes.stream().filter(DrawnChart.Box::data).toList();
        assertThat(cells).hasSize(40 * 40);
        // Within a percent of ½ everywhere: white to the eye (every channel within 3 of 255).
        for (DrawnChart.Box cell : cells) {
            assertThat(Math.min(cell.color().red(), Math.min(cell.color().green(), cell.color().blue())))
                    .isGreaterThanOrEqualTo(252);
        }
    }

    @Test
    void thePointerReadsThePredictionUnderIt() {
        DrawnChart chart = DrawnChart.draw(ChartKind.BOUNDARY, relu, 800, 500, c -> c.setPointerAt(400, 260));
        assertThat(chart.readout).hasSize(2);
        assertThat(chart.readout.get(0)).startsWith("x = ").contains(", y = ");
        double p = Double.parseDouble(chart.readout.get(1).replace("p(class 1) = ", "").replace('−', '-'));
        assertThat(p).isBetween(0.0, 1.0);
        // The middle of the plane is the inner ring's: class 1.
        assertThat(p).isGreaterThan(0.5);
    }
}
