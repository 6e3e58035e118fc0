package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Every analytic gradient against finite differences, on random networks, inputs and rules.
 *
 * <p>Tolerance: relative error at most 1e-6 wherever the gradient is at least 1e-6 in size; below that, absolute
 * error at most 1e-12 (the same bound, 1e-6 of 1e-6). Why this is tight yet safe: the numeric side is accurate
 * to about 1e-13 relative (40-digit differences for the cosine, a 7-point stencil whose truncation is
 * ~1e-18 for the network), and the analytic side's own rounding is at most 2e-8 relative, reached in 1-D near
 * |u| = 1e-2 where Torch's {@code v - <u,v>/(|u|^2+eps) u} cancels (measured over 3,000 random networks). A
 * wrong index, sign, missing (1 - y^2) or a branch not summed gives errors of order 1.
 */
class GradientCheckTest {
    private static final double REL_TOL = 1e-6;
    private static final double ABS_TOL_TINY = 1e-12;

    @Property(tries = 400)
    void analyticGradientsMatchFiniteDifferences(@ForAll @IntRange(min = 1, max = 10) int outputSize,
                                                 @ForAll @IntRange(min = 1, max = 8) int hiddenUnits,
                                                 @ForAll @IntRange(min = 1, max = 8) int inputSize,
                                                 @ForAll("weightScales") double weightScale,
                                                 @ForAll @LongRange(min = 0, max = 0xffffffffL) long seed) {
        Network net = Networks.random(inputSize, hiddenUnits, outputSize, seed);
        scaleWeights(net, weightScale);
        Random random = new Random(seed);
        double[] left = uniform(random, inputSize);
        double[] right = uniform(random, inputSize);

        GradientCheckResult result = GradientCheck.check(net, left, right);

        assertThat(result.finite()).isTrue();
        assertThat(result.entries()).hasSize(2 * outputSize + Math.min(net.parameterCount(),
                GradientCheck.MAX_PARAMETERS));
        assertThat(result.maxRelativeError()).as("worst: %s", result.worstEntry()).isLessThanOrEqualTo(REL_TOL);
        assertThat(result.maxAbsoluteErrorOfTiny()).isLessThanOrEqualTo(ABS_TOL_TINY);
    }

    /** 1 is Torch's init; 4 and 12 push units into saturation, where gradients vanish. */
    @Provide
    Arbitrary<Double> weightScales() {
        return Arbitraries.of(1.0, 1.0, 4.0, 12.0);
    }

    @Property(tries = 200)
    void theGradientsTheTrainerAppliesAreGradOutputTimesTheCheckedOnes(
            @ForAll @IntRange(min = 1, max = 10) int outputSize, @ForAll("rules") TrainingRule rule,
            @ForAll @LongRange(min = 0, max = 0xffffffffL) long seed) {
        Network net = Networks.random(6, 3, outputSize, seed);
        Random random = new Random(seed);
        TrainingPair pair = TrainingPair.of(uniform(random, 6), uniform(random, 6), random.nextBoolean() ? 1 : -1);
        double margin = rule == TrainingRule.COSINE_EMBEDDING ? random.nextDouble() - 0.5 : 0.0;
        Trainer trainer = new Trainer(net, List.of(pair), new TrainingObjective(rule, margin), 0.01, 1);
        GradientCheckResult before = GradientCheck.check(net, pair.left().toArray(), pair.right().toArray());

        trainer.step();

        double gradOutput = trainer.last().gradOutput();
        List<GradientCheckResult.Entry> parameterEntries =
                before.entries().subList(2 * outputSize, before.entries().size());
        List<GradientCheckResult.Entry> applied = new ArrayList<>();
        for (int k = 0; k < net.parameterCount(); k++) {
            applied.add(GradientCheckResult.Entry.of(net.parameterName(k), net.gradient(k),
                    gradOutput * parameterEntries.get(k).numeric()));
        }
        GradientCheckResult compared = GradientCheckResult.of(applied);
        assertThat(compared.maxRelativeError()).as("worst: %s", compared.worstEntry()).isLessThanOrEqualTo(REL_TOL);
        assertThat(compared.maxAbsoluteErrorOfTiny()).isLessThanOrEqualTo(ABS_TOL_TINY);
    }

    @Provide
    Arbitrary<TrainingRule> rules() {
        return Arbitraries.of(TrainingRule.QUESTION, TrainingRule.TORCH_EXAMPLE, TrainingRule.COSINE_EMBEDDING);
    }

    @Test
    void atTheSingularPointTheMillionSpikeIsCheckedToo() {
        // Zero input and zero biases: u = 0 exactly.
        Network net = Networks.of(new double[][] {{0.3, -0.2}, {0.5, 0.1}}, new double[] {0, 0},
                new double[][] {{0.7, -0.4}}, new double[] {0});
        GradientCheckResult result = GradientCheck.check(net, new double[] {0, 0}, new double[] {0.9, 0.4});
        GradientCheckResult.Entry dCdu = result.entries().get(0);
        assertThat(Math.abs(dCdu.analytic())).isCloseTo(1e6, within(1.0));
        assertThat(dCdu.relativeError()).isLessThanOrEqualTo(REL_TOL);
        assertThat(result.maxRelativeError()).isLessThanOrEqualTo(REL_TOL);
    }

    @Test
    void fullySaturatedNetworkHasZeroGradientsOnBothSides() {
        Network net = Networks.random(6, 3, 6, 3);
        scaleWeights(net, 1e4);
        net.outputLayer().setBias(net.outputLayer().bias().mapMultiply(1e4));
        GradientCheckResult result = GradientCheck.check(net, new double[] {.5, .5, .5, .5, .5, .5},
                new double[] {.2, .9, .1, .4, .6, .3});
        assertThat(result.finite()).isTrue();
        assertThat(result.entries().subList(12, result.entries().size()))
                .allSatisfy(e -> assertThat(e.analytic()).isZero());
        assertThat(result.maxAbsoluteErrorOfTiny()).isLessThanOrEqualTo(ABS_TOL_TINY);
    }

    @Test
    void aNetworkWithNaNWeightsIsReportedNotChecked() {
        Network net = Networks.random(6, 3, 6, 1);
        net.hiddenLayer().weight().setEntry(0, 0, Double.NaN);
        GradientCheckResult result = GradientCheck.check(net, new double[6], new double[6]);
        assertThat(result.finite()).isFalse();
        assertThat(result.summary()).isEqualTo("grad check: not possible (NaN/Inf)");
    }

    @Test
    void theNumericSideAgreesWithAPlainDoublePrecisionCentralDifference() {
        // Guards against a check that compares the analytic gradient with itself: an independent, cruder
        // estimate (h = 1e-5, error ~1e-10) must agree with the check's numeric values.
        Network net = Networks.random(6, 3, 6, 11);
        double[] left = {.1, .2, .3, .4, .5, .6};
        double[] right = {.6, .1, .5, .2, .4, .3};
        GradientCheckResult result = GradientCheck.check(net, left, right);
        double h = 1e-5;
        for (int k = 0; k < net.parameterCount(); k++) {
            Network plus = net.copy();
            plus.setParameter(k, net.parameter(k) + h);
            Network minus = net.copy();
            minus.setParameter(k, net.parameter(k) - h);
            double crude = (cosineOf(plus, left, right) - cosineOf(minus, left, right)) / (2 * h);
            assertThat(result.entries().get(12 + k).numeric()).isCloseTo(crude, within(1e-8));
        }
        assertThat(net.parameter(0)).isEqualTo(Networks.random(6, 3, 6, 11).parameter(0));
    }

    @Test
    void aWrongGradientIsCaught() {
        List<GradientCheckResult.Entry> entries = List.of(GradientCheckResult.Entry.of("a", 0.5, 0.5),
                GradientCheckResult.Entry.of("b", 2.0e-3 * (1 + 1e-5), 2.0e-3),
                GradientCheckResult.Entry.of("tiny", 3e-9, 1e-9));
        GradientCheckResult result = GradientCheckResult.of(entries);
        assertThat(result.maxRelativeError()).isCloseTo(1e-5, within(1e-9));
        assertThat(result.worstEntry()).isEqualTo("b");
        assertThat(result.significantEntries()).isEqualTo(2);
        assertThat(result.maxAbsoluteErrorOfTiny()).isCloseTo(2e-9, within(1e-20));
        assertThat(result.summary()).isEqualTo("grad check: rel err 1e-5");
    }

    private static double cosineOf(Network net, double[] left, double[] right) {
        net.forward(left, right);
        return CosineDistance.cosine(net.leftOutput(), net.rightOutput());
    }

    private static void scaleWeights(Network net, double factor) {
        net.hiddenLayer().setWeight(net.hiddenLayer().weight().scalarMultiply(factor));
        net.outputLayer().setWeight(net.outputLayer().weight().scalarMultiply(factor));
    }

    private static double[] uniform(Random random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
        }
        return x;
    }

    /**
     * Checking every parameter of a large network is O(parameters²): minutes. It is sampled instead, as many
     * parameters as the budget of forward passes allows, first and last included.
     */
    @Test
    void aLargeNetworkIsCheckedOnAnEvenSampleOfItsGradients() {
        Network big = Networks.random(6, 1024, 1024, 1);
        double[] left = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] right = {0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
        GradientCheckResult result = GradientCheck.check(big, left, right);
        int parameters = result.entries().size() - 2 * GradientCheck.MAX_COMPONENTS;
        // Two forward passes of ~1.06M multiply-adds, 7 points each: the 3e7 budget affords 2, the floor is 8.
        assertThat(parameters).isEqualTo(GradientCheck.MIN_PARAMETERS);
        assertThat(result.entries()).extracting(GradientCheckResult.Entry::name)
                .contains("dC/du[1]", "dC/du[1024]", "hidden.weight[1,1]", "output.bias[1024]");
        assertThat(result.maxRelativeError()).isLessThan(1e-6);
        assertThat(GradientCheck.sample(5, 256)).containsExactly(0, 1, 2, 3, 4);
    }

    /** A small network's every parameter, a mid-sized one's as many as its forward passes afford. */
    @Test
    void theBudgetDecidesHowManyParametersAreChecked() {
        Network small = Networks.random(6, 3, 6, 1);
        assertThat(GradientCheck.check(small, new double[6], new double[6]).entries())
                .hasSize(12 + small.parameterCount());
        Network wide = Networks.random(Networks.stack(64, Activation.TANH, Activation.TANH, Init.TORCH, 64, 64, 8),
                2, 2);
        GradientCheckResult result = GradientCheck.check(wide, new double[64], new double[64]);
        // 8,704 multiply-adds a forward pass, 2 slots, 7 points: 3e7 / 121,856 = 246 parameters.
        assertThat(result.entries()).hasSize(16 + 246);
    }

    /**
     * Every activation under every rule, on small random networks of one to three hidden layers: each parameter's
     * gradient against central differences. The tolerances are the class's (REL_TOL, ABS_TOL_TINY), reasoned above:
     * sigmoid, relu, leaky-relu and linear add no cancellation of their own (their derivatives are products and
     * selections, not differences). Entries whose stencil crosses a relu kink are counted, not compared; they must
     * stay a minority on random networks. The distance's own gradient dd/du is Torch's (u − v)/(d + 1e-6), which
     * differs from the derivative of d by the relative 1e-6/(d + 1e-6): it is held to that, plus REL_TOL.
     */
    @Property(tries = 300)
    void everyActivationUnderEveryRuleMatchesFiniteDifferences(
            @ForAll Activation activation, @ForAll TrainingRule rule,
            @ForAll @IntRange(min = 1, max = 3) int depth, @ForAll @IntRange(min = 1, max = 5) int width,
            @ForAll @LongRange(min = 0, max = 0xffffffffL) long seed) {
        Random random = new Random(seed);
        int inputs = 1 + random.nextInt(4);
        int outputs = rule == TrainingRule.CROSS_ENTROPY ? 2 + random.nextInt(3) : 1 + random.nextInt(4);
        int[] widths = new int[depth + 1];
        Arrays.fill(widths, width);
        widths[depth] = outputs;
        Activation output = rule.siamese() ? Activation.TANH : Activation.LINEAR;
        Network net = Networks.random(Networks.stack(inputs, activation, output, Init.TORCH, widths),
                rule.siamese() ? 2 : 4, seed);
        GradientCheckResult result;
        double distance = Double.NaN;
        if (rule.siamese()) {
            double[] left = uniform(random, inputs);
            double[] right = uniform(random, inputs);
            net.forward(left, right);
            distance = PairwiseDistance.distance(net.leftOutput(), net.rightOutput());
            result = GradientCheck.check(net, rule.head(), left, right);
        } else {
            List<Example> examples = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                examples.add(rule == TrainingRule.CROSS_ENTROPY
                        ? Example.labelled(uniform(random, inputs), random.nextInt(outputs))
                        : Example.regression(uniform(random, inputs), uniform(random, outputs)));
            }
            result = GradientCheck.checkExamples(net, rule, examples);
        }
        assertThat(result.finite()).isTrue();
        assertThat(result.atKinks()).isLessThanOrEqualTo(result.entries().size() / 2);
        for (GradientCheckResult.Entry e : result.entries()) {
            if (e.atKink()) {
                continue;
            }
            if (rule.head() == Head.DISTANCE && e.name().startsWith("dd/") && e.significant()) {
                assertThat(e.relativeError()).as(e.name())
                        .isLessThanOrEqualTo(REL_TOL + PairwiseDistance.EPS / (distance + PairwiseDistance.EPS));
            } else if (e.significant()) {
                assertThat(e.relativeError()).as(e.name()).isLessThanOrEqualTo(REL_TOL);
            } else {
                assertThat(e.absoluteError()).as(e.name()).isLessThanOrEqualTo(ABS_TOL_TINY);
            }
        }
    }

    @Test
    void aZeroInitialisedReluNetworkIsAtAKinkEverywhereAndSaysSo() {
        Network net = Networks.random(Networks.stack(2, Activation.RELU, Activation.LINEAR, Init.of(InitScheme.ZEROS),
                3, 3, 2), 1, 1);
        GradientCheckResult result = GradientCheck.checkExamples(net, TrainingRule.CROSS_ENTROPY,
                List.of(Example.labelled(new double[] {0.5, 0.7}, 1)));
        assertThat(result.finite()).isTrue();
        assertThat(result.atKinks()).isPositive();
        assertThat(result.summary()).contains("at a relu kink");
        // The entries not at a kink (the output layer's, whose inputs are exactly 0) still agree.
        assertThat(result.maxRelativeError()).isLessThanOrEqualTo(REL_TOL);
    }
}
