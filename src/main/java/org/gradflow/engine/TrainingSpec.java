package org.gradflow.engine;

/**
 * How a run trains: the rule, plain SGD's learning rate, the rule's margin, the schedule and the seed.
 *
 * @param margin            the cosine rules' margin (a cosine, -1 to 1) or hinge-embedding's (a distance, >= 0);
 *                          NaN for the single-network rules, which have none
 * @param iterationsPerPair the siamese schedule: each pair trained this many times in a row (1 for the others)
 * @param batchSize         the single-network schedule: examples per iteration, 0 for every example (full
 *                          batch; 0 for the siamese rules, which train one pair at a time)
 */
public record TrainingSpec(TrainingRule rule, double learningRate, double margin, int iterationsPerPair, long seed,
                           int batchSize) {
    public static final int MAX_ITERATIONS_PER_PAIR = 1_000_000_000;
    /** Torch's manualSeed keeps 32 bits. */
    public static final long MAX_SEED = 0xffffffffL;
    /** A cosine margin is a cosine. */
    public static final double MIN_COSINE_MARGIN = -1;
    public static final double MAX_COSINE_MARGIN = 1;

    /** The original script: rule question, learning rate 0.01, 10 iterations per pair, seed 1. */
    public static final TrainingSpec SEED = new TrainingSpec(TrainingRule.QUESTION, 0.01, 0.0, 10, 1L, 0);

    public TrainingSpec {
        if (rule == null) {
            throw new ScenarioException("training.rule", "must be given");
        }
        if (!Double.isFinite(learningRate) || learningRate < 0) {
            throw new ScenarioException("training.learningRate",
                    "must be a finite number >= 0, got " + learningRate);
        }
        if (rule.head() == Head.COSINE && !(margin >= MIN_COSINE_MARGIN && margin <= MAX_COSINE_MARGIN)) {
            throw new ScenarioException("training.margin",
                    "must be a number from -1 to 1 (a cosine), got " + margin);
        }
        if (rule.head() == Head.DISTANCE && !(margin >= 0 && Double.isFinite(margin))) {
            throw new ScenarioException("training.margin",
                    "must be a finite number >= 0 (a distance) for hinge-embedding, got " + margin);
        }
        if (!rule.siamese()) {
            margin = Double.NaN;
        }
        if (iterationsPerPair < 1 || iterationsPerPair > MAX_ITERATIONS_PER_PAIR) {
            throw new ScenarioException("training.iterationsPerPair", "must be an integer from 1 to "
                    + MAX_ITERATIONS_PER_PAIR + ", got " + iterationsPerPair);
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new ScenarioException("training.seed", "must be an integer from 0 to " + MAX_SEED + ", got " + seed);
        }
        if (batchSize < 0 || (rule.siamese() && batchSize != 0)) {
            throw new ScenarioException("training.batchSize", rule.siamese()
                    ? "is for cross-entropy and mse; the siamese rules train one pair at a time (iterationsPerPair)"
                    : "must be an integer of 1 or more, got " + batchSize);
        }
    }

    public TrainingSpec withRule(TrainingRule value) {
        double m = value.head() == rule.head() ? margin : value.head().defaultMargin();
        return new TrainingSpec(value, learningRate, m, value.siamese() ? iterationsPerPair : 1, seed,
                value.siamese() ? 0 : batchSize);
    }

    public TrainingSpec withLearningRate(double value) {
        return new TrainingSpec(rule, value, margin, iterationsPerPair, seed, batchSize);
    }

    public TrainingSpec withMargin(double value) {
        return new TrainingSpec(rule, learningRate, value, iterationsPerPair, seed, batchSize);
    }

    public TrainingSpec withIterationsPerPair(int value) {
        return new TrainingSpec(rule, learningRate, margin, value, seed, batchSize);
    }

    public TrainingSpec withSeed(long value) {
        return new TrainingSpec(rule, learningRate, margin, iterationsPerPair, value, batchSize);
    }

    public TrainingSpec withBatchSize(int value) {
        return new TrainingSpec(rule, learningRate, margin, iterationsPerPair, seed, value);
    }
}
