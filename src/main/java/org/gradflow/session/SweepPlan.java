package org.gradflow.session;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Scenario;

/**
 * Every combination of output size, learning rate and seed to train, the design's {@code sweep}: the scenario's
 * main run with those three replaced (everything else, data and rule included, from the scenario; the comparison
 * ignored), each for {@code passes} passes, optionally also with its first hidden weight nudged by one ulp.
 * Built only valid: a bad value throws {@link IllegalArgumentException} with one line naming it.
 */
public record SweepPlan(Scenario scenario, List<Integer> outputSizes, List<Double> learningRates, long firstSeed,
                        long lastSeed, long passes, boolean nudge) {

    /** A combination: one row of the CSV. */
    public record Combination(int index, int outputSize, double learningRate, long seed) {
    }

    public SweepPlan {
        outputSizes = List.copyOf(outputSizes);
        learningRates = List.copyOf(learningRates);
        if (outputSizes.isEmpty()) {
            throw new IllegalArgumentException("--output-sizes is empty: give at least one, like 1,2,6");
        }
        if (learningRates.isEmpty()) {
            throw new IllegalArgumentException("--learning-rates is empty: give at least one, like 0.01,0.1");
        }
        for (int d : outputSizes) {
            if (d < 1 || d > Scenario.MAX_LAYER_SIZE) {
                throw new IllegalArgumentException("--output-sizes: each must be from 1 to " + Scenario.MAX_LAYER_SIZE
                        + ", got " + d);
            }
        }
        for (double lr : learningRates) {
            if (!(lr > 0) || !Double.isFinite(lr)) {
                throw new IllegalArgumentException("--learning-rates: each must be a finite number above 0, got "
                        + lr);
            }
        }
        if (firstSeed < 0 || lastSeed > Scenario.MAX_SEED || firstSeed > lastSeed) {
            throw new IllegalArgumentException("--seeds must be A..B with 0 <= A <= B <= " + Scenario.MAX_SEED
                    + ", got " + firstSeed + ".." + lastSeed);
        }
        if (passes < 1) {
            throw new IllegalArgumentException("--passes must be at least 1, got " + passes);
        }
        long runs = (long) outputSizes.size() * learningRates.size() * (lastSeed - firstSeed + 1);
        if (runs > MAX_RUNS) {
            throw new IllegalArgumentException("the sweep has " + runs + " combinations; at most " + MAX_RUNS
                    + " are run at once");
        }
    }

    /** More would take days; a row of the result is kept in memory for each. */
    public static final long MAX_RUNS = 1_000_000;

    public long seedCount() {
        return lastSeed - firstSeed + 1;
    }

    /** All combinations in row order: output size, then learning rate, then seed. */
    public List<Combination> combinations() {
        List<Combination> all = new ArrayList<>();
        for (int d : outputSizes) {
            for (double lr : learningRates) {
                for (long seed = firstSeed; seed <= lastSeed; seed++) {
                    all.add(new Combination(all.size(), d, lr, seed));
                }
            }
        }
        return all;
    }

    /** The scenario of one combination. */
    public Scenario scenarioOf(Combination c) {
        return scenario.withOutputSize(c.outputSize())
                .withTraining(scenario.rule(), c.learningRate(), scenario.margin(), scenario.iterationsPerPair(),
                        c.seed());
    }
}
