package org.gradflow.engine;

/**
 * Read-only view of one iteration of a run, taken after forward and backward, before the update (plus what the
 * update measured: the gradient norms it applied, |W| before it, the largest parameter after it). A
 * {@link Trainer}'s view reads its buffers, so it costs no allocation; take {@link Trainer#lastRecord()} for a
 * copy that outlives the next step.
 *
 * <p>A siamese run fills the pair's part (pair, target, the joined value, u, v and their gradients); a single
 * network the batch's (batch, right, size). Both fill the per-layer records, layer 0 being the input layer.
 */
public interface IterationView {
    /** 1-based; 0 before the first step. */
    long iteration();

    /** What the network ends in: which of the parts below are filled. */
    Head head();

    /** 1-based index of the pair (siamese), 0 for a single network. */
    int pair();

    /** The pair's target, +1 or -1 (siamese); 0 for a single network. */
    int target();

    /** 1-based index of the batch (single network), 0 for a siamese one. */
    int batch();

    /** Examples of the batch that this iteration's forward got right (single network). */
    int right();

    /** Examples in the batch (single network); 2 inputs, one pair, for a siamese network. */
    int size();

    /** C, the cosine of u and v ({@link Head#COSINE}); NaN otherwise. */
    double cosine();

    /** d = |u - v| ({@link Head#DISTANCE}); NaN otherwise. */
    double distance();

    /** The loss: of the pair, or the mean over the batch. */
    double loss();

    /** dL/dC or dL/dd fed into the backward pass (siamese); 1 for a single network, whose loss has no mask. */
    double gradOutput();

    /** The network's output size D. */
    int outputSize();

    /** u, the left branch's output (siamese; D entries). */
    double u(int i);

    double v(int i);

    /** The join's gradient at u, dC/du or dd/du itself (Torch's gradInput for gradOutput = 1). */
    double dCdu(int i);

    double dCdv(int i);

    /** Euclidean norm of dC/du (or dd/du). */
    double dCduNorm();

    double dCdvNorm();

    /** Gradient norm k: {@link #weightGrad}(k / 2) for even k, {@link #biasGrad}(k / 2) for odd k. */
    default double gradNorm(int k) {
        return k % 2 == 0 ? weightGrad(k / 2) : biasGrad(k / 2);
    }

    /** True where the cosine has no exact gradient (|u|^2 or |v|^2 under 1e-10); false for other heads. */
    boolean singular();

    /** The Frobenius norm of all the parameters after this iteration's update; NaN if a parameter is NaN. */
    double parameterNorm();

    /** Linear layers, from the input; the output layer is the last. */
    int layerCount();

    /** Units of layer {@code l}. */
    int units(int l);

    /** Frobenius norm of layer l's summed weight gradient (both branches, or the batch). */
    double weightGrad(int l);

    double biasGrad(int l);

    /** Frobenius norm of dL/da over the batch (both branches), a being layer l's activation output. */
    double outputGrad(int l);

    /** Mean of layer l's activation outputs over every (example, unit) entry of the batch, both branches. */
    double activationMean(int l);

    /** Population standard deviation of the same entries. */
    double activationStd(int l);

    /** Fraction of those entries whose activation derivative is near zero (the design's thresholds). */
    double saturated(int l);

    /** The learning rate of this iteration's update. */
    double learningRate();

    /** Frobenius norm of layer l's weight just before this iteration's update. */
    double weightNorm(int l);

    /** The update:data ratio, learning rate x weightGrad / |W| (about 1e-3 is healthy); NaN when |W| = 0. */
    default double updateRatio(int l) {
        return weightNorm(l) == 0 ? Double.NaN : learningRate() * weightGrad(l) / weightNorm(l);
    }

    /** Whether unit {@code unit} of layer l passed a gradient for some input of this iteration (relu: input > 0). */
    boolean fired(int l, int unit);

    /** Whether, and how, the run has diverged as of this iteration (measured when the iteration was recorded). */
    Divergence divergence();

    /** False when anything computed in this iteration, or the parameters it left, is NaN or infinite. */
    default boolean finite() {
        return divergence() != Divergence.NON_FINITE;
    }

    /** The pair's joined value: C for a cosine head, d for a distance; NaN for a single network. */
    default double joined() {
        return head() == Head.DISTANCE ? distance() : cosine();
    }
}
