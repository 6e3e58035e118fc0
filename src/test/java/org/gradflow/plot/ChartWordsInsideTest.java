package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.export.AwtPainter;
import org.gradflow.session.RunFrame;
import org.gradflow.session.Simulation;
import org.junit.jupiter.api.Test;

/**
 * No chart cuts its own words: every text a chart writes lies inside the chart, across and up and down, and
 * inside the plot area when it is written over the data (where drawing is clipped), for both runs of the
 * reference scenario and of every shipped example at the start, early and late, at the size the window gives a
 * chart at 1280 x 800 (about 320 x 165, the learning curve 540 x 165) and larger, with normal text and one and
 * two steps larger (View ▸ text size).
 */
class ChartWordsInsideTest {
    private static final long[] ITERATIONS = {1, 10, 1_500};
    private static final int[][] SIZES = {{320, 165}, {400, 240}, {800, 500}};
    /** View ▸ text size: normal and the two steps larger a teacher takes for a room. */
    private static final double[] TEXT_SCALES = {1, 1.15, 1.3};

    /** Records where each text lands against the clip in force (or the chart's bounds). */
    private static final class Recorder extends ForwardingPainter {
        private final double width;
        private final double height;
        private final List<String> cut = new ArrayList<>();
        private double[] clip;
        private final List<double[]> overData = new ArrayList<>();
        private final List<String> overDataTexts = new ArrayList<>();

        Recorder(Painter inner, double width, double height) {
            super(inner);
            this.width = width;
            this.height = height;
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            clip = new double[] {x, y, w, h};
            overData.clear();
            overDataTexts.clear();
            super.clip(x, y, w, h);
        }

        @Override
        public void unclip() {
            clip = null;
            super.unclip();
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Rgb color, Align align,
                Baseline baseline) {
            double w = textWidth(text, style);
            double left = switch (align) {
                case LEFT -> x;
                case CENTER -> x - w / 2;
                case RIGHT -> x - w;
            };
            double lh = lineHeight(style);
            double top = switch (baseline) {
                case TOP -> y;
                case MIDDLE -> y - lh / 2;
                case BOTTOM -> y - lh;
                // The ascent is most of a line: 0.8 of it, a little generous to the text.
                case BASELINE -> y - 0.8 * lh;
            };
            double[] box = clip != null ? clip : new double[] {0, 0, width, height};
            // Half a pixel: antialiasing lets a glyph's edge touch the boundary without losing any of it.
            if (left < box[0] - 0.5 || left + w > box[0] + box[2] + 0.5) {
                cut.add(String.format("'%s' spans x %.1f..%.1f, %s %.1f..%.1f", text, left, left + w,
                        clip != null ? "plot area" : "chart", box[0], box[0] + box[2]));
            }
            if (top < box[1] - 0.5 || top + lh > box[1] + box[3] + 0.5) {
                cut.add(String.format("'%s' spans y %.1f..%.1f, %s %.1f..%.1f", text, top, top + lh,
                        clip != null ? "plot area" : "chart", box[1], box[1] + box[3]));
            }
            if (clip != null) {
                // Over the data, two labels on top of each other are as unreadable as a cut one. A pixel of
                // slack each way: line heights include leading that carries no ink.
                double[] mine = {left, top, w, lh};
                for (int i = 0; i < overData.size(); i++) {
                    double[] other = overData.get(i);
                    if (mine[0] < other[0] + other[2] - 1 && other[0] < mine[0] + mine[2] - 1
                            && mine[1] < other[1] + other[3] - 1 && other[1] < mine[1] + mine[3] - 1) {
                        cut.add(String.format("'%s' overlaps '%s'", text, overDataTexts.get(i)));
                    }
                }
                overData.add(mine);
                overDataTexts.add(text);
            }
            super.text(text, x, y, style, color, align, baseline);
        }
    }

    /** View ▸ text size, as the window's painter applies it: every font times the scale. */
    private static final class ScaledText extends ForwardingPainter {
        private final double scale;

        ScaledText(Painter inner, double scale) {
            super(inner);
            this.scale = scale;
        }

        private TextStyle scaled(TextStyle s) {
            return new TextStyle(s.size() * scale, s.bold());
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Rgb color, Align align, Baseline baseline) {
            super.text(text, x, y, scaled(style), color, align, baseline);
        }

        @Override
        public void verticalText(String text, double x, double y, TextStyle style, Rgb color) {
            super.verticalText(text, x, y, scaled(style), color);
        }

        @Override
        public double textWidth(String text, TextStyle style) {
            return super.textWidth(text, scaled(style));
        }

        @Override
        public double lineHeight(TextStyle style) {
            return super.lineHeight(scaled(style));
        }
    }

    /** The reference scenario and every example shipped in assets/scenarios (divergence, saturation, eps...). */
    private static Map<String, Scenario> scenarios() throws IOException {
        Map<String, Scenario> all = new LinkedHashMap<>();
        all.put("reference", Scenario.DEFAULT);
        try (Stream<Path> files = Files.list(Path.of("assets/scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.put(file.getFileName().toString(), new ScenarioReader().read(file));
            }
        }
        return all;
    }

    @Test
    void everyWordOfEveryChartIsInsideTheChartAndTheDataItCovers() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Map.Entry<String, Scenario> scenario : scenarios().entrySet()) {
            for (long iteration : ITERATIONS) {
                cut.addAll(cutWords(scenario.getKey(), scenario.getValue(), iteration));
            }
        }
        assertThat(cut).isEmpty();
    }

    private static List<String> cutWords(String where, Scenario scenario, long iteration) throws Exception {
        List<String> cut = new ArrayList<>();
        RunFrame left = new RunFrame();
        RunFrame right = new RunFrame();
        try (Simulation simulation = new Simulation(scenario)) {
            simulation.runTo(iteration);
            simulation.whenIdle().get(60, TimeUnit.SECONDS);
            simulation.copyFrames(left, right);
        }
        for (double scale : TEXT_SCALES) {
            String at = ", " + where + ", it " + iteration + ", text x" + scale + ", ";
            for (int[] size : new int[][] {{540, 165}, {800, 300}}) {
                Recorder recorder = draw(size, scale, painter -> new CurveChart(painter).draw(left, right, size[0],
                        size[1], null));
                for (String c : recorder.cut) {
                    cut.add("curve" + at + size[0] + "x" + size[1] + ": " + c);
                }
            }
            for (RunFrame frame : right.present() ? List.of(left, right) : List.of(left)) {
                for (int[] size : SIZES) {
                    for (ChartKind kind : FigureLayout.kindsFor(frame)) {
                        Recorder recorder = draw(size, scale, painter -> kind.create(painter).draw(frame, size[0],
                                size[1], null));
                        for (String c : recorder.cut) {
                            cut.add(kind.slug() + " D=" + frame.outputSize() + at + size[0] + "x" + size[1] + ": "
                                    + c);
                        }
                    }
                }
            }
        }
        return cut;
    }

    private static Recorder draw(int[] size, double scale, Consumer<Painter> drawing) {
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Recorder recorder = new Recorder(new ScaledText(new AwtPainter(g), scale), size[0], size[1]);
            drawing.accept(recorder);
            return recorder;
        } finally {
            g.dispose();
        }
    }
}
