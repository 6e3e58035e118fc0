package org.gradflow.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.Comparison;
import org.gradflow.engine.NetworkSpec;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioException;
import org.gradflow.engine.TrainingSpec;

/**
 * Every combination of the settings a sweep varies and of its seeds, the design's {@code sweep}: the scenario's
 * main run (the comparison ignored) with those settings replaced, everything else from the scenario, each run for
 * {@code passes} passes, optionally also with its first hidden weight nudged by one ulp. The output size and the
 * learning rate are always the first two axes (one value each, the scenario's, unless given), then the
 * {@code --vary} axes in the order given. Built only valid: a bad value throws {@link IllegalArgumentException}
 * with one line naming it, before any run starts.
 */
public record SweepPlan(Scenario scenario, List<SweepAxis> axes, long firstSeed, long lastSeed, long passes,
                        boolean nudge) {

    /**
     * A combination: one row of the CSV.
     *
     * @param values for each axis, the index of its value
     */
    public record Combination(int index, int outputSize, double learningRate, long seed, int[] values) {
        public Combination {
            values = values.clone();
        }

        @Override
        public int[] values() {
            return values.clone();
        }

        /** The index of axis {@code a}'s value. */
        public int value(int a) {
            return values[a];
        }
    }

    /** The command line's names for the fields, which its messages use. */
    public static final String[] OPTION_NAMES = {"--output-sizes", "--learning-rates", "--seeds", "--passes",
        "--vary"};
    /** More would take days; a row of the result is kept in memory for each. */
    public static final long MAX_RUNS = 1_000_000;
    /** Up to this many combinations are each built once before the sweep starts, so that none fails later. */
    private static final int CHECKED_COMBINATIONS = 10_000;

    public SweepPlan {
        axes = List.copyOf(axes);
        if (axes.size() < 2 || !axes.get(0).path().equals(SweepAxis.OUTPUT_SIZE)
                || !axes.get(1).path().equals(SweepAxis.LEARNING_RATE)) {
            throw new IllegalArgumentException("a sweep's first axes are the output size and the learning rate");
        }
    }

    /**
     * A plan from text as a person types it (the command line's options, the window's fields): comma-separated
     * lists, seeds as {@code A..B}, each {@code --vary} as {@code PATH=V1,V2,...}. No list of output sizes or
     * learning rates (null) keeps the scenario's. Any problem is one line naming the field by the label given for it.
     *
     * @param labels the names of the fields, in this order: output sizes, learning rates, seeds, passes, vary
     */
    public static SweepPlan parse(Scenario scenario, String outputSizes, String learningRates, String seeds,
                                  String passes, boolean nudge, List<String> vary, String... labels) {
        Scenario base = scenario.withoutComparison();
        List<SweepAxis> axes = new ArrayList<>();
        axes.add(outputSizes(base, outputSizes, labels[0]));
        axes.add(learningRates(base, learningRates, labels[1]));
        for (String v : vary) {
            SweepAxis axis = SweepAxis.parse(v, labels[4]);
            for (int i = 0; i < axis.size(); i++) {
                try {
                    base.patched(axis.patch(i));
                } catch (ScenarioException e) {
                    throw new IllegalArgumentException(labels[4] + " " + axis.path() + "=" + axis.label(i) + ": "
                            + e.getMessage());
                }
            }
            axes.add(axis);
        }
        long[] range = seeds(seeds, labels[2]);
        long passCount;
        try {
            passCount = Long.parseLong(passes.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(labels[3] + " must be a whole number, got \"" + passes.strip() + "\"");
        }
        if (passCount < 1) {
            throw new IllegalArgumentException(labels[3] + " must be at least 1, got " + passCount);
        }
        long runs = range[1] - range[0] + 1;
        for (SweepAxis a : axes) {
            runs *= a.size();
        }
        if (runs > MAX_RUNS) {
            throw new IllegalArgumentException("the sweep has " + runs + " combinations; at most " + MAX_RUNS
                    + " are run at once");
        }
        SweepPlan plan = new SweepPlan(base, axes, range[0], range[1], passCount, nudge);
        if (axes.size() > 2 && runs <= CHECKED_COMBINATIONS) {
            // Settings each fine alone can clash (a batch size over a dataset's count): found now, not mid-sweep.
            for (Combination c : plan.combinations()) {
                try {
                    plan.scenarioOf(c);
                } catch (ScenarioException e) {
                    throw new IllegalArgumentException(labels[4] + ": " + plan.describe(c) + " is not a valid"
                            + " scenario: " + e.getMessage());
                }
            }
        }
        return plan;
    }

    /** The same with the scenario's own settings for every field not given, and no {@code --vary}. */
    public static SweepPlan parse(Scenario scenario, String outputSizes, String learningRates, String seeds,
                                  String passes, boolean nudge, String... labels) {
        return parse(scenario, outputSizes, learningRates, seeds, passes, nudge, List.of(), labels);
    }

    private static SweepAxis outputSizes(Scenario base, String list, String label) {
        List<JsonNode> values = new ArrayList<>();
        if (list == null) {
            values.add(JsonNodeFactory.instance.numberNode(base.outputSize()));
        } else {
            for (String part : parts(label, list)) {
                int d;
                try {
                    d = Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + ": \"" + part + "\" is not a whole number");
                }
                if (d < 1 || d > NetworkSpec.MAX_UNITS) {
                    throw new IllegalArgumentException(label + ": each must be from 1 to " + NetworkSpec.MAX_UNITS
                            + ", got " + d);
                }
                values.add(JsonNodeFactory.instance.numberNode(d));
            }
        }
        return new SweepAxis(SweepAxis.OUTPUT_SIZE, values);
    }

    private static SweepAxis learningRates(Scenario base, String list, String label) {
        List<JsonNode> values = new ArrayList<>();
        if (list == null) {
            values.add(JsonNodeFactory.instance.numberNode(base.learningRate()));
        } else {
            for (String part : parts(label, list)) {
                double lr;
                try {
                    lr = Double.parseDouble(part);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + ": \"" + part + "\" is not a number");
                }
                if (!(lr > 0) || !Double.isFinite(lr)) {
                    throw new IllegalArgumentException(label + ": each must be a finite number above 0, got " + lr);
                }
                values.add(JsonNodeFactory.instance.numberNode(lr));
            }
        }
        return new SweepAxis(SweepAxis.LEARNING_RATE, values);
    }

    private static long[] seeds(String seeds, String label) {
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
            throw new IllegalArgumentException(label + " must be A..B (like 1..20), got \"" + seeds.strip() + "\"");
        }
        if (first < 0 || last > TrainingSpec.MAX_SEED || first > last) {
            throw new IllegalArgumentException(label + " must be A..B with 0 <= A <= B <= " + TrainingSpec.MAX_SEED
                    + ", got " + first + ".." + last);
        }
        return new long[] {first, last};
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

    public long seedCount() {
        return lastSeed - firstSeed + 1;
    }

    /** Combinations in all: every axis's values times the seeds. */
    public int count() {
        long n = seedCount();
        for (SweepAxis a : axes) {
            n *= a.size();
        }
        return (int) n;
    }

    /** The output sizes swept (the first axis). */
    public List<Integer> outputSizes() {
        return axes.get(0).values().stream().map(JsonNode::intValue).toList();
    }

    /** The learning rates swept (the second axis). */
    public List<Double> learningRates() {
        return axes.get(1).values().stream().map(JsonNode::doubleValue).toList();
    }

    /** The {@code --vary} axes, after the output size and the learning rate. */
    public List<SweepAxis> varied() {
        return axes.subList(2, axes.size());
    }

    /** All combinations in row order: the axes in order (the output size outermost), then the seed. */
    public List<Combination> combinations() {
        List<Combination> all = new ArrayList<>();
        int[] at = new int[axes.size()];
        int total = 1;
        for (SweepAxis a : axes) {
            total *= a.size();
        }
        for (int k = 0; k < total; k++) {
            int rest = k;
            for (int a = axes.size() - 1; a >= 0; a--) {
                at[a] = rest % axes.get(a).size();
                rest /= axes.get(a).size();
            }
            int d = axes.get(0).values().get(at[0]).intValue();
            double lr = axes.get(1).values().get(at[1]).doubleValue();
            for (long seed = firstSeed; seed <= lastSeed; seed++) {
                all.add(new Combination(all.size(), d, lr, seed, at));
            }
        }
        return all;
    }

    /** The scenario of one combination: the varied settings patched in, then the size, rate and seed. */
    public Scenario scenarioOf(Combination c) {
        Scenario s = scenario;
        for (int a = 2; a < axes.size(); a++) {
            s = s.patched(axes.get(a).patch(c.value(a)));
        }
        RunSpec main = s.main();
        if (main.network().outputSize() != c.outputSize()) {
            main = main.withNetwork(main.network().withOutputSize(c.outputSize()));
        }
        main = main.withTraining(main.training().withLearningRate(c.learningRate()).withSeed(c.seed()));
        return Scenario.of(main, Comparison.NONE);
    }

    /** "D = 6, learning rate 0.1, network.activation relu, seed 3", for messages. */
    public String describe(Combination c) {
        StringBuilder sb = new StringBuilder("D = ").append(c.outputSize()).append(", learning rate ")
                .append(c.learningRate());
        for (int a = 2; a < axes.size(); a++) {
            sb.append(", ").append(axes.get(a).path()).append(' ').append(axes.get(a).label(c.value(a)));
        }
        return sb.append(", seed ").append(c.seed()).toString();
    }

    @Override
    public String toString() {
        return "SweepPlan" + Arrays.toString(axes.stream().map(SweepAxis::path).toArray()) + " seeds " + firstSeed
                + ".." + lastSeed + ", " + passes + " passes";
    }
}
