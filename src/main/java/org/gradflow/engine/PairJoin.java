package org.gradflow.engine;

/**
 * What joins the two branches of a siamese network into one number: Torch7's {@code nn.CosineDistance} (the
 * cosine of u and v) or {@code nn.PairwiseDistance(2)} (|u - v|). A join remembers its last forward pass for the
 * backward pass, so each run keeps its own.
 */
public interface PairJoin {
    /** The joined value of u and v. */
    double forward(double[] u, double[] v);

    /**
     * Its gradients with respect to u and v at the last forward point (Torch's gradInput for gradOutput 1); their
     * norms are then {@link #normU()} and {@link #normV()}, measured in the same loop.
     */
    void backward(double[] u, double[] v, double[] du, double[] dv);

    /** |du| of the last backward pass. */
    double normU();

    /** |dv| of the last backward pass. */
    double normV();

    /** Whether the last forward point was one where exact math has no gradient (the cosine at u = 0). */
    boolean singular();
}
