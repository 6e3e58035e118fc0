package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the two runs of a scenario. One Torch random stream per run, seeded with the scenario's seed, draws
 * first the pairs (left then right input of pair 1, 2, ...; only when the scenario gives none), then the
 * hidden layer, then the output layer. Drawing the data first is what lets runs with different output sizes
 * train on the same pairs from the same hidden layer.
 */
public final class RunFactory {
    private RunFactory() {
    }

    /** The main run: the scenario's output size and its given initial weights. */
    public static Trainer mainRun(Scenario scenario) {
        return build(scenario, scenario.outputSize(), scenario.weights());
    }

    /** The side-by-side run: same data and seed, the comparison's output size, weights from the seed. */
    public static Trainer comparisonRun(Scenario scenario) {
        return build(scenario, scenario.comparisonOutputSize(), InitialWeights.NONE);
    }

    private static Trainer build(Scenario scenario, int outputSize, InitialWeights weights) {
        TorchRandom random = new TorchRandom(scenario.seed());
        List<TrainingPair> pairs = scenario.pairs() != null ? scenario.pairs()
                : drawPairs(random, scenario.pairCount(), scenario.inputSize());
        SiameseNetwork network = new SiameseNetwork(scenario.inputSize(), scenario.hiddenUnits(), outputSize);
        network.reset(random);
        weights.applyTo(network);
        return new Trainer(network, pairs, scenario.objective(), scenario.learningRate(),
                scenario.iterationsPerPair());
    }

    /** The script's data: {@code {torch.rand(n), torch.rand(n)}} per pair, target +1 for even i. */
    public static List<TrainingPair> drawPairs(TorchRandom random, int count, int inputSize) {
        List<TrainingPair> pairs = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            double[] left = new double[inputSize];
            double[] right = new double[inputSize];
            random.fillUniform(left, 0.0, 1.0);
            random.fillUniform(right, 0.0, 1.0);
            pairs.add(TrainingPair.of(left, right, TrainingPair.targetOfPair(i)));
        }
        return pairs;
    }
}
