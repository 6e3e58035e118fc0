package org.gradflow.engine;

import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Everything needed to replay a lesson exactly: the network, the side-by-side comparison's output size, the
 * training settings, the data and optional initial weights (the design's scenario file). Built only valid:
 * a bad value throws {@link ScenarioException} naming the field.
 *
 * @param pairs the data, or null to draw {@code pairCount} pairs from the seed
 */
public record Scenario(int inputSize, int hiddenUnits, int outputSize, int comparisonOutputSize,
                       TrainingRule rule, double learningRate, double margin, int iterationsPerPair, long seed,
                       int pairCount, InitialWeights weights, List<TrainingPair> pairs) {

    /** Sizes above this are refused: they would not fit a window or a lesson, only exhaust memory. */
    public static final int MAX_LAYER_SIZE = 1024;
    public static final int MAX_PAIRS = 100_000;
    public static final int MAX_ITERATIONS_PER_PAIR = 1_000_000_000;
    /** The margin is a cosine. */
    public static final double MIN_MARGIN = -1;
    public static final double MAX_MARGIN = 1;
    /** Torch's manualSeed keeps 32 bits. */
    public static final long MAX_SEED = 0xffffffffL;

    /** The original script with D = 1, compared with D = 6. */
    public static final Scenario DEFAULT = new Scenario(6, 3, 1, 6, TrainingRule.QUESTION, 0.01, 0.0, 10, 1L, 10,
            InitialWeights.NONE, null);

    public Scenario {
        requireRange("network.inputSize", inputSize, 1, MAX_LAYER_SIZE);
        requireRange("network.hiddenUnits", hiddenUnits, 1, MAX_LAYER_SIZE);
        requireRange("network.outputSize", outputSize, 1, MAX_LAYER_SIZE);
        requireRange("comparison.outputSize", comparisonOutputSize, 1, MAX_LAYER_SIZE);
        if (rule == null) {
            throw new ScenarioException("training.rule", "must be given");
        }
        if (!Double.isFinite(learningRate) || learningRate < 0) {
            throw new ScenarioException("training.learningRate",
                    "must be a finite number >= 0, got " + learningRate);
        }
        if (!Double.isFinite(margin) || margin < MIN_MARGIN || margin > MAX_MARGIN) {
            throw new ScenarioException("training.margin",
                    "must be a number from -1 to 1 (a cosine), got " + margin);
        }
        requireRange("training.iterationsPerPair", iterationsPerPair, 1, MAX_ITERATIONS_PER_PAIR);
        if (seed < 0 || seed > MAX_SEED) {
            throw new ScenarioException("training.seed", "must be an integer from 0 to " + MAX_SEED + ", got " + seed);
        }
        requireRange("data.pairCount", pairCount, 1, MAX_PAIRS);
        weights = weights == null ? InitialWeights.NONE : weights;
        checkWeights(weights, inputSize, hiddenUnits, outputSize);
        if (pairs != null) {
            pairs = List.copyOf(pairs);
            checkPairs(pairs, inputSize);
        }
    }

    private static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ScenarioException(field, "must be an integer from " + min + " to " + max + ", got " + value);
        }
    }

    private static void checkWeights(InitialWeights w, int in, int hidden, int out) {
        checkMatrix("weights.hidden.weight", w.hiddenWeight(), hidden, in, "hiddenUnits x inputSize");
        checkVector("weights.hidden.bias", w.hiddenBias(), hidden, "hiddenUnits");
        checkMatrix("weights.output.weight", w.outputWeight(), out, hidden, "outputSize x hiddenUnits");
        checkVector("weights.output.bias", w.outputBias(), out, "outputSize");
    }

    private static void checkMatrix(String field, RealMatrix m, int rows, int cols,
                                    String shape) {
        if (m == null) {
            return;
        }
        if (m.getRowDimension() != rows || m.getColumnDimension() != cols) {
            throw new ScenarioException(field, "must be " + rows + " rows of " + cols + " numbers (" + shape
                    + "), got " + m.getRowDimension() + " x " + m.getColumnDimension());
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!Double.isFinite(m.getEntry(r, c))) {
                    throw new ScenarioException(field + "[" + r + "][" + c + "]",
                            "must be a finite number, got " + m.getEntry(r, c));
                }
            }
        }
    }

    private static void checkVector(String field, RealVector v, int size,
                                    String shape) {
        if (v == null) {
            return;
        }
        if (v.getDimension() != size) {
            throw new ScenarioException(field, "must have " + size + " numbers (" + shape + "), got "
                    + v.getDimension());
        }
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(v.getEntry(i))) {
                throw new ScenarioException(field + "[" + i + "]", "must be a finite number, got " + v.getEntry(i));
            }
        }
    }

    private static void checkPairs(List<TrainingPair> pairs, int inputSize) {
        if (pairs.isEmpty()) {
            throw new ScenarioException("pairs", "must hold at least one pair (or leave it out to draw pairs)");
        }
        if (pairs.size() > MAX_PAIRS) {
            throw new ScenarioException("pairs", "must hold at most " + MAX_PAIRS + " pairs, got " + pairs.size());
        }
        for (int i = 0; i < pairs.size(); i++) {
            TrainingPair p = pairs.get(i);
            checkVector("pairs[" + i + "].left", p.left(), inputSize, "inputSize");
            checkVector("pairs[" + i + "].right", p.right(), inputSize, "inputSize");
        }
    }

    /** Pairs trained on: the given ones, or {@code pairCount} of them. */
    public int effectivePairCount() {
        return pairs != null ? pairs.size() : pairCount;
    }

    /** Iterations in one pass over all pairs: the trace's default length. */
    public long iterationsPerPass() {
        return (long) effectivePairCount() * iterationsPerPair;
    }

    public TrainingObjective objective() {
        return new TrainingObjective(rule, margin);
    }

    public Scenario withOutputSize(int value) {
        return new Scenario(inputSize, hiddenUnits, value, comparisonOutputSize, rule, learningRate, margin,
                iterationsPerPair, seed, pairCount, weightsFitting(inputSize, hiddenUnits, value), pairs);
    }

    public Scenario withComparisonOutputSize(int value) {
        return new Scenario(inputSize, hiddenUnits, outputSize, value, rule, learningRate, margin,
                iterationsPerPair, seed, pairCount, weights, pairs);
    }

    public Scenario withHiddenUnits(int value) {
        return new Scenario(inputSize, value, outputSize, comparisonOutputSize, rule, learningRate, margin,
                iterationsPerPair, seed, pairCount, weightsFitting(inputSize, value, outputSize), pairs);
    }

    public Scenario withTraining(TrainingRule newRule, double newLearningRate, double newMargin,
                                 int newIterationsPerPair, long newSeed) {
        return new Scenario(inputSize, hiddenUnits, outputSize, comparisonOutputSize, newRule, newLearningRate,
                newMargin, newIterationsPerPair, newSeed, pairCount, weights, pairs);
    }

    /** Given weights that still fit a new shape are kept; a part that no longer fits goes back to the seed. */
    private InitialWeights weightsFitting(int in, int hidden, int out) {
        var w = weights;
        return new InitialWeights(
                w.hiddenWeight() != null && w.hiddenWeight().getRowDimension() == hidden
                        && w.hiddenWeight().getColumnDimension() == in ? w.hiddenWeight() : null,
                w.hiddenBias() != null && w.hiddenBias().getDimension() == hidden ? w.hiddenBias() : null,
                w.outputWeight() != null && w.outputWeight().getRowDimension() == out
                        && w.outputWeight().getColumnDimension() == hidden ? w.outputWeight() : null,
                w.outputBias() != null && w.outputBias().getDimension() == out ? w.outputBias() : null);
    }
}
