package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds runs from their specs. One Torch random stream per run, seeded with the run's seed, draws first the
 * data (the pairs, left then right input of pair 1, 2, ...; or the toy dataset's points, then their shuffle; only
 * when the file gives none), then the layers' parameters from the input layer up. Drawing the data first is what
 * lets runs that differ in their network train on the same data from the same seed.
 */
public final class RunFactory {
    private RunFactory() {
    }

    /** The scenario's main run. */
    public static Trainer mainRun(Scenario scenario) {
        return build(scenario.main());
    }

    /**
     * The scenario's side-by-side run.
     *
     * @throws IllegalStateException when the scenario has one run only
     */
    public static Trainer comparisonRun(Scenario scenario) {
        if (!scenario.hasComparison()) {
            throw new IllegalStateException("the scenario has no comparison run");
        }
        return build(scenario.comparisonRun());
    }

    /** A run at iteration 0. */
    public static Trainer build(RunSpec spec) {
        TorchRandom random = new TorchRandom(spec.training().seed());
        TrainingSpec training = spec.training();
        if (training.rule().siamese()) {
            DataSpec data = spec.data();
            List<TrainingPair> pairs = data.pairs() != null ? data.pairs()
                    : drawPairs(random, data.pairCount(), spec.network().inputSize());
            Network network = network(spec, 2, random);
            return new Trainer(network, pairs, new TrainingObjective(training.rule(), training.margin()),
                    training.learningRate(), training.iterationsPerPair());
        }
        List<Example> examples = examples(spec, random);
        Network network = network(spec, spec.batchSize(), random);
        return new Trainer(network, examples, training.rule(), training.learningRate(), spec.batchSize());
    }

    /** The run's examples in training order: the given ones, or the dataset drawn (and shuffled) from the seed. */
    public static List<Example> examples(RunSpec spec) {
        return examples(spec, new TorchRandom(spec.training().seed()));
    }

    private static List<Example> examples(RunSpec spec, TorchRandom random) {
        DataSpec data = spec.data();
        return data.examples() != null ? data.examples()
                : data.dataset().generate(data.count(), data.noise(), random);
    }

    private static Network network(RunSpec spec, int slots, TorchRandom random) {
        Network network = new Network(spec.network(), slots);
        network.initialise(spec.network(), random);
        spec.weights().applyTo(network);
        return network;
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
