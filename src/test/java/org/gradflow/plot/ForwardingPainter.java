package org.gradflow.plot;

/** A painter that hands every call to another; tests extend it to record the calls they look at. */
class ForwardingPainter implements Painter {
    private final Painter inner;

    ForwardingPainter(Painter inner) {
        this.inner = inner;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgb color) {
        inner.fillRect(x, y, w, h, color);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Rgb color, double lineWidth) {
        inner.strokeRect(x, y, w, h, color, lineWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb color, double lineWidth, double... dash) {
        inner.line(x1, y1, x2, y2, color, lineWidth, dash);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Rgb color, double lineWidth, double... dash) {
        inner.polyline(xs, ys, n, color, lineWidth, dash);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, Rgb color) {
        inner.fillPolygon(xs, ys, n, color);
    }

    @Override
    public void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth) {
        inner.circle(cx, cy, r, fill, stroke, strokeWidth);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgb color, Align align, Baseline baseline) {
        inner.text(text, x, y, style, color, align, baseline);
    }

    @Override
    public void verticalText(String text, double x, double y, TextStyle style, Rgb color) {
        inner.verticalText(text, x, y, style, color);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return inner.textWidth(text, style);
    }

    @Override
    public double lineHeight(TextStyle style) {
        return inner.lineHeight(style);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        inner.clip(x, y, w, h);
    }

    @Override
    public void unclip() {
        inner.unclip();
    }
}
