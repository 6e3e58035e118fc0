package org.gradflow.plot;

import org.gradflow.session.RunFrame;
import java.util.List;

/** A chart of one run, drawn from a frame with the painter it was made for. */
public interface RunChart {
    /**
     * Draws the chart into a {@code w x h} rectangle at the painter's origin.
     *
     * @param caption a line under the chart, or null
     */
    void draw(RunFrame frame, double w, double h, String caption);

    /**
     * The iteration under the pointer (NaN for none): a time-series chart then draws a crosshair there, with
     * the values of its series at that iteration. The window sets it on every chart of both runs at once.
     */
    default void setPointer(double iteration) {
    }

    /**
     * The iterations {@code from .. to} under the pointer (one pixel column of the chart it is over; NaN for
     * none): every time-series chart reads those same iterations, so that their readouts name the same ones.
     */
    default void setPointer(double from, double to) {
    }

    /** The iterations one pixel column of the last drawing holds, or null where there are none. */
    default double[] iterationsAt(double pixelX) {
        return null;
    }

    /**
     * A pointer over the chart in its own pixels (NaN for none), for charts whose x is not time.
     *
     * @return whether this chart shows it, so needs drawing again
     */
    default boolean setPointerAt(double pixelX, double pixelY) {
        return false;
    }

    /** The lines of the readout last drawn (empty without a pointer): what a user reads off the chart. */
    default List<String> lastReadout() {
        return List.of();
    }

    /** The height of the plot (where the data go) in the last drawing: what its words and axes left it. */
    double plotHeight();

    /** The iteration at a pixel column of the last drawing, or NaN where the chart has no time axis. */
    default double iterationAt(double pixelX) {
        return Double.NaN;
    }
}
