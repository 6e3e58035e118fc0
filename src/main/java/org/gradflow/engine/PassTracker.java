package org.gradflow.engine;

/**
 * Folds a run's iterations into {@link PassStats}, one per pass, as the design defines passes. The
 * {@code curve} command, the window's learning curve and the sweep all read passes through this one class,
 * which is why they agree with each other and with {@code trace}.
 */
public final class PassTracker {
    private final int pairCount;
    private final int iterationsPerPair;
    private final long passLength;
    private long passesDone;
    private long inPass;
    private double lossSum;
    private double cosineGradientSum;
    private double parameterGradientSum;
    private long masked;
    private int pairsRight;

    public PassTracker(int pairCount, int iterationsPerPair) {
        if (pairCount < 1 || iterationsPerPair < 1) {
            throw new IllegalArgumentException("pairCount and iterationsPerPair must be at least 1, got "
                    + pairCount + " and " + iterationsPerPair);
        }
        this.pairCount = pairCount;
        this.iterationsPerPair = iterationsPerPair;
        this.passLength = (long) pairCount * iterationsPerPair;
    }

    /** A tracker for the passes of {@code trainer}'s run, starting at the trainer's iteration (a pass start). */
    public static PassTracker of(Trainer trainer) {
        PassTracker tracker = new PassTracker(trainer.pairs().size(), trainer.iterationsPerPair());
        tracker.restartAt(trainer.iteration());
        return tracker;
    }

    /** Iterations in one pass: {@code pairCount x iterationsPerPair}. */
    public long passLength() {
        return passLength;
    }

    /** Continues from {@code iteration}, which must be a pass boundary (checkpoints are taken at them). */
    public void restartAt(long iteration) {
        if (iteration % passLength != 0) {
            throw new IllegalArgumentException("iteration " + iteration + " is not the end of a pass of "
                    + passLength);
        }
        passesDone = iteration / passLength;
        inPass = 0;
        lossSum = 0;
        cosineGradientSum = 0;
        parameterGradientSum = 0;
        masked = 0;
        pairsRight = 0;
    }

    /**
     * Takes the record of the next iteration of the run.
     *
     * @return the pass this iteration completed, or null in the middle of a pass
     */
    public PassStats accept(IterationView it) {
        lossSum += it.loss();
        cosineGradientSum += it.dCduNorm();
        parameterGradientSum += largestParameterGradient(it);
        if (it.gradOutput() == 0.0) {
            masked++;
        }
        inPass++;
        // The pair's block of iterations ends here: this is its last record in the pass.
        if (inPass % iterationsPerPair == 0 && it.cosine() * it.target() > 0) {
            pairsRight++;
        }
        if (inPass < passLength) {
            return null;
        }
        passesDone++;
        PassStats stats = new PassStats(passesDone, passesDone * passLength, lossSum / passLength, pairsRight,
                pairCount, cosineGradientSum / passLength, parameterGradientSum / passLength, masked);
        restartAt(passesDone * passLength);
        return stats;
    }

    private static double largestParameterGradient(IterationView it) {
        double largest = 0;
        for (int k = 0; k < GradNorms.NAMES.length; k++) {
            largest = Math.max(largest, it.gradNorm(k));
        }
        return largest;
    }
}
