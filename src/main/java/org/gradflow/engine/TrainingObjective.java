package org.gradflow.engine;

/**
 * A training rule with its margin: gives the loss and the gradOutput (dL/dC) for a cosine and a target.
 *
 * <p>For {@code cosine-embedding} this follows Torch's CosineEmbeddingCriterion: loss {@code 1 - C} for
 * target +1 and {@code max(0, C - margin)} for target -1, and the gradient is zeroed wherever that loss is
 * not positive (Torch masks with {@code _outputs:le(0)}), so gradOutput is -1, +1 or 0.
 */
public record TrainingObjective(TrainingRule rule, double margin) {

    public TrainingObjective {
        if (rule == null) {
            throw new IllegalArgumentException("rule must be given");
        }
        if (!Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be finite, got " + margin);
        }
    }

    public double loss(double cosine, int target) {
        if (rule == TrainingRule.COSINE_EMBEDDING) {
            return target > 0 ? 1.0 - cosine : Math.max(0.0, cosine - margin);
        }
        return 1.0 - target * cosine;
    }

    public double gradOutput(double cosine, int target) {
        switch (rule) {
            case QUESTION:
                return -target;
            case TORCH_EXAMPLE:
                return cosine * target < 1.0 ? -target : 0.0;
            default:
                if (target > 0) {
                    return 1.0 - cosine > 0.0 ? -1.0 : 0.0;
                }
                return cosine - margin > 0.0 ? 1.0 : 0.0;
        }
    }
}
