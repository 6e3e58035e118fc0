package org.gradflow.plot;

import org.gradflow.session.SeriesPoints;

/**
 * The decades a set of values spans, for a log axis fitted to them: a gradient that vanishes over seven decades
 * then fills the chart instead of a quarter of the cosine's 10⁻¹⁹..10⁸ axis. Where a value is exactly zero
 * (a layer of zero-initialised weights), the axis draws it at its floor, labelled 0; negatives, NaN and
 * infinities take no part.
 */
final class LogRange {
    /** Decades of room below the smallest value. */
    private static final int BELOW = 1;
    /** With zeros: the floor, where they are drawn, and a decade left unlabelled so the "0" keeps clear. */
    private static final int BELOW_ZEROS = 2;
    /** Past this the values are a run blowing up: the axis stops there and the bars run off its top. */
    private static final int LARGEST_DECADE = 200;

    private double smallest = Double.POSITIVE_INFINITY;
    private double largest = 0;
    private boolean zeros;

    /** Takes part in the range if positive and finite, or as a zero. */
    LogRange add(double value) {
        zeros |= value == 0;
        if (value > 0 && value < Double.POSITIVE_INFINITY) {
            smallest = Math.min(smallest, value);
            largest = Math.max(largest, value);
        }
        return this;
    }

    LogRange addAll(SeriesPoints s) {
        for (int i = 0; i < s.size(); i++) {
            add(s.ys()[i]);
        }
        return this;
    }

    /**
     * A log axis from a decade under the smallest value (two, the floor labelled 0, where there are zeros) to the
     * decade above the largest, at least {@code decades} long (grown upwards); 10⁻⁴..1 when there is nothing to
     * fit.
     */
    Axis axis(String title, int decades) {
        return axis(title, decades, 0);
    }

    /** The same, and taller where needed to leave the top {@code room} of the axis (a fraction) above the data. */
    Axis axis(String title, int decades, double room) {
        int low;
        int high;
        if (largest == 0) {
            low = -4;
            high = 0;
        } else {
            low = (int) Math.floor(Math.log10(smallest)) - (zeros ? BELOW_ZEROS : BELOW);
            high = Math.min(LARGEST_DECADE, (int) Math.floor(Math.log10(largest)) + 1);
        }
        double top = Math.max(high, low + decades);
        if (largest > 0 && room > 0 && room < 1) {
            top = Math.max(top, low + (Math.min(LARGEST_DECADE, Math.log10(largest)) - low) / (1 - room));
        }
        return zeros || largest == 0 ? Axis.logWithZero(Math.pow(10, low), Math.pow(10, top), title)
                : Axis.log(Math.pow(10, low), Math.pow(10, top), title);
    }
}
