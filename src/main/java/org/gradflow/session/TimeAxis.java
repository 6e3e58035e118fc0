package org.gradflow.session;

/**
 * Which iterations the per-iteration charts show, as the user chose it. {@link #AUTO} is linear while a run is
 * short enough for every phase to be wider than a few pixels, and logarithmic beyond, so that the learning of
 * the reference 6-D run (iterations 1,200 to 1,400) stays visible at ten million iterations.
 */
public enum TimeAxis {
    AUTO("x: auto", 0),
    ALL("x: all", 0),
    LAST_100("x: last 100", 100),
    LAST_1000("x: last 1,000", 1_000),
    LAST_10000("x: last 10,000", 10_000),
    LOG("x: log scale", 0);

    /** AUTO turns logarithmic past this many iterations. */
    public static final long AUTO_LOG_FROM = 20_000;

    private final String label;
    private final long window;

    TimeAxis(String label, long window) {
        this.label = label;
        this.window = window;
    }

    /** The most iterations a "last N" choice shows; the exact tail each run keeps is at least this long. */
    public static final long LONGEST_WINDOW = 10_000;

    /** Iterations a "last N" choice shows, 0 for the others. */
    public long window() {
        return window;
    }

    public String label() {
        return label;
    }

    /** Whether iterations {@code 1..iteration} are drawn on a log axis. */
    public boolean logarithmic(long iteration) {
        return this == LOG || (this == AUTO && iteration > AUTO_LOG_FROM);
    }

    /** The first iteration shown at {@code iteration}. */
    public double from(long iteration) {
        if (window > 0) {
            return iteration > window ? iteration - window + 1 : 0;
        }
        return logarithmic(iteration) ? 1 : 0;
    }

    /** The last iteration shown: at least a few, so that the first steps do not fill the whole width. */
    public double to(long iteration) {
        return Math.max(window > 0 ? window : 10, iteration);
    }

    @Override
    public String toString() {
        return label;
    }
}
