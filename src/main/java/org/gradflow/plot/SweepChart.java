package org.gradflow.plot;

import org.gradflow.engine.Scenario;
import org.gradflow.session.SweepAxis;
import org.gradflow.session.SweepPlan;
import org.gradflow.session.SweepSummary;

/**
 * The sweep as a heatmap: output size (rows, D = 1 at the bottom) against learning rate (columns), each cell
 * shaded by the fraction of seeds that learned and labelled with that fraction and the median pass at which they
 * did. One blue from white to dark, so that it reads the same in grey and to colour-blind eyes.
 */
public final class SweepChart {
    public static final String TITLE = "Which settings learn: fraction of runs with every pair or example right";
    private static final Rgb EMPTY = Rgb.hex("#F4F4F4");
    private static final Rgb LIGHT = Rgb.hex("#F7FBFF");
    private static final Rgb DARK = Rgb.hex("#08306B");

    private final Painter painter;
    /** The plot area of the last draw, for finding the cell under a pointer. */
    private double left;
    private double top;
    private double cellWidth;
    private double cellHeight;

    public SweepChart(Painter painter) {
        this.painter = painter;
    }

    public void draw(SweepSummary summary, double w, double h) {
        Painter p = painter;
        int sizes = summary.rowCount();
        int rates = summary.columnCount();
        p.fillRect(0, 0, w, h, Palette.BACKGROUND);
        double pad = 16;
        p.text(TITLE, pad, pad, TextStyle.TITLE, Palette.TEXT, Painter.Align.LEFT, Painter.Baseline.TOP);
        double captionHeight = 2 * (p.lineHeight(TextStyle.SMALL) + 4);
        left = pad + p.lineHeight(TextStyle.LABEL) + 60;
        top = pad + p.lineHeight(TextStyle.TITLE) + 14;
        double bottom = h - pad - captionHeight - p.lineHeight(TextStyle.LABEL) - p.lineHeight(TextStyle.TICK) - 12;
        cellWidth = Math.max(10, (w - pad - left) / rates);
        cellHeight = Math.max(10, (bottom - top) / sizes);
        for (int d = 0; d < sizes; d++) {
            double y = top + (sizes - 1 - d) * cellHeight;
            p.text(summary.cell(d, 0).rowLabel(), left - 8, y + cellHeight / 2, TextStyle.TICK, Palette.TEXT,
                    Painter.Align.RIGHT, Painter.Baseline.MIDDLE);
            for (int l = 0; l < rates; l++) {
                drawCell(summary.cell(d, l), left + l * cellWidth, y);
            }
        }
        for (int l = 0; l < rates; l++) {
            String column = summary.columnAxis().path().equals(SweepAxis.LEARNING_RATE)
                    ? Format.number(summary.columnAxis().values().get(l).doubleValue(), 3)
                    : summary.cell(0, l).columnLabel();
            p.text(column, left + (l + 0.5) * cellWidth, top + sizes * cellHeight + 6, TextStyle.TICK, Palette.TEXT,
                    Painter.Align.CENTER, Painter.Baseline.TOP);
        }
        p.text(axisTitle(summary.columnAxis()), left + rates * cellWidth / 2, top + sizes * cellHeight + 8
                + p.lineHeight(TextStyle.TICK), TextStyle.LABEL, Palette.TEXT, Painter.Align.CENTER,
                Painter.Baseline.TOP);
        p.verticalText(axisTitle(summary.rowAxis()), pad + p.lineHeight(TextStyle.LABEL) / 2,
                top + sizes * cellHeight / 2, TextStyle.LABEL, Palette.TEXT);
        String[] caption = caption(summary);
        p.text(caption[0], pad, h - pad - p.lineHeight(TextStyle.SMALL) - 4, TextStyle.SMALL, Palette.MUTED,
                Painter.Align.LEFT, Painter.Baseline.BOTTOM);
        p.text(caption[1], pad, h - pad, TextStyle.SMALL, Palette.MUTED, Painter.Align.LEFT,
                Painter.Baseline.BOTTOM);
    }

    private void drawCell(SweepSummary.Cell c, double x, double y) {
        Painter p = painter;
        double f = c.fraction();
        Rgb fill = Double.isNaN(f) ? EMPTY : mix(LIGHT, DARK, f);
        p.fillRect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, fill);
        if (c.runs() == 0) {
            return;
        }
        Rgb ink = f > 0.5 ? Palette.BACKGROUND : Palette.TEXT;
        p.text(c.learned() + " / " + c.runs(), x + cellWidth / 2, y + cellHeight / 2 - 2, TextStyle.HEADING, ink,
                Painter.Align.CENTER, Painter.Baseline.BOTTOM);
        String when = c.learned() == 0 ? "never learned" : "median pass " + Format.number(c.medianPass(), 4);
        p.text(when, x + cellWidth / 2, y + cellHeight / 2 + 2, TextStyle.SMALL, ink, Painter.Align.CENTER,
                Painter.Baseline.TOP);
    }

    /** The output size and the learning rate by their names, any other axis by its path. */
    private static String axisTitle(SweepAxis axis) {
        return switch (axis.path()) {
            case SweepAxis.OUTPUT_SIZE -> "output size D";
            case SweepAxis.LEARNING_RATE -> "learning rate";
            default -> axis.path();
        };
    }

    private static Rgb mix(Rgb a, Rgb b, double t) {
        return new Rgb((int) Math.round(a.red() + (b.red() - a.red()) * t),
                (int) Math.round(a.green() + (b.green() - a.green()) * t),
                (int) Math.round(a.blue() + (b.blue() - a.blue()) * t), 1.0);
    }

    /** Two lines: the scenario, and how far a one-ulp nudge moves the learned pass (when measured). */
    static String[] caption(SweepSummary s) {
        SweepPlan plan = s.plan();
        Scenario sc = plan.scenario();
        String data = sc.rule().siamese() ? sc.effectivePairCount() + " pairs · " + sc.iterationsPerPair()
                + " iterations per pair" : sc.main().data().effectiveExampleCount() + " examples";
        String first = "rule " + sc.rule().id() + " · network " + sc.network().shape() + " · " + data + " · "
                + Format.grouped(plan.passes()) + " passes · seeds " + plan.firstSeed() + ".." + plan.lastSeed()
                + " · "
                + Format.grouped(s.rows()) + (s.rows() < s.total() ? " of " + Format.grouped(s.total()) : "")
                + " runs · made with GradFlow";
        String second = s.nudged() == 0 ? "Training is chaotic: the pass at which one run learns belongs to its exact"
                + " bits (run with the nudge to measure how much)."
                : "One weight moved by one ulp changed the learned pass in " + s.nudgeChanged() + " of " + s.nudged()
                + " runs: a single \"learned at pass P\" belongs to the exact bits, not to the settings.";
        return new String[] {first, second};
    }

    /** The cell under a point of the last drawing, as {row index, column index}, or null. */
    public int[] cellAt(double x, double y, SweepSummary summary) {
        int sizes = summary.rowCount();
        int rates = summary.columnCount();
        int l = (int) Math.floor((x - left) / cellWidth);
        int row = (int) Math.floor((y - top) / cellHeight);
        if (x < left || y < top || l >= rates || row >= sizes) {
            return null;
        }
        return new int[] {sizes - 1 - row, l};
    }
}
