package org.gradflow.engine;

import org.gradflow.testing.Scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The story GradFlow tells, as tests: the 1-D siamese net cannot learn, the 6-D one does. */
class OneVersusSixDimensionsTest {

    @Test
    void withScalarOutputsTheReferenceScenarioHasCosinePlusMinusOneAndNoGradient() {
        Trainer trainer = RunFactory.mainRun(Scenario.DEFAULT);
        Network start = trainer.network().copy();
        int nonSingular = 0;
        for (int i = 0; i < 1000; i++) {
            trainer.step();
            IterationView it = trainer.last();
            if (!it.singular()) {
                nonSingular++;
                // 1 - |C| ~ eps/(2u^2) ~ 1e-11 here; |dC/du| <= eps/|u|^3 ~ 1e-10 for |u| > 0.2.
                assertThat(Math.abs(it.cosine())).isCloseTo(1.0, within(1e-9));
                assertThat(Math.abs(it.dCdu(0))).isLessThan(1e-9);
                assertThat(Math.abs(it.dCdv(0))).isLessThan(1e-9);
            }
        }
        assertThat(nonSingular).isEqualTo(1000);
        // 1000 steps of 0.01 x ~1e-11 move a weight by ~1e-10: "barely" means under 1e-9 in total.
        for (int k = 0; k < start.parameterCount(); k++) {
            assertThat(trainer.network().parameter(k)).isCloseTo(start.parameter(k), within(1e-9));
        }
    }

    @Test
    void aZeroLeftOutputGivesCosineZeroTheMillionSpikeAndSingular() {
        Scenario scenario = Scenarios.siamese(1, 6, TrainingRule.QUESTION, 0.01, 0, 10, 1, 10,
                new InitialWeights(null, new ArrayRealVector(3), null, new ArrayRealVector(1)),
                List.of(TrainingPair.of(new double[6], new double[] {.9, .8, .7, .6, .5, .4}, -1)));
        Trainer trainer = RunFactory.mainRun(scenario);
        trainer.step();
        IterationRecord r = trainer.lastRecord();
        assertThat(r.u().getEntry(0)).isZero();
        assertThat(r.cosine()).isZero();
        assertThat(Math.abs(r.dCdu().getEntry(0))).isCloseTo(1e6, within(1.0));
        assertThat(r.singular()).isTrue();
    }

    /**
     * Over each pair's block of 10 iterations the loss on that pair falls. Threshold: on average by at least
     * 0.1 per block. A working 6-D gradient is of order 1 and lr 0.1 over 9 updates moves the cosine by tenths
     * (seeds 1-5 average 0.24 to 0.46); the 1-D run under the same rule moves it by under 1e-9. 0.1 sits far
     * from both, so the test fails if the gradient is lost but not because of the seed.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sixDimensionsLearnWithTheTorchExampleRuleOneDimensionDoesNot(long seed) {
        double sixDrop = meanDropPerBlock(6, seed);
        double oneDrop = meanDropPerBlock(1, seed);
        assertThat(sixDrop).isGreaterThan(0.1);
        assertThat(Math.abs(oneDrop)).isLessThan(1e-9);
    }

    private static double meanDropPerBlock(int outputSize, long seed) {
        Scenario scenario = Scenarios.siamese(outputSize, 6, TrainingRule.TORCH_EXAMPLE, 0.1, 0, 10, seed, 10,
                InitialWeights.NONE);
        Trainer trainer = RunFactory.mainRun(scenario);
        double total = 0;
        for (int block = 0; block < 10; block++) {
            trainer.step();
            double first = trainer.last().loss();
            for (int i = 1; i < 10; i++) {
                trainer.step();
            }
            assertThat(trainer.last().pair()).isEqualTo(block + 1);
            if (outputSize > 1) {
                assertThat(trainer.last().loss()).as("block %d", block + 1).isLessThanOrEqualTo(first);
            }
            total += first - trainer.last().loss();
        }
        return total / 10;
    }

    @Test
    void givenWeightsReplaceTheSeedsOnlyWhereGiven() {
        Array2DRowRealMatrix output = new Array2DRowRealMatrix(new double[][] {{0.1, 0.2, 0.3}});
        Scenario scenario = Scenarios.siamese(1, 6, TrainingRule.QUESTION, 0.01, 0, 10, 1, 10,
                new InitialWeights(null, null, output, null));
        Network given = RunFactory.mainRun(scenario).network();
        Network seeded = RunFactory.mainRun(Scenario.DEFAULT).network();
        assertThat(given.outputLayer().weight()).isEqualTo(output);
        assertThat(given.outputLayer().bias()).isEqualTo(seeded.outputLayer().bias());
        assertThat(given.hiddenLayer().weight()).isEqualTo(seeded.hiddenLayer().weight());
    }
}
