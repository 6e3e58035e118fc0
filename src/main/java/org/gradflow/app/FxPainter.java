package org.gradflow.app;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gradflow.plot.Painter;
import org.gradflow.plot.Rgb;
import org.gradflow.plot.TextStyle;
import java.util.HashMap;
import java.util.Map;

/** Charts drawn on a JavaFX Canvas: the window's live plots. */
final class FxPainter implements Painter {
    private static final double[] SOLID = new double[0];
    private final GraphicsContext g;
    private final Text measure = new Text();
    /**
     * Measuring text lays out a Text node, tens of microseconds each; a chart asks for the same tick labels and
     * titles every frame, so the widths are remembered (bounded, cleared when full).
     */
    private final Map<TextStyle, Map<String, Double>> widths = new HashMap<>();
    private final Map<TextStyle, Double> heights = new HashMap<>();
    private int cached;
    /** View ▸ text size: every font of the chart times this. */
    private double textScale = 1;
    private final Map<TextStyle, TextStyle> scaledStyles = new HashMap<>();

    FxPainter(GraphicsContext g) {
        this.g = g;
        // Bevel, not round: round joins cost the software rasteriser a curve at every one of thousands of
        // vertices, and at two pixels wide nobody can tell them apart.
        g.setLineJoin(StrokeLineJoin.BEVEL);
    }

    /** Scales every font of the charts drawn with this painter; measurements are taken again. */
    void setTextScale(double scale) {
        if (scale != textScale) {
            textScale = scale;
            scaledStyles.clear();
            widths.clear();
            heights.clear();
            cached = 0;
        }
    }

    private TextStyle scaled(TextStyle style) {
        return textScale == 1 ? style
                : scaledStyles.computeIfAbsent(style, s -> new TextStyle(s.size() * textScale, s.bold()));
    }

    private static Color fx(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    private void stroke(Rgb color, double width, double[] dash) {
        g.setStroke(fx(color));
        g.setLineWidth(width);
        boolean dashed = dash != null && dash.length > 0;
        g.setLineCap(dashed ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
        g.setLineDashes(dashed ? dash : SOLID);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb color) {
        g.setFill(fx(color));
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb color, double width) {
        stroke(color, width, SOLID);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb color, double width, double... dash) {
        stroke(color, width, dash);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Rgb color, double width, double... dash) {
        stroke(color, width, dash);
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, Rgb color) {
        g.setFill(fx(color));
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth) {
        g.setFill(fx(fill));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        stroke(stroke, strokeWidth, SOLID);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb color, Align align, Baseline baseline) {
        g.setFont(FxFonts.of(scaled(style)));
        g.setFill(fx(color));
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            default -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(switch (baseline) {
            case TOP -> VPos.TOP;
            case MIDDLE -> VPos.CENTER;
            case BOTTOM -> VPos.BOTTOM;
            default -> VPos.BASELINE;
        });
        g.fillText(text, x, y);
    }

    @Override
    public void verticalText(String text, double x, double y, TextStyle style, Rgb color) {
        g.save();
        g.translate(x, y);
        g.rotate(-90);
        text(text, 0, 0, style, color, Align.CENTER, Baseline.MIDDLE);
        g.restore();
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        var byText = widths.computeIfAbsent(style, s -> new HashMap<>());
        Double width = byText.get(text);
        if (width == null) {
            if (++cached > 4096) {
                widths.clear();
                cached = 0;
                byText = widths.computeIfAbsent(style, s -> new HashMap<>());
            }
            measure.setFont(FxFonts.of(scaled(style)));
            measure.setText(text);
            width = measure.getLayoutBounds().getWidth();
            byText.put(text, width);
        }
        return width;
    }

    @Override
    public double lineHeight(TextStyle style) {
        return heights.computeIfAbsent(style, s -> {
            measure.setFont(FxFonts.of(scaled(s)));
            measure.setText("Mg");
            return measure.getLayoutBounds().getHeight();
        });
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.closePath();
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }
}
