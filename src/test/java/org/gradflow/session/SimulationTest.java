package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingRule;
import org.gradflow.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.RunEvent;

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
        Await.until("play to pass 1,000 iterations", 20, () -> simulation.lockstepIteration() >= 1000);
        simulation.pause();
        assertThat(simulation.playing()).isFalse();
        // whenIdle completes only once play is off and nothing is left to do: were play still on, it would time out.
        settle();
        long stopped = left.iteration();
        assertThat(stopped).isGreaterThanOrEqualTo(1000);
        assertThat(right.iteration()).isEqualTo(stopped);
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
    void aRunKeptThroughAChangeShowsTheNewScenarioSoItsFramesNameBothRunsAsTheyNowAre() throws Exception {
        start(Scenario.DEFAULT);
        simulation.runTo(30);
        settle();
        Scenario built = right.scenario();
        long version = simulation.version();
        Scenario three = Scenario.DEFAULT.withOutputSize(3);
        simulation.apply(three);
        settle();
        // The change does not concern the 6-D run, which is kept as it is; its frame's scenario is the new one all
        // the same, so the window names it "D = 6" against "D = 3", not against the "D = 1" it was built next to.
        assertThat(simulation.version()).isGreaterThan(version);
        assertThat(built.outputSize()).isEqualTo(1);
        assertThat(right.scenario()).isSameAs(left.scenario());
        assertThat(right.scenario().outputSize()).isEqualTo(3);
        assertThat(left.isMain()).isTrue();
        assertThat(right.isMain()).isFalse();
        assertThat(left.spec().network().outputSize()).isEqualTo(3);
        assertThat(right.spec().network().outputSize()).isEqualTo(6);
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

    private static void assertSameIteration(RunFrame actual, IterationView expected) {
        assertThat(actual.iteration()).isEqualTo(expected.iteration());
        assertThat(actual.cosine()).isEqualTo(expected.cosine());
        assertThat(actual.loss()).isEqualTo(expected.loss());
        assertThat(actual.dCduNorm()).isEqualTo(expected.dCduNorm());
        for (int i = 0; i < expected.outputSize(); i++) {
            assertThat(actual.u(i)).isEqualTo(expected.u(i));
            assertThat(actual.v(i)).isEqualTo(expected.v(i));
            assertThat(actual.dCdu(i)).isEqualTo(expected.dCdu(i));
        }
        for (int k = 0; k < 4; k++) {
            assertThat(actual.gradNorm(k)).isEqualTo(expected.gradNorm(k));
        }
    }

    private static Trainer trained(Trainer trainer, long iterations) {
        for (long i = 0; i < iterations; i++) {
            trainer.step();
        }
        return trainer;
    }

    @Test
    void stepBackRestoresExactlyThePreviousIteration() throws Exception {
        start(Scenario.DEFAULT);
        simulation.runTo(15_000);
        settle();
        simulation.step();
        settle();
        simulation.stepBack();
        settle();
        assertThat(left.iteration()).isEqualTo(15_000);
        assertSameIteration(right, trained(RunFactory.comparisonRun(Scenario.DEFAULT), 15_000).last());
        simulation.stepBack();
        settle();
        assertSameIteration(left, trained(RunFactory.mainRun(Scenario.DEFAULT), 14_999).last());
        assertSameIteration(right, trained(RunFactory.comparisonRun(Scenario.DEFAULT), 14_999).last());
        assertThat(right.frontier()).isEqualTo(15_001);
    }

    @Test
    void aSeekShowsWhatTraceGivesAtThatIterationAndTheCountsOfThatMoment() throws Exception {
        start(Scenario.DEFAULT);
        simulation.runTo(30_000);
        settle();
        for (long k : new long[] {1_240, 1_400, 29_999, 7, 0, 20_480}) {
            simulation.seek(k);
            settle();
            assertThat(right.iteration()).isEqualTo(k);
            if (k > 0) {
                assertSameIteration(left, trained(RunFactory.mainRun(Scenario.DEFAULT), k).last());
                assertSameIteration(right, trained(RunFactory.comparisonRun(Scenario.DEFAULT), k).last());
            }
            // Passes and events are those of that moment: before pass 14 the 6-D run has not learned yet.
            assertThat(right.lastPass() == null ? 0 : right.lastPass().pass()).isEqualTo(k / 100);
            assertThat(right.event(RunEvent.Kind.LEARNED) != null).isEqualTo(k >= 1_400);
            assertThat(right.frontier()).isEqualTo(30_000);
        }
    }

    @Test
    void runUntilTheNextEventStopsWhereTheSixDimensionalRunLearns() throws Exception {
        start(Scenario.DEFAULT);
        simulation.runUntilEvent();
        settle();
        assertThat(simulation.lastEventStop()).isEqualTo(
                new RunEvent(RunEvent.Kind.LEARNED, 1_400));
        assertThat(simulation.lastEventSide()).isEqualTo(RunSide.COMPARISON);
        assertThat(right.iteration()).isEqualTo(1_400);
        assertThat(left.iteration()).isEqualTo(1_400);
        assertThat(right.lastPass().learned()).isTrue();
        assertThat(right.previousPass().learned()).isFalse();
    }

    @Test
    void runOnePassEndsAtThePassBoundary() throws Exception {
        start(Scenario.DEFAULT);
        simulation.runTo(37);
        simulation.runPass();
        settle();
        assertThat(left.iteration()).isEqualTo(100);
        simulation.runPass();
        settle();
        assertThat(left.iteration()).isEqualTo(200);
        assertThat(left.lastPass().pass()).isEqualTo(2);
    }

    @Test
    void theLastNViewShowsExactlyTheLastNIterations() throws Exception {
        start(Scenario.DEFAULT);
        simulation.setTimeAxis(TimeAxis.LAST_100);
        simulation.runTo(5_000);
        settle();
        assertThat(left.cosineSeries().size()).isEqualTo(100);
        assertThat(left.cosineSeries().decimated()).isFalse();
        assertThat(left.cosineSeries().xs()[0]).isEqualTo(4_901);
        Trainer reference = trained(RunFactory.mainRun(Scenario.DEFAULT), 4_901);
        assertThat(left.cosineSeries().ys()[0]).isEqualTo(reference.last().cosine());
        simulation.seek(3_000);
        settle();
        assertThat(left.cosineSeries().xs()[99]).isEqualTo(3_000);
        assertThat(left.cosineSeries().ys()[99]).isEqualTo(trained(RunFactory.mainRun(Scenario.DEFAULT), 3_000)
                .last().cosine());
    }

    @Test
    void playStopsAtTheFirstEventWhenAskedTo() throws Exception {
        start(Scenario.DEFAULT);
        simulation.setPauseOnEvents(true);
        simulation.setSpeed(Simulation.MAX_SPEED);
        simulation.play();
        Await.until("play to stop by itself at the first event", 30, () -> !simulation.playing());
        settle();
        assertThat(right.iteration()).isEqualTo(1_400);
        assertThat(simulation.lastEventStop().kind()).isEqualTo(RunEvent.Kind.LEARNED);
    }
}
