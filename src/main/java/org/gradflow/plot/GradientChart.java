package org.gradflow.plot;

import java.util.List;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/** |dC/du| and |dC/dv| per iteration on a log axis from exact zero to 1e8. */
final class GradientChart extends TimeSeriesChart {
    private static final List<LegendItem> LEGEND = List.of(LegendItem.line("|dC/du|", Palette.DCDU),
            LegendItem.line("|dC/dv|", Palette.DCDV, 5, 3));


    GradientChart(Painter painter) {
        super(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        area.setCaption(caption);
        area.frame(w, h, ChartKind.GRADIENT.title(), LEGEND, Charts.iterationAxis(f),
                Charts.gradientAxis("gradient norm (log)"), null);
        area.beginData();
        Charts.references(area, painter, false);
        SeriesPoints du = f.dCduNormSeries();
        SeriesPoints dv = f.dCdvNormSeries();
        if (du.size() == 0) {
            area.message("No iterations yet");
        }
        area.data(dv, false, Palette.DCDV, 2.2, 5, 3);
        area.data(du, false, Palette.DCDU, 2.2);
        Charts.events(area, painter, f, false, "", 0);
        drawReadout(List.of(new PlotArea.Named("|dC/du|", du, Palette.DCDU),
                new PlotArea.Named("|dC/dv|", dv, Palette.DCDV)));
        if (du.size() <= CosineChart.DOT_LIMIT) {
            area.dots(du.xs(), du.ys(), du.size(), false, Palette.DCDU, 3);
        }
        area.endData();
    }
}
