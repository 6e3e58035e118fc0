package org.gradflow.export;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.CurveChart;
import org.gradflow.plot.FigureLayout;
import org.gradflow.plot.RunSummary;
import org.gradflow.session.RunFrame;

/** Renders charts and the whole figure into images with Java2D, at 1x, 2x or 3x. */
public final class FigureRenderer {
    /** Logical size of a single exported chart: a 16:10 slide's half. */
    public static final int CHART_WIDTH = 800;
    public static final int CHART_HEIGHT = 500;

    public BufferedImage chart(ChartKind kind, RunFrame frame, int scale) {
        BufferedImage image = new BufferedImage(CHART_WIDTH * scale, CHART_HEIGHT * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            kind.create(new AwtPainter(g)).draw(frame, CHART_WIDTH, CHART_HEIGHT, RunSummary.scenarioLine(frame));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Both runs' learning curves, with the scenario as caption. */
    public BufferedImage curve(RunFrame left, RunFrame right, int scale) {
        BufferedImage image = new BufferedImage(CHART_WIDTH * scale, CHART_HEIGHT * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            new CurveChart(new AwtPainter(g)).draw(left, right, CHART_WIDTH, CHART_HEIGHT,
                    RunSummary.scenarioLine(left).replaceFirst("^D = \\d+ · ", "D = " + left.outputSize()
                            + " vs " + right.outputSize() + " · "));
        } finally {
            g.dispose();
        }
        return image;
    }

    public BufferedImage figure(RunFrame left, RunFrame right, int scale) {
        BufferedImage image = new BufferedImage((int) FigureLayout.WIDTH * scale, (int) FigureLayout.HEIGHT * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            AwtPainter painter = new AwtPainter(g);
            FigureLayout.drawText(painter, left, right);
            for (FigureLayout.Cell cell : FigureLayout.cells()) {
                AffineTransform saved = g.getTransform();
                g.translate(cell.x(), cell.y());
                if (cell.curve()) {
                    new CurveChart(painter).draw(left, right, cell.w(), cell.h(), null);
                } else {
                    cell.kind().create(painter).draw(cell.left() ? left : right, cell.w(), cell.h(), null);
                }
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
