package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * The components of the join's gradient at u (dC/du, or dd/du), one line per output unit, on a symmetric linear
 * axis scaled to the data: the tick labels then say the size (2e-11 in 1-D, tenths in 6-D) while the lines show
 * the shape.
 */
final class ComponentsChart extends TimeSeriesChart {

    ComponentsChart(Painter painter) {
        super(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        String atU = Join.of(f.head()).atU();
        int units = f.componentCount();
        double extent = 0;
        for (int i = 0; i < units; i++) {
            SeriesPoints s = f.componentSeries(i);
            for (int k = 0; k < s.size(); k++) {
                double y = Math.abs(s.ys()[k]);
                if (Double.isFinite(y)) {
                    extent = Math.max(extent, y);
                }
            }
        }
        extent = extent == 0 ? 1 : Axis.niceCeiling(extent);
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < Math.min(units, 6); i++) {
            legend.add(LegendItem.line("u" + subscript(i + 1), Palette.unit(i)));
        }
        if (units > 6 || f.outputSize() > units) {
            legend.add(LegendItem.line(f.outputSize() > units ? "… (first " + units + " of " + f.outputSize() + ")"
                    : "… u" + subscript(units), Palette.unit(6)));
        }
        area.setCaption(caption);
        area.frame(w, h, ChartKind.COMPONENTS.title(f.head()), legend, Charts.iterationAxis(f),
                Axis.linear(-extent * 1.08, extent * 1.08, atU + "_i"), null);
        area.beginData();
        if (units == 0 || f.componentSeries(0).size() == 0) {
            area.message("No iterations yet");
        }
        for (int i = 0; i < units; i++) {
            SeriesPoints s = f.componentSeries(i);
            area.data(s, false, Palette.unit(i), 1.8);
            if (s.size() <= Charts.DOT_LIMIT) {
                area.dots(s.xs(), s.ys(), s.size(), false, Palette.unit(i), 2.5);
            }
        }
        Charts.events(area, painter, f, false, "", 0);
        List<PlotArea.Named> named = new ArrayList<>();
        // Every unit drawn is read, in as many columns as the chart's height needs.
        for (int i = 0; i < units; i++) {
            named.add(new PlotArea.Named(atU + subscript(i + 1), f.componentSeries(i), Palette.unit(i)));
        }
        drawReadout(named);
        area.endData();
    }

    static String subscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('₀' + (c - '0')));
        }
        return sb.toString();
    }
}
