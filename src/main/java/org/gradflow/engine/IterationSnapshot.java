package org.gradflow.engine;

import org.apache.commons.math3.linear.ArrayRealVector;

/**
 * One iteration's values in reusable arrays: the {@link Trainer} fills its own in place every step (so a step
 * allocates nothing), and a window keeps its own copies frame after frame.
 */
public final class IterationSnapshot implements IterationView {
    private double[] u;
    private double[] v;
    double[] dCdu;
    double[] dCdv;
    private final double[] gradNorms = new double[4];
    private long iteration;
    private int pair;
    private int target;
    private double cosine;
    private double loss;
    private double gradOutput;
    private double dCduNorm;
    private double dCdvNorm;
    private boolean singular;
    private double largestParameter;

    public IterationSnapshot(int outputSize) {
        u = new double[outputSize];
        v = new double[outputSize];
        dCdu = new double[outputSize];
        dCdv = new double[outputSize];
    }

    /** The trainer's in-place record; gradient norms are those the update applied (the same gradients). */
    void record(long iteration, int pair, int target, double cosine, double loss, double gradOutput,
                double[] u, double[] v, SiameseNetwork network, boolean singular, double largestParameter) {
        this.largestParameter = largestParameter;
        this.iteration = iteration;
        this.pair = pair;
        this.target = target;
        this.cosine = cosine;
        this.loss = loss;
        this.gradOutput = gradOutput;
        this.singular = singular;
        System.arraycopy(u, 0, this.u, 0, u.length);
        System.arraycopy(v, 0, this.v, 0, v.length);
        dCduNorm = norm(dCdu);
        dCdvNorm = norm(dCdv);
        gradNorms[0] = network.hiddenLayer().appliedWeightGradientNorm();
        gradNorms[1] = network.hiddenLayer().appliedBiasGradientNorm();
        gradNorms[2] = network.outputLayer().appliedWeightGradientNorm();
        gradNorms[3] = network.outputLayer().appliedBiasGradientNorm();
    }

    private static double norm(double[] x) {
        double sum = 0.0;
        for (double value : x) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /**
     * Makes this a copy of {@code other}, reusing the arrays when the size is the same: a drawing frame keeps
     * one and refreshes it every frame without allocating.
     */
    public void copyFrom(IterationView other) {
        int d = other.outputSize();
        if (u.length != d) {
            u = new double[d];
            v = new double[d];
            dCdu = new double[d];
            dCdv = new double[d];
        }
        for (int i = 0; i < d; i++) {
            u[i] = other.u(i);
            v[i] = other.v(i);
            dCdu[i] = other.dCdu(i);
            dCdv[i] = other.dCdv(i);
        }
        for (int k = 0; k < gradNorms.length; k++) {
            gradNorms[k] = other.gradNorm(k);
        }
        iteration = other.iteration();
        pair = other.pair();
        target = other.target();
        cosine = other.cosine();
        loss = other.loss();
        gradOutput = other.gradOutput();
        dCduNorm = other.dCduNorm();
        dCdvNorm = other.dCdvNorm();
        singular = other.singular();
        largestParameter = other.largestParameter();
    }

    /** An immutable copy. */
    public IterationRecord toRecord() {
        return new IterationRecord(iteration, pair, target, cosine, loss, gradOutput,
                new ArrayRealVector(u), new ArrayRealVector(v), new ArrayRealVector(dCdu),
                new ArrayRealVector(dCdv), new GradNorms(gradNorms[0], gradNorms[1], gradNorms[2], gradNorms[3]),
                singular, largestParameter);
    }

    @Override
    public long iteration() {
        return iteration;
    }

    @Override
    public int pair() {
        return pair;
    }

    @Override
    public int target() {
        return target;
    }

    @Override
    public double cosine() {
        return cosine;
    }

    @Override
    public double loss() {
        return loss;
    }

    @Override
    public double gradOutput() {
        return gradOutput;
    }

    @Override
    public int outputSize() {
        return u.length;
    }

    @Override
    public double u(int i) {
        return u[i];
    }

    @Override
    public double v(int i) {
        return v[i];
    }

    @Override
    public double dCdu(int i) {
        return dCdu[i];
    }

    @Override
    public double dCdv(int i) {
        return dCdv[i];
    }

    @Override
    public double dCduNorm() {
        return dCduNorm;
    }

    @Override
    public double dCdvNorm() {
        return dCdvNorm;
    }

    @Override
    public double gradNorm(int k) {
        return gradNorms[k];
    }

    @Override
    public double largestParameter() {
        return largestParameter;
    }

    @Override
    public boolean singular() {
        return singular;
    }
}
