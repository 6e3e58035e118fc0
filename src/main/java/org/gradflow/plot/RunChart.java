package org.gradflow.plot;

import org.gradflow.session.RunFrame;

/** A chart of one run, drawn from a frame with the painter it was made for. */
public interface RunChart {
    /**
     * Draws the chart into a {@code w x h} rectangle at the painter's origin.
     *
     * @param caption a line under the chart, or null
     */
    void draw(RunFrame frame, double w, double h, String caption);
}
