package org.gradflow.plot;

import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.CosineDistance;
import org.gradflow.session.RunFrame;

/**
 * The picture a teacher draws on the board: C and |dC/du| along a line through the current u, for the current
 * v. In 1-D the line is the u axis itself: C is a step from -1 to +1 and the gradient is flat at ~1e-11 but
 * for the eps spike at u = 0, where exact math has no derivative. With D > 1 the line runs through u in the
 * direction of dC/du, the way one SGD step moves u, and C rises smoothly along it.
 */
final class LandscapeChart extends PointedChart {
    private static final int UNIFORM = 400;
    private static final List<LegendItem> LEGEND = List.of(
            LegendItem.line("C (left axis)", Palette.COSINE).briefly("C"),
            LegendItem.line("|dC/du| (right axis)", Palette.DCDU).briefly("|dC/du|"),
            LegendItem.dot("now", Palette.TEXT), LegendItem.dot("one step", Palette.MUTED));

    private final CosineDistance cosine = new CosineDistance();
    private double[] ts = new double[0];
    private double[] cs = new double[0];
    private double[] gs = new double[0];

    LandscapeChart(Painter painter) {
        super(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        int d = f.outputSize();
        double[] u = f.uCopy();
        double[] v = f.vCopy();
        double[] direction = direction(f.dCduCopy());
        boolean oneD = d == 1;
        double span = oneD ? 1.1 : Math.max(norm(u), 0.2);
        double now = oneD ? u[0] : 0;
        // t where the line passes closest to u = 0, where the cosine has its singular point.
        double closest = oneD ? 0 : -dot(u, direction);
        sample(span, closest);
        int n = evaluate(u, v, direction, oneD);

        area.setCaption(caption);
        String title = oneD ? "Landscape along u (v fixed)" : "Landscape along dC/du through u";
        Axis x = Axis.linear(-span, span, oneD ? "u, the left output" : "t, step from the current u along dC/du");
        area.frame(w, h, title, LEGEND, x, Axis.linear(-1.15, 1.15, "C"),
                Charts.gradientAxis("|dC/du| (log)"));
        area.beginData();
        Charts.epsReference(area, painter, true);
        // C first: where C jumps (1-D, u = 0) the gradient spikes at the same x, and the spike must show.
        area.series(ts, cs, n, false, Palette.COSINE, 2.4);
        area.series(ts, gs, n, true, Palette.DCDU, 2);

        double[] at = pointOnLine(u, direction, oneD ? now : 0, oneD);
        double cNow = cosine.forward(at, v);
        double[] gu = new double[d];
        double[] gv = new double[d];
        cosine.backward(at, v, gu, gv);
        double gNow = norm(gu);
        double xNow = area.toX(now);
        painter.circle(xNow, area.toY(cNow), 5.5, Palette.COSINE, Palette.TEXT, 1.5);
        painter.circle(xNow, area.toY2(gNow), 5.5, Palette.DCDU, Palette.TEXT, 1.5);

        // Where a gradient step of the current learning rate on u itself, u − η·dL/du, would put u: the line
        // runs along dC/du, so the step is −η·gradOutput·|dC/du| along it (in 1-D, along the u axis).
        double step = -f.scenario().learningRate() * f.gradOutput() * (oneD ? f.dCdu(0) : f.dCduNorm());
        double tStep = now + step;
        boolean stepShown = step != 0 && Double.isFinite(tStep) && Math.abs(tStep) <= span;
        double xStep = area.toX(tStep);
        double yStep = stepShown ? area.toY(cosine.forward(pointOnLine(u, direction, tStep, oneD), v)) : 0;
        if (stepShown) {
            painter.circle(xStep, yStep, 5.5, Palette.PLOT_BACKGROUND, Palette.MUTED, 2);
        }

        double distance = norm(pointOnLine(u, direction, closest, oneD));
        if (distance * distance < CosineDistance.SINGULAR_SQUARED_NORM * 1e4 && Math.abs(closest) <= span) {
            double xs = area.toX(closest);
            double spikeY = area.toY2(peak(n));
            painter.circle(xs, area.toY(0), 6, Palette.PLOT_BACKGROUND, Palette.ALERT, 2);
            painter.circle(xs, spikeY, 4, Palette.DCDU, Palette.DCDU, 1);
            boolean roomOnRight = xs < area.left() + area.width() * 0.55;
            area.labels().inside("spike " + Format.number(peak(n), 2), xs + (roomOnRight ? 9 : -9), spikeY,
                    TextStyle.SMALL, Palette.DCDU, roomOnRight ? Painter.Align.LEFT : Painter.Align.RIGHT,
                    Painter.Baseline.MIDDLE);
            // Above the open circle, or under it where a short plot puts the spike's label there.
            List<String> undefined = List.of("undefined at 0");
            if (!area.labels().beside(undefined, xs, area.toY(0) - 3, 9, roomOnRight, TextStyle.SMALL, Palette.ALERT,
                    Painter.Baseline.BOTTOM)) {
                area.labels().beside(undefined, xs, area.toY(0) + 3, 9, roomOnRight, TextStyle.SMALL, Palette.ALERT,
                        Painter.Baseline.TOP);
            }
        }
        if (stepShown) {
            // Written after the singularity's labels, clear of them. Where the step is too small to see, the
            // label says how far it goes; where no form fits, the legend's "one step" names the point.
            List<String> labels = Math.abs(xStep - xNow) < 2
                    ? List.of("u − η·dL/du: moves " + Format.number(Math.abs(step), 2), "u − η·dL/du")
                    : List.of("u − η·dL/du");
            area.labels().beside(labels, xStep, yStep + 4, 8, xStep < area.left() + area.width() * 0.6,
                    TextStyle.SMALL, Palette.MUTED, Painter.Baseline.TOP);
        }
        readCurves(u, v, direction, oneD);
        area.endData();
    }

    /**
     * The curves' values at the pointer's u (or t): what C and |dC/du| are there, marked on both curves, not the
     * height of the pointer, which is no value of anything.
     */
    private void readCurves(double[] u, double[] v, double[] direction, boolean oneD) {
        double t = area.fromX(pointerX());
        if (Double.isNaN(t)) {
            showReadout(List.of());
            return;
        }
        double[] at = pointOnLine(u, direction, t, oneD);
        double c = cosine.forward(at, v);
        double[] gu = new double[at.length];
        double[] gv = new double[at.length];
        cosine.backward(at, v, gu, gv);
        double g = norm(gu);
        double xp = area.toX(t);
        painter.circle(xp, area.toY(c), 3.5, Palette.COSINE, Palette.TEXT, 1);
        painter.circle(xp, area.toY2(g), 3.5, Palette.DCDU, Palette.TEXT, 1);
        showReadout(area.crosshair(t, List.of((oneD ? "u = " : "t = ") + Format.number(t, 3),
                "C = " + RunSummary.cosine(c), "|dC/du| = " + Format.number(g, 2)), area.toY(c) < area.top()
                + area.height() / 2));
    }

    private double peak(int n) {
        double peak = 0;
        for (int i = 0; i < n; i++) {
            peak = Math.max(peak, gs[i]);
        }
        return peak;
    }

    /** Uniform samples plus a dense log-spaced cluster around {@code closest}, sorted. */
    private void sample(double span, double closest) {
        int extra = 2 * 9 * 4 + 1;
        int total = UNIFORM + 1 + extra;
        if (ts.length < total) {
            ts = new double[total];
            cs = new double[total];
            gs = new double[total];
        }
        int n = 0;
        for (int i = 0; i <= UNIFORM; i++) {
            ts[n++] = -span + 2 * span * i / UNIFORM;
        }
        for (int k = -40; k < -4; k++) {
            double offset = Math.pow(10, k / 4.0);
            ts[n++] = closest + offset;
            ts[n++] = closest - offset;
        }
        ts[n++] = closest;
        Arrays.sort(ts, 0, n);
    }

    private int evaluate(double[] u, double[] v, double[] direction, boolean oneD) {
        int d = u.length;
        double[] gu = new double[d];
        double[] gv = new double[d];
        int n = 0;
        for (int i = 0; i < ts.length && n < ts.length; i++) {
            double[] at = pointOnLine(u, direction, ts[i], oneD);
            cs[n] = cosine.forward(at, v);
            cosine.backward(at, v, gu, gv);
            gs[n] = norm(gu);
            ts[n] = ts[i];
            n++;
        }
        return n;
    }

    private static double[] pointOnLine(double[] u, double[] direction, double t, boolean oneD) {
        if (oneD) {
            return new double[] {t};
        }
        double[] p = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            p[i] = u[i] + t * direction[i];
        }
        return p;
    }

    private static double[] direction(double[] g) {
        double n = norm(g);
        double[] dir = new double[g.length];
        if (!(n > 0) || !Double.isFinite(n)) {
            dir[0] = 1;
            return dir;
        }
        for (int i = 0; i < g.length; i++) {
            dir[i] = g[i] / n;
        }
        return dir;
    }

    private static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
