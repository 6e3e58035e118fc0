package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import org.gradflow.engine.CosineDistance;
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

    private static RunFrame[] bothAt(Scenario scenario, long iterations) throws Exception {
        return DiagnosisTest.framesAt(scenario, iterations);
    }

    /** Draws {@code chart} at {@code w x h} and keeps every text it wrote, with its left edge and its right. */
    private static final class Texts extends ForwardingPainter {
        private final List<String> texts = new ArrayList<>();
        private final List<double[]> spans = new ArrayList<>();

        Texts(Painter inner) {
            super(inner);
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Rgb color, Align align,
                         Baseline baseline) {
            double w = textWidth(text, style);
            double left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
            texts.add(text);
            spans.add(new double[] {left, left + w, y});
            super.text(text, x, y, style, color, align, baseline);
        }
    }

    private static Texts drawn(int w, int h, Consumer<Painter> drawing) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Texts texts = new Texts(new AwtPainter(g));
            drawing.accept(texts);
            return texts;
        } finally {
            g.dispose();
        }
    }

    /**
     * The window's cosine and gradient charts have y labels of different widths, so one iteration falls in pixel
     * columns of different iterations: each chart read its own and named "1,215 … 1,220" next to "1,211 … 1,215".
     * All read the iterations of the pointer's column in the chart it is over.
     */
    @Test
    void chartsOfDifferentWidthsNameTheIterationsOfThePointersColumn() throws Exception {
        RunFrame frame = frameAt(30_000);
        List<List<String>> readouts = new ArrayList<>();
        drawn(700, 300, p -> {
            RunChart cosine = ChartKind.COSINE.create(p);
            RunChart gradient = ChartKind.GRADIENT.create(p);
            cosine.draw(frame, 320, 165, null);
            gradient.draw(frame, 300, 165, null);
            double[] column = cosine.iterationsAt(200);
            readouts.add(List.of("iterations " + Format.grouped((long) Math.ceil(column[0])) + " … "
                    + Format.grouped((long) Math.floor(column[1]))));
            for (RunChart chart : List.of(cosine, gradient)) {
                chart.setPointer(column[0], column[1]);
                chart.draw(frame, chart == cosine ? 320 : 300, 165, null);
                readouts.add(chart.lastReadout());
            }
            // Each chart's own column at that iteration names other iterations: why they must share one.
            gradient.setPointer((column[0] + column[1]) / 2);
            gradient.draw(frame, 300, 165, null);
            readouts.add(gradient.lastReadout());
        });
        String named = readouts.get(0).get(0);
        assertThat(readouts.get(1).get(0)).isEqualTo(named);
        assertThat(readouts.get(2).get(0)).isEqualTo(named);
        assertThat(readouts.get(3).get(0)).isNotEqualTo(named);
    }

    @Test
    void theComponentsReadoutOfASixDimensionalRunListsEveryUnitInsideTheChart() throws Exception {
        RunFrame frame = frameAt(1_300);
        RunChart[] chart = new RunChart[1];
        Texts texts = drawn(320, 165, p -> {
            chart[0] = ChartKind.COMPONENTS.create(p);
            chart[0].setPointer(1_250);
            chart[0].draw(frame, 320, 165, null);
        });
        List<String> lines = chart[0].lastReadout();
        assertThat(lines).hasSize(7);
        for (int unit = 1; unit <= 6; unit++) {
            String name = "dC/du" + ComponentsChart.subscript(unit);
            assertThat(lines).anyMatch(l -> l.startsWith(name + " = ") || l.startsWith(name + ": "));
        }
        for (String line : lines) {
            double[] span = texts.spans.get(texts.texts.lastIndexOf(line));
            assertThat(span[0]).as(line).isGreaterThanOrEqualTo(0);
            assertThat(span[1]).as(line).isLessThanOrEqualTo(320);
        }
    }

    /** Over the landscape the readout gives the curves at the pointer's u, whatever its height. */
    @Test
    void theLandscapeReadsTheCurvesAtThePointersUNotItsHeight() throws Exception {
        RunFrame scalar = bothAt(Scenario.DEFAULT, 10)[0];
        List<List<String>> readouts = new ArrayList<>();
        for (double y : new double[] {120, 250, 400}) {
            drawn(800, 500, p -> {
                RunChart chart = ChartKind.LANDSCAPE.create(p);
                chart.setPointerAt(300, y);
                chart.draw(scalar, 800, 500, null);
                readouts.add(chart.lastReadout());
            });
        }
        assertThat(readouts.get(1)).isEqualTo(readouts.get(0)).isEqualTo(readouts.get(2));
        List<String> lines = readouts.get(0);
        assertThat(lines.get(0)).startsWith("u = −");
        double u = Double.parseDouble(lines.get(0).substring(4).replace('−', '-'));
        double v = scalar.v(0);
        double c = new CosineDistance().forward(new double[] {u}, new double[] {v});
        // u < 0: C is sign(u)·sign(v) up to eps, the step's value on that side; never the pointer's height.
        assertThat(Math.abs(c)).isGreaterThan(0.999);
        assertThat(lines.get(1)).isEqualTo("C = " + RunSummary.cosine(c));
        assertThat(lines.get(2)).startsWith("|dC/du| = ");
    }
}
