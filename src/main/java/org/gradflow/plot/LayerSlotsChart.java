package org.gradflow.plot;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;

/**
 * What the charts with a slot per layer share (the flow of the gradient, the activations): layers from the input
 * on the left to the output on the right, room above the data for the words written over each slot, and the
 * readout of the layer under the pointer.
 */
abstract class LayerSlotsChart extends PointedChart {
    static final String AXIS_TITLE = "layer, input → output";

    LayerSlotsChart(Painter painter) {
        super(painter);
    }

    /** The x axis: one slot per layer, named by its number from the input. */
    static Axis layerAxis(int depth, String title) {
        String[] names = new String[Math.max(1, depth)];
        for (int l = 0; l < names.length; l++) {
            names[l] = Integer.toString(l + 1);
        }
        return Axis.categories(title, names);
    }

    /**
     * Frames the chart with a y axis that leaves a line of text free above the data: {@code y} makes the axis
     * for the fraction of its height to keep free. The plot's height does not depend on the y axis, so a first
     * frame measures it and a second draws the final axis.
     */
    protected final void frameWithRoomAbove(double w, double h, String title, List<LegendItem> legend, Axis x,
                                            DoubleFunction<Axis> y) {
        area.frame(w, h, title, legend, x, y.apply(0), null);
        double room = (painter.lineHeight(TextStyle.SMALL) + 6) / area.height();
        area.frame(w, h, title, legend, x, y.apply(Math.min(0.5, room)), null);
    }

    /** The width of one layer's slot in the last frame. */
    protected final double slot(int depth) {
        return area.width() / Math.max(1, depth);
    }

    /** The pixel column of the centre of layer l's slot. */
    protected final double centre(int l, int depth) {
        return area.left() + slot(depth) * (l + 0.5);
    }

    /**
     * Draws the readout of the layer under the pointer, {@code lines} of that layer, and a frame around its slot;
     * call inside the data clip, last.
     */
    protected final void drawLayerReadout(int depth, IntFunction<List<String>> lines) {
        showReadout(List.of());
        if (!pointerOverPlot()) {
            return;
        }
        int l = (int) Math.floor((pointerX() - area.left()) / slot(depth));
        if (l < 0 || l >= depth) {
            return;
        }
        painter.strokeRect(area.left() + l * slot(depth) + 1, area.top() + 1, slot(depth) - 2, area.height() - 2,
                Palette.TEXT, 1);
        List<String> readout = lines.apply(l);
        showReadout(readout);
        area.box(readout, centre(l, depth), pointerY() < area.top() + area.height() / 2);
    }
}
