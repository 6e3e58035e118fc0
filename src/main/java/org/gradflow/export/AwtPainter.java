package org.gradflow.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.svg.SVGGraphics2D;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.gradflow.plot.Painter;
import org.gradflow.plot.Rgb;
import org.gradflow.plot.TextStyle;

/** Charts drawn with Java2D into an image: the PNG export, which needs no display. */
public final class AwtPainter implements Painter {
    private final Graphics2D g;
    private final Shape baseClip;

    public AwtPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        this.baseClip = g.getClip();
    }

    private static Color awt(Rgb c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }

    private void stroke(double width, double[] dash) {
        g.setStroke(dash == null || dash.length == 0
                ? new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f,
                        toFloats(dash), 0f));
    }

    private static float[] toFloats(double[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb color) {
        g.setColor(awt(color));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb color, double width) {
        g.setColor(awt(color));
        stroke(width, null);
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb color, double width, double... dash) {
        g.setColor(awt(color));
        stroke(width, dash);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Rgb color, double width, double... dash) {
        if (n < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.setColor(awt(color));
        stroke(width, dash);
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, Rgb color) {
        if (n < 3) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        g.setColor(awt(color));
        g.fill(path);
    }

    @Override
    public void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth) {
        Ellipse2D.Double e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(awt(fill));
        g.fill(e);
        g.setColor(awt(stroke));
        stroke(strokeWidth, null);
        g.draw(e);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb color, Align align, Baseline baseline) {
        Font font = BundledFonts.awt(style);
        g.setFont(font);
        g.setColor(awt(color));
        double width = textWidth(text, style);
        LineMetrics m = font.getLineMetrics(text, g.getFontRenderContext());
        double dx = align == Align.LEFT ? 0 : align == Align.CENTER ? -width / 2 : -width;
        double dy = switch (baseline) {
            case TOP -> m.getAscent();
            case MIDDLE -> (m.getAscent() - m.getDescent()) / 2;
            case BOTTOM -> -m.getDescent();
            default -> 0;
        };
        if (style.bold() && g instanceof SVGGraphics2D) {
            // The bold face loaded from its file says "plain"; SVG names the family and needs the weight said.
            g.setFont(font.deriveFont(Font.BOLD));
        }
        g.drawString(text, (float) (x + dx), (float) (y + dy));
    }

    @Override
    public void verticalText(String text, double x, double y, TextStyle style, Rgb color) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        text(text, 0, 0, style, color, Align.CENTER, Baseline.MIDDLE);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        FontRenderContext frc = g.getFontRenderContext();
        return BundledFonts.awt(style).getStringBounds(text, frc).getWidth();
    }

    @Override
    public double lineHeight(TextStyle style) {
        LineMetrics m = BundledFonts.awt(style).getLineMetrics("Mg", g.getFontRenderContext());
        return m.getAscent() + m.getDescent();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(baseClip);
    }
}
