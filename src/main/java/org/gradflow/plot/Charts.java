package org.gradflow.plot;

import org.gradflow.session.RunFrame;

/** What the run charts share: axes and the reference levels of the cosine's gradient. */
final class Charts {
    /** Floor of the gradient axes: exact zeros are drawn here and the tick reads "0". */
    static final double LOG_FLOOR = 1e-19;
    static final double LOG_TOP = 1e8;
    /** Torch's eps, and 1/sqrt(eps): the 1-D gradient sits near the first, the u = 0 spike at the second. */
    static final double EPS = 1e-12;
    static final double SPIKE = 1e6;

    private Charts() {
    }

    static Axis iterationAxis(RunFrame f) {
        return Axis.iterations(0, Math.max(10, f.iteration()), "iteration");
    }

    static Axis gradientAxis(String title) {
        return Axis.logWithZero(LOG_FLOOR, LOG_TOP, title);
    }

    /** Dotted lines at eps and at the spike, labelled at the right end. */
    static void references(PlotArea area, Painter p, boolean rightAxis) {
        reference(area, p, EPS, "ε = 10⁻¹²", rightAxis, false);
        reference(area, p, SPIKE, "1/√ε = 10⁶", rightAxis, false);
    }

    /** Only the eps line: the landscape marks its spike itself. */
    static void epsReference(PlotArea area, Painter p, boolean rightAxis) {
        reference(area, p, EPS, "ε = 10⁻¹²", rightAxis, false);
    }

    private static void reference(PlotArea area, Painter p, double value, String label, boolean rightAxis,
                                  boolean above) {
        double y = rightAxis ? area.toY2(value) : area.toY(value);
        p.line(area.left(), y, area.left() + area.width(), y, Palette.REFERENCE, 1, 2, 3);
        p.text(label, area.left() + area.width() - 4, above ? y - 2 : y + 2, TextStyle.SMALL, Palette.MUTED,
                Painter.Align.RIGHT, above ? Painter.Baseline.BOTTOM : Painter.Baseline.TOP);
    }
}
