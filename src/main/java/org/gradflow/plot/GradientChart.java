package org.gradflow.plot;

import java.util.List;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * The join's gradient at u and v per iteration, |dC/du| and |dC/dv| (or |dd/du| and |dd/dv|), on a log axis from
 * exact zero to 1e8: the cosine's with its eps and 1/√eps levels, the distance's with 1, the length of the unit
 * vector (u − v)/d it always is.
 */
final class GradientChart extends TimeSeriesChart {
    private static final List<LegendItem> COSINE_LEGEND = legend(Join.COSINE);
    private static final List<LegendItem> DISTANCE_LEGEND = legend(Join.DISTANCE);

    private static List<LegendItem> legend(Join join) {
        return List.of(LegendItem.line("|" + join.atU() + "|", Palette.DCDU),
                LegendItem.line("|" + join.atV() + "|", Palette.DCDV, 5, 3));
    }

    GradientChart(Painter painter) {
        super(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        Join join = Join.of(f.head());
        area.setCaption(caption);
        area.frame(w, h, ChartKind.GRADIENT.title(f.head()), join == Join.COSINE ? COSINE_LEGEND : DISTANCE_LEGEND,
                Charts.iterationAxis(f), Charts.gradientAxis("gradient norm (log)"), null);
        area.beginData();
        if (join == Join.COSINE) {
            Charts.references(area, painter, false);
        } else {
            Charts.unitReference(area, painter);
        }
        SeriesPoints du = f.dCduNormSeries();
        SeriesPoints dv = f.dCdvNormSeries();
        if (du.size() == 0) {
            area.message("No iterations yet");
        }
        area.data(dv, false, Palette.DCDV, 2.2, 5, 3);
        area.data(du, false, Palette.DCDU, 2.2);
        Charts.events(area, painter, f, false, "", 0);
        drawReadout(List.of(new PlotArea.Named("|" + join.atU() + "|", du, Palette.DCDU),
                new PlotArea.Named("|" + join.atV() + "|", dv, Palette.DCDV)));
        if (du.size() <= Charts.DOT_LIMIT) {
            area.dots(du.xs(), du.ys(), du.size(), false, Palette.DCDU, 3);
        }
        area.endData();
    }
}
