package org.gradflow.engine;

import java.util.Arrays;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.exception.util.LocalizedFormats;

/**
 * Folds a run's iterations into {@link PassStats}, one per pass, as the design defines passes. The
 * {@code curve} command, the window's learning curve and the sweep all read passes through this one class,
 * which is why they agree with each other and with {@code trace}.
 */
public final class PassTracker {
    private final Head head;
    private final double margin;
    private final int itemCount;
    private final int iterationsPerPair;
    private final long passLength;
    private final int[] units;
    private final boolean[][] firedInPass;
    private final double[] weightGradSum;
    private final double[] updateRatioSum;
    private long passesDone;
    private long inPass;
    private double lossSum;
    private double cosineGradientSum;
    private double parameterGradientSum;
    private long masked;
    private int right;

    /**
     * @param itemCount the pairs (siamese) or examples of the run
     * @param passLength iterations in a pass
     * @param units      the layers' widths, from the input
     */
    PassTracker(Head head, double margin, int itemCount, int iterationsPerPair, long passLength, int[] units) {
        if (itemCount < 1 || iterationsPerPair < 1 || passLength < 1) {
            throw new NotStrictlyPositiveException(Math.min(itemCount, Math.min(iterationsPerPair, passLength)));
        }
        this.head = head;
        this.margin = margin;
        this.itemCount = itemCount;
        this.iterationsPerPair = iterationsPerPair;
        this.passLength = passLength;
        this.units = units.clone();
        this.firedInPass = new boolean[units.length][];
        for (int l = 0; l < units.length; l++) {
            firedInPass[l] = new boolean[units[l]];
        }
        weightGradSum = new double[units.length];
        updateRatioSum = new double[units.length];
    }

    /** A tracker for the passes of {@code trainer}'s run, starting at the trainer's iteration (a pass start). */
    public static PassTracker of(Trainer trainer) {
        Network n = trainer.network();
        int[] units = new int[n.depth()];
        for (int l = 0; l < units.length; l++) {
            units[l] = n.layer(l).units();
        }
        PassTracker tracker = new PassTracker(trainer.head(), trainer.objective().margin(), trainer.itemCount(),
                trainer.iterationsPerPair(), trainer.passLength(), units);
        tracker.restartAt(trainer.iteration());
        return tracker;
    }

    /** Iterations in one pass: {@code pairCount x iterationsPerPair}, or the batches of the examples. */
    public long passLength() {
        return passLength;
    }

    /**
     * Continues from {@code iteration}, which must be a pass boundary (checkpoints are taken at them).
     *
     * @throws MathIllegalArgumentException when it is not
     */
    public void restartAt(long iteration) {
        if (iteration % passLength != 0) {
            throw new MathIllegalArgumentException(LocalizedFormats.SIMPLE_MESSAGE, "iteration " + iteration
                    + " is not the end of a pass of " + passLength);
        }
        passesDone = iteration / passLength;
        inPass = 0;
        lossSum = 0;
        cosineGradientSum = 0;
        parameterGradientSum = 0;
        masked = 0;
        right = 0;
        for (boolean[] f : firedInPass) {
            Arrays.fill(f, false);
        }
        Arrays.fill(weightGradSum, 0);
        Arrays.fill(updateRatioSum, 0);
    }

    /**
     * Takes the record of the next iteration of the run.
     *
     * @return the pass this iteration completed, or null in the middle of a pass
     */
    public PassStats accept(IterationView it) {
        lossSum += it.loss();
        cosineGradientSum += it.dCduNorm();
        double largest = 0;
        for (int l = 0; l < units.length; l++) {
            largest = Math.max(largest, Math.max(it.weightGrad(l), it.biasGrad(l)));
            weightGradSum[l] += it.weightGrad(l);
            double ratio = it.updateRatio(l);
            updateRatioSum[l] += Double.isNaN(ratio) ? 0 : ratio;
            boolean[] fired = firedInPass[l];
            for (int u = 0; u < fired.length; u++) {
                fired[u] |= it.fired(l, u);
            }
        }
        parameterGradientSum += largest;
        if (it.gradOutput() == 0.0) {
            masked++;
        }
        inPass++;
        if (head.siamese()) {
            // The pair's block of iterations ends here: this is its last record in the pass.
            if (inPass % iterationsPerPair == 0 && head.pairRight(it.joined(), it.target(), margin)) {
                right++;
            }
        } else {
            right += it.right();
        }
        if (inPass < passLength) {
            return null;
        }
        passesDone++;
        int[] dead = new int[units.length];
        double[] meanWeight = new double[units.length];
        double[] meanRatio = new double[units.length];
        for (int l = 0; l < units.length; l++) {
            for (boolean fired : firedInPass[l]) {
                if (!fired) {
                    dead[l]++;
                }
            }
            meanWeight[l] = weightGradSum[l] / passLength;
            meanRatio[l] = updateRatioSum[l] / passLength;
        }
        PassStats stats = new PassStats(passesDone, passesDone * passLength, lossSum / passLength, right, itemCount,
                cosineGradientSum / passLength, parameterGradientSum / passLength, masked, dead,
                new PassStats.LayerMeans(meanWeight, meanRatio));
        restartAt(passesDone * passLength);
        return stats;
    }
}
