package org.gradflow.engine;

/** Frobenius norms of the summed parameter gradients (dL/dp, both branches) of one iteration. */
public record GradNorms(double hiddenWeight, double hiddenBias, double outputWeight, double outputBias) {

    /** Names as the trace prints them, in the order of {@link #values()}. */
    public static final String[] NAMES = {"hidden.weight", "hidden.bias", "output.weight", "output.bias"};

    public double[] values() {
        return new double[] {hiddenWeight, hiddenBias, outputWeight, outputBias};
    }
}
