package org.gradflow.engine;

/**
 * Torch7's {@code nn.CosineDistance} for one pair of vectors (it outputs the cosine similarity).
 *
 * <p>Torch adds {@code eps = 1e-12} to both squared norms, so the result is defined everywhere, and this class
 * repeats Torch's operations in Torch's order so that the rounding is the same:
 * {@code w1 = <u,v>}, {@code w22 = 1/(|u|^2+eps)}, {@code w32 = 1/(|v|^2+eps)}, {@code w = sqrt(w22*w32)},
 * {@code C = w1*w}, {@code dC/du = (v - w1*w22*u) * w}, {@code dC/dv = (u - w1*w32*v) * w}.
 * In 1-D this gives about 1e-11 almost everywhere and about 1e6 at u = 0: both are shown, not hidden.
 */
public final class CosineDistance implements PairJoin {
    /** Torch's epsilon, added to each squared norm. */
    public static final double EPS = 1e-12;
    /** Below this squared norm eps is over 1% of it and exact math has no gradient: the point is singular. */
    public static final double SINGULAR_SQUARED_NORM = 1e-10;

    private double w1;
    private double w22;
    private double w32;
    private double w;
    private double squaredNormU;
    private double squaredNormV;
    private double normU;
    private double normV;

    /** Forward pass; remembers what the backward pass needs. */
    @Override
    public double forward(double[] u, double[] v) {
        double dot = 0.0;
        double uu = 0.0;
        double vv = 0.0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * v[i];
            uu += u[i] * u[i];
            vv += v[i] * v[i];
        }
        squaredNormU = uu;
        squaredNormV = vv;
        w1 = dot;
        w22 = 1.0 / (uu + EPS);
        w32 = 1.0 / (vv + EPS);
        w = Math.sqrt(w22 * w32);
        return w1 * w;
    }

    /** dC/du and dC/dv at the last forward point, for gradOutput = 1 (Torch's gradInput before scaling). */
    @Override
    public void backward(double[] u, double[] v, double[] dCdu, double[] dCdv) {
        double a = w1 * w22;
        double c = w1 * w32;
        double squaresU = 0.0;
        double squaresV = 0.0;
        for (int i = 0; i < u.length; i++) {
            double gu = (v[i] - a * u[i]) * w;
            double gv = (u[i] - c * v[i]) * w;
            dCdu[i] = gu;
            dCdv[i] = gv;
            squaresU += gu * gu;
            squaresV += gv * gv;
        }
        normU = Math.sqrt(squaresU);
        normV = Math.sqrt(squaresV);
    }

    @Override
    public double normU() {
        return normU;
    }

    @Override
    public double normV() {
        return normV;
    }

    /** {@code <u,v>} at the last forward point. */
    public double dot() {
        return w1;
    }

    /** {@code |u|^2} at the last forward point (before eps is added). */
    public double squaredNormU() {
        return squaredNormU;
    }

    public double squaredNormV() {
        return squaredNormV;
    }

    /** True when the last forward point had |u|^2 or |v|^2 under {@link #SINGULAR_SQUARED_NORM}. */
    @Override
    public boolean singular() {
        return squaredNormU < SINGULAR_SQUARED_NORM || squaredNormV < SINGULAR_SQUARED_NORM;
    }

    /** Convenience for one-off evaluations (tests, the landscape): the cosine of u and v. */
    public static double cosine(double[] u, double[] v) {
        return new CosineDistance().forward(u, v);
    }
}
