package org.gradflow.plot;

import org.gradflow.testing.Scenarios;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.gradflow.engine.InitialWeights;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.TrainingRule;
import org.gradflow.session.RunFrame;
import org.gradflow.session.Simulation;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.gradflow.engine.ScenarioReader;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Trainer;

/** Each state the diagnosis names, on runs made to be in it; the numbers it quotes are the frames'. */
class DiagnosisTest {

    static RunFrame[] framesAt(Scenario scenario, long iterations) throws Exception {
        try (Simulation simulation = new Simulation(scenario)) {
            simulation.runTo(iterations);
            simulation.whenIdle().get(60, TimeUnit.SECONDS);
            RunFrame left = new RunFrame();
            RunFrame right = new RunFrame();
            simulation.copyFrames(left, right);
            return new RunFrame[] {left, right};
        }
    }

    @Test
    void theAskersSixDimensionalRunIsLearningSlowlyAtIterationTwoHundredNotStuck() throws Exception {
        RunFrame[] f = framesAt(Scenario.DEFAULT, 200);
        Diagnosis scalar = Diagnosis.of(f[0]);
        Diagnosis wide = Diagnosis.of(f[1]);
        assertThat(scalar.kind()).isEqualTo(Diagnosis.Kind.DEAD_GRADIENT);
        assertThat(scalar.sentence()).contains("sign(u)·sign(v)");
        assertThat(wide.kind()).isEqualTo(Diagnosis.Kind.LEARNING);
        // The loss change quoted is the measured one, pass 1 to pass 2 (curve: 1.00755 and 1.00506).
        assertThat(wide.sentence()).contains("5 of 10 pairs right after pass 2")
                .contains("Mean loss 1.008 → 1.005 over the last pass")
                .contains("halves in about");
        assertThat(f[1].previousPass().meanLoss()).isEqualTo(1.0075516769456416);
        assertThat(Explanation.of(f[0], f[1]).headline()).startsWith("D = 1 cannot learn");
    }

    @Test
    void afterOnePassItSaysWhatOnePassShowsAndNothingMore() throws Exception {
        Diagnosis wide = Diagnosis.of(framesAt(Scenario.DEFAULT, 100)[1]);
        assertThat(wide.kind()).isEqualTo(Diagnosis.Kind.FIRST_PASS);
        assertThat(wide.sentence()).isEqualTo("D = 6: 5 of 10 pairs right after the first pass, mean loss 1.008 with"
                + " |dC/du| ≈ 0.2; the next pass shows which way the loss goes.");
    }

    @Test
    void afterPassFourteenTheSixDimensionalRunHasLearnedAndSaysWhen() throws Exception {
        RunFrame[] f = framesAt(Scenario.DEFAULT, 1500);
        Diagnosis wide = Diagnosis.of(f[1]);
        assertThat(wide.kind()).isEqualTo(Diagnosis.Kind.LEARNED);
        assertThat(wide.sentence()).contains("since pass 14 (iteration 1,400)");
        assertThat(Explanation.of(f[0], f[1]).headline())
                .isEqualTo("D = 6 has learned; D = 1 never started learning.");
    }

    @Test
    void atLearningRateOneTenthTheSixDimensionalRunLearnsThenLosesPairsAndIsSaidSo() throws Exception {
        Scenario fast = Scenario.DEFAULT.withTraining(TrainingRule.QUESTION, 0.1, 0, 10, 1);
        // Measured with curve: every pair right in pass 18, two wrong again in pass 19.
        assertThat(Diagnosis.of(framesAt(fast, 1_800)[1]).kind()).isEqualTo(Diagnosis.Kind.LEARNED);
        RunFrame[] f = framesAt(fast, 1_900);
        Diagnosis d = Diagnosis.of(f[1]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.RELAPSED);
        assertThat(d.sentence()).startsWith("D = 6 first learned at pass 18 (iteration 1,800); 8 of 10 pairs right"
                + " now (pass 19).");
        assertThat(Explanation.of(f[0], f[1]).headline()).isEqualTo("D = 6 first learned at pass 18; 8 of 10 pairs"
                + " right now.");
    }

    @Test
    void learningIsANewLowestLossAndSlowlyIsMoreThanTenPassesToHalveIt() throws Exception {
        // The asker's 6-D run in pass 13 (curve: 0.9307 → 0.4556): fast, not slow; in pass 3, slow.
        assertThat(Diagnosis.of(framesAt(Scenario.DEFAULT, 1_300)[1]).sentence()).startsWith("D = 6 is learning: ");
        assertThat(Diagnosis.of(framesAt(Scenario.DEFAULT, 300)[1]).sentence())
                .startsWith("D = 6 is learning, slowly: ");
    }

    /**
     * Iterations the 6-D run's CosineEmbeddingCriterion(0.99) masks in its first pass: two −1 pairs whose C is
     * already under the margin, ten iterations each (a +1 pair is never masked, C < 1).
     */
    private static final long MARGIN_MASKED = 20;

    @Test
    void saturatedTanhUnitsAreASecondWayTheGradientDies() throws Exception {
        // Hidden unit j compares inputs j and j + 3, so different inputs give different sign patterns; output
        // weights of 900 (under the 1,000 that counts as diverged) make every output tanh exactly ±1, so
        // 1 − u² = 0 and no gradient reaches any weight, while u and v point in different directions.
        double[][] hidden = new double[3][6];
        for (int j = 0; j < 3; j++) {
            hidden[j][j] = 900;
            hidden[j][j + 3] = -900;
        }
        double[][] output = new double[6][3];
        for (int i = 0; i < 6; i++) {
            output[i] = new double[] {i % 2 == 0 ? 900 : -900, 900, i % 3 == 0 ? -900 : 900};
        }
        InitialWeights weights = new InitialWeights(
                new Array2DRowRealMatrix(hidden),
                new ArrayRealVector(3),
                new Array2DRowRealMatrix(output),
                new ArrayRealVector(6));
        Scenario saturated = Scenarios.siamese(6, 1, TrainingRule.QUESTION, 0.01, 0, 10, 1, 10, weights);
        RunFrame[] f = framesAt(saturated, 100);
        Diagnosis d = Diagnosis.of(f[0]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.SATURATED);
        PassStats pass = f[0].lastPass();
        assertThat(pass.meanParameterGradient()).isZero();
        assertThat(d.sentence()).isEqualTo("D = 6: the cosine's gradient is alive (mean |dC/du| "
                + Format.number(pass.meanCosineGradient(), 2) + ") but the weights get 0: the tanh units are"
                + " saturated, 1 − tanh² ≈ 0. A second way a gradient dies; " + pass.pairsRight() + " of 10 pairs"
                + " right.");
    }

    @Test
    void torchExampleSaysItMaskedNothingAndTrainsLikeQuestion() throws Exception {
        RunFrame[] f = framesAt(Scenario.DEFAULT.withTraining(TrainingRule.TORCH_EXAMPLE, 0.01, 0, 10, 1), 300);
        assertThat(f[1].maskedIterations()).isZero();
        assertThat(Diagnosis.of(f[1]).sentence()).contains("torch-example masked 0 of 300 iterations")
                .contains("trains exactly like question");
        RunFrame[] question = framesAt(Scenario.DEFAULT, 300);
        assertThat(f[1].cosine()).isEqualTo(question[1].cosine());
    }

    @Test
    void cosineEmbeddingWithAMarginCountsTheIterationsItMasked() throws Exception {
        Scenario margin = Scenario.DEFAULT.withTraining(TrainingRule.COSINE_EMBEDDING, 0.01, 0.99, 10, 1);
        RunFrame[] f = framesAt(margin, 100);
        // Counted apart from the session: the iterations of a fresh trainer whose gradOutput was 0.
        Trainer fresh = RunFactory.comparisonRun(margin);
        long masked = 0;
        for (int i = 0; i < 100; i++) {
            fresh.step();
            masked += fresh.last().gradOutput() == 0 ? 1 : 0;
        }
        assertThat(f[1].maskedIterations()).isEqualTo(masked).isEqualTo(MARGIN_MASKED);
    }

    @Test
    void divergenceAndTheSingularSpikeComeFirst() throws Exception {
        RunFrame[] diverged = framesAt(Scenario.DEFAULT.withTraining(TrainingRule.QUESTION, 1e6, 0, 10, 1), 5);
        assertThat(Diagnosis.of(diverged[1]).kind()).isEqualTo(Diagnosis.Kind.DIVERGED);
        assertThat(Diagnosis.of(diverged[1]).sentence()).contains("diverged at iteration 1");
        Scenario spike = new ScenarioReader().read(
                Path.of("assets/scenarios/singular-spike.json"));
        assertThat(Diagnosis.of(framesAt(spike, 0)[0]).kind()).isEqualTo(Diagnosis.Kind.SINGULAR);
    }

    @Test
    void beforeTheFirstStepTheSixDimensionalRunHasNotStartedAndSaysWhatTheFirstStepWillSee() throws Exception {
        RunFrame[] f = framesAt(Scenario.DEFAULT, 0);
        Diagnosis wide = Diagnosis.of(f[1]);
        assertThat(wide.kind()).isEqualTo(Diagnosis.Kind.NOT_STARTED);
        // The preview of step 1: its |dC/du| is what the gradient chart shows at iteration 0.
        assertThat(f[1].dCduNorm()).isGreaterThan(RunSummary.ZERO_GRADIENT);
        assertThat(wide.sentence()).isEqualTo("D = 6: not trained yet; the first step will see |dC/du| = "
                + Format.number(f[1].dCduNorm(), 2) + ".");
        // The 1-D run's preview already has the dead gradient, and says why.
        Diagnosis scalar = Diagnosis.of(f[0]);
        assertThat(scalar.kind()).isEqualTo(Diagnosis.Kind.DEAD_GRADIENT);
        assertThat(scalar.sentence()).endsWith(", the slope of sign(u)·sign(v).");
    }

    @Test
    void torchExampleAtLearningRateOneTenthHasStalledFarAboveItsLowestLoss() throws Exception {
        Scenario fast = Scenario.DEFAULT.withTraining(TrainingRule.TORCH_EXAMPLE, 0.1, 0, 10, 1);
        RunFrame[] f = framesAt(fast, 800);
        Diagnosis d = Diagnosis.of(f[1]);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.STALLED);
        // Measured with curve: 0.527 in pass 2, 8 pairs right in pass 1, 0.9995 → 0.999 in pass 8.
        assertThat(d.sentence()).isEqualTo("D = 6: not learning now: 5 of 10 pairs right after pass 8. Mean loss"
                + " 0.9995 → 0.999 over the last pass. Its lowest mean loss was 0.527, in pass 2; its most pairs"
                + " right 8, in pass 1. torch-example masked 0 of 800 iterations: |C| < 1, so C·target < 1 always"
                + " holds and it trains exactly like question.");
        assertThat(Explanation.of(f[0], f[1]).headline()).isEqualTo("D = 1 cannot learn: the cosine of two numbers"
                + " is sign(u)·sign(v). D = 6 is not learning now.");
    }

    @Test
    void aRuleThatMasksEveryIterationHasNothingToLearn() throws Exception {
        // CosineEmbeddingCriterion with margin 1 and only −1 pairs: max(0, C − 1) is 0 for every C, so every
        // gradOutput is 0 and no weight ever moves.
        Scenario masked = new ScenarioReader().parse("""
                {"training": {"rule": "cosine-embedding", "margin": 1.0, "iterationsPerPair": 10, "seed": 1},
                 "pairs": [{"left": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], "right": [0.6, 0.5, 0.4, 0.3, 0.2, 0.1],
                            "target": -1},
                           {"left": [0.9, 0.1, 0.8, 0.2, 0.7, 0.3], "right": [0.2, 0.2, 0.2, 0.9, 0.9, 0.9],
                            "target": -1}]}""");
        RunFrame[] f = framesAt(masked, 20);
        Diagnosis d = Diagnosis.of(f[1]);
        assertThat(f[1].maskedIterations()).isEqualTo(20);
        assertThat(d.kind()).isEqualTo(Diagnosis.Kind.NOTHING_TO_LEARN);
        assertThat(d.sentence()).isEqualTo("D = 6: the rule back-propagated nothing in pass 1 (gradOutput 0 in"
                + " every iteration), " + f[1].lastPass().pairsRight() + " of 2 pairs right.");
        assertThat(Explanation.of(f[0], f[1]).headline()).isEqualTo("D = 6's rule back-propagates nothing: it masks"
                + " every iteration.");
    }
}
