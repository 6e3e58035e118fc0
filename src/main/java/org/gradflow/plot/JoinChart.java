package org.gradflow.plot;

import java.util.List;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * C per iteration, drawn in the colour of the pair's target: pairs that should reach +1 in one colour, pairs
 * that should reach −1 in another, with both targets as dashed lines. Pairs alternate every few iterations, so a
 * single line of C would fill the whole band once squeezed; split by target, the two bands stay apart and show
 * at any length whether each kind of pair is on its side.
 */
final class CosineChart extends TimeSeriesChart {
    /** Below this many points every iteration also gets a dot, so a single Step is visible. */
    static final int DOT_LIMIT = 60;
    private static final List<LegendItem> LEGEND = List.of(LegendItem.line("C, target +1", Palette.POSITIVE),
            LegendItem.line("C, target −1", Palette.NEGATIVE));


    CosineChart(Painter painter) {
        super(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        SeriesPoints positive = f.positiveCosineSeries();
        SeriesPoints negative = f.negativeCosineSeries();
        Axis y = f.fitCosine() ? fitted(positive, negative) : Axis.linear(-1.15, 1.15, "C (cosine, no unit)");
        area.setCaption(caption);
        area.frame(w, h, ChartKind.COSINE.title(), LEGEND, Charts.iterationAxis(f), y, null);
        area.beginData();
        if (positive.size() + negative.size() == 0) {
            area.message("No iterations yet");
        }
        targetLine(1, Palette.POSITIVE, "target +1");
        targetLine(-1, Palette.NEGATIVE, "target −1");
        for (SeriesPoints s : new SeriesPoints[] {positive, negative}) {
            Rgb color = s == positive ? Palette.POSITIVE : Palette.NEGATIVE;
            area.data(s, false, color, 2.2);
            if (positive.size() + negative.size() <= DOT_LIMIT) {
                area.dots(s.xs(), s.ys(), s.size(), false, color, 3);
            }
        }
        Charts.events(area, painter, f, false, "", 0);
        drawReadout(List.of(
                new PlotArea.Named("C, target +1", positive, Palette.POSITIVE, RunSummary::cosine),
                new PlotArea.Named("C, target −1", negative, Palette.NEGATIVE, RunSummary::cosine)));
        area.endData();
    }


    private void targetLine(double value, Rgb color, String label) {
        double y = area.toY(value);
        if (y < area.top() || y > area.top() + area.height()) {
            return;
        }
        painter.line(area.left(), y, area.left() + area.width(), y, color, 1.4, 6, 4);
        area.labels().inside(label, area.left() + 4, value > 0 ? y + 2 : y - 2, TextStyle.SMALL, color,
                Painter.Align.LEFT, value > 0 ? Painter.Baseline.TOP : Painter.Baseline.BOTTOM);
    }

    /** The y range of the data shown, padded by a tenth: a drift from 0.993 to 0.984 fills the chart. */
    static Axis fitted(SeriesPoints... series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SeriesPoints s : series) {
            for (int i = 0; i < s.size(); i++) {
                double v = s.ys()[i];
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi >= lo)) {
            return Axis.linear(-1.15, 1.15, "C (fitted to the data)");
        }
        double pad = Math.max((hi - lo) * 0.1, Math.max(Math.abs(hi), 1e-300) * 1e-12);
        return Axis.linear(lo - pad, hi + pad, "C (fitted to the data)");
    }
}
