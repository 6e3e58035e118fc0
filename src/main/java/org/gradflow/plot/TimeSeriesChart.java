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
    private List<String> readout = List.of();

    TimeSeriesChart(Painter painter) {
        this.painter = painter;
        this.area = new PlotArea(painter);
    }

    /** Draws the crosshair and label for {@code series} at the pointer's iteration; call inside the data clip. */
    protected final void drawReadout(List<PlotArea.Named> series) {
        readout = area.readout(pointer, series);
    }

    @Override
    public final void setPointer(double iteration) {
        pointer = iteration;
    }

    @Override
    public final List<String> lastReadout() {
        return readout;
    }

    @Override
    public final double iterationAt(double pixelX) {
        return area.fromX(pixelX);
    }
}
