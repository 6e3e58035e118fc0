package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How far apart a run's checkpoints are: what a seek has to replay. */
class CheckpointsTest {
    @Test
    void theSeedCheckpointsEveryTwentyOnePassesAsAlwaysAndKeepsTenMillionIterationsWhole() {
        Checkpoints seed = new Checkpoints(100, 25, 2);
        assertThat(seed.interval()).isEqualTo(2100);
        for (long i = 0; i <= 10_000_000; i += seed.interval()) {
            seed.add(new Checkpoints.Saved(i, new double[25], null, null, 0));
        }
        assertThat(seed.interval()).as("no thinning by ten million").isEqualTo(2100);
        assertThat(seed.count()).isEqualTo(4762);
    }

    @Test
    void aNetworkWhoseIterationIsAWholeBatchCheckpointsOftenerSoThatAReplayStaysShort() {
        // 8 layers of 8 on 200 examples, full batch: a pass is one iteration of 200 forwards and backwards.
        Checkpoints deep = new Checkpoints(1, 546, 200);
        assertThat(deep.interval()).isEqualTo(60);
        // The same network one example at a time: a pass of 200 iterations, about 2,048 of them apart.
        assertThat(new Checkpoints(200, 546, 1).interval()).isEqualTo(2200);
    }

    @Test
    void atCapacityEveryOtherCheckpointGoesAndTheIntervalDoubles() {
        // A network so large that 8 checkpoints fill the parameter budget.
        Checkpoints big = new Checkpoints(1, 500_000, 1);
        long interval = big.interval();
        for (int k = 0; k <= 8; k++) {
            big.add(new Checkpoints.Saved(k * interval, new double[0], null, null, 0));
        }
        assertThat(big.interval()).isEqualTo(2 * interval);
        assertThat(big.atOrBefore(3 * interval).iteration()).isEqualTo(2 * interval);
    }
}
