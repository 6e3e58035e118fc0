package org.gradflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What bench prints, not how fast it is: speed is measured by running it, never asserted in a unit test. */
class BenchCommandTest {

    @Test
    void lastLineIsIterationsPerSecondAndBaselineAddsTheRatio() {
        CliRun run = CliRun.of("bench", "--output-size", "1", "--seconds", "0.5", "--baseline");
        assertThat(run.status()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("iterations/s: [1-9][0-9]*");
        assertThat(run.out()).contains("network 6-3-1 (tanh), rule question, 10 pairs", "baseline: median",
                "ratio engine/baseline: median", "bytes allocated per iteration");
    }

    @Test
    void aScenarioTimesItsMainRunAndTheBaselineIsTheSeedNetworksOnly() {
        CliRun run = CliRun.of("bench", "src/bench/sigmoid-8x8-circle-batch1.json", "--seconds", "0.5");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("network 2-8-8-8-8-8-8-8-8-2 (sigmoid), rule cross-entropy, 200 examples,"
                + " batch 1");
        String[] lines = run.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("iterations/s: [1-9][0-9]*");
        CliRun refused = CliRun.of("bench", "src/bench/sigmoid-8x8-circle.json", "--baseline");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("gradflow: --baseline is for the reference network; a"
                + " scenario's network is timed as its file says");
    }

    @Test
    void badValuesAreRefused() {
        assertThat(CliRun.of("bench", "--output-size", "0").status()).isEqualTo(2);
        assertThat(CliRun.of("bench", "nope.json").status()).isEqualTo(2);
        assertThat(CliRun.of("bench", "--seconds", "0").status()).isEqualTo(2);
        assertThat(CliRun.of("bench", "--seconds", "NaN").status()).isEqualTo(2);
        CliRun run = CliRun.of("bench", "--output-size", "x");
        assertThat(run.err().strip()).startsWith("gradflow: ").doesNotContain("\n");
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(BenchCommand.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(BenchCommand.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }
}
