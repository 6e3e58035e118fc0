package org.gradflow.plot;

import java.util.List;
import java.util.function.DoubleFunction;
import org.gradflow.engine.Activation;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * The join's value per iteration, the cosine C or the distance d, drawn in the colour of the pair's target:
 * pairs that should reach +1 (or come together) in one colour, pairs that should reach −1 (or move apart) in
 * another, with where each should go as dashed lines. Pairs alternate every few iterations, so a single line
 * would fill the whole band once squeezed; split by target, the two bands stay apart and show at any length
 * whether each kind of pair is on its side.
 */
final class JoinChart extends TimeSeriesChart {
    private static final List<LegendItem> COSINE_LEGEND = List.of(LegendItem.line("C, target +1", Palette.POSITIVE),
            LegendItem.line("C, target −1", Palette.NEGATIVE));
    private static final List<LegendItem> DISTANCE_LEGEND = List.of(
            LegendItem.line("d, target +1", Palette.POSITIVE), LegendItem.line("d, target −1", Palette.NEGATIVE));
    /** The room above the largest distance tanh outputs allow, so the top line does not sit on the frame. */
    private static final double HEADROOM = 1.05;
    /** A range narrower than this (about ten ulps of 1) is no range: the value does not vary. */
    static final double FLAT = 2e-15;
    /** What the fitted axis shows either side of a value that does not vary. */
    static final double FLAT_SPAN = 0.1;

    private final Join join;

    JoinChart(Painter painter, Join join) {
        super(painter);
        this.join = join;
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        SeriesPoints positive = f.positiveCosineSeries();
        SeriesPoints negative = f.negativeCosineSeries();
        boolean cosine = join == Join.COSINE;
        Axis y = f.fitCosine() ? fitted(join, positive, negative)
                : cosine ? Axis.linear(-1.15, 1.15, "C (cosine, no unit)") : distanceAxis(f, positive, negative);
        area.setCaption(caption);
        area.frame(w, h, (cosine ? ChartKind.COSINE : ChartKind.DISTANCE).title(),
                cosine ? COSINE_LEGEND : DISTANCE_LEGEND, Charts.iterationAxis(f), y, null);
        area.beginData();
        if (positive.size() + negative.size() == 0) {
            area.message("No iterations yet");
        }
        if (cosine) {
            targetLine(1, Palette.POSITIVE, "target +1", false, 6, 4);
            targetLine(-1, Palette.NEGATIVE, "target −1", true, 6, 4);
        } else {
            distanceLines(f.spec().training().margin());
        }
        for (SeriesPoints s : new SeriesPoints[] {positive, negative}) {
            Rgb color = s == positive ? Palette.POSITIVE : Palette.NEGATIVE;
            area.data(s, false, color, 2.2);
            if (positive.size() + negative.size() <= Charts.DOT_LIMIT) {
                area.dots(s.xs(), s.ys(), s.size(), false, color, 3);
            }
        }
        Charts.events(area, painter, f, false, "", 0);
        DoubleFunction<String> format = cosine ? RunSummary::cosine : v -> Format.number(v, 4);
        String symbol = join.symbol();
        drawReadout(List.of(
                new PlotArea.Named(symbol + ", target +1", positive, Palette.POSITIVE, format),
                new PlotArea.Named(symbol + ", target −1", negative, Palette.NEGATIVE, format)));
        area.endData();
    }

    /** The cosine's targets ±1, dashed, their words inside the plot on the side toward 0. */
    private void targetLine(double value, Rgb color, String label, boolean labelAbove, double... dash) {
        double y = area.toY(value);
        if (y < area.top() || y > area.top() + area.height()) {
            return;
        }
        painter.line(area.left(), y, area.left() + area.width(), y, color, 1.4, dash);
        area.labels().inside(label, area.left() + 4, labelAbove ? y - 2 : y + 2, TextStyle.SMALL, color,
                Painter.Align.LEFT, labelAbove ? Painter.Baseline.BOTTOM : Painter.Baseline.TOP);
    }

    /**
     * Where the distance's pairs should go: +1 pairs to 0; −1 pairs to the margin or beyond, where they cost
     * nothing; d = margin/2 parts right from wrong. Their words on whichever side of the line has room, the
     * shorter words where the longer do not fit, none where neither does (the lines' colours still say it).
     */
    private void distanceLines(double margin) {
        double line = painter.lineHeight(TextStyle.SMALL);
        distanceLine(0, Palette.POSITIVE, List.of("target +1: d → 0", "+1 → 0"), line, 6, 4);
        if (margin > 0) {
            String m = Format.number(margin, 3);
            distanceLine(margin, Palette.NEGATIVE, List.of("target −1: d ≥ margin " + m, "−1: ≥ " + m), line, 6, 4);
            distanceLine(margin / 2, Palette.MUTED, List.of("margin/2: right or wrong", "margin/2"), line, 2, 3);
        }
    }

    private void distanceLine(double value, Rgb color, List<String> words, double line, double... dash) {
        double y = area.toY(value);
        if (y < area.top() || y > area.top() + area.height()) {
            return;
        }
        painter.line(area.left(), y, area.left() + area.width(), y, color, 1.4, dash);
        area.labels().near(words, area.left() + 4, new double[] {y - 2 - line, y + 2}, 0, true, TextStyle.SMALL,
                color);
    }

    /**
     * From 0 to the farthest two outputs can be (2√D for tanh outputs, √D for sigmoid), so that the axis stays
     * put while the run plays; past it only for a margin or distances beyond (linear outputs).
     */
    private static Axis distanceAxis(RunFrame f, SeriesPoints... series) {
        Activation out = f.spec().network().outputActivation();
        double reach = Math.sqrt(f.outputSize()) * (out == Activation.TANH ? 2 : out == Activation.SIGMOID ? 1 : 0);
        double top = Math.max(reach, f.spec().training().margin() * 1.25);
        for (SeriesPoints s : series) {
            for (int i = 0; i < s.size(); i++) {
                if (Double.isFinite(s.ys()[i])) {
                    top = Math.max(top, s.ys()[i] * 1.1);
                }
            }
        }
        return Axis.linear(0, top > 0 ? top * HEADROOM : 1, "d = |u − v|");
    }

    /** The y range of the data shown, padded by a tenth: a drift from 0.993 to 0.984 fills the chart. */
    static Axis fitted(Join join, SeriesPoints... series) {
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
        String title = join.symbol() + " (fitted to the data)";
        if (!(hi >= lo)) {
            return join == Join.COSINE ? Axis.linear(-1.15, 1.15, title) : Axis.linear(0, 1, title);
        }
        // A value that does not vary (C = 0 at u = 0, one iteration, a frozen run) has nothing to zoom into: the
        // axis then spans a tenth either side of it, not the 1e-312 a tenth of no range would give. Variation of a
        // few ulps of 1 and more is real and fills the chart (the 1-D run's C moving in its twelfth digit).
        if (hi - lo < FLAT) {
            double middle = (lo + hi) / 2;
            return Axis.linear(middle - FLAT_SPAN, middle + FLAT_SPAN, join.symbol() + " (fitted; it does not vary)");
        }
        double pad = (hi - lo) * 0.1;
        return Axis.linear(lo - pad, hi + pad, title);
    }
}
