package org.gradflow.plot;

import org.gradflow.session.RunFrame;
import org.gradflow.session.SeriesPoints;

/**
 * What a run's passes so far say beyond the last two: its lowest mean loss, its most pairs right, and whether it
 * lost a pair after it first learned. Read off the learning curve's own points, the ones the chart draws, so that
 * a sentence built on it cannot contradict that chart. The points are exact per pass while a pixel column holds
 * one pass (the first thousand or so); past that each holds the lowest and highest of its passes, so the lowest
 * loss, the most pairs right and whether a pair was lost stay exact, while the pass they happened in becomes the
 * middle of a bin and the count of passes that lost one is not known.
 *
 * @param lowestLoss     the lowest mean loss of any pass shown, NaN before the first pass
 * @param lowestLossPass the pass it happened in (the middle of its bin once passes are merged)
 * @param mostRight      the most pairs right in any pass
 * @param mostRightPass  the first pass with that many
 * @param lostPasses     passes after the first learned one with a pair wrong; -1 when merged passes hide it
 * @param lastLostPass   the latest of them, NaN for none
 */
record PassHistory(double lowestLoss, double lowestLossPass, int mostRight, double mostRightPass, long lostPasses,
                   double lastLostPass) {

    /** The passes of {@code f} up to its iteration, its first learned pass {@code learnedPass} (0: not yet). */
    static PassHistory of(RunFrame f, long learnedPass) {
        SeriesPoints loss = f.meanLossSeries();
        double lowest = Double.NaN;
        double lowestAt = Double.NaN;
        for (int i = 0; i < loss.size(); i++) {
            double y = loss.ys()[i];
            if (Double.isFinite(y) && (Double.isNaN(lowest) || y < lowest)) {
                lowest = y;
                lowestAt = loss.xs()[i];
            }
        }
        SeriesPoints right = f.pairsRightSeries();
        int most = 0;
        double mostAt = Double.NaN;
        long lost = 0;
        double lastLost = Double.NaN;
        for (int i = 0; i < right.size(); i++) {
            double y = right.ys()[i];
            double x = right.xs()[i];
            if (Double.isNaN(y)) {
                continue;
            }
            if (y > most || Double.isNaN(mostAt)) {
                most = (int) y;
                mostAt = x;
            }
            // A merged bin's point sits at its middle: one that starts before the learned pass holds passes from
            // before it, which were wrong by definition, so only points clearly after it count.
            if (learnedPass > 0 && x > learnedPass * (1 + 1.0 / 256) && y < f.pairCount()) {
                lost++;
                lastLost = Math.max(Double.isNaN(lastLost) ? x : lastLost, x);
            }
        }
        return new PassHistory(lowest, lowestAt, most, mostAt, right.decimated() && lost > 0 ? -1 : lost, lastLost);
    }

    /** Whether a pair was wrong in some pass after the first learned one. */
    boolean lostSinceLearned() {
        return !Double.isNaN(lastLostPass);
    }

    /** A pass number as the chart shows it: exact, or "about" for the middle of a merged bin. */
    static String pass(double x) {
        return x == Math.rint(x) ? Format.grouped((long) x) : "about " + Format.grouped(Math.round(x));
    }
}
