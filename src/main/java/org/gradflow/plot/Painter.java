package org.gradflow.plot;

/**
 * The drawing operations charts need, in logical pixels. Implemented for a JavaFX Canvas (the window) and for
 * Java2D (PNG export, which must work without a display), so both draw from the same chart code.
 */
public interface Painter {
    /** Horizontal placement of text relative to x. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Vertical placement of text relative to y. */
    enum Baseline { TOP, MIDDLE, BASELINE, BOTTOM }

    void fillRect(double x, double y, double w, double h, Rgb color);

    void strokeRect(double x, double y, double w, double h, Rgb color, double width);

    /** A dashed line when {@code dash} is non-empty (on, off lengths). */
    void line(double x1, double y1, double x2, double y2, Rgb color, double width, double... dash);

    /** Connected points; callers split at gaps and keep coordinates finite. */
    void polyline(double[] xs, double[] ys, int n, Rgb color, double width, double... dash);

    /** A filled polygon through the points (closed automatically). */
    void fillPolygon(double[] xs, double[] ys, int n, Rgb color);

    void circle(double cx, double cy, double r, Rgb fill, Rgb stroke, double strokeWidth);

    void text(String text, double x, double y, TextStyle style, Rgb color, Align align, Baseline baseline);

    /** Text reading upwards, centred on (x, y): y-axis labels. */
    void verticalText(String text, double x, double y, TextStyle style, Rgb color);

    double textWidth(String text, TextStyle style);

    /** Height of a line of text in this style (ascent + descent). */
    double lineHeight(TextStyle style);

    /** Restricts drawing to a rectangle until {@link #unclip()}. */
    void clip(double x, double y, double w, double h);

    void unclip();
}
