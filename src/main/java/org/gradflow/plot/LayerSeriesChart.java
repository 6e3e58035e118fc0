package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.LayerNames;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * One record of every layer per iteration, a line per layer coloured by depth (dark at the input, light at the
 * output), on a log axis fitted to the data: the weight gradient ({@code layers}), where a vanishing gradient is
 * a fan of lines a decade or more apart, or the update:data ratio ({@code updates}), with the 10⁻³ a healthy
 * layer sits near.
 */
final class LayerSeriesChart extends TimeSeriesChart {
    /** What the chart draws of each layer. */
    enum Measure {
        WEIGHT_GRADIENT(ChartKind.LAYERS, "‖dL/dW‖ (log)"),
        UPDATE_RATIO(ChartKind.UPDATES, "‖ΔW‖ / ‖W‖ (log)");

        private final ChartKind kind;
        private final String axisTitle;

        Measure(ChartKind kind, String axisTitle) {
            this.kind = kind;
            this.axisTitle = axisTitle;
        }

        SeriesPoints series(RunFrame f, int l) {
            return this == WEIGHT_GRADIENT ? f.weightGradSeries(l) : f.updateRatioSeries(l);
        }
    }

    /** Karpathy's rule of thumb for the update:data ratio: about 1e-3; far below, the layer barely learns. */
    static final double HEALTHY_RATIO = 1e-3;
    /** Decades the y axis spans at least, so that a flat line does not look like a cliff. */
    private static final int MIN_DECADES = 4;
    /** Networks this deep or shallower get a legend entry per layer; deeper ones the first, "…", the last. */
    private static final int LEGEND_EVERY_LAYER = 5;

    private final Measure measure;

    LayerSeriesChart(Painter painter, Measure measure) {
        super(painter);
        this.measure = measure;
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        int depth = f.layerCount();
        LogRange range = new LogRange();
        for (int l = 0; l < depth; l++) {
            range.addAll(measure.series(f, l));
        }
        if (measure == Measure.UPDATE_RATIO) {
            range.add(HEALTHY_RATIO / 10).add(HEALTHY_RATIO * 10);
        }
        area.setCaption(caption);
        area.frame(w, h, measure.kind.title(), legend(depth), Charts.iterationAxis(f),
                range.axis(measure.axisTitle, MIN_DECADES), null);
        area.beginData();
        String empty = emptiness(f, depth);
        area.message(empty);
        double healthy = area.toY(HEALTHY_RATIO);
        // The healthy line is for ratios to stand against; with none it would only strike through the message,
        // which the empty axis centres on it.
        boolean healthyLine = measure == Measure.UPDATE_RATIO && empty == null;
        if (healthyLine) {
            painter.line(area.left(), healthy, area.left() + area.width(), healthy, Palette.REFERENCE, 1.4, 6, 4);
        }
        for (int l = 0; l < depth; l++) {
            SeriesPoints s = measure.series(f, l);
            Rgb color = Palette.depth(l, depth);
            area.data(s, false, color, 2);
            if (s.size() <= Charts.DOT_LIMIT) {
                area.dots(s.xs(), s.ys(), s.size(), false, color, 2.5);
            }
        }
        if (healthyLine) {
            // Over the lines, which may run along it.
            double line = painter.lineHeight(TextStyle.SMALL);
            area.labels().near(List.of("≈ 10⁻³ is healthy", "10⁻³"), area.left() + area.width() - 4,
                    new double[] {healthy - 2 - line, healthy + 2}, 0, false, TextStyle.SMALL, Palette.MUTED);
        }
        // Each line's name at its end where it fits clear of the others: the legend names only the ends.
        for (int l = depth - 1; l >= 0; l--) {
            nameAtEnd(measure.series(f, l), LayerNames.weightSymbol(l), Palette.depth(l, depth));
        }
        Charts.events(area, painter, f, false, "", 0);
        drawReadout(readoutSeries(f, depth));
        area.endData();
    }

    /**
     * What the plot says in its middle when its lines say nothing: before the first step; where every value is
     * exactly 0 (zero initialisation); where every ratio is undefined (|W| = 0 in every layer). Null otherwise.
     */
    private String emptiness(RunFrame f, int depth) {
        boolean zeros = false;
        for (int l = 0; l < depth; l++) {
            SeriesPoints s = measure.series(f, l);
            for (int i = 0; i < s.size(); i++) {
                zeros |= s.ys()[i] == 0;
                if (s.ys()[i] != 0 && !Double.isNaN(s.ys()[i])) {
                    return null;
                }
            }
        }
        if (f.iteration() == 0) {
            return "No iterations yet";
        }
        if (measure == Measure.WEIGHT_GRADIENT) {
            return "Every layer's ‖dL/dW‖ is exactly 0";
        }
        return zeros ? "No layer's weights have moved" : "‖W‖ = 0 in every layer: no ratio";
    }

    private void nameAtEnd(SeriesPoints s, String name, Rgb color) {
        for (int i = s.size() - 1; i >= 0; i--) {
            double y = s.ys()[i];
            if (Double.isFinite(y)) {
                area.labels().beside(List.of(name), area.toX(s.xs()[i]), area.toY(y) - 2, 3, true, TextStyle.SMALL,
                        color, Painter.Baseline.BOTTOM);
                return;
            }
        }
    }

    /** The layers the readout lists: all where the plot is tall enough, else evenly spread, first and last. */
    private List<PlotArea.Named> readoutSeries(RunFrame f, int depth) {
        double line = painter.lineHeight(TextStyle.SMALL) + 2;
        int rows = (int) Math.max(2, Math.floor((area.height() - 14) / line) - 1);
        int shown = Math.min(depth, rows);
        List<PlotArea.Named> named = new ArrayList<>();
        for (int k = 0; k < shown; k++) {
            int l = shown == 1 ? depth - 1 : (int) Math.round((double) k * (depth - 1) / (shown - 1));
            named.add(new PlotArea.Named(LayerNames.weightSymbol(l), measure.series(f, l), Palette.depth(l, depth),
                    v -> Format.number(v, 3)));
        }
        return named;
    }

    /** The depth ramp's key: every layer of a shallow network, else the first, the ones between, the last. */
    static List<LegendItem> legend(int depth) {
        List<LegendItem> items = new ArrayList<>();
        if (depth <= 0) {
            return items;
        }
        String first = LayerNames.weightSymbol(0);
        String last = LayerNames.weightSymbol(depth - 1);
        if (depth == 1) {
            return List.of(LegendItem.line(last + " · output", Palette.depth(0, 1)).briefly(last));
        }
        items.add(LegendItem.line(first + " · input side", Palette.depth(0, depth)).briefly(first));
        if (depth <= LEGEND_EVERY_LAYER) {
            for (int l = 1; l < depth - 1; l++) {
                items.add(LegendItem.line(LayerNames.weightSymbol(l), Palette.depth(l, depth)));
            }
        } else {
            items.add(LegendItem.line(LayerNames.weightSymbol(1) + " … " + LayerNames.weightSymbol(depth - 2),
                    Palette.depth(depth / 2, depth)).briefly("…"));
        }
        items.add(LegendItem.line(last + " · output", Palette.depth(depth - 1, depth)).briefly(last));
        return items;
    }
}
