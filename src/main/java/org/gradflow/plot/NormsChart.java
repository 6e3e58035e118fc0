package org.gradflow.plot;

import java.util.List;
import org.gradflow.engine.LayerNames;
import org.gradflow.session.RunFrame;

/**
 * Bars of the parameter gradient norms of the current iteration, ‖dL/dW‖ and ‖dL/db‖ of every layer from the
 * input, on the gradient's log axis.
 */
final class NormsChart implements RunChart {
    private static final List<LegendItem> LEGEND = List.of(LegendItem.box("hidden layer W₁, b₁", Palette.HIDDEN),
            LegendItem.box("output W₂, b₂", Palette.OUTPUT));

    /** The seed network's legend for two layers; hidden and output layers by name otherwise. */
    private static List<LegendItem> legend(int depth) {
        if (depth == 2) {
            return LEGEND;
        }
        String last = LayerNames.weightSymbol(depth - 1) + ", " + LayerNames.biasSymbol(depth - 1);
        return depth == 1 ? List.of(LegendItem.box("output " + last, Palette.OUTPUT))
                : List.of(LegendItem.box("hidden layers", Palette.HIDDEN), LegendItem.box("output " + last,
                        Palette.OUTPUT));
    }

    private final Painter painter;
    private final PlotArea area;

    NormsChart(Painter painter) {
        this.painter = painter;
        area = new PlotArea(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        area.setCaption(caption);
        String title = "‖dL/dp‖ " + (f.iteration() == 0 ? "of the next step" : "at iteration "
                + Format.grouped(f.iteration()));
        int depth = f.layerCount();
        String[] symbols = new String[2 * depth];
        for (int l = 0; l < depth; l++) {
            symbols[2 * l] = LayerNames.weightSymbol(l);
            symbols[2 * l + 1] = LayerNames.biasSymbol(l);
        }
        area.frame(w, h, title, legend(depth), Axis.categories("", symbols), Charts.gradientAxis("‖dL/dp‖ (log)"),
                null);
        area.beginData();
        double floor = area.toY(Charts.LOG_FLOOR);
        double slot = area.width() / symbols.length;
        for (int k = 0; k < symbols.length; k++) {
            double value = f.gradNorm(k);
            double x = area.left() + slot * k + slot * 0.2;
            double top = Double.isNaN(value) ? floor : area.toY(value);
            Rgb color = k / 2 < depth - 1 ? Palette.HIDDEN : Palette.OUTPUT;
            painter.fillRect(x, top, slot * 0.6, floor - top, color);
            // The value over its bar, within the bar's slot: with one digit fewer where two do not fit (large
            // text, a narrow chart), left out where neither does (the log axis still reads it).
            String label = Double.isNaN(value) ? "NaN" : Format.number(value, 2);
            if (painter.textWidth(label, TextStyle.SMALL) > slot - 4) {
                label = Double.isNaN(value) ? "NaN" : Format.number(value, 1);
            }
            if (painter.textWidth(label, TextStyle.SMALL) > slot - 4) {
                continue;
            }
            boolean inside = top - painter.lineHeight(TextStyle.SMALL) - 3 < area.top();
            painter.text(label, x + slot * 0.3, inside ? top + 3 : top - 3, TextStyle.SMALL,
                    inside ? Palette.BACKGROUND : Palette.TEXT, Painter.Align.CENTER,
                    inside ? Painter.Baseline.TOP : Painter.Baseline.BOTTOM);
        }
        area.endData();
    }

    @Override
    public double plotHeight() {
        return area.height();
    }
}
