package org.gradflow.engine;

import java.util.Arrays;
import java.util.Optional;

/** How the gradOutput (dL/dC) fed into the backward pass is chosen each iteration. */
public enum TrainingRule {
    /** The original script: {@code backward(pair, -target)} every iteration; loss {@code 1 - target*C}. */
    QUESTION("question"),
    /** torch/nn's documentation example: {@code -target} while {@code C*target < 1}, else 0 (a hinge at 1). */
    TORCH_EXAMPLE("torch-example"),
    /** {@code nn.CosineEmbeddingCriterion(margin)} on a batch of one. */
    COSINE_EMBEDDING("cosine-embedding");

    private final String id;

    TrainingRule(String id) {
        this.id = id;
    }

    /** The name used in scenario files and on the command line. */
    public String id() {
        return id;
    }

    public static Optional<TrainingRule> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
