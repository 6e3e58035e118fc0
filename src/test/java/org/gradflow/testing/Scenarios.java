package org.gradflow.testing;

import org.gradflow.engine.Comparison;
import org.gradflow.engine.DataSpec;
import org.gradflow.engine.InitialWeights;
import org.gradflow.engine.NetworkSpec;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;
import java.util.List;
import org.gradflow.engine.TrainingPair;
import org.gradflow.engine.TrainingRule;
import org.gradflow.engine.TrainingSpec;

/** Scenarios of the seed network (6 inputs, 3 hidden tanh units) with the settings a test varies. */
public final class Scenarios {
    private Scenarios() {
    }

    /** The seed network with output size D, compared (legacy form) with D = {@code comparisonOutputSize}. */
    public static Scenario siamese(int outputSize, int comparisonOutputSize, TrainingRule rule, double learningRate,
                                   double margin, int iterationsPerPair, long seed, int pairCount,
                                   InitialWeights weights) {
        return siamese(outputSize, comparisonOutputSize, rule, learningRate, margin, iterationsPerPair, seed,
                pairCount, weights, null);
    }

    /** The same on these pairs (null: drawn from the seed). */
    public static Scenario siamese(int outputSize, int comparisonOutputSize, TrainingRule rule, double learningRate,
                                   double margin, int iterationsPerPair, long seed, int pairCount,
                                   InitialWeights weights, List<TrainingPair> pairs) {
        RunSpec main = new RunSpec(NetworkSpec.SEED.withOutputSize(outputSize),
                new TrainingSpec(rule, learningRate, margin, iterationsPerPair, seed, 0),
                DataSpec.pairs(pairCount, pairs), weights);
        return Scenario.of(main, new Comparison.OutputSize(comparisonOutputSize, false));
    }
}
