package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's speed ratio compares the engine with this loop; the ratio means something only if the loop
 * trains the same network to the same numbers. It does the same arithmetic in the same order, so the cosine
 * must agree to the last bit, iteration after iteration (a single reordered sum would show within a few hundred
 * iterations, the training being chaotic).
 */
class HandWrittenLoopTest {

    @ParameterizedTest(name = "D = {0}")
    @ValueSource(ints = {1, 2, 6})
    void trainsTheSameNetworkToTheSameNumbersAsTheEngine(int outputSize) {
        Scenario scenario = Scenario.DEFAULT.withOutputSize(outputSize);
        Trainer engine = RunFactory.mainRun(scenario);
        HandWrittenLoop loop = new HandWrittenLoop(RunFactory.mainRun(scenario));
        for (int i = 1; i <= 2_000; i++) {
            engine.step();
            loop.step();
            assertThat(loop.lastCosine()).as("iteration %d", i).isEqualTo(engine.last().cosine());
        }
    }
}
