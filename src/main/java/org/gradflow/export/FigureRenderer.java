package org.gradflow.export;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.gradflow.engine.Head;
import org.gradflow.plot.ChartKind;
import org.gradflow.plot.CurveChart;
import org.gradflow.plot.FigureLayout;
import org.gradflow.plot.Lesson;
import org.gradflow.plot.LessonCaption;
import org.gradflow.plot.Palette;
import org.gradflow.plot.RunSummary;
import org.gradflow.session.RunFrame;

/**
 * Renders charts and the whole figure with Java2D: into images at 1x, 2x or 3x, or onto any other
 * {@link Graphics2D} (the SVG export's), by the same drawing code.
 */
public final class FigureRenderer {
    /** Logical size of a single exported chart: a 16:10 slide's half. */
    public static final int CHART_WIDTH = 800;
    public static final int CHART_HEIGHT = 500;

    /** A drawing of a known logical size, to render as PNG or SVG. */
    public record Drawing(double width, double height, Consumer<Graphics2D> paint) {
    }

    public Drawing chartDrawing(ChartKind kind, RunFrame frame) {
        return new Drawing(CHART_WIDTH, CHART_HEIGHT, g -> kind.create(new AwtPainter(g)).draw(frame, CHART_WIDTH,
                CHART_HEIGHT, RunSummary.scenarioLine(frame)));
    }

    /** Both runs' learning curves, with the scenario as caption. */
    public Drawing curveDrawing(RunFrame left, RunFrame right) {
        String caption = right.present() && left.head() == Head.COSINE
                ? RunSummary.scenarioLine(left).replaceFirst("^D = \\d+ · ", "D = " + left.outputSize() + " vs "
                + right.outputSize() + " · ") : RunSummary.scenarioLine(left);
        return new Drawing(CHART_WIDTH, CHART_HEIGHT, g -> new CurveChart(new AwtPainter(g)).draw(left, right,
                CHART_WIDTH, CHART_HEIGHT, caption));
    }

    public Drawing figureDrawing(RunFrame left, RunFrame right) {
        return new Drawing(FigureLayout.WIDTH, FigureLayout.HEIGHT, g -> {
            AwtPainter painter = new AwtPainter(g);
            FigureLayout.drawText(painter, left, right);
            for (FigureLayout.Cell cell : FigureLayout.cells(left, right)) {
                AffineTransform saved = g.getTransform();
                g.translate(cell.x(), cell.y());
                if (cell.curve()) {
                    new CurveChart(painter).draw(left, right, cell.w(), cell.h(), null);
                } else {
                    cell.kind().create(painter).draw(cell.left() ? left : right, cell.w(), cell.h(), null);
                }
                g.setTransform(saved);
            }
        });
    }

    /**
     * A lesson step as a handout page: the whole figure with the chart pointed at framed, and the step's
     * caption under it (its values read off these frames).
     */
    public Drawing stepDrawing(Lesson lesson, Lesson.Step step, RunFrame left, RunFrame right) {
        Drawing figure = figureDrawing(left, right);
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measuring = scratch.createGraphics();
        double captionHeight;
        try {
            captionHeight = Math.ceil(LessonCaption.height(new AwtPainter(measuring), lesson, step, left, right,
                    FigureLayout.WIDTH));
        } finally {
            measuring.dispose();
        }
        return new Drawing(FigureLayout.WIDTH, FigureLayout.HEIGHT + captionHeight, g -> {
            figure.paint().accept(g);
            AwtPainter painter = new AwtPainter(g);
            painter.fillRect(0, FigureLayout.HEIGHT, FigureLayout.WIDTH, captionHeight, Palette.BACKGROUND);
            LessonCaption.frame(painter, step, left, right);
            LessonCaption.draw(painter, lesson, step, left, right, FigureLayout.HEIGHT, FigureLayout.WIDTH);
        });
    }

    public BufferedImage chart(ChartKind kind, RunFrame frame, int scale) {
        return image(chartDrawing(kind, frame), scale);
    }

    public BufferedImage curve(RunFrame left, RunFrame right, int scale) {
        return image(curveDrawing(left, right), scale);
    }

    public BufferedImage figure(RunFrame left, RunFrame right, int scale) {
        return image(figureDrawing(left, right), scale);
    }

    /** The drawing as pixels, {@code scale} times its logical size. */
    public static BufferedImage image(Drawing drawing, int scale) {
        BufferedImage image = new BufferedImage((int) drawing.width() * scale, (int) drawing.height() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            drawing.paint().accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }
}
