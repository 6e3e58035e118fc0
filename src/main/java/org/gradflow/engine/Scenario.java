package org.gradflow.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to replay a lesson exactly (the design's scenario file): the main run, and the second,
 * side-by-side run the comparison makes of it, if any. Made by {@link ScenarioReader} (from a file or a tree) or
 * from a main run's spec; built only valid, a bad value throwing {@link ScenarioException} naming the field.
 *
 * <p>A merge-patch comparison is applied to the main scenario as the file said it ({@link #source()}), less its
 * comparison; after a change made in code (the window's settings) that is the main run written out in full.
 * Two scenarios are equal when both of their runs are.
 */
public final class Scenario {
    /** Sizes above this are refused: they would not fit a window or a lesson, only exhaust memory. */
    public static final int MAX_LAYER_SIZE = NetworkSpec.MAX_UNITS;
    public static final int MAX_PAIRS = DataSpec.MAX_PAIRS;
    public static final int MAX_ITERATIONS_PER_PAIR = TrainingSpec.MAX_ITERATIONS_PER_PAIR;
    public static final double MIN_MARGIN = TrainingSpec.MIN_COSINE_MARGIN;
    public static final double MAX_MARGIN = TrainingSpec.MAX_COSINE_MARGIN;
    public static final long MAX_SEED = TrainingSpec.MAX_SEED;
    /** A cosine rule's comparison when the file gives none: the asker's D = 6. */
    public static final int DEFAULT_COMPARISON_OUTPUT_SIZE = 6;

    /** The original script with D = 1, compared with D = 6: what {@code {}} means. */
    public static final Scenario DEFAULT = new Scenario(RunSpec.SEED,
            new Comparison.OutputSize(DEFAULT_COMPARISON_OUTPUT_SIZE, true),
            ScenarioReader.legacyComparison(RunSpec.SEED, DEFAULT_COMPARISON_OUTPUT_SIZE),
            JsonNodeFactory.instance.objectNode());

    private final RunSpec main;
    private final Comparison comparison;
    private final RunSpec comparisonRun;
    private final ObjectNode source;

    Scenario(RunSpec main, Comparison comparison, RunSpec comparisonRun, ObjectNode source) {
        this.main = Objects.requireNonNull(main);
        this.comparison = Objects.requireNonNull(comparison);
        this.comparisonRun = comparisonRun;
        this.source = source.deepCopy();
    }

    /** A scenario of this main run and comparison; the main run written out in full is the comparison's base. */
    public static Scenario of(RunSpec main, Comparison comparison) {
        ObjectNode source = new ScenarioWriter().mainTree(main);
        return new Scenario(main, comparison, ScenarioReader.resolve(main, comparison, source), source);
    }

    /** The main run. */
    public RunSpec main() {
        return main;
    }

    /** The comparison run, or null when the scenario has one run. */
    public RunSpec comparisonRun() {
        return comparisonRun;
    }

    public boolean hasComparison() {
        return comparisonRun != null;
    }

    /** How the file said the comparison. */
    public Comparison comparison() {
        return comparison;
    }

    /** The main scenario as its file said it, less the comparison: what a merge patch applies to. */
    public ObjectNode source() {
        return source.deepCopy();
    }

    /** The same comparison on a new main run. */
    public Scenario withMain(RunSpec newMain) {
        return of(newMain, comparison);
    }

    /** The same main run with another comparison. */
    public Scenario withComparison(Comparison newComparison) {
        return new Scenario(main, newComparison, ScenarioReader.resolve(main, newComparison, source), source);
    }

    /** The main run alone. */
    public Scenario withoutComparison() {
        return withComparison(Comparison.NONE);
    }

    /**
     * A merge patch on the main scenario as its file said it; the comparison, as given, is applied anew to the
     * result (the window's settings are such patches).
     */
    public Scenario patched(ObjectNode patch) {
        ObjectNode root = (ObjectNode) MergePatch.apply(source, patch);
        if (comparison instanceof Comparison.Patch p) {
            root.set("comparison", p.patch());
        } else if (comparison instanceof Comparison.OutputSize legacy && !legacy.implicit()) {
            root.putObject("comparison").put("outputSize", legacy.outputSize());
        }
        Scenario result = new ScenarioReader().fromTree(root);
        return comparison instanceof Comparison.None ? result.withoutComparison() : result;
    }

    /** A scenario whose main run is this one's comparison run, alone: what the sweep and tests train. */
    public Scenario comparisonAsMain() {
        if (comparisonRun == null) {
            throw new IllegalStateException("the scenario has no comparison run");
        }
        return of(comparisonRun, Comparison.NONE);
    }

    // The short accessors below read the main run; they are what most of the window and the commands need.

    public NetworkSpec network() {
        return main.network();
    }

    public TrainingSpec training() {
        return main.training();
    }

    public DataSpec data() {
        return main.data();
    }

    public InitialWeights weights() {
        return main.weights();
    }

    public int inputSize() {
        return main.network().inputSize();
    }

    /** The first hidden layer's width (the seed network's only one), 0 for a network without hidden layers. */
    public int hiddenUnits() {
        int[] hidden = main.network().hiddenUnits();
        return hidden.length == 0 ? 0 : hidden[0];
    }

    public int outputSize() {
        return main.network().outputSize();
    }

    /** The comparison run's output size, or 0 when there is no comparison. */
    public int comparisonOutputSize() {
        return comparisonRun == null ? 0 : comparisonRun.network().outputSize();
    }

    public TrainingRule rule() {
        return main.training().rule();
    }

    public double learningRate() {
        return main.training().learningRate();
    }

    public double margin() {
        return main.training().margin();
    }

    public int iterationsPerPair() {
        return main.training().iterationsPerPair();
    }

    public long seed() {
        return main.training().seed();
    }

    public int pairCount() {
        return main.data().pairCount();
    }

    /** The given pairs, or null when they are drawn from the seed. */
    public List<TrainingPair> pairs() {
        return main.data().pairs();
    }

    /** Pairs trained on: the given ones, or {@code pairCount} of them. */
    public int effectivePairCount() {
        return main.data().effectivePairCount();
    }

    /** Iterations in one pass of the main run: the trace's default length. */
    public long iterationsPerPass() {
        return main.iterationsPerPass();
    }

    public TrainingObjective objective() {
        return new TrainingObjective(rule(), margin());
    }

    /** The main run with output size D; given weights that no longer fit go back to the seed. */
    public Scenario withOutputSize(int value) {
        return withMain(main.withNetwork(main.network().withOutputSize(value)));
    }

    /** The legacy comparison: output size D, weights from the seed. */
    public Scenario withComparisonOutputSize(int value) {
        return withComparison(new Comparison.OutputSize(value, false));
    }

    /** One hidden layer of this width, for the seed network's slider. */
    public Scenario withHiddenUnits(int value) {
        return withMain(main.withNetwork(main.network().withHiddenUnits(value)));
    }

    /** The siamese window's training settings, all at once. */
    public Scenario withTraining(TrainingRule newRule, double newLearningRate, double newMargin,
                                 int newIterationsPerPair, long newSeed) {
        TrainingSpec t = main.training().withRule(newRule).withLearningRate(newLearningRate).withSeed(newSeed);
        if (newRule.siamese()) {
            t = t.withMargin(newMargin).withIterationsPerPair(newIterationsPerPair);
        }
        return withMain(main.withTraining(t));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && s.main.equals(main) && Objects.equals(s.comparisonRun, comparisonRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(main, comparisonRun);
    }

    @Override
    public String toString() {
        return "Scenario[main=" + main + ", comparison=" + comparisonRun + "]";
    }
}
