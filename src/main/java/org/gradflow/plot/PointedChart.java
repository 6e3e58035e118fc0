package org.gradflow.plot;

import java.util.List;

/**
 * What the charts whose x is not time share (the landscape, the geometry, the layers' slots, the prediction
 * map): the pointer in the chart's own pixels, and what was read there on the last drawing.
 */
abstract class PointedChart implements RunChart {
    protected final Painter painter;
    protected final PlotArea area;
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    private List<String> readout = List.of();

    PointedChart(Painter painter) {
        this.painter = painter;
        this.area = new PlotArea(painter);
    }

    /** Draws the coordinates under the pointer; call inside the data clip. */
    protected final void drawCoordinates(String xName, String yName, String y2Name) {
        readout = area.coordinates(pointerX, pointerY, xName, yName, y2Name);
    }

    /** The pointer's pixel column, NaN for none. */
    protected final double pointerX() {
        return pointerX;
    }

    protected final double pointerY() {
        return pointerY;
    }

    /** Whether the pointer is over the plot of the last frame. */
    protected final boolean pointerOverPlot() {
        return !Double.isNaN(pointerX) && pointerX >= area.left() && pointerX <= area.left() + area.width()
                && pointerY >= area.top() && pointerY <= area.top() + area.height();
    }

    /** What the chart read at the pointer itself, when not the coordinates there (empty for nothing). */
    protected final void showReadout(List<String> lines) {
        readout = lines;
    }

    @Override
    public final boolean setPointerAt(double pixelX, double pixelY) {
        pointerX = pixelX;
        pointerY = pixelY;
        return true;
    }

    @Override
    public final List<String> lastReadout() {
        return readout;
    }

    @Override
    public final double plotHeight() {
        return area.height();
    }
}
