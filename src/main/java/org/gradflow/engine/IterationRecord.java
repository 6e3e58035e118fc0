package org.gradflow.engine;

import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;

/**
 * An immutable copy of one iteration ({@link IterationView}), for tests, previews and anything that outlives the
 * next step; the vectors it hands out are copies.
 */
public final class IterationRecord implements IterationView {
    private final IterationSnapshot values;

    IterationRecord(IterationView of) {
        values = new IterationSnapshot(0);
        values.copyFrom(of);
    }

    /** u as a vector (siamese). */
    public RealVector u() {
        return vector(values::u);
    }

    public RealVector v() {
        return vector(values::v);
    }

    public RealVector dCdu() {
        return vector(values::dCdu);
    }

    public RealVector dCdv() {
        return vector(values::dCdv);
    }

    private RealVector vector(IntToDoubleFunction entry) {
        int d = values.head().siamese() ? values.outputSize() : 0;
        double[] out = new double[d];
        for (int i = 0; i < d; i++) {
            out[i] = entry.applyAsDouble(i);
        }
        return new ArrayRealVector(out, false);
    }

    @Override
    public long iteration() {
        return values.iteration();
    }

    @Override
    public Head head() {
        return values.head();
    }

    @Override
    public int pair() {
        return values.pair();
    }

    @Override
    public int target() {
        return values.target();
    }

    @Override
    public int batch() {
        return values.batch();
    }

    @Override
    public int right() {
        return values.right();
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public double cosine() {
        return values.cosine();
    }

    @Override
    public double distance() {
        return values.distance();
    }

    @Override
    public double loss() {
        return values.loss();
    }

    @Override
    public double gradOutput() {
        return values.gradOutput();
    }

    @Override
    public int outputSize() {
        return values.outputSize();
    }

    @Override
    public double u(int i) {
        return values.u(i);
    }

    @Override
    public double v(int i) {
        return values.v(i);
    }

    @Override
    public double dCdu(int i) {
        return values.dCdu(i);
    }

    @Override
    public double dCdv(int i) {
        return values.dCdv(i);
    }

    @Override
    public double dCduNorm() {
        return values.dCduNorm();
    }

    @Override
    public double dCdvNorm() {
        return values.dCdvNorm();
    }

    @Override
    public boolean singular() {
        return values.singular();
    }

    @Override
    public double parameterNorm() {
        return values.parameterNorm();
    }

    @Override
    public Divergence divergence() {
        return values.divergence();
    }

    @Override
    public int layerCount() {
        return values.layerCount();
    }

    @Override
    public int units(int l) {
        return values.units(l);
    }

    @Override
    public double weightGrad(int l) {
        return values.weightGrad(l);
    }

    @Override
    public double biasGrad(int l) {
        return values.biasGrad(l);
    }

    @Override
    public double outputGrad(int l) {
        return values.outputGrad(l);
    }

    @Override
    public double activationMean(int l) {
        return values.activationMean(l);
    }

    @Override
    public double activationStd(int l) {
        return values.activationStd(l);
    }

    @Override
    public double saturated(int l) {
        return values.saturated(l);
    }

    @Override
    public double weightNorm(int l) {
        return values.weightNorm(l);
    }

    @Override
    public double learningRate() {
        return values.learningRate();
    }

    @Override
    public boolean fired(int l, int unit) {
        return values.fired(l, unit);
    }
}
