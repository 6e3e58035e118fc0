package org.gradflow.session;

/**
 * One run of a sweep, as the CSV has it.
 *
 * @param learnedAtPass       the first pass with every pair right, or 0 when it never learned
 * @param finalMeanLoss       the mean loss of the last pass
 * @param nudgedLearnedAtPass the same with the first hidden weight one ulp up, or -1 when not asked for
 */
public record SweepRow(SweepPlan.Combination combination, long learnedAtPass, double finalMeanLoss,
                       long nudgedLearnedAtPass) {

    public boolean learned() {
        return learnedAtPass > 0;
    }

    /** Whether the one-ulp nudge changed the pass at which it learned (or whether it learned at all). */
    public boolean nudgeChangedIt() {
        return nudgedLearnedAtPass >= 0 && nudgedLearnedAtPass != learnedAtPass;
    }
}
