package org.gradflow.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.export.AwtPainter;
import org.gradflow.session.RunFrame;
import org.gradflow.session.Simulation;

/**
 * One chart drawn into a painter that records what it paints (text measured by Java2D): the words, boxes, lines
 * and dots, for a test to read as a person reads the chart, off its axes.
 */
final class DrawnChart extends ForwardingPainter {
    record Text(String text, double x, double y, Rgb color, Align align, Baseline baseline) {
    }

    /** A filled box; {@code data}: drawn over the plot's data (inside its clip), not in the frame or legend. */
    record Box(double x, double y, double w, double h, Rgb color, boolean data) {
        boolean holds(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    record Line(double[] xs, double[] ys, Rgb color, double[] dash, boolean data) {
    }

    record Dot(double x, double y, Rgb fill, boolean data) {
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    final List<Text> texts = new ArrayList<>();
    final List<Box> boxes = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    final List<Dot> dots = new ArrayList<>();
    /** What the chart's readout said, after {@link #draw} with a pointer. */
    List<String> readout = List.of();
    private boolean clipped;

    private DrawnChart(Painter inner) {
        super(inner);
    }

    /** The two runs of a scenario file (or "seed") at an iteration, as the window would draw them. */
    static RunFrame[] frames(String scenario, long iteration) throws Exception {
        Scenario s = scenario.equals("seed") ? Scenario.DEFAULT
                : new ScenarioReader().read(Path.of("assets/scenarios", scenario));
        try (Simulation simulation = new Simulation(s)) {
            simulation.runTo(iteration);
            simulation.whenIdle().get(60, TimeUnit.SECONDS);
            RunFrame main = new RunFrame();
            RunFrame comparison = new RunFrame();
            simulation.copyFrames(main, comparison);
            return new RunFrame[] {main, comparison};
        }
    }

    static DrawnChart draw(ChartKind kind, RunFrame frame, double w, double h) {
        return draw(kind, frame, w, h, chart -> { });
    }

    /** Draws with the pointer set as {@code pointer} says (at an iteration, or at a pixel). */
    static DrawnChart draw(ChartKind kind, RunFrame frame, double w, double h,
                           Consumer<RunChart> pointer) {
        BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            DrawnChart drawn = new DrawnChart(new AwtPainter(g));
            RunChart chart = kind.create(drawn);
            pointer.accept(chart);
            chart.draw(frame, w, h, null);
            drawn.readout = chart.lastReadout();
            return drawn;
        } finally {
            g.dispose();
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb color) {
        boxes.add(new Box(x, y, w, h, color, clipped));
        super.fillRect(x, y, w, h, color);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clipped = true;
        super.clip(x, y, w, h);
    }

    @Override
    public void unclip() {
        clipped = false;
        super.unclip();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb color, double width, double... dash) {
        lines.add(new Line(new double[] {x1, x2}, new double[] {y1, y2}, color, dash, clipped));
        super.line(x1, y1, x2, y2, color, width, dash);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Rgb color, double width, double... dash) {
        lines.add(new Line(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), color, dash, clipped));
        super.polyline(xs, ys, n, color, width, dash);
    }

    @Override
    public void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth) {
        dots.add(new Dot(cx, cy, fill, clipped));
        super.circle(cx, cy, r, fill, stroke, strokeWidth);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb color, Align align, Baseline baseline) {
        texts.add(new Text(text, x, y, color, align, baseline));
        super.text(text, x, y, style, color, align, baseline);
    }

    @Override
    public void verticalText(String text, double x, double y, TextStyle style, Rgb color) {
        texts.add(new Text(text, x, y, color, Align.CENTER, Baseline.MIDDLE));
        super.verticalText(text, x, y, style, color);
    }

    /** Every word written, in order (y-axis titles too). */
    List<String> words() {
        return texts.stream().map(Text::text).toList();
    }

    /** The boxes of one colour filled over the plot's data (bars, cells), left to right. */
    List<Box> boxes(Rgb color) {
        return boxes.stream().filter(b -> b.data() && b.color().equals(color))
                .sorted(Comparator.comparingDouble(Box::x)).toList();
    }

    /** The lines of one colour drawn over the plot's data (not the legend's swatches). */
    List<Line> lines(Rgb color) {
        return lines.stream().filter(l -> l.data() && l.color().equals(color)).toList();
    }

    /** The dots drawn over the plot's data, in order. */
    List<Dot> dataDots() {
        return dots.stream().filter(Dot::data).toList();
    }

    /**
     * The value at a pixel row, read off the labelled decades of the log axis at the left (10⁻⁸, 1, 10², ...)
     * as a person would: between two labels, by the distance to each.
     */
    double logValueAt(double y) {
        List<double[]> ticks = new ArrayList<>();
        for (Text t : texts) {
            if (t.align() == Painter.Align.RIGHT && t.baseline() == Painter.Baseline.MIDDLE) {
                Integer exponent = exponent(t.text());
                if (exponent != null) {
                    ticks.add(new double[] {t.y(), exponent});
                }
            }
        }
        if (ticks.size() < 2) {
            throw new AssertionError("fewer than two labelled decades on the y axis: " + words());
        }
        double[] a = ticks.get(0);
        double[] b = ticks.get(ticks.size() - 1);
        return Math.pow(10, a[1] + (y - a[0]) * (b[1] - a[1]) / (b[0] - a[0]));
    }

    /** 8 for "10⁸", −8 for "10⁻⁸", 0 for "1", 1 for "10"; null for anything else. */
    private static Integer exponent(String label) {
        if (label.equals("1")) {
            return 0;
        }
        if (label.equals("10")) {
            return 1;
        }
        if (!label.startsWith("10") || label.length() < 3) {
            return null;
        }
        String rest = label.substring(2);
        boolean negative = rest.startsWith("⁻");
        rest = negative ? rest.substring(1) : rest;
        int value = 0;
        for (char c : rest.toCharArray()) {
            int digit = SUPERSCRIPTS.indexOf(c);
            if (digit < 0) {
                return null;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }
}
