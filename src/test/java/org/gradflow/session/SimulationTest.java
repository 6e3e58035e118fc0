package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationTest {
    private Simulation simulation;
    private final RunFrame left = new RunFrame();
    private final RunFrame right = new RunFrame();

    private void start(Scenario scenario) {
        simulation = new Simulation(scenario);
    }

    private void settle() throws Exception {
        simulation.whenIdle().get(30, TimeUnit.SECONDS);
        simulation.copyFrames(left, right);
    }

    @AfterEach
    void close() {
        simulation.close();
    }

    @Test
    void stepAdvancesBothRunsByExactlyOneIterationAndOnePointPerSeries() throws Exception {
        start(Scenario.DEFAULT);
        settle();
        assertThat(left.iteration()).isZero();
        assertThat(left.cosineSeries().size()).isZero();
        for (int i = 1; i <= 3; i++) {
            simulation.step();
            settle();
            assertThat(left.iteration()).isEqualTo(i);
            assertThat(right.iteration()).isEqualTo(i);
            assertThat(left.cosineSeries().size()).isEqualTo(i);
            assertThat(right.dCduNormSeries().size()).isEqualTo(i);
            assertThat(right.componentCount()).isEqualTo(6);
            assertThat(right.componentSeries(5).size()).isEqualTo(i);
        }
        assertThat(left.outputSize()).isEqualTo(1);
        assertThat(right.outputSize()).isEqualTo(6);
        assertThat(left.gradientCheck()).isNotNull();
    }

    @Test
    void iterationZeroShowsThePreviewOfTheFirstStep() throws Exception {
        start(Scenario.DEFAULT);
        settle();
        Trainer reference = RunFactory.mainRun(Scenario.DEFAULT);
        reference.step();
        assertThat(left.cosine()).isEqualTo(reference.last().cosine());
        assertThat(left.dCduNorm()).isEqualTo(reference.last().dCduNorm());
    }

    @Test
    void playThenPauseStopsAndTheCountHolds() throws Exception {
        start(Scenario.DEFAULT);
        simulation.setSpeed(Simulation.MAX_SPEED);
        simulation.play();
        assertThat(simulation.playing()).isTrue();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (simulation.lockstepIteration() < 1000 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        simulation.pause();
        assertThat(simulation.playing()).isFalse();
        settle();
        long stopped = left.iteration();
        assertThat(stopped).isPositive();
        assertThat(right.iteration()).isEqualTo(stopped);
        Thread.sleep(200);
        settle();
        assertThat(left.iteration()).isEqualTo(stopped);
    }

    @Test
    void resetReturnsToIterationZero() throws Exception {
        start(Scenario.DEFAULT);
        simulation.runTo(500);
        settle();
        assertThat(left.iteration()).isEqualTo(500);
        simulation.reset();
        settle();
        assertThat(left.iteration()).isZero();
        assertThat(left.cosineSeries().size()).isZero();
        assertThat(simulation.lockstepIteration()).isZero();
    }

    @Test
    void changingOneSizeRebuildsThatRunAndReplaysItToTheSameIteration() throws Exception {
        start(Scenario.DEFAULT);
        simulation.runTo(250);
        settle();
        double rightCosine = right.cosine();
        simulation.apply(Scenario.DEFAULT.withOutputSize(3));
        settle();
        assertThat(left.outputSize()).isEqualTo(3);
        assertThat(left.iteration()).isEqualTo(250);
        assertThat(right.iteration()).isEqualTo(250);
        assertThat(right.cosine()).isEqualTo(rightCosine);
        Trainer fresh = RunFactory.mainRun(Scenario.DEFAULT.withOutputSize(3));
        for (int i = 0; i < 250; i++) {
            fresh.step();
        }
        assertThat(left.cosine()).isEqualTo(fresh.last().cosine());
        assertThat(left.cosineSeries().size()).isEqualTo(250);
    }

    @Test
    void aDivergedRunStopsWhileTheOtherGoesOn() throws Exception {
        start(Scenario.DEFAULT.withTraining(TrainingRule.QUESTION, 1e6, 0, 10, 1));
        simulation.runTo(40);
        settle();
        assertThat(right.divergence()).isEqualTo(Divergence.EXPLODED);
        assertThat(right.frozen()).isTrue();
        assertThat(right.iteration()).isLessThan(40);
        assertThat(left.iteration()).isEqualTo(40);
        assertThat(left.divergence()).isEqualTo(Divergence.NONE);
        simulation.reset();
        settle();
        assertThat(right.frozen()).isFalse();
        assertThat(right.iteration()).isZero();
    }
}
