package org.gradflow.engine;

import org.apache.commons.math3.linear.RealVector;

/**
 * Everything the trace prints about one iteration, taken after forward and backward, before the update (plus
 * the largest parameter after the update, which tells divergence).
 *
 * @param iteration        1-based
 * @param pair             1-based index of the pair trained on
 * @param gradOutput       dL/dC fed into the backward pass
 * @param dCdu             dC/du itself (Torch's gradInput for gradOutput = 1), not scaled by gradOutput
 * @param singular         |u|^2 or |v|^2 under 1e-10, where eps dominates and exact math has no gradient
 * @param largestParameter the largest |parameter| after this iteration's update
 */
public record IterationRecord(long iteration, int pair, int target, double cosine, double loss, double gradOutput,
                              RealVector u, RealVector v, RealVector dCdu, RealVector dCdv, GradNorms gradNorms,
                              boolean singular, double largestParameter) implements IterationView {

    /** Keeps copies: commons-math vectors are mutable, and a record must not change behind its reader. */
    public IterationRecord {
        u = u.copy();
        v = v.copy();
        dCdu = dCdu.copy();
        dCdv = dCdv.copy();
    }

    @Override
    public RealVector u() {
        return u.copy();
    }

    @Override
    public RealVector v() {
        return v.copy();
    }

    @Override
    public RealVector dCdu() {
        return dCdu.copy();
    }

    @Override
    public RealVector dCdv() {
        return dCdv.copy();
    }

    @Override
    public int outputSize() {
        return u.getDimension();
    }

    @Override
    public double u(int i) {
        return u.getEntry(i);
    }

    @Override
    public double v(int i) {
        return v.getEntry(i);
    }

    @Override
    public double dCdu(int i) {
        return dCdu.getEntry(i);
    }

    @Override
    public double dCdv(int i) {
        return dCdv.getEntry(i);
    }

    @Override
    public double dCduNorm() {
        return dCdu.getNorm();
    }

    @Override
    public double dCdvNorm() {
        return dCdv.getNorm();
    }

    @Override
    public double gradNorm(int k) {
        return gradNorms.values()[k];
    }
}
