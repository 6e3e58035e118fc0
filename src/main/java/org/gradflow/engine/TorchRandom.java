package org.gradflow.engine;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * Torch7's random stream: Mersenne Twister seeded like {@code torch.manualSeed(seed)}, and uniforms made
 * from one 32-bit draw each ({@code THRandom_uniform}), so that a seed gives the same numbers Torch would.
 */
public final class TorchRandom {
    /** Torch divides the 32-bit draw by 2^32, which keeps 1.0 out of [a, b). */
    private static final double TWO_TO_MINUS_32 = 1.0 / 4294967296.0;

    private final MersenneTwister twister;

    /** @param seed 0 .. 2^32-1, as {@code torch.manualSeed} keeps only the low 32 bits */
    public TorchRandom(long seed) {
        // MersenneTwister(int) runs init_genrand, the same seeding THRandom_manualSeed does.
        this.twister = new MersenneTwister((int) seed);
    }

    /** One uniform in [a, b), as {@code torch.uniform(a, b)} and {@code Tensor:uniform(a, b)}. */
    public double uniform(double a, double b) {
        double unit = (twister.nextInt() & 0xffffffffL) * TWO_TO_MINUS_32;
        return unit * (b - a) + a;
    }

    /** Fills {@code target} in order, as {@code Tensor:uniform(a, b)} fills a contiguous tensor. */
    public void fillUniform(double[] target, double a, double b) {
        for (int i = 0; i < target.length; i++) {
            target[i] = uniform(a, b);
        }
    }
}
