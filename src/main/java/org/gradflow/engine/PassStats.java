package org.gradflow.engine;

/**
 * One pass of one run, as the design defines it: every pair trained once in the schedule.
 *
 * @param pass              1-based
 * @param iteration         the pass's last iteration, {@code pass x passLength}
 * @param meanLoss          the mean of the loss over the pass's iterations
 * @param pairsRight        pairs whose last record in the pass has {@code C * target > 0}
 * @param pairCount         pairs in the data
 * @param meanCosineGradient the mean of |dC/du| over the pass: how alive the cosine's gradient is
 * @param meanParameterGradient the mean over the pass of the largest parameter-gradient norm: what reaches
 *                          the weights (zero when the cosine's gradient is dead or the tanh units saturated)
 * @param masked            iterations whose gradOutput was 0, so that nothing was back-propagated
 */
public record PassStats(long pass, long iteration, double meanLoss, int pairsRight, int pairCount,
                        double meanCosineGradient, double meanParameterGradient, long masked) {

    /** Every pair on its target's side of 0. */
    public boolean learned() {
        return pairsRight == pairCount;
    }
}
