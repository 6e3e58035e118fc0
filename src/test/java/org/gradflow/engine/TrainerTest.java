package org.gradflow.engine;

import org.gradflow.testing.Scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.sun.management.ThreadMXBean;

class TrainerTest {

    private static Trainer reference(int outputSize, TrainingRule rule, double learningRate, int iterationsPerPair,
                                     int pairCount) {
        return RunFactory.mainRun(Scenarios.siamese(outputSize, 6, rule, learningRate, 0.0, iterationsPerPair, 1,
                pairCount, InitialWeights.NONE));
    }

    @Test
    void eachPairIsTrainedIterationsPerPairTimesInARowThenTheNextAndItWrapsAround() {
        Trainer trainer = reference(6, TrainingRule.QUESTION, 0.01, 3, 2);
        List<Integer> pairs = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            trainer.step();
            pairs.add(trainer.last().pair());
            targets.add(trainer.last().target());
            assertThat(trainer.last().iteration()).isEqualTo(i + 1);
        }
        assertThat(pairs).containsExactly(1, 1, 1, 2, 2, 2, 1, 1, 1);
        // Pair i (1-based) has target +1 when i is even.
        assertThat(targets).containsExactly(-1, -1, -1, 1, 1, 1, -1, -1, -1);
    }

    @Test
    void theRecordIsTakenBeforeTheUpdateAndTheUpdateIsPlainSgd() {
        Trainer trainer = reference(6, TrainingRule.QUESTION, 0.05, 10, 10);
        Network before = trainer.network().copy();
        TrainingPair pair = trainer.pairs().get(0);

        trainer.step();

        before.forward(pair.left().toArray(), pair.right().toArray());
        IterationRecord record = trainer.lastRecord();
        assertThat(record.u().toArray()).containsExactly(before.leftOutput());
        assertThat(record.v().toArray()).containsExactly(before.rightOutput());
        Network after = trainer.network();
        for (int k = 0; k < after.parameterCount(); k++) {
            assertThat(after.parameter(k)).isEqualTo(before.parameter(k) - 0.05 * after.gradient(k));
        }
    }

    @Test
    void sharedWeightsGetTheSumOfBothBranchesGradients() {
        Trainer trainer = reference(6, TrainingRule.QUESTION, 0.0, 1, 1);
        Network net = trainer.network();
        TrainingPair pair = trainer.pairs().get(0);
        trainer.step();
        IterationView it = trainer.last();
        double[] dCdu = new double[6];
        double[] dCdv = new double[6];
        for (int i = 0; i < 6; i++) {
            dCdu[i] = it.dCdu(i);
            dCdv[i] = it.dCdv(i);
        }
        // Each branch alone, through a copy: the left branch with dC/dv = 0, then the right with dC/du = 0.
        Network leftOnly = net.copy();
        leftOnly.forward(pair.left().toArray(), pair.right().toArray());
        leftOnly.zeroGradients();
        leftOnly.backward(it.gradOutput(), dCdu, new double[6]);
        Network rightOnly = net.copy();
        rightOnly.forward(pair.left().toArray(), pair.right().toArray());
        rightOnly.zeroGradients();
        rightOnly.backward(it.gradOutput(), new double[6], dCdv);
        for (int k = 0; k < net.parameterCount(); k++) {
            assertThat(net.gradient(k)).isEqualTo(leftOnly.gradient(k) + rightOnly.gradient(k));
        }
        assertThat(leftOnly.gradient(0)).isNotZero();
        assertThat(rightOnly.gradient(0)).isNotZero();
    }

    @Test
    void aZeroGradOutputLeavesTheWeightsExactlyWhereTheyWere() {
        // cosine-embedding with target -1 learns nothing once C <= margin; margin 1 makes that every iteration.
        Trainer trainer = RunFactory.mainRun(Scenarios.siamese(6, 6, TrainingRule.COSINE_EMBEDDING, 0.5, 1.0, 10,
                1, 1, InitialWeights.NONE));
        Network before = trainer.network().copy();
        trainer.step();
        assertThat(trainer.last().gradOutput()).isZero();
        assertThat(trainer.last().gradNorm(0)).isZero();
        for (int k = 0; k < before.parameterCount(); k++) {
            assertThat(trainer.network().parameter(k)).isEqualTo(before.parameter(k));
        }
    }

    @Test
    void stepAllocatesNothing() {
        Trainer trainer = reference(6, TrainingRule.QUESTION, 0.01, 10, 10);
        for (int i = 0; i < 20_000; i++) {
            trainer.step();
        }
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            trainer.step();
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        // One object per step would be at least 1.6 MB here; the allowance is for the measuring call itself.
        assertThat(allocated).isLessThan(10_000);
    }

    @Test
    void aHugeLearningRateExplodesThe6dRunAndTheViewSaysSo() {
        Trainer wide = reference(6, TrainingRule.QUESTION, 1e6, 10, 10);
        Trainer scalar = reference(1, TrainingRule.QUESTION, 1e6, 10, 10);
        for (int i = 0; i < 20; i++) {
            wide.step();
            scalar.step();
        }
        assertThat(wide.last().divergence()).isEqualTo(Divergence.EXPLODED);
        assertThat(wide.last().parameterNorm()).isGreaterThan(Divergence.EXPLODED_PARAMETER);
        assertThat(wide.network().largestParameter()).isGreaterThan(Divergence.EXPLODED_PARAMETER);
        // The 1-D run's gradient is ~1e-11, so even 1e6 times it moves nothing: the pathology in one line.
        assertThat(scalar.last().divergence()).isEqualTo(Divergence.NONE);
        assertThat(scalar.network().largestParameter()).isLessThan(1.0);
    }

    @Test
    void aNaNParameterMakesTheRunNonFinite() {
        Trainer trainer = reference(6, TrainingRule.QUESTION, 0.01, 1, 10);
        trainer.network().hiddenLayer().weight().setEntry(0, 0, Double.NaN);
        trainer.step();
        assertThat(trainer.last().cosine()).isNaN();
        assertThat(trainer.last().divergence()).isEqualTo(Divergence.NON_FINITE);
        assertThat(trainer.lastRecord().finite()).isFalse();
    }

    @Test
    void anInfiniteParameterIsCaughtEvenWhenTanhHidesIt() {
        // tanh(Inf) = 1, so the outputs stay finite: only watching the parameters notices.
        Trainer trainer = reference(6, TrainingRule.QUESTION, 0.01, 1, 10);
        trainer.network().hiddenLayer().weight().setEntry(0, 0, Double.POSITIVE_INFINITY);
        trainer.step();
        assertThat(Double.isFinite(trainer.last().cosine())).isTrue();
        assertThat(trainer.last().divergence()).isEqualTo(Divergence.NON_FINITE);
    }

    @Test
    void lastRecordBeforeAnyStepIsRefused() {
        Trainer trainer = reference(1, TrainingRule.QUESTION, 0.01, 10, 10);
        assertThatThrownBy(trainer::lastRecord).isInstanceOf(IllegalStateException.class);
        assertThat(trainer.iteration()).isZero();
        assertThat(trainer.nextPair()).isEqualTo(1);
    }

    @Test
    void bothRunsOfAScenarioShareDataAndHiddenLayer() {
        Scenario scenario = Scenario.DEFAULT;
        Trainer main = RunFactory.mainRun(scenario);
        Trainer comparison = RunFactory.comparisonRun(scenario);
        assertThat(main.pairs()).isEqualTo(comparison.pairs());
        assertThat(main.network().hiddenLayer().weight()).isEqualTo(comparison.network().hiddenLayer().weight());
        assertThat(main.network().outputSize()).isEqualTo(1);
        assertThat(comparison.network().outputSize()).isEqualTo(6);
    }

    @Test
    void initialWeightsAreWithinTorchsRange() {
        Network net = RunFactory.mainRun(Scenario.DEFAULT.withOutputSize(6)).network();
        double hiddenRange = 1 / Math.sqrt(6);
        double outputRange = 1 / Math.sqrt(3);
        for (int k = 0; k < net.parameterCount(); k++) {
            double range = k < 21 ? hiddenRange : outputRange;
            assertThat(Math.abs(net.parameter(k))).isLessThanOrEqualTo(range);
        }
    }
}
