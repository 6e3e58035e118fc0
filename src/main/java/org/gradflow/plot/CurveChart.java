package org.gradflow.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.gradflow.engine.RunEvent;
import java.util.List;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * The learning curve of both runs on the same axes, per pass (every pair trained once): the mean loss on a log
 * axis (left) and the pairs on their target's side of 0 (right axis, dashed), with the pass at which each run
 * learned marked. This is the chart that answers "did it learn, and when?".
 */
public final class CurveChart {
    public static final String TITLE = "Learning curve, per pass";
    private static final double LOSS_FLOOR = 1e-16;

    private final Painter painter;
    private final PlotArea area;
    private double pointerX = Double.NaN;
    private List<String> readout = List.of();

    public CurveChart(Painter painter) {
        this.painter = painter;
        this.area = new PlotArea(painter);
    }

    public void draw(RunFrame left, RunFrame right, double w, double h, String caption) {
        long passes = Math.max(left.iteration() / left.passLength(), right.iteration() / right.passLength());
        boolean log = left.timeLog();
        Axis x = log ? Axis.logCounts(1, Math.max(10, passes), "pass (log scale)")
                : Axis.iterations(0, Math.max(10, passes), left.passLength() == 1 ? "pass (1 iteration each)"
                        : "pass (" + Format.grouped(left.passLength()) + " iterations each)");
        // A scenario of one run draws its main run alone; each run is named as the window names it.
        boolean both = right.present();
        int pairs = both ? Math.max(left.pairCount(), right.pairCount()) : left.pairCount();
        String l = RunSummary.label(left);
        String r = RunSummary.label(right);
        String items = left.head().siamese() ? "pairs right" : "examples right";
        List<LegendItem> legend = new ArrayList<>();
        legend.add(LegendItem.line(l + " mean loss", Palette.LEFT_RUN));
        if (both) {
            legend.add(LegendItem.line(r + " mean loss", Palette.RIGHT_RUN));
        }
        legend.add(LegendItem.line(items + " (right axis)", Palette.MUTED, 5, 3));
        area.setCaption(caption);
        area.frame(w, h, TITLE, legend, x, both ? lossAxis(left, right) : lossAxis(left),
                Axis.linear(-0.05 * pairs, pairs * 1.05, items + " of " + pairs));
        area.beginData();
        if (passes == 0) {
            area.message("The first pass ends at iteration " + Format.grouped(left.passLength()));
        }
        double allRight = area.toY2(pairs);
        painter.line(area.left(), allRight, area.left() + area.width(), allRight, Palette.REFERENCE, 1, 2, 3);
        curve(left, Palette.LEFT_RUN);
        // An event both runs have in the same pass (he-normal's dead unit in both, drawn at init) is labelled
        // once, "both dead · pass 1": two labels of it crowded the top of the chart.
        Set<String> shared = new HashSet<>();
        if (both) {
            Set<String> leftEvents = new HashSet<>();
            left.events().forEach(e -> leftEvents.add(passEvent(left, e)));
            right.events().stream().map(e -> passEvent(right, e)).filter(leftEvents::contains).forEach(shared::add);
        }
        Charts.events(area, painter, left, true, e -> shared.contains(passEvent(left, e)) ? "both " : l + " ", 0);
        List<PlotArea.Named> named = new ArrayList<>(List.of(
                new PlotArea.Named(l + " mean loss", left.meanLossSeries(), Palette.LEFT_RUN),
                new PlotArea.Named(l + " " + items, left.pairsRightSeries(), Palette.LEFT_RUN)));
        if (both) {
            curve(right, Palette.RIGHT_RUN);
            Charts.events(area, painter, right, true, e -> shared.contains(passEvent(right, e)) ? null : r + " ", 1);
            named.add(1, new PlotArea.Named(r + " mean loss", right.meanLossSeries(), Palette.RIGHT_RUN));
            named.add(new PlotArea.Named(r + " " + items, right.pairsRightSeries(), Palette.RIGHT_RUN));
        }
        double[] column = area.columnRange(pointerX);
        readout = column == null ? List.of() : area.readout(column[0], column[1], named, "pass", "passes");
        area.endData();
    }

    /** An event's kind and pass, "dead 1": what two runs' events share when they are labelled once. */
    private static String passEvent(RunFrame f, RunEvent e) {
        return e.kind() + " " + Charts.passOf(f, e);
    }

    /** The pointer's pixel column (NaN for none): a crosshair there, with both runs' values at that pass. */
    public void setPointerAt(double pixelX) {
        pointerX = pixelX;
    }

    public List<String> lastReadout() {
        return readout;
    }

    /** The height of the plot in the last drawing. */
    public double plotHeight() {
        return area.height();
    }

    private void curve(RunFrame f, Rgb color) {
        SeriesPoints loss = f.meanLossSeries();
        SeriesPoints right = f.pairsRightSeries();
        area.data(right, true, color.withAlpha(0.8), 1.6, 5, 3);
        area.data(loss, false, color, 2.4);
        if (loss.size() <= Charts.DOT_LIMIT) {
            area.dots(loss.xs(), loss.ys(), loss.size(), false, color, 3);
        }
    }

    /** Decades around both runs' mean losses; a loss of exactly 0 sits at the floor. */
    private static Axis lossAxis(RunFrame... frames) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (RunFrame f : frames) {
            SeriesPoints s = f.meanLossSeries();
            for (int i = 0; i < s.size(); i++) {
                double v = s.ys()[i];
                if (Double.isFinite(v) && v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double bottom = hi == 0 ? 0.01 : Math.max(LOSS_FLOOR, Math.pow(10, Math.floor(Math.log10(lo))));
        double top = hi == 0 ? 10 : Math.pow(10, Math.ceil(Math.log10(hi * 1.01)));
        if (top <= bottom) {
            top = bottom * 10;
        }
        return Axis.log(bottom, top, "mean loss (log)");
    }
}
