package org.gradflow.engine;

/**
 * One pass of one run, as the design defines it: every pair trained once in the schedule, or every example once.
 *
 * @param pass                  1-based
 * @param iteration             the pass's last iteration, {@code pass x passLength}
 * @param meanLoss              the mean of the loss over the pass's iterations
 * @param pairsRight            right at the end of the pass: pairs whose last record in the pass is on their
 *                              target's side (siamese), or examples right in their own forward (single network)
 * @param pairCount             pairs, or examples, in the data
 * @param meanCosineGradient    the mean of |dC/du| over the pass: how alive the join's gradient is (0 for a single
 *                              network)
 * @param meanParameterGradient the mean over the pass of the largest parameter-gradient norm: what reaches the
 *                              weights (zero when the cosine's gradient is dead or the tanh units saturated)
 * @param masked                iterations whose gradOutput was 0, so that nothing was back-propagated
 * @param deadUnits             per layer from the input: relu units whose input was {@code <= 0} in every forward
 *                              of the pass (0 for other activations)
 * @param layerMeans            per layer, the means over the pass of its records
 */
public record PassStats(long pass, long iteration, double meanLoss, int pairsRight, int pairCount,
                        double meanCosineGradient, double meanParameterGradient, long masked, int[] deadUnits,
                        LayerMeans layerMeans) {

    /**
     * Per layer from the input, the weight gradient's norm and the update ratio averaged over the pass's
     * iterations (a masked iteration counting 0, |W| = 0 counting 0): what a diagnosis compares across depth and
     * time, steadier than any one iteration.
     */
    public record LayerMeans(double[] weightGrad, double[] updateRatio) {
        public LayerMeans {
            weightGrad = weightGrad.clone();
            updateRatio = updateRatio.clone();
        }

        @Override
        public double[] weightGrad() {
            return weightGrad.clone();
        }

        @Override
        public double[] updateRatio() {
            return updateRatio.clone();
        }
    }

    public PassStats {
        deadUnits = deadUnits.clone();
    }

    @Override
    public int[] deadUnits() {
        return deadUnits.clone();
    }

    /** Every pair (or example) right. */
    public boolean learned() {
        return pairsRight == pairCount;
    }

    /** Right pairs or examples: {@link #pairsRight()}, named for any run. */
    public int right() {
        return pairsRight;
    }

    /** Pairs or examples in the data. */
    public int count() {
        return pairCount;
    }

    /** Dead relu units over every layer. */
    public int totalDeadUnits() {
        int sum = 0;
        for (int d : deadUnits) {
            sum += d;
        }
        return sum;
    }
}
