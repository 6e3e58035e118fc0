package org.gradflow.engine;

/**
 * Torch7's {@code nn.MSECriterion} with {@code sizeAverage}: loss {@code sum (y - t)^2 / n} over the n = B x
 * outputSize entries of the batch, gradient {@code (2 / n) (y - t)}, Torch's expression.
 */
final class MseCriterion implements ExampleCriterion {
    /** An output counts as right within this of its target (the design's rule). */
    static final double RIGHT_WITHIN = 0.1;

    private final CompensatedSum loss = new CompensatedSum();

    @Override
    public double lossAndGradient(double[][] outputs, double[][] gradients, int size, ExampleSet examples,
                                  int from) {
        loss.reset();
        int entries = size * outputs[0].length;
        double norm = 2.0 / entries;
        for (int s = 0; s < size; s++) {
            double[] y = outputs[s];
            double[] grad = gradients[s];
            double[] t = examples.targets[from + s];
            for (int d = 0; d < y.length; d++) {
                double diff = y[d] - t[d];
                loss.add(diff * diff);
                grad[d] = norm * diff;
            }
        }
        return loss.value() / entries;
    }

    @Override
    public boolean right(double[] output, ExampleSet examples, int index) {
        double[] t = examples.targets[index];
        for (int d = 0; d < output.length; d++) {
            if (!(Math.abs(output[d] - t[d]) < RIGHT_WITHIN)) {
                return false;
            }
        }
        return true;
    }
}
