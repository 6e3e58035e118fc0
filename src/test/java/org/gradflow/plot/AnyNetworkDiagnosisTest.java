package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.export.AwtPainter;
import org.gradflow.session.RunFrame;
import org.gradflow.testing.BuiltNetworks;
import org.junit.jupiter.api.Test;

/**
 * Each state the diagnosis names for a network of any depth, on the shipped example of each way a gradient dies
 * and on networks built for the states no example is in. The numbers a sentence quotes are built here from the
 * frame's own per-layer records (what the flow, layers, activations and updates charts draw), so each test also
 * holds that the words quote what the charts show.
 */
class AnyNetworkDiagnosisTest {

    private static Scenario example(String file) {
        return new ScenarioReader().read(Path.of("assets/scenarios", file));
    }

    private static RunFrame[] at(String file, long iteration) throws Exception {
        return DiagnosisTest.framesAt(example(file), iteration);
    }

    private static String two(double x) {
        return Format.number(x, 2);
    }

    /** "0.05 arrives at layer 9 (the output), 1.3e−8 at layer 1 (2.7e−7 of it), about 0.15 per layer". */
    private static String arriving(RunFrame f) {
        IterationView v = f.values();
        int top = v.layerCount();
        double ratio = v.outputGrad(0) / v.outputGrad(top - 1);
        return two(v.outputGrad(top - 1)) + " arrives at layer " + top + " (the output), " + two(v.outputGrad(0))
                + " at layer 1 (" + two(ratio) + " of it), about " + two(Math.pow(ratio, 1.0 / (top - 1)))
                + " per layer; σ′ ≤ 0.25 at every sigmoid layer.";
    }

    @Test
    void eightSigmoidLayersPassTheirFirstLayerUnderAThousandthOfTheGradientAndReluDoesNot() throws Exception {
        RunFrame[] f = at("deep-sigmoid.json", 1);
        IterationView sigmoid = f[0].values();
        IterationView relu = f[1].values();
        // The numbers: the sigmoid stack's first layer gets at least 1,000 times less than its last, the
        // relu stack's is within 100 times (here the gradient arriving at each layer, the flow chart's bars).
        assertThat(sigmoid.outputGrad(0) / sigmoid.outputGrad(8)).isLessThan(1e-3);
        assertThat(relu.outputGrad(0) / relu.outputGrad(8)).isGreaterThan(1e-2);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.VANISHING);
        assertThat(d.sentence()).isEqualTo("The sigmoid, torch run: the gradient vanishes on its way down: "
                + arriving(f[0]) + " Mean loss " + Format.number(f[0].lastPass().meanLoss(), 4) + " ≈ ln 2, chance:"
                + " no better than guessing by the class shares.");
        assertThat(d.sentence()).contains("0.05 arrives at layer 9 (the output), 1.3e−8 at layer 1 (2.7e−7 of it),"
                + " about 0.15 per layer");
        assertThat(Diagnosis.of(f[1]).kind()).isEqualTo(Diagnosis.Kind.FIRST_PASS);
        Explanation e = Explanation.of(f[0], f[1]);
        assertThat(e.headline()).isEqualTo("The sigmoid, torch run's gradient vanishes on its way down (×2.7e−7 by"
                + " layer 1); the relu, he-normal run is in its first pass.");
        assertThat(e.formula()).contains("σ′(z) = σ(z)(1 − σ(z)) ≤ 1/4");
        assertThat(RunSummary.badges(f[0])).extracting(Badge::text).contains("vanishing (×2.7e−7)");
        assertThat(RunSummary.badges(f[1])).extracting(Badge::kind).doesNotContain(Badge.Kind.VANISHING);
    }

    @Test
    void beforeTheFirstStepTheSigmoidStackAlreadyShowsWhereItsGradientWillVanish() throws Exception {
        RunFrame[] f = at("deep-sigmoid.json", 0);
        Diagnosis sigmoid = Diagnosis.of(f[0]);
        assertThat(sigmoid.kind()).isEqualTo(Diagnosis.Kind.VANISHING);
        assertThat(sigmoid.sentence()).isEqualTo("The sigmoid, torch run: not trained yet, and at the first step the"
                + " gradient vanishes on its way down: " + arriving(f[0]));
        Diagnosis relu = Diagnosis.of(f[1]);
        assertThat(relu.kind()).isEqualTo(Diagnosis.Kind.NOT_STARTED);
        assertThat(relu.sentence()).isEqualTo("The relu, he-normal run: not trained yet; the first step's weight"
                + " gradient is " + two(f[1].values().weightGrad(0)) + " at layer 1 and "
                + two(f[1].values().weightGrad(8)) + " at layer 9.");
        // The more urgent run first.
        assertThat(Explanation.of(f[0], f[1]).headline()).startsWith("The sigmoid, torch run's gradient vanishes");
    }

    @Test
    void byIterationTwoThousandTheSigmoidStackHasStalledAtChanceWithEveryGradientTinyAndReluHasLearned()
            throws Exception {
        RunFrame[] f = at("deep-sigmoid.json", 2_000);
        double largest = 0;
        for (int l = 0; l < 9; l++) {
            largest = Math.max(largest, f[0].values().weightGrad(l));
        }
        assertThat(largest).isLessThan(RunSummary.ZERO_GRADIENT);
        PassStats pass = f[0].lastPass();
        assertThat(Math.abs(pass.meanLoss() - Math.log(2))).isLessThan(Chance.NEAR);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.STALLED);
        assertThat(d.sentence()).isEqualTo("The sigmoid, torch run has stalled: every layer's weight gradient is"
                + " under 1e−6 (the largest " + two(largest) + "), too small to move a weight. It vanished on its way"
                + " down: " + arriving(f[0]) + " Mean loss " + Format.number(pass.meanLoss(), 4) + " ≈ ln 2, chance:"
                + " no better than guessing by the class shares.");
        assertThat(Diagnosis.of(f[1]).kind()).isEqualTo(Diagnosis.Kind.LEARNED);
        assertThat(Explanation.of(f[0], f[1]).headline()).isEqualTo("The sigmoid, torch run has stalled at chance;"
                + " the relu, he-normal run has learned.");
        assertThat(RunSummary.badges(f[0])).extracting(Badge::text).contains("gradient ≈ 0");
        assertThat(RunSummary.badges(f[1])).extracting(Badge::text).doesNotContain("gradient ≈ 0");
    }

    @Test
    void aLearningRateTooLargeKillsTheSecondLayerAndTheDiagnosisSaysHowManyOfWhichLayerSinceWhen()
            throws Exception {
        // Measured with curve: 1 unit of layer 2 dead in pass 1, 15 in pass 2, all 16 from pass 3.
        RunFrame[] f = at("dead-relu.json", 40);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(f[0].lastPass().deadUnits()).containsExactly(0, 15, 0);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.DEAD_UNITS);
        assertThat(d.sentence()).isEqualTo("The learning rate 1.5 run: 15 of the 16 units of layer 2 are dead in"
                + " pass 2: their input was ≤ 0 for every example, so they pass no gradient back and their weights"
                + " stop. The first died in pass 1.");
        assertThat(RunSummary.badges(f[0])).extracting(Badge::text).contains("15 dead units");
        // The gentle run has one dead unit of 16 and learns: the badge says it, the diagnosis does not dwell on it.
        assertThat(f[1].lastPass().deadUnits()).containsExactly(0, 1, 0);
        assertThat(Diagnosis.of(f[1]).kind()).isEqualTo(Diagnosis.Kind.LEARNING);
        assertThat(RunSummary.badges(f[1])).extracting(Badge::text).contains("1 dead unit");
        assertThat(Explanation.of(f[0], f[1]).headline()).isEqualTo("The learning rate 1.5 run has 15 of the 16"
                + " units of layer 2 dead; the learning rate 0.05 run is learning.");
        assertThat(Explanation.of(f[0], f[1]).formula()).startsWith("relu′(z) = 0 for z ≤ 0");
        // The whole layer dead: nothing gets past it, which a few dead units (15 of 16 above) do not say.
        RunFrame allDead = at("dead-relu.json", 100)[0];
        assertThat(Diagnosis.of(allDead).sentence()).startsWith("The learning rate 1.5 run: 16"
                + " of the 16 units of layer 2 are dead in pass 5:")
                .contains(" No gradient gets past layer 2: no weight of it or below it moves again.");
        assertThat(allDead.values().weightGrad(0)).isZero();
        assertThat(allDead.values().weightGrad(1)).isZero();
    }

    @Test
    void aBatchOnWhichAWholeReluLayerIsShutMovesNoWeightAtAll() throws Exception {
        RunFrame[] f = at("dead-relu.json", 20);
        for (int l = 0; l < 3; l++) {
            assertThat(f[0].values().weightGrad(l)).isZero();
        }
        assertThat(f[0].values().saturated(1)).isEqualTo(1.0);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.STALLED);
        assertThat(d.sentence()).isEqualTo("The learning rate 1.5 run has stalled: every layer's weight gradient is"
                + " exactly 0: no weight moves. Every unit of layer 2 has an input ≤ 0 on this batch: no gradient"
                + " passes back through it.");
    }

    @Test
    void zeroInitialisationLeavesEveryHiddenUnitACopyEveryHiddenGradientZeroAndTheLossAtExactlyLnTwo()
            throws Exception {
        RunFrame[] f = at("zero-init.json", 100);
        assertThat(f[0].copies(0)).isEqualTo(8);
        assertThat(f[0].copies(1)).isEqualTo(8);
        assertThat(f[0].values().weightGrad(0)).isZero();
        assertThat(f[0].values().weightGrad(1)).isZero();
        // ln 2 to the last bit but one: the mean of the pass's losses, each ln 2 exactly.
        assertThat(Math.abs(f[0].lastPass().meanLoss() - Math.log(2))).isLessThanOrEqualTo(Chance.EXACT);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.SYMMETRY);
        assertThat(d.sentence()).isEqualTo("The zeros run: every hidden unit is a copy of the others in its layer"
                + " (8 of 8 in layers 1 and 2): equal weights get equal gradients, so they stay copies; every hidden"
                + " layer's weight gradient is exactly 0. Mean loss 0.693147 = ln 2, chance: no better than guessing"
                + " by the class shares.");
        assertThat(RunSummary.badges(f[0])).extracting(Badge::text).containsExactly("gradient ≈ 0",
                "16 units are copies", f[0].gradientCheck().summary());
        assertThat(Diagnosis.of(f[1]).kind()).isEqualTo(Diagnosis.Kind.LEARNING);
        assertThat(Explanation.of(f[0], f[1]).headline()).isEqualTo("The zeros run's hidden units are copies of one"
                + " another; the xavier-uniform run is learning.");
        assertThat(Explanation.of(f[0], f[1]).formula()).startsWith("wᵢ = wⱼ ⇒ aᵢ = aⱼ");
        // Before the first step the copies are already there.
        RunFrame[] before = at("zero-init.json", 0);
        assertThat(Diagnosis.of(before[0]).sentence()).startsWith("The zeros run: not trained yet, and at the first"
                + " step every hidden unit is a copy of the others in its layer");
    }

    @Test
    void aNormalInitTooWideForItsLayersBlowsTheActivationsUpLayerByLayerUntilTheRunDiverges() throws Exception {
        RunFrame[] f = at("exploding-init.json", 1);
        IterationView v = f[0].values();
        double growth = Math.pow(v.activationStd(3) / v.activationStd(0), 1.0 / 3);
        assertThat(growth).isGreaterThan(LayerReadings.GROWING);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.EXPLODING);
        assertThat(d.sentence()).isEqualTo("The normal(std 1) run: in the first pass (1 of 10 iterations), the"
                + " activations blow up layer by layer: their spread is std " + Format.number(v.activationStd(0), 3)
                + " at layer 1 and " + Format.number(v.activationStd(3), 3) + " at layer 4, about ×" + two(growth)
                + " a layer; the init is too large for layers this wide.");
        assertThat(d.sentence()).contains("std 1.95 at layer 1 and 364 at layer 4, about ×5.7 a layer");
        // he-normal keeps the spread level.
        assertThat(Diagnosis.of(f[1]).kind()).isEqualTo(Diagnosis.Kind.FIRST_PASS);
        assertThat(Diagnosis.of(f[1]).sentence()).isEqualTo("The he-normal run: in the first pass (1 of 10"
                + " iterations), the learning curve starts when it ends; loss " + Format.number(f[1].loss(), 4)
                + " on this batch.");
        RunFrame[] later = at("exploding-init.json", 100);
        Diagnosis diverged = Diagnosis.of(later[0]);
        assertThat(diverged.kind()).isEqualTo(Diagnosis.Kind.DIVERGED);
        assertThat(later[0].iteration()).isEqualTo(5);
        assertThat(diverged.sentence()).startsWith("The normal(std 1) run diverged at iteration 5: one step of"
                + " learning rate 0.01 times gradients up to ").endsWith(" threw the weights past ±1000, far from any"
                + " scale that learns. Lower the learning rate, or start from an init scaled to the layers' width"
                + " (he-normal, xavier) and press Reset.");
        assertThat(RunSummary.divergenceMessage(later[0])).startsWith("Diverged at iteration 5:")
                .endsWith("This run stopped. Lower the learning rate, or start from an init scaled to the layers'"
                        + " width (he-normal, xavier) and press Reset (R).");
    }

    @Test
    void aHealthyRunIsLearningWithUpdateRatiosNearOneThousandth() throws Exception {
        RunFrame f = at("deep-sigmoid.json", 20)[1];
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int l = 0; l < 9; l++) {
            low = Math.min(low, f.values().updateRatio(l));
            high = Math.max(high, f.values().updateRatio(l));
        }
        assertThat(low).isGreaterThanOrEqualTo(LayerReadings.HEALTHY_RATIO / LayerReadings.HEALTHY_BAND);
        assertThat(high).isLessThanOrEqualTo(LayerReadings.HEALTHY_RATIO * LayerReadings.HEALTHY_BAND);
        Diagnosis d = Diagnosis.of(f);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.LEARNING);
        // Halving in 58 passes of one iteration: not slow (1,000 iterations would be).
        assertThat(d.sentence()).startsWith("The relu, he-normal run is learning: 131 of 200 examples right"
                + " after pass 20. Mean loss 0.5682 → 0.5634 over the last pass. At this rate the mean loss halves in"
                + " about 58 passes.")
                .endsWith(" Update ratios " + Format.scientific(low, 2) + " to " + Format.scientific(high, 2)
                        + ", near the healthy 1e−3.");
    }

    @Test
    void reluLearnsLosesAFewExamplesAndIsSaidToHaveFirstLearned() throws Exception {
        // Measured with curve: every example right in pass 71, 195 of 200 in pass 72.
        RunFrame relapsed = at("deep-sigmoid.json", 72)[1];
        Diagnosis d = Diagnosis.of(relapsed);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.RELAPSED);
        assertThat(d.sentence()).isEqualTo("The relu, he-normal run first learned at pass 71 (iteration 71); 195 of"
                + " 200 examples right now (pass 72). Mean loss 0.167 → 0.1663 over the last pass.");
        Diagnosis back = Diagnosis.of(at("deep-sigmoid.json", 100)[1]);
        assertThat(back.kind()).isEqualTo(Diagnosis.Kind.LEARNED);
        assertThat(back.sentence()).isEqualTo("The relu, he-normal run has every example right after pass 100, mean"
                + " loss 0.0712; it first learned at pass 71 (iteration 71) and has had an example wrong in 7 passes"
                + " since, the latest pass 82.");
        Diagnosis learned = Diagnosis.of(at("zero-init.json", 2_000)[1]);
        assertThat(learned.sentence()).isEqualTo("The xavier-uniform run has learned: every example right since pass"
                + " 249 (iteration 249); mean loss 0.00374.");
    }

    @Test
    void tanhLayersDrawnTooWideAreMostlySaturated() throws Exception {
        RunFrame[] f = DiagnosisTest.framesAt(new ScenarioReader().parse(BuiltNetworks.SATURATED_TANH), 1);
        double saturated = f[0].values().saturated(2);
        assertThat(saturated).isGreaterThan(LayerReadings.MOST);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.SATURATED);
        assertThat(d.sentence()).isEqualTo("The normal(std 1) run: in the first pass (1 of 10 iterations), "
                + Math.round(100 * saturated) + "% of layer 3's tanh outputs are saturated, where its slope is near"
                + " 0: little gradient passes back through them.");
        assertThat(Explanation.of(f[0], f[1]).formula()).startsWith("tanh′(z) = 1 − tanh²(z) < 0.06");
        assertThat(f[1].values().saturated(2)).isLessThan(LayerReadings.MOST);
    }

    @Test
    void aLearningRateFarTooLargeMakesTheLossRiseWithStepsOfTheWholeWeight() throws Exception {
        RunFrame f = DiagnosisTest.framesAt(new ScenarioReader().parse(BuiltNetworks.STEPS_TOO_LARGE), 3)[0];
        assertThat(f.lastPass().meanLoss()).isGreaterThan(f.previousPass().meanLoss());
        Diagnosis d = Diagnosis.of(f);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.UNSTABLE);
        assertThat(d.sentence()).startsWith("The main run: the loss rises while the steps are large (update ratios up"
                + " to ").contains(", over 10 times the healthy 1e−3): the learning rate 3 is too high. Mean loss "
                + Format.number(f.previousPass().meanLoss(), 4) + " → " + Format.number(f.lastPass().meanLoss(), 4));
    }

    @Test
    void someUnitsThatAreCopiesAreSaidBeforeTheFirstStepAndNotOfARunThatLearnsAllTheSame() throws Exception {
        Scenario copies = new ScenarioReader().parse(BuiltNetworks.TWO_COPIES);
        Diagnosis before = Diagnosis.of(DiagnosisTest.framesAt(copies, 0)[0]);
        assertThat(before.kind()).isEqualTo(Diagnosis.Kind.SYMMETRY);
        assertThat(before.sentence()).isEqualTo("The main run: not trained yet, and at the first step 2 of the 3"
                + " units of layer 1 are copies of one another: equal weights get equal gradients, so they stay"
                + " copies.");
        RunFrame learning = DiagnosisTest.framesAt(copies, 5)[0];
        assertThat(learning.copies(0)).isEqualTo(2);
        assertThat(Diagnosis.of(learning).kind()).isEqualTo(Diagnosis.Kind.LEARNING);
        assertThat(RunSummary.badges(learning)).extracting(Badge::text).contains("2 units are copies");
        // One run: the explanation has its diagnosis only.
        assertThat(Explanation.of(learning, DiagnosisTest.framesAt(copies, 5)[1]).body()).doesNotContain("\n");
    }

    @Test
    void hingeEmbeddingSpeaksOfTheDistanceWhereTheCosineRunsSpeakOfTheCosine() throws Exception {
        RunFrame[] first = at("hinge-embedding.json", 100);
        assertThat(Diagnosis.of(first[0]).sentence()).isEqualTo("The hinge-embedding, margin 1 run: 5 of 10 pairs"
                + " right after the first pass, mean loss 0.5008 with |dd/du| ≈ 1; the next pass shows which way the"
                + " loss goes.");
        assertThat(RunSummary.status(first[0])).isEqualTo("iteration 100 · pair 10 · target +1 · d = "
                + Format.number(first[0].values().distance(), 4) + " · |dd/du| = 1");
        assertThat(Diagnosis.of(first[1]).kind()).isEqualTo(Diagnosis.Kind.DEAD_GRADIENT);
        RunFrame[] learned = at("hinge-embedding.json", 1_300);
        assertThat(Diagnosis.of(learned[0]).sentence()).isEqualTo("The hinge-embedding, margin 1 run has learned:"
                + " every pair on its target's side of d = 0.5 since pass 13 (iteration 1,300); mean loss 0.135.");
        Explanation e = Explanation.of(learned[0], learned[1]);
        assertThat(e.headline()).isEqualTo("The question, margin 0 run cannot learn: the cosine of two numbers is"
                + " sign(u)·sign(v); the hinge-embedding, margin 1 run has learned.");
        assertThat(e.formula()).isEqualTo("1-D: C = sign(u)·sign(v) has slope 0,   d = |u − v| has ∂d/∂u ="
                + " (u − v) / (d + 10⁻⁶) = ±1");
        assertThat(RunSummary.title(learned[0])).isEqualTo("Main run · hinge-embedding, margin 1 · D = 1");
        assertThat(RunSummary.windowTitle(learned[0].scenario())).isEqualTo("GradFlow · hinge-embedding · 6-3-1 ·"
                + " hinge-embedding, margin 1 vs question, margin 0");
    }

    @Test
    void aClassifiersStatusTitleAndCaptionSayItsBatchLossShapeAndRuleNotACosine() throws Exception {
        RunFrame[] f = at("dead-relu.json", 25);
        IterationView v = f[0].values();
        assertThat(RunSummary.status(f[0])).isEqualTo("iteration 25 · batch 5 of 20 · loss "
                + Format.number(v.loss(), 4) + " · " + v.right() + " of 10 right");
        assertThat(RunSummary.title(f[0])).isEqualTo("Main run · learning rate 1.5");
        assertThat(RunSummary.title(f[1])).isEqualTo("Comparison run · learning rate 0.05");
        assertThat(RunSummary.windowTitle(f[0].scenario())).isEqualTo("GradFlow · cross-entropy · 2-16-16-2 ·"
                + " learning rate 1.5 vs learning rate 0.05");
        assertThat(RunSummary.scenarioLine(f[1])).isEqualTo("2-16-16-2 relu · init he-normal · rule cross-entropy on"
                + " circle (200 examples) · batches of 10 · learning rate 0.05 · seed 1 · iteration 25");
        RunFrame full = at("deep-sigmoid.json", 3)[0];
        assertThat(RunSummary.status(full)).startsWith("iteration 3 · all 200 examples · loss ");
        // The zero-gradient badge reads the layers' weight gradients, and its tooltip says so.
        Badge zero = RunSummary.badges(at("deep-sigmoid.json", 100)[0]).get(0);
        assertThat(zero.kind()).isEqualTo(Badge.Kind.GRADIENT_ZERO);
        assertThat(zero.why()).startsWith("every weight and bias gradient is below 1e-6 (the largest ");
        // A layer of dead units cuts every weight's gradient, not the output bias's: that one still moves, and the
        // badge does not say the gradient is 0 while the norms chart shows its bar.
        RunFrame dead = at("dead-relu.json", 60)[0];
        assertThat(dead.values().weightGrad(2)).isZero();
        assertThat(dead.values().biasGrad(2)).isGreaterThan(RunSummary.ZERO_GRADIENT);
        assertThat(RunSummary.badges(dead)).extracting(Badge::kind).doesNotContain(Badge.Kind.GRADIENT_ZERO);
    }

    @Test
    void theSeedsTitlesNameTheRunsTheDesignsWay() throws Exception {
        RunFrame[] f = DiagnosisTest.framesAt(Scenario.DEFAULT, 0);
        assertThat(RunSummary.title(f[0])).isEqualTo("Main run · D = 1");
        assertThat(RunSummary.title(f[1])).isEqualTo("Comparison run · D = 6");
        assertThat(RunSummary.windowTitle(Scenario.DEFAULT)).isEqualTo("GradFlow · D = 1 vs D = 6: why a siamese"
                + " network with 1-D outputs does not learn");
        assertThat(RunSummary.windowTitle(Scenario.DEFAULT.withOutputSize(6))).isEqualTo("GradFlow · D = 6 vs D = 6");
        assertThat(RunSummary.badges(f[0]).get(0).why()).isEqualTo(Badge.Kind.GRADIENT_ZERO.why());
    }

    /** Every word a chart draws, in order. */
    private static List<String> words(Consumer<Painter> drawing) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<String> words = new ArrayList<>();
        try {
            drawing.accept(new ForwardingPainter(new AwtPainter(g)) {
                @Override
                public void text(String text, double x, double y, TextStyle style, Rgb color, Align align,
                                 Baseline baseline) {
                    words.add(text);
                    super.text(text, x, y, style, color, align, baseline);
                }

                @Override
                public void verticalText(String text, double x, double y, TextStyle style, Rgb color) {
                    words.add(text);
                    super.verticalText(text, x, y, style, color);
                }
            });
        } finally {
            g.dispose();
        }
        return words;
    }

    @Test
    void theLearningCurveNamesTheRunsAndCountsExamplesAsTheWindowDoes() throws Exception {
        RunFrame[] f = at("dead-relu.json", 60);
        List<String> words = words(p -> new CurveChart(p).draw(f[0], f[1], 800, 500, null));
        assertThat(words).contains("learning rate 1.5 mean loss", "learning rate 0.05 mean loss",
                "examples right (right axis)", "examples right of 200")
                .noneMatch(w -> w.contains("D = 2"));
        // He-normal drew the same dead unit in both runs: one label says it of both, not two over the curves.
        assertThat(f[0].events()).anyMatch(e -> e.kind() == RunEvent.Kind.DEAD && e.iteration() <= 20);
        assertThat(f[1].events()).anyMatch(e -> e.kind() == RunEvent.Kind.DEAD && e.iteration() <= 20);
        assertThat(words).containsOnlyOnce("both dead · pass 1").noneMatch(w -> w.endsWith(" dead · pass 1")
                && !w.equals("both dead · pass 1"));
        // One run: its curve alone.
        RunFrame[] one = DiagnosisTest.framesAt(new ScenarioReader().parse(BuiltNetworks.TWO_COPIES), 5);
        assertThat(words(p -> new CurveChart(p).draw(one[0], one[1], 800, 500, null)))
                .contains("main run mean loss", "examples right of 40").noneMatch(w -> w.contains("comparison"));
        // The seed's runs keep their D.
        RunFrame[] seed = DiagnosisTest.framesAt(Scenario.DEFAULT, 100);
        assertThat(words(p -> new CurveChart(p).draw(seed[0], seed[1], 800, 500, null)))
                .contains("D = 1 mean loss", "D = 6 mean loss", "pairs right of 10");
    }
}
