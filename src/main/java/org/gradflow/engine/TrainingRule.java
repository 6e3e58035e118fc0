package org.gradflow.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the gradOutput (dL/dC) fed into the backward pass is chosen each iteration, and the loss reported with it.
 * Each rule is whole here: its name, its loss and its gradOutput. A new rule is a new constant that must say all
 * three (the compiler asks for both methods), and the names scenario files accept come from {@link #ids()}.
 */
public enum TrainingRule {
    /** The original script: {@code backward(pair, -target)} every iteration; loss {@code 1 - target*C}. */
    QUESTION("question") {
        @Override
        public double loss(double cosine, int target, double margin) {
            return 1.0 - target * cosine;
        }

        @Override
        public double gradOutput(double cosine, int target, double margin) {
            return -target;
        }
    },
    /** torch/nn's documentation example: {@code -target} while {@code C*target < 1}, else 0 (a hinge at 1). */
    TORCH_EXAMPLE("torch-example") {
        @Override
        public double loss(double cosine, int target, double margin) {
            return 1.0 - target * cosine;
        }

        @Override
        public double gradOutput(double cosine, int target, double margin) {
            return cosine * target < 1.0 ? -target : 0.0;
        }
    },
    /**
     * {@code nn.CosineEmbeddingCriterion(margin)} on a batch of one: loss {@code 1 - C} for target +1 and
     * {@code max(0, C - margin)} for target -1; the gradient is zeroed wherever that loss is not positive (Torch
     * masks with {@code _outputs:le(0)}), so gradOutput is -1, +1 or 0.
     */
    COSINE_EMBEDDING("cosine-embedding") {
        @Override
        public double loss(double cosine, int target, double margin) {
            return target > 0 ? 1.0 - cosine : Math.max(0.0, cosine - margin);
        }

        @Override
        public double gradOutput(double cosine, int target, double margin) {
            if (target > 0) {
                return 1.0 - cosine > 0.0 ? -1.0 : 0.0;
            }
            return cosine - margin > 0.0 ? 1.0 : 0.0;
        }
    };

    private final String id;

    TrainingRule(String id) {
        this.id = id;
    }

    /** The loss reported for a cosine and a target. */
    public abstract double loss(double cosine, int target, double margin);

    /** dL/dC, what {@code backward} is given. */
    public abstract double gradOutput(double cosine, int target, double margin);

    /** The name used in scenario files and on the command line. */
    public String id() {
        return id;
    }

    /** Every rule's name, for messages: "question, torch-example, cosine-embedding". */
    public static String ids() {
        return Arrays.stream(values()).map(TrainingRule::id).collect(Collectors.joining(", "));
    }

    public static Optional<TrainingRule> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
