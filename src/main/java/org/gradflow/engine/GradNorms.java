package org.gradflow.engine;

/** Frobenius norms of the summed parameter gradients (dL/dp, both branches) of one iteration. */
public record GradNorms(double hiddenWeight, double hiddenBias, double outputWeight, double outputBias) {

    /** Names as the trace prints them, in the order of {@link #values()}. */
    public static final String[] NAMES = {"hidden.weight", "hidden.bias", "output.weight", "output.bias"};
    /** The same, as charts label them: W₁, b₁ of the hidden layer, W₂, b₂ of the output layer. */
    public static final String[] SYMBOLS = {"W₁", "b₁", "W₂", "b₂"};

    public double[] values() {
        return new double[] {hiddenWeight, hiddenBias, outputWeight, outputBias};
    }
}
