package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The worked iteration is the engine's iteration: same numbers, bit for bit, for every rule and size. */
class WorkedIterationTest {

    private static Scenario scenario(int d, String rule, double learningRate, double margin) {
        return new ScenarioReader().parse("{\"network\": {\"outputSize\": " + d + "}, \"training\": {\"rule\": \""
                + rule + "\", \"learningRate\": " + learningRate + ", \"margin\": " + margin + "}}");
    }

    @ParameterizedTest(name = "D = {0}, {1}, lr {2}")
    @CsvSource({"1, question, 0.01, 0", "6, question, 0.01, 0", "6, torch-example, 0.1, 0",
        "6, cosine-embedding, 0.1, 0.5", "3, question, 5.0, 0", "10, cosine-embedding, 0.3, -0.2"})
    void everyNumberEqualsTheEnginesBitForBitOverTwoThousandIterations(int d, String rule, double learningRate,
                                                                       double margin) {
        Trainer trainer = RunFactory.mainRun(scenario(d, rule, learningRate, margin));
        for (int i = 0; i < 2_000; i++) {
            int pair = trainer.nextPair();
            WorkedIteration w = WorkedIteration.of(trainer.network(), trainer.pairs().get(pair - 1), pair,
                    trainer.objective(), trainer.learningRate(), trainer.iteration() + 1);
            trainer.step();
            IterationView it = trainer.last();
            assertThat(w.iteration()).isEqualTo(it.iteration());
            assertThat(w.cosine()).isEqualTo(it.cosine());
            assertThat(w.loss()).isEqualTo(it.loss());
            assertThat(w.gradOutput()).isEqualTo(it.gradOutput());
            for (int k = 0; k < d; k++) {
                assertThat(w.left().out()[k]).isEqualTo(it.u(k));
                assertThat(w.right().out()[k]).isEqualTo(it.v(k));
                assertThat(w.dCdu()[k]).isEqualTo(it.dCdu(k));
                assertThat(w.dCdv()[k]).isEqualTo(it.dCdv(k));
            }
            assertThat(flat(w.after())).as("parameters after iteration %d", i + 1)
                    .containsExactly(trainer.network().parameters());
            double[] g = flat(w.gradient());
            for (int k = 0; k < g.length; k++) {
                assertThat(g[k]).isEqualTo(trainer.network().gradient(k));
            }
        }
    }

    @Test
    void anIterationTheRuleMasksHasNoGradientAndLeavesTheParametersAlone() {
        // cosine-embedding with margin 1: a −1 pair's loss max(0, C − 1) is 0 for every C, so gradOutput is 0.
        Scenario s = new ScenarioReader().parse("{\"network\": {\"outputSize\": 4}, \"training\": {\"rule\":"
                + " \"cosine-embedding\", \"margin\": 1}, \"pairs\": [{\"left\": [0.5, 0.1, 0.2, 0.3, 0.4, 0.6],"
                + " \"right\": [0.9, 0.8, 0.2, 0.1, 0.4, 0.6], \"target\": -1}]}");
        Trainer trainer = RunFactory.mainRun(s);
        WorkedIteration w = WorkedIteration.of(trainer.network(), trainer.pairs().get(0), 1, trainer.objective(),
                trainer.learningRate(), 1);
        assertThat(w.gradOutput()).isZero();
        assertThat(w.dCdu()).doesNotContain(0.0);
        assertThat(flat(w.gradient())).containsOnly(0.0);
        assertThat(flat(w.after())).containsExactly(flat(w.before()));
        assertThat(w.left().deltaOut()).isNull();
    }

    @Test
    void theChainRulesGradientsAgreeWithFiniteDifferencesOfTheLoss() {
        // Central differences with h = 1e-6 on a smooth loss (question rule, D = 6): truncation ~h²·L''' ≈ 1e-12,
        // rounding ~ε·L/h ≈ 1e-10; 1e-7 absolute leaves room for both, far below the gradients (~1e-2).
        Scenario s = scenario(6, "question", 0.01, 0);
        Trainer trainer = RunFactory.mainRun(s);
        TrainingPair pair = trainer.pairs().get(0);
        SiameseNetwork net = trainer.network();
        WorkedIteration w = WorkedIteration.of(net, pair, 1, trainer.objective(), 0.01, 1);
        double[] p = net.parameters();
        double[] g = flat(w.gradient());
        double h = 1e-6;
        for (int k = 0; k < p.length; k++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[k] += h;
            minus[k] -= h;
            double numeric = (loss(net, plus, pair, trainer) - loss(net, minus, pair, trainer)) / (2 * h);
            assertThat(g[k]).as(net.parameterName(k)).isCloseTo(numeric, offset(1e-7));
        }
    }

    private static double loss(SiameseNetwork original, double[] parameters, TrainingPair pair, Trainer trainer) {
        SiameseNetwork net = original.copy();
        net.setParameters(parameters);
        WorkedIteration w = WorkedIteration.of(net, pair, 1, trainer.objective(), 0, 1);
        return w.loss();
    }

    private static double[] flat(WorkedIteration.Parameters p) {
        int n = p.w1().length * p.w1()[0].length + p.b1().length + p.w2().length * p.w2()[0].length
                + p.b2().length;
        double[] out = new double[n];
        int k = 0;
        for (double[] row : p.w1()) {
            for (double x : row) {
                out[k++] = x;
            }
        }
        for (double x : p.b1()) {
            out[k++] = x;
        }
        for (double[] row : p.w2()) {
            for (double x : row) {
                out[k++] = x;
            }
        }
        for (double x : p.b2()) {
            out[k++] = x;
        }
        return out;
    }
}
