package org.gradflow.engine;

/**
 * Torch7's {@code nn.PairwiseDistance(2)} for one pair: {@code d = |u - v|}, and as its backward pass computes
 * it, {@code dd/du = (u - v) / (d + 1e-6)}, {@code dd/dv = -dd/du}; the 1e-6 keeps u = v from dividing by 0.
 * In 1-D this is +-1 wherever u and v differ: a scalar siamese output has a gradient here, where the cosine of
 * two numbers has none.
 */
public final class PairwiseDistance implements PairJoin {
    /** Torch's guard against dividing by a zero distance. */
    public static final double EPS = 1e-6;

    private double distance;
    private double norm;

    @Override
    public double forward(double[] u, double[] v) {
        distance = distance(u, v);
        return distance;
    }

    /** |u - v|, the 2-norm of the difference. */
    public static double distance(double[] u, double[] v) {
        double sum = 0.0;
        for (int i = 0; i < u.length; i++) {
            double diff = u[i] - v[i];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }

    @Override
    public void backward(double[] u, double[] v, double[] du, double[] dv) {
        double scale = 1.0 / (distance + EPS);
        double squares = 0.0;
        for (int i = 0; i < u.length; i++) {
            double g = (u[i] - v[i]) * scale;
            du[i] = g;
            dv[i] = -g;
            squares += g * g;
        }
        // |dv| = |du|: the gradients are each other's negatives.
        norm = Math.sqrt(squares);
    }

    @Override
    public double normU() {
        return norm;
    }

    @Override
    public double normV() {
        return norm;
    }

    /** A distance has a gradient everywhere but at u = v, where the 1e-6 makes it 0 rather than undefined. */
    @Override
    public boolean singular() {
        return false;
    }
}
