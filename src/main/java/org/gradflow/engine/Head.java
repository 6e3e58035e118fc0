package org.gradflow.engine;

/**
 * What a network ends in, chosen by the training rule: a siamese network's two outputs joined into a cosine or a
 * distance, or a single network's outputs read as class scores or regression values.
 */
public enum Head {
    /** {@code nn.CosineDistance} of the two branches; cosine rules. */
    COSINE(true, Activation.TANH, 0.0) {
        @Override
        PairJoin newJoin() {
            return new CosineDistance();
        }

        @Override
        public boolean pairRight(double value, int target, double margin) {
            return value * target > 0;
        }
    },
    /** {@code nn.PairwiseDistance(2)} of the two branches; {@code hinge-embedding}. */
    DISTANCE(true, Activation.TANH, 1.0) {
        @Override
        PairJoin newJoin() {
            return new PairwiseDistance();
        }

        /** Similar pairs closer than half the margin, dissimilar ones farther. */
        @Override
        public boolean pairRight(double value, int target, double margin) {
            return target > 0 ? value < margin / 2 : value > margin / 2;
        }
    },
    /** Class scores; {@code cross-entropy}. */
    CLASSES(false, Activation.LINEAR, Double.NaN) {
        @Override
        ExampleCriterion newCriterion() {
            return new CrossEntropyCriterion();
        }
    },
    /** Regression values; {@code mse}. */
    REGRESSION(false, Activation.LINEAR, Double.NaN) {
        @Override
        ExampleCriterion newCriterion() {
            return new MseCriterion();
        }
    };

    private final boolean siamese;
    private final Activation defaultOutputActivation;
    private final double defaultMargin;

    Head(boolean siamese, Activation defaultOutputActivation, double defaultMargin) {
        this.siamese = siamese;
        this.defaultOutputActivation = defaultOutputActivation;
        this.defaultMargin = defaultMargin;
    }

    /** Two shared-weight branches on pairs, rather than one network on examples. */
    public boolean siamese() {
        return siamese;
    }

    /** The last layer's activation when a scenario does not say: tanh (the seed network), else linear. */
    public Activation defaultOutputActivation() {
        return defaultOutputActivation;
    }

    /** The margin when a scenario does not say: 0 for the cosine rules, 1 for the distance; NaN: none. */
    public double defaultMargin() {
        return defaultMargin;
    }

    /** The join of a siamese head (a new one per run: it keeps its last forward pass). */
    PairJoin newJoin() {
        throw new UnsupportedOperationException(this + " is not a siamese head");
    }

    /** The criterion of a single-network head. */
    ExampleCriterion newCriterion() {
        throw new UnsupportedOperationException(this + " is a siamese head");
    }

    /** Whether a pair counts as right by its joined value (siamese heads). */
    public boolean pairRight(double value, int target, double margin) {
        throw new UnsupportedOperationException(this + " is not a siamese head");
    }
}
