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
    /** Torch's normal draws come in pairs from one Box-Muller step: the second is kept for the next call. */
    private boolean normalPending;
    private double normalX;
    private double normalRho;

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

    /**
     * One normal draw, as {@code THRandom_normal}: Box-Muller from two uniforms, {@code rho = sqrt(-2 ln(1 - y))},
     * the first call of a pair returning {@code rho cos(2 pi x) std + mean} and the next {@code rho sin(2 pi x)
     * std + mean}; so a seed gives Torch's sequence, and a normal draw after a uniform one stays in step with it.
     */
    public double normal(double mean, double std) {
        if (!normalPending) {
            normalX = uniform(0.0, 1.0);
            double y = uniform(0.0, 1.0);
            normalRho = Math.sqrt(-2.0 * Math.log(1.0 - y));
            normalPending = true;
            return normalRho * Math.cos(2.0 * Math.PI * normalX) * std + mean;
        }
        normalPending = false;
        return normalRho * Math.sin(2.0 * Math.PI * normalX) * std + mean;
    }

    /** Fills {@code target} in order, as {@code Tensor:uniform(a, b)} fills a contiguous tensor. */
    public void fillUniform(double[] target, double a, double b) {
        for (int i = 0; i < target.length; i++) {
            target[i] = uniform(a, b);
        }
    }
}
