package org.gradflow.engine;

import org.apache.commons.math3.linear.RealVector;

/**
 * Everything the trace prints about one iteration, taken after forward and backward, before the update.
 *
 * @param iteration  1-based
 * @param pair       1-based index of the pair trained on
 * @param gradOutput dL/dC fed into the backward pass
 * @param dCdu       dC/du itself (Torch's gradInput for gradOutput = 1), not scaled by gradOutput
 * @param singular   |u|^2 or |v|^2 under 1e-10, where eps dominates and exact math has no gradient
 */
public record IterationRecord(long iteration, int pair, int target, double cosine, double loss, double gradOutput,
                              RealVector u, RealVector v, RealVector dCdu, RealVector dCdv, GradNorms gradNorms,
                              boolean singular) {

    /** False once anything the iteration computed is NaN or infinite: the run has diverged. */
    public boolean finite() {
        return Double.isFinite(cosine) && Double.isFinite(loss) && !u.isNaN() && !u.isInfinite()
                && !v.isNaN() && !v.isInfinite() && !dCdu.isNaN() && !dCdu.isInfinite()
                && !dCdv.isNaN() && !dCdv.isInfinite()
                && Double.isFinite(gradNorms.hiddenWeight()) && Double.isFinite(gradNorms.hiddenBias())
                && Double.isFinite(gradNorms.outputWeight()) && Double.isFinite(gradNorms.outputBias());
    }
}
