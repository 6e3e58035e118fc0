package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TorchRandomTest {

    @Test
    void seed123GivesTheNumbersTorchsDocumentationPrints() {
        // torch7 doc/random.md: torch.manualSeed(123); torch.uniform() x3, printed to 14 significant digits.
        TorchRandom random = new TorchRandom(123);
        assertThat(random.uniform(0, 1)).isCloseTo(0.69646918727085, within(5e-15));
        assertThat(random.uniform(0, 1)).isCloseTo(0.71295532141812, within(5e-15));
        assertThat(random.uniform(0, 1)).isCloseTo(0.28613933874294, within(5e-15));
    }

    @Test
    void sameSeedSameStreamAndUniformStaysInItsInterval() {
        TorchRandom a = new TorchRandom(7);
        TorchRandom b = new TorchRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double x = a.uniform(-0.5, 0.25);
            assertThat(b.uniform(-0.5, 0.25)).isEqualTo(x);
            assertThat(x).isGreaterThanOrEqualTo(-0.5).isLessThan(0.25);
        }
    }

    @Test
    void largestSeedIsTheSameAsTorchsLow32Bits() {
        assertThat(new TorchRandom(0xffffffffL).uniform(0, 1)).isEqualTo(new TorchRandom(-1).uniform(0, 1));
        assertThat(new TorchRandom(1).uniform(0, 1)).isNotEqualTo(new TorchRandom(2).uniform(0, 1));
    }
}
