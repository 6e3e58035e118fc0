package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;
import org.gradflow.export.AwtPainter;
import org.gradflow.session.RunFrame;
import org.gradflow.session.Simulation;
import org.junit.jupiter.api.Test;

/** What the pointer reads off a chart: the run's own values, exact where a pixel is one iteration. */
class ReadoutTest {

    private static RunFrame frameAt(long iterations) throws Exception {
        try (Simulation simulation = new Simulation(Scenario.DEFAULT)) {
            simulation.runTo(iterations);
            simulation.whenIdle().get(60, TimeUnit.SECONDS);
            RunFrame left = new RunFrame();
            RunFrame right = new RunFrame();
            simulation.copyFrames(left, right);
            return right;
        }
    }

    private static List<String> readout(ChartKind kind, RunFrame frame, double iteration) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            RunChart chart = kind.create(new AwtPainter(g));
            chart.setPointer(iteration);
            chart.draw(frame, 800, 500, null);
            return chart.lastReadout();
        } finally {
            g.dispose();
        }
    }

    @Test
    void onAShortRunItReadsTheExactValuesTheTraceHasAtThatIteration() throws Exception {
        RunFrame frame = frameAt(50);
        Trainer trace = RunFactory.comparisonRun(Scenario.DEFAULT);
        for (int i = 0; i < 37; i++) {
            trace.step();
        }
        // Iteration 37 trains pair 4, whose target is +1.
        assertThat(readout(ChartKind.COSINE, frame, 37)).containsExactly("iteration 37",
                "C, target +1 = " + RunSummary.cosine(trace.last().cosine()));
        assertThat(readout(ChartKind.GRADIENT, frame, 37)).containsExactly("iteration 37",
                "|dC/du| = " + Format.number(trace.last().dCduNorm(), 4),
                "|dC/dv| = " + Format.number(trace.last().dCdvNorm(), 4));
    }

    @Test
    void onALongRunAPixelHoldsABucketAndItsLowestAndHighestAreRead() throws Exception {
        RunFrame frame = frameAt(30_000);
        List<String> lines = readout(ChartKind.COSINE, frame, 12_345);
        assertThat(lines.get(0)).startsWith("iterations ").contains(" … ");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(" … "));
        assertThat(readout(ChartKind.COSINE, frame, Double.NaN)).isEmpty();
    }

    @Test
    void theLandscapeReadsTheCoordinatesUnderThePointer() throws Exception {
        RunFrame frame = frameAt(10);
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            RunChart geometry = ChartKind.GEOMETRY.create(new AwtPainter(g));
            geometry.setPointerAt(400, 250);
            geometry.draw(frame, 800, 500, null);
            assertThat(geometry.lastReadout()).hasSize(2);
            assertThat(geometry.lastReadout().get(0)).startsWith("along û = ");
            RunChart chart = ChartKind.LANDSCAPE.create(new AwtPainter(g));
            chart.setPointerAt(400, 250);
            chart.draw(frame, 800, 500, null);
            assertThat(chart.lastReadout()).hasSize(3);
            assertThat(chart.lastReadout().get(0)).startsWith("t = ");
            assertThat(chart.lastReadout().get(1)).startsWith("C = ");
            assertThat(chart.lastReadout().get(2)).startsWith("|dC/du| = ");
            chart.setPointerAt(Double.NaN, Double.NaN);
            chart.draw(frame, 800, 500, null);
            assertThat(chart.lastReadout()).isEmpty();
        } finally {
            g.dispose();
        }
    }

    @Test
    void theLearningCurveReadsBothRunsAtThePassUnderThePointer() throws Exception {
        RunFrame left;
        RunFrame right = new RunFrame();
        try (Simulation simulation = new Simulation(Scenario.DEFAULT)) {
            simulation.runTo(1_500);
            simulation.whenIdle().get(60, TimeUnit.SECONDS);
            left = new RunFrame();
            simulation.copyFrames(left, right);
        }
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            CurveChart chart = new CurveChart(new AwtPainter(g));
            chart.setPointerAt(700);
            chart.draw(left, right, 800, 500, null);
            List<String> lines = chart.lastReadout();
            assertThat(lines.get(0)).matches("pass \\d+");
            long pass = Long.parseLong(lines.get(0).substring(5));
            assertThat(lines).contains("D = 6 pairs right = " + Format.number(pass >= 14 ? 10 : 5, 4));
            assertThat(lines).anyMatch(l -> l.startsWith("D = 1 mean loss = "));
        } finally {
            g.dispose();
        }
    }
}
