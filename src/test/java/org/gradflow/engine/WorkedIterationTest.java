package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked iteration is the engine's iteration: same numbers, bit for bit, for every rule, stack and batch. */
class WorkedIterationTest {
    private static final ScenarioReader READER = new ScenarioReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"network\": {\"outputSize\": 1}}",
        "{\"network\": {\"outputSize\": 6}}",
        "{\"network\": {\"outputSize\": 6}, \"training\": {\"rule\": \"torch-example\", \"learningRate\": 0.1}}",
        "{\"network\": {\"outputSize\": 6}, \"training\": {\"rule\": \"cosine-embedding\", \"learningRate\": 0.1,"
            + " \"margin\": 0.5}}",
        "{\"network\": {\"outputSize\": 3}, \"training\": {\"learningRate\": 5.0}}",
        "{\"network\": {\"outputSize\": 10}, \"training\": {\"rule\": \"cosine-embedding\", \"learningRate\": 0.3,"
            + " \"margin\": -0.2}}",
        "{\"network\": {\"outputSize\": 1}, \"training\": {\"rule\": \"hinge-embedding\", \"learningRate\": 0.05}}",
        "{\"network\": {\"hiddenUnits\": [4, 4], \"activation\": \"relu\", \"outputSize\": 2, \"init\": \"he-normal\"},"
            + " \"training\": {\"rule\": \"hinge-embedding\", \"margin\": 2}}",
        "{\"network\": {\"hiddenUnits\": [5, 5, 5], \"activation\": \"sigmoid\"}, \"training\": {\"rule\":"
            + " \"cross-entropy\", \"learningRate\": 0.5, \"batchSize\": 7}, \"data\": {\"dataset\": \"circle\","
            + " \"count\": 30, \"noise\": 0.1}}",
        "{\"network\": {\"hiddenUnits\": [6], \"activation\": \"relu\", \"init\": \"xavier-uniform\"}, \"training\":"
            + " {\"rule\": \"mse\", \"learningRate\": 0.05, \"batchSize\": 4}, \"data\": {\"dataset\": \"multi-gauss\","
            + " \"count\": 10}}",
        "{\"network\": {\"layers\": [{\"units\": 3, \"activation\": \"leaky-relu\", \"init\": \"he-uniform\"},"
            + " {\"units\": 3, \"activation\": \"tanh\", \"init\": {\"scheme\": \"normal\", \"std\": 0.5}},"
            + " {\"units\": 3, \"activation\": \"linear\"}]}, \"training\": {\"rule\": \"cross-entropy\","
            + " \"learningRate\": 0.2}, \"data\": {\"dataset\": \"spiral\", \"count\": 12}}",
        "{\"network\": {\"hiddenUnits\": [], \"activation\": \"tanh\"}, \"training\": {\"rule\": \"mse\"},"
            + " \"data\": {\"dataset\": \"plane\", \"count\": 6}}"})
    void everyNumberEqualsTheEnginesBitForBit(String json) {
        Trainer trainer = RunFactory.mainRun(READER.parse(json));
        for (int i = 0; i < 500; i++) {
            WorkedIteration w = WorkedIteration.of(trainer);
            trainer.step();
            IterationView it = trainer.last();
            assertThat(w.iteration()).isEqualTo(it.iteration());
            assertThat(w.loss()).as("loss at %d", i + 1).isEqualTo(it.loss());
            assertThat(w.gradOutput()).isEqualTo(it.gradOutput());
            if (w.join() != null) {
                assertThat(w.join().value()).isEqualTo(it.joined());
                assertThat(w.join().pair()).isEqualTo(it.pair());
                for (int k = 0; k < it.outputSize(); k++) {
                    assertThat(w.inputs().get(0).output()[k]).isEqualTo(it.u(k));
                    assertThat(w.inputs().get(1).output()[k]).isEqualTo(it.v(k));
                    assertThat(w.join().du()[k]).isEqualTo(it.dCdu(k));
                    assertThat(w.join().dv()[k]).isEqualTo(it.dCdv(k));
                }
            } else {
                assertThat(w.batch().right()).isEqualTo(it.right());
                assertThat(w.batch().batch()).isEqualTo(it.batch());
                assertThat(w.inputs()).hasSize(it.size());
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
        Scenario s = READER.parse("{\"network\": {\"outputSize\": 4}, \"training\": {\"rule\":"
                + " \"cosine-embedding\", \"margin\": 1}, \"pairs\": [{\"left\": [0.5, 0.1, 0.2, 0.3, 0.4, 0.6],"
                + " \"right\": [0.9, 0.8, 0.2, 0.1, 0.4, 0.6], \"target\": -1}]}");
        WorkedIteration w = WorkedIteration.of(RunFactory.mainRun(s));
        assertThat(w.gradOutput()).isZero();
        assertThat(w.join().du()).doesNotContain(0.0);
        assertThat(flat(w.gradient())).containsOnly(0.0);
        assertThat(flat(w.after())).containsExactly(flat(w.before()));
        assertThat(w.inputs().get(0).layers().get(1).deltaH()).isNull();
    }

    @Test
    void theChainRulesGradientsAgreeWithFiniteDifferencesOfTheLoss() {
        // Central differences with h = 1e-6 on smooth losses (the question rule at D = 6; cross-entropy of a deep
        // tanh classifier): truncation ~h²·L''' ≈ 1e-12, rounding ~ε·L/h ≈ 1e-10; 1e-7 absolute leaves room for
        // both, far below the gradients (~1e-2).
        for (String json : List.of("{\"network\": {\"outputSize\": 6}}", "{\"network\": {\"hiddenUnits\": [4, 3]},"
                + " \"training\": {\"rule\": \"cross-entropy\"}, \"data\": {\"dataset\": \"xor\", \"count\": 8}}")) {
            Trainer trainer = RunFactory.mainRun(READER.parse(json));
            WorkedIteration w = WorkedIteration.of(trainer);
            Network net = trainer.network();
            double[] p = net.parameters();
            double[] g = flat(w.gradient());
            double h = 1e-6;
            for (int k = 0; k < p.length; k++) {
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[k] += h;
                minus[k] -= h;
                double numeric = (loss(trainer, plus) - loss(trainer, minus)) / (2 * h);
                assertThat(g[k]).as(net.parameterName(k)).isCloseTo(numeric, offset(1e-7));
            }
        }
    }

    private static double loss(Trainer trainer, double[] parameters) {
        Trainer copy = trainer.copy();
        copy.network().setParameters(parameters);
        return WorkedIteration.of(copy).loss();
    }

    private static double[] flat(List<WorkedIteration.Parameters> layers) {
        int n = 0;
        for (WorkedIteration.Parameters p : layers) {
            n += p.weight().length * p.weight()[0].length + p.bias().length;
        }
        double[] out = new double[n];
        int k = 0;
        for (WorkedIteration.Parameters p : layers) {
            for (double[] row : p.weight()) {
                for (double x : row) {
                    out[k++] = x;
                }
            }
            for (double x : p.bias()) {
                out[k++] = x;
            }
        }
        return out;
    }
}
