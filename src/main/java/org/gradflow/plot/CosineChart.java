package org.gradflow.plot;

import java.util.List;
import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/** C per iteration, with the current pair's target as a step line. */
final class CosineChart implements RunChart {
    /** Below this many points every iteration also gets a dot, so a single Step is visible. */
    static final int DOT_LIMIT = 60;
    private static final List<LegendItem> LEGEND = List.of(LegendItem.line("C", Palette.COSINE),
            LegendItem.line("target", Palette.TARGET, 6, 4));

    private final PlotArea area;

    CosineChart(Painter painter) {
        area = new PlotArea(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        area.setCaption(caption);
        area.frame(w, h, ChartKind.COSINE.title(), LEGEND, Charts.iterationAxis(f),
                Axis.linear(-1.15, 1.15, "C (cosine, no unit)"), null);
        area.beginData();
        SeriesPoints target = f.targetSeries();
        SeriesPoints cosine = f.cosineSeries();
        if (cosine.size() == 0) {
            area.message("No iterations yet");
        }
        if (target.decimated() || target.size() > area.width()) {
            // Targets alternate pair by pair, so squeezed they fill the whole band: keep it faint behind C.
            area.data(target, false, Palette.TARGET.withAlpha(0.25), 1);
        } else {
            area.steps(target.xs(), target.ys(), target.size(), Palette.TARGET, 1.6, 6, 4);
        }
        area.data(cosine, false, Palette.COSINE, 2.2);
        if (cosine.size() <= DOT_LIMIT) {
            area.dots(cosine.xs(), cosine.ys(), cosine.size(), false, Palette.COSINE, 3);
        }
        area.endData();
    }
}
