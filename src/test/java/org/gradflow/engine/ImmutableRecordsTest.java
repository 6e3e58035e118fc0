package org.gradflow.engine;

import org.gradflow.testing.Scenarios;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.junit.jupiter.api.Test;

/** Records hand out copies: changing what a reader got changes nothing, and a scenario stays a fair key. */
class ImmutableRecordsTest {

    @Test
    void aTrainingPairCannotBeChangedThroughItsVectors() {
        TrainingPair pair = TrainingPair.of(new double[] {1, 2}, new double[] {3, 4}, 1);
        TrainingPair same = TrainingPair.of(new double[] {1, 2}, new double[] {3, 4}, 1);
        pair.left().setEntry(0, 99);
        pair.right().setEntry(1, 99);
        assertThat(pair.left().getEntry(0)).isEqualTo(1);
        assertThat(pair.right().getEntry(1)).isEqualTo(4);
        assertThat(pair).isEqualTo(same).hasSameHashCodeAs(same);
    }

    @Test
    void anIterationRecordCannotBeChangedThroughItsVectors() {
        Trainer trainer = RunFactory.comparisonRun(Scenario.DEFAULT);
        trainer.step();
        IterationRecord record = trainer.lastRecord();
        double u0 = record.u(0);
        record.u().setEntry(0, 42);
        record.dCdu().setEntry(0, 42);
        record.v().setEntry(0, 42);
        record.dCdv().setEntry(0, 42);
        assertThat(record.u(0)).isEqualTo(u0);
        assertThat(record.dCdu(0)).isNotEqualTo(42);
        assertThat(record.v(0)).isNotEqualTo(42);
        assertThat(record.dCdv(0)).isNotEqualTo(42);
    }

    @Test
    void initialWeightsAndTheScenarioKeyedByThemCannotBeChangedFromOutside() {
        Array2DRowRealMatrix given = new Array2DRowRealMatrix(new double[][] {{0.1, 0.2, 0.3}});
        InitialWeights weights = new InitialWeights(null, null, given, new ArrayRealVector(1));
        Scenario scenario = Scenarios.siamese(1, 6, TrainingRule.QUESTION, 0.01, 0, 10, 1, 10, weights);
        Scenario same = Scenarios.siamese(1, 6, TrainingRule.QUESTION, 0.01, 0, 10, 1, 10, weights);
        given.setEntry(0, 0, 9);
        weights.outputWeight().setEntry(0, 0, 9);
        scenario.weights().outputWeight().setEntry(0, 1, 9);
        weights.outputBias().setEntry(0, 9);
        assertThat(scenario.weights().outputWeight().getEntry(0, 0)).isEqualTo(0.1);
        assertThat(scenario.weights().outputWeight().getEntry(0, 1)).isEqualTo(0.2);
        assertThat(scenario).isEqualTo(same).hasSameHashCodeAs(same);
    }
}
