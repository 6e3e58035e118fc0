package org.gradflow.engine;

/**
 * Torch7's {@code nn.CrossEntropyCriterion}: {@code LogSoftMax} then {@code ClassNLLCriterion}, averaged over the
 * batch. For scores z of one example, {@code log p_d = z_d - (max z + log sum exp(z - max z))} (the maximum
 * subtracted so that exp cannot overflow), the loss is {@code -log p_label}, and the backward pass is Torch's:
 * ClassNLL puts {@code -1/B} at the label, and LogSoftMax turns gradient g into {@code g_d - exp(log p_d) sum g},
 * which is {@code (p_d - [d = label]) / B}.
 */
final class CrossEntropyCriterion implements ExampleCriterion {
    private final CompensatedSum loss = new CompensatedSum();

    @Override
    public double lossAndGradient(double[][] outputs, double[][] gradients, int size, ExampleSet examples,
                                  int from) {
        loss.reset();
        double gradAtLabel = -1.0 / size;
        for (int s = 0; s < size; s++) {
            double[] z = outputs[s];
            double[] grad = gradients[s];
            int label = examples.labels[from + s];
            double logSum = logSumExp(z);
            // grad holds log p until it is turned into the gradient: Torch's LogSoftMax output.
            for (int d = 0; d < z.length; d++) {
                grad[d] = z[d] - logSum;
            }
            loss.add(-grad[label]);
            for (int d = 0; d < z.length; d++) {
                double g = d == label ? gradAtLabel : 0.0;
                grad[d] = g - Math.exp(grad[d]) * gradAtLabel;
            }
        }
        return loss.value() / size;
    }

    /** {@code max z + log sum exp(z - max z)}, Torch's order. */
    static double logSumExp(double[] z) {
        double max = z[0];
        for (int d = 1; d < z.length; d++) {
            max = Math.max(max, z[d]);
        }
        double sum = 0.0;
        for (double x : z) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }

    /** The label's score is strictly the largest: a tie (all scores 0 after zero init) is not right. */
    @Override
    public boolean right(double[] output, ExampleSet examples, int index) {
        int label = examples.labels[index];
        for (int d = 0; d < output.length; d++) {
            if (d != label && !(output[label] > output[d])) {
                return false;
            }
        }
        return true;
    }
}
