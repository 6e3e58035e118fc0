package org.gradflow.engine;

import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Everything one run is made of: the network, how it trains, what it trains on and its given initial weights.
 * Two runs with equal specs are the same run, iteration for iteration, which is what lets the window keep a run
 * going when a setting it does not depend on changes. Built only valid: the parts are checked against each other
 * here, each problem a {@link ScenarioException} naming the field.
 */
public record RunSpec(NetworkSpec network, TrainingSpec training, DataSpec data, InitialWeights weights) {

    /** The original script with D = 1. */
    public static final RunSpec SEED = new RunSpec(NetworkSpec.SEED, TrainingSpec.SEED, DataSpec.SEED,
            InitialWeights.NONE);

    public RunSpec {
        weights = weights == null ? InitialWeights.NONE : weights;
        TrainingRule rule = training.rule();
        if (rule.siamese()) {
            if (data.dataset() != null || data.examples() != null) {
                throw new ScenarioException(data.dataset() != null ? "data.dataset" : "examples", "is for the"
                        + " cross-entropy and mse rules; " + rule.id() + " trains a siamese network on pairs"
                        + " (data.pairCount, or pairs)");
            }
            if (data.pairs() != null) {
                checkPairs(data.pairs(), network.inputSize());
            }
        } else {
            if (data.pairs() != null) {
                throw new ScenarioException("pairs", "are for the siamese rules; " + rule.id()
                        + " trains one network on examples (data.dataset, or examples)");
            }
            checkExamples(rule, network, data);
            if (training.batchSize() > data.effectiveExampleCount()) {
                throw new ScenarioException("training.batchSize", "must be from 1 to the number of examples ("
                        + data.effectiveExampleCount() + "), got " + training.batchSize());
            }
        }
        checkWeights(weights, network);
    }

    /** Iterations in one pass: every pair trained once in the schedule, or every example once. */
    public long iterationsPerPass() {
        if (training.rule().siamese()) {
            return (long) data.effectivePairCount() * training.iterationsPerPair();
        }
        int n = data.effectiveExampleCount();
        int b = batchSize();
        return (n + b - 1) / b;
    }

    /** Examples per iteration of a single network: the given batch size or every example. */
    public int batchSize() {
        return training.batchSize() == 0 ? data.effectiveExampleCount() : training.batchSize();
    }

    /** Pairs or examples a pass goes through once. */
    public int itemCount() {
        return training.rule().siamese() ? data.effectivePairCount() : data.effectiveExampleCount();
    }

    public RunSpec withNetwork(NetworkSpec value) {
        return new RunSpec(value, training, data, weights.fitting(value));
    }

    public RunSpec withTraining(TrainingSpec value) {
        return new RunSpec(network, value, data, weights);
    }

    public RunSpec withData(DataSpec value) {
        return new RunSpec(network, training, value, weights);
    }

    public RunSpec withWeights(InitialWeights value) {
        return new RunSpec(network, training, data, value);
    }

    private static void checkExamples(TrainingRule rule, NetworkSpec network, DataSpec data) {
        boolean classes = rule.head() == Head.CLASSES;
        if (classes && network.outputSize() < 2) {
            throw new ScenarioException("network.outputSize", "must be at least 2 for cross-entropy (one score per"
                    + " class), got " + network.outputSize());
        }
        if (data.examples() == null) {
            Dataset dataset = data.dataset();
            if (dataset.classes() != classes) {
                throw new ScenarioException("data.dataset", "\"" + dataset.id() + "\" is a "
                        + (dataset.classes() ? "classification dataset, for cross-entropy" : "regression dataset,"
                        + " for mse") + "; the rule is " + rule.id());
            }
            if (network.inputSize() != 2) {
                throw new ScenarioException("network.inputSize", "must be 2 for a generated dataset (x, y), got "
                        + network.inputSize());
            }
            if (!classes && network.outputSize() != 1) {
                throw new ScenarioException("network.outputSize", "must be 1 for the " + dataset.id()
                        + " dataset (one target per point), got " + network.outputSize());
            }
            return;
        }
        List<Example> examples = data.examples();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            String path = "examples[" + i + "]";
            if (e.input().length != network.inputSize()) {
                throw new ScenarioException(path + ".input", "must have " + network.inputSize()
                        + " numbers (network.inputSize), got " + e.input().length);
            }
            if (classes) {
                if (!e.hasLabel()) {
                    throw new ScenarioException(path + ".label", "is missing (a class from 0 to "
                            + (network.outputSize() - 1) + "; cross-entropy takes labels, not targets)");
                }
                if (e.label() < 0 || e.label() >= network.outputSize()) {
                    throw new ScenarioException(path + ".label", "must be a class from 0 to "
                            + (network.outputSize() - 1) + " (network.outputSize classes), got " + e.label());
                }
            } else {
                if (e.hasLabel()) {
                    throw new ScenarioException(path + ".target", "is missing (" + network.outputSize()
                            + " numbers; mse takes targets, not labels)");
                }
                if (e.target().length != network.outputSize()) {
                    throw new ScenarioException(path + ".target", "must have " + network.outputSize()
                            + " numbers (network.outputSize), got " + e.target().length);
                }
            }
        }
    }

    private static void checkPairs(List<TrainingPair> pairs, int inputSize) {
        for (int i = 0; i < pairs.size(); i++) {
            TrainingPair p = pairs.get(i);
            checkVector("pairs[" + i + "].left", p.left(), inputSize, "inputSize");
            checkVector("pairs[" + i + "].right", p.right(), inputSize, "inputSize");
        }
    }

    private static void checkWeights(InitialWeights w, NetworkSpec network) {
        if (w.layerForm() && w.layers().size() != network.depth()) {
            throw new ScenarioException("weights.layers", "must have " + network.depth()
                    + " entries (one per layer from the input, output layer last), got " + w.layers().size());
        }
        if (w.isEmpty()) {
            return;
        }
        if (!w.layerForm() && network.depth() != 2) {
            throw new ScenarioException("weights.hidden", "is the two-layer form; this network has "
                    + network.depth() + " layers: give weights.layers, one entry per layer from the input");
        }
        if (w.layers().size() != network.depth()) {
            throw new ScenarioException("weights.layers", "must have " + network.depth()
                    + " entries (one per layer from the input, output layer last), got " + w.layers().size());
        }
        for (int l = 0; l < network.depth(); l++) {
            String prefix = w.layerForm() ? "weights.layers[" + l + "]"
                    : l == 0 ? "weights.hidden" : "weights.output";
            String rows = w.layerForm() ? "units" : l == 0 ? "hiddenUnits" : "outputSize";
            String cols = l == 0 ? "inputSize" : w.layerForm() ? "units of the layer below" : "hiddenUnits";
            InitialWeights.LayerWeights given = w.layer(l);
            checkMatrix(prefix + ".weight", given.weight(), network.layer(l).units(), network.fanIn(l),
                    rows + " x " + cols);
            checkVector(prefix + ".bias", given.bias(), network.layer(l).units(), rows);
        }
    }

    private static void checkMatrix(String field, RealMatrix m, int rows, int cols, String shape) {
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

    private static void checkVector(String field, RealVector v, int size, String shape) {
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
}
