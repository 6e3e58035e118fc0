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

    /** The command line's names for the fields, which its messages use. */
    public static final String[] OPTION_NAMES = {"--output-sizes", "--learning-rates", "--seeds", "--passes"};

    public SweepPlan {
        check(outputSizes, learningRates, firstSeed, lastSeed, passes, OPTION_NAMES);
        outputSizes = List.copyOf(outputSizes);
        learningRates = List.copyOf(learningRates);
    }

    private SweepPlan(Scenario scenario, List<Integer> outputSizes, List<Double> learningRates, long firstSeed,
                      long lastSeed, long passes, boolean nudge, String[] labels) {
        this(scenario, checked(outputSizes, learningRates, firstSeed, lastSeed, passes, labels), learningRates,
                firstSeed, lastSeed, passes, nudge);
    }

    private static List<Integer> checked(List<Integer> outputSizes, List<Double> learningRates, long firstSeed,
                                         long lastSeed, long passes, String[] labels) {
        check(outputSizes, learningRates, firstSeed, lastSeed, passes, labels);
        return outputSizes;
    }

    private static void check(List<Integer> outputSizes, List<Double> learningRates, long firstSeed, long lastSeed,
                              long passes, String[] labels) {
        if (outputSizes.isEmpty()) {
            throw new IllegalArgumentException(labels[0] + " is empty: give at least one, like 1,2,6");
        }
        if (learningRates.isEmpty()) {
            throw new IllegalArgumentException(labels[1] + " is empty: give at least one, like 0.01,0.1");
        }
        for (int d : outputSizes) {
            if (d < 1 || d > Scenario.MAX_LAYER_SIZE) {
                throw new IllegalArgumentException(labels[0] + ": each must be from 1 to " + Scenario.MAX_LAYER_SIZE
                        + ", got " + d);
            }
        }
        for (double lr : learningRates) {
            if (!(lr > 0) || !Double.isFinite(lr)) {
                throw new IllegalArgumentException(labels[1] + ": each must be a finite number above 0, got " + lr);
            }
        }
        if (firstSeed < 0 || lastSeed > Scenario.MAX_SEED || firstSeed > lastSeed) {
            throw new IllegalArgumentException(labels[2] + " must be A..B with 0 <= A <= B <= " + Scenario.MAX_SEED
                    + ", got " + firstSeed + ".." + lastSeed);
        }
        if (passes < 1) {
            throw new IllegalArgumentException(labels[3] + " must be at least 1, got " + passes);
        }
        long runs = (long) outputSizes.size() * learningRates.size() * (lastSeed - firstSeed + 1);
        if (runs > MAX_RUNS) {
            throw new IllegalArgumentException("the sweep has " + runs + " combinations; at most " + MAX_RUNS
                    + " are run at once");
        }
    }

    /**
     * A plan from text as a person types it (the command line's options, the window's fields): comma-separated
     * lists, seeds as {@code A..B}. Any problem is one line naming the field by the label given for it.
     *
     * @param labels the names of the four fields, in this order: output sizes, learning rates, seeds, passes
     */
    public static SweepPlan parse(Scenario scenario, String outputSizes, String learningRates, String seeds,
                                  String passes, boolean nudge, String... labels) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : parts(labels[0], outputSizes)) {
            try {
                sizes.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(labels[0] + ": \"" + part + "\" is not a whole number");
            }
        }
        List<Double> rates = new ArrayList<>();
        for (String part : parts(labels[1], learningRates)) {
            try {
                rates.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(labels[1] + ": \"" + part + "\" is not a number");
            }
        }
        String[] ends = seeds.strip().split("\\.\\.", -1);
        long first;
        long last;
        try {
            first = Long.parseLong(ends[0].strip());
            last = ends.length == 2 ? Long.parseLong(ends[1].strip()) : first;
            if (ends.length > 2) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(labels[2] + " must be A..B (like 1..20), got \"" + seeds.strip() + "\"");
        }
        long passCount;
        try {
            passCount = Long.parseLong(passes.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(labels[3] + " must be a whole number, got \"" + passes.strip() + "\"");
        }
        return new SweepPlan(scenario, sizes, rates, first, last, passCount, nudge, labels);
    }

    private static List<String> parts(String label, String list) {
        List<String> parts = new ArrayList<>();
        for (String p : list.split(",", -1)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(label + " is empty: give a comma-separated list");
        }
        return parts;
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
