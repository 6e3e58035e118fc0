package org.gradflow.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The training rule decides what the network ends in ({@link #head()}) and, for a siamese network, how the
 * gradOutput (dL/dC or dL/dd) fed into the backward pass is chosen each iteration and the loss reported with it.
 * Each rule is whole here: its name, its head, and for the siamese rules its loss and gradOutput; the
 * single-network rules' losses are their heads' criteria. The names scenario files accept come from
 * {@link #ids()}.
 */
public enum TrainingRule {
    /** The original script: {@code backward(pair, -target)} every iteration; loss {@code 1 - target*C}. */
    QUESTION("question", Head.COSINE) {
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
    TORCH_EXAMPLE("torch-example", Head.COSINE) {
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
    COSINE_EMBEDDING("cosine-embedding", Head.COSINE) {
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
    },
    /**
     * {@code nn.HingeEmbeddingCriterion(margin)} on the distance d = |u - v| ({@code nn.PairwiseDistance(2)}): loss
     * d for target +1 and {@code max(0, margin - d)} for target -1; gradOutput 1, or -1 where {@code margin - d > 0},
     * else 0.
     */
    HINGE_EMBEDDING("hinge-embedding", Head.DISTANCE) {
        @Override
        public double loss(double distance, int target, double margin) {
            return target > 0 ? distance : Math.max(0.0, margin - distance);
        }

        @Override
        public double gradOutput(double distance, int target, double margin) {
            if (target > 0) {
                return 1.0;
            }
            return margin - distance > 0.0 ? -1.0 : 0.0;
        }
    },
    /** {@code nn.CrossEntropyCriterion} on one network's class scores, averaged over the batch. */
    CROSS_ENTROPY("cross-entropy", Head.CLASSES),
    /** {@code nn.MSECriterion} on one network's outputs, averaged over the batch's entries. */
    MSE("mse", Head.REGRESSION);

    private final String id;
    private final Head head;

    TrainingRule(String id, Head head) {
        this.id = id;
        this.head = head;
    }

    /** What the network ends in. */
    public Head head() {
        return head;
    }

    /** Two branches on pairs (the cosine and distance rules), rather than one network on examples. */
    public boolean siamese() {
        return head.siamese();
    }

    /**
     * The loss reported for a siamese rule's joined value (the cosine, or the distance) and a target.
     *
     * @throws UnsupportedOperationException for a single-network rule, whose loss is its head's criterion
     */
    public double loss(double value, int target, double margin) {
        throw new UnsupportedOperationException(id + " has no loss of a pair");
    }

    /**
     * dL/dC (or dL/dd), what {@code backward} is given, for a siamese rule.
     *
     * @throws UnsupportedOperationException for a single-network rule
     */
    public double gradOutput(double value, int target, double margin) {
        throw new UnsupportedOperationException(id + " has no gradOutput of a pair");
    }

    /** The name used in scenario files and on the command line. */
    public String id() {
        return id;
    }

    /** Every rule's name, for messages: "question, torch-example, cosine-embedding, ...". */
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
