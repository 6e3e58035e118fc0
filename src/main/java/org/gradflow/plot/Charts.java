package org.gradflow.plot;

import java.util.List;
import java.util.function.Function;
import org.gradflow.engine.CosineDistance;
import org.gradflow.engine.RunEvent;
import org.gradflow.session.RunFrame;

/** What the run charts share: axes and the reference levels of the cosine's gradient. */
final class Charts {
    /** Floor of the gradient axes: exact zeros are drawn here and the tick reads "0". */
    static final double LOG_FLOOR = 1e-19;
    static final double LOG_TOP = 1e8;
    /** Torch's eps, and 1/sqrt(eps): the 1-D gradient sits near the first, the u = 0 spike at the second. */
    static final double EPS = CosineDistance.EPS;
    static final double SPIKE = 1 / Math.sqrt(CosineDistance.EPS);
    /** Below this many points every iteration also gets a dot, so a single step is visible. */
    static final int DOT_LIMIT = 60;

    private Charts() {
    }

    /** The x axis the frame's series were rendered for: all, the last N, or log-scaled iterations. */
    static Axis iterationAxis(RunFrame f) {
        if (f.timeLog()) {
            return Axis.logCounts(Math.max(1, f.timeFrom()), Math.max(10, f.timeTo()), "iteration (log scale)");
        }
        return Axis.iterations(f.timeFrom(), f.timeTo(), f.timeFrom() > 0 ? "iteration (last "
                + Format.grouped(Math.round(f.timeTo() - f.timeFrom() + 1)) + ")" : "iteration");
    }

    /**
     * A dashed vertical line and a label at each event of the run within the x axis: "learned", "singular",
     * "diverged". {@code perPass} draws at the event's pass (learning curve) instead of its iteration.
     */
    static void events(PlotArea area, Painter p, RunFrame f, boolean perPass, String prefix, int row) {
        events(area, p, f, perPass, e -> prefix, row);
    }

    /**
     * As above, each event's label begun by {@code prefixOf} (a run's name, "both "), or its line drawn without
     * a label where that gives null (the other run's label says it).
     */
    static void events(PlotArea area, Painter p, RunFrame f, boolean perPass, Function<RunEvent, String> prefixOf,
            int row) {
        Axis x = area.xAxis();
        for (RunEvent e : f.events()) {
            double at = perPass ? (double) e.iteration() / f.passLength() : e.iteration();
            if (at < x.min() || at > x.max()) {
                continue;
            }
            double xp = area.toX(at);
            Rgb color = e.kind() == RunEvent.Kind.LEARNED ? Palette.LEARNED : Palette.ALERT;
            p.line(xp, area.top(), xp, area.top() + area.height(), color, 1.4, 4, 3);
            // The pass an event happened in: "learned" ends its pass; the others may fall inside one.
            String prefix = prefixOf.apply(e);
            if (prefix == null) {
                continue;
            }
            long pass = passOf(f, e);
            String label = prefix + e.kind().label() + " · " + (perPass ? "pass " + Format.grouped(pass)
                    : Format.grouped(e.iteration()));
            // Per-iteration charts label at the bottom, clear of C near ±1, moving up a row where another label
            // is; the curve at the top, clear of its falling loss, moving down. Where no row is free (a plot
            // too short for all), the dashed line and the explanation below the charts still say it.
            double line = p.lineHeight(TextStyle.SMALL) + 2;
            double[] tops = new double[8];
            for (int r = 0; r < tops.length; r++) {
                tops[r] = perPass ? area.top() + 3 + (row + r) * line
                        : area.top() + area.height() - 3 - (row + r + 1) * line;
            }
            area.labels().near(List.of(label), xp, tops, 3, true, TextStyle.SMALL, color);
        }
    }

    /** The pass an event happened in: "learned" ends its pass; the others may fall inside one. */
    static long passOf(RunFrame f, RunEvent e) {
        return (e.iteration() + f.passLength() - 1) / f.passLength();
    }

    static Axis gradientAxis(String title) {
        return Axis.logWithZero(LOG_FLOOR, LOG_TOP, title);
    }

    /** Dotted lines at eps and at the spike, labelled at the right end. */
    static void references(PlotArea area, Painter p, boolean rightAxis) {
        reference(area, p, EPS, "ε = 10⁻¹²", rightAxis, false);
        reference(area, p, SPIKE, "1/√ε = 10⁶", rightAxis, false);
    }

    /** A dotted line at 1: the length of the distance's gradient (u − v)/d, wherever d is not tiny. */
    static void unitReference(PlotArea area, Painter p) {
        reference(area, p, 1, "|(u − v)/d| = 1", false, false);
    }

    /** Only the eps line: the landscape marks its spike itself. */
    static void epsReference(PlotArea area, Painter p, boolean rightAxis) {
        reference(area, p, EPS, "ε = 10⁻¹²", rightAxis, false);
    }

    private static void reference(PlotArea area, Painter p, double value, String label, boolean rightAxis,
                                  boolean above) {
        double y = rightAxis ? area.toY2(value) : area.toY(value);
        p.line(area.left(), y, area.left() + area.width(), y, Palette.REFERENCE, 1, 2, 3);
        area.labels().inside(label, area.left() + area.width() - 4, above ? y - 2 : y + 2, TextStyle.SMALL,
                Palette.MUTED, Painter.Align.RIGHT, above ? Painter.Baseline.BOTTOM : Painter.Baseline.TOP);
    }
}
