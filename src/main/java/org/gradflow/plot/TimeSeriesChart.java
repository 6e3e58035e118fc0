package org.gradflow.plot;

import java.util.List;

/**
 * What the per-iteration charts share: their plot area and painter, and the pointer readout (a crosshair at the
 * iteration under the pointer, with the values there), which each chart fills with its own series.
 */
abstract class TimeSeriesChart implements RunChart {
    protected final Painter painter;
    protected final PlotArea area;
    private double pointer = Double.NaN;
    /** The iterations the pointer's column holds in the chart it is over, or NaN: every chart reads those. */
    private double pointerFrom = Double.NaN;
    private double pointerTo = Double.NaN;
    private List<String> readout = List.of();

    TimeSeriesChart(Painter painter) {
        this.painter = painter;
        this.area = new PlotArea(painter);
    }

    /** Draws the crosshair and label for {@code series} at the pointer's iteration; call inside the data clip. */
    protected final void drawReadout(List<PlotArea.Named> series) {
        readout = Double.isNaN(pointerFrom) ? area.readout(pointer, series)
                : area.readout(pointerFrom, pointerTo, series, "iteration", "iterations");
    }

    @Override
    public final void setPointer(double iteration) {
        pointer = iteration;
        pointerFrom = Double.NaN;
        pointerTo = Double.NaN;
    }

    @Override
    public final void setPointer(double from, double to) {
        pointer = Double.NaN;
        pointerFrom = from;
        pointerTo = to;
    }

    @Override
    public final double[] iterationsAt(double pixelX) {
        return area.columnRange(pixelX);
    }

    @Override
    public final List<String> lastReadout() {
        return readout;
    }

    @Override
    public final double iterationAt(double pixelX) {
        return area.fromX(pixelX);
    }

    @Override
    public final double plotHeight() {
        return area.height();
    }
}
