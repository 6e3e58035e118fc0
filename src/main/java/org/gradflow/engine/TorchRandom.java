package org.gradflow.engine;

/**
 * Torch7's random stream: the Mersenne Twister MT19937 seeded like {@code torch.manualSeed(seed)}
 * ({@code init_genrand} of the seed's low 32 bits), and uniforms made from one 32-bit draw each
 * ({@code THRandom_uniform}), so that a seed gives the same numbers Torch would.
 *
 * <p>Why not commons-math3's {@code MersenneTwister}: its {@code setSeed(int)} sign-extends the seed before the
 * recurrence, so a seed from 2^31 to 2^32 - 1 (legal in a scenario, as in Torch) starts another stream than
 * {@code init_genrand}'s; its {@code setSeed(long)} is {@code init_by_array}, another stream again. The twister
 * itself is the reference algorithm (Matsumoto and Nishimura, mt19937ar.c), in unsigned 32-bit arithmetic.
 */
public final class TorchRandom {
    /** Torch divides the 32-bit draw by 2^32, which keeps 1.0 out of [a, b). */
    private static final double TWO_TO_MINUS_32 = 1.0 / 4294967296.0;
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    private final int[] state = new int[N];
    private int next = N;
    /** Torch's normal draws come in pairs from one Box-Muller step: the second is kept for the next call. */
    private boolean normalPending;
    private double normalX;
    private double normalRho;

    /** @param seed 0 .. 2^32-1, as {@code torch.manualSeed} keeps only the low 32 bits */
    public TorchRandom(long seed) {
        // init_genrand, the seeding THRandom_manualSeed does: the recurrence on unsigned 32-bit values.
        long x = seed & 0xffffffffL;
        state[0] = (int) x;
        for (int i = 1; i < N; i++) {
            x = (1812433253L * (x ^ (x >>> 30)) + i) & 0xffffffffL;
            state[i] = (int) x;
        }
    }

    /** genrand_int32: the next 32 bits of the stream. */
    private int nextInt() {
        if (next >= N) {
            for (int k = 0; k < N; k++) {
                int y = (state[k] & UPPER) | (state[(k + 1) % N] & LOWER);
                state[k] = state[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            next = 0;
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** One uniform in [a, b), as {@code torch.uniform(a, b)} and {@code Tensor:uniform(a, b)}. */
    public double uniform(double a, double b) {
        double unit = (nextInt() & 0xffffffffL) * TWO_TO_MINUS_32;
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
