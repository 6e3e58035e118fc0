package org.gradflow.engine;

/** Whether a run has blown up, and how; a diverged run cannot learn again without a reset. */
public enum Divergence {
    NONE,
    /** NaN or an infinity appeared: arithmetic has broken down. */
    NON_FINITE,
    /**
     * A parameter passed {@link #EXPLODED_PARAMETER}. Then tanh of almost any input is exactly +-1 in double
     * precision (it is from |z| > 19), 1 - y^2 is exactly 0, and so is every gradient: the run is frozen for
     * good, which is what a huge learning rate (1e6) does to the 6-D run before any NaN could appear.
     */
    EXPLODED;

    /** Weights of the reference network start within +-1/sqrt(3); a thousand is no longer learning. */
    public static final double EXPLODED_PARAMETER = 1e3;

    /**
     * The state after an update that left parameters whose squares sum to {@code parameterSquares}: a parameter
     * past {@link #EXPLODED_PARAMETER} makes that sum pass its square, so only then are the parameters scanned
     * for the largest (a NaN or infinity shows in the sum too, or is found by the same scan).
     *
     * @param finite whether everything else the iteration computed is finite
     */
    static Divergence of(boolean finite, double parameterSquares, Network network) {
        if (!finite) {
            return NON_FINITE;
        }
        if (parameterSquares <= EXPLODED_PARAMETER * EXPLODED_PARAMETER) {
            return NONE;
        }
        double largest = network.largestParameter();
        if (!Double.isFinite(largest)) {
            return NON_FINITE;
        }
        return largest > EXPLODED_PARAMETER ? EXPLODED : NONE;
    }
}
