package org.gradflow.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a layer's parameters are drawn before training. fan_in is the layer's inputs, fan_out its units; the
 * weights are drawn row by row (unit by unit) from the run's random stream, then the biases, which are 0 for
 * every scheme but {@code torch}. A scheme's parameters ({@code std}, {@code gain}) come with it in {@link Init}.
 */
public enum InitScheme {
    /** Torch7's {@code Linear:reset()}: weights and biases U(-1/sqrt(fan_in), 1/sqrt(fan_in)), the seed network's. */
    TORCH("torch") {
        @Override
        void fill(double[][] weight, double[] bias, TorchRandom random, Init init) {
            double stdv = 1.0 / Math.sqrt(weight[0].length);
            for (double[] row : weight) {
                random.fillUniform(row, -stdv, stdv);
            }
            random.fillUniform(bias, -stdv, stdv);
        }
    },
    /** Everything 0: every unit of a layer computes the same thing and gets the same gradient, forever. */
    ZEROS("zeros") {
        @Override
        void fill(double[][] weight, double[] bias, TorchRandom random, Init init) {
            // No draws: the next layer's weights come from where the stream stands.
            for (double[] row : weight) {
                Arrays.fill(row, 0.0);
            }
            Arrays.fill(bias, 0.0);
        }
    },
    /** N(0, std^2) for every weight; std is required. */
    NORMAL("normal") {
        @Override
        void fill(double[][] weight, double[] bias, TorchRandom random, Init init) {
            normal(weight, bias, random, init.std());
        }
    },
    /** Glorot and Bengio's U(-a, a), a = gain sqrt(6 / (fan_in + fan_out)). */
    XAVIER_UNIFORM("xavier-uniform") {
        @Override
        void fill(double[][] weight, double[] bias, TorchRandom random, Init init) {
            uniform(weight, bias, random, init.gain() * Math.sqrt(6.0 / (weight[0].length + weight.length)));
        }
    },
    /** N(0, std^2), std = gain sqrt(2 / (fan_in + fan_out)). */
    XAVIER_NORMAL("xavier-normal") {
        @Override
        void fill(double[][] weight, double[] bias, TorchRandom random, Init init) {
            normal(weight, bias, random, init.gain() * Math.sqrt(2.0 / (weight[0].length + weight.length)));
        }
    },
    /** He et al.'s U(-b, b), b = sqrt(6 / fan_in): keeps the variance of relu activations from layer to layer. */
    HE_UNIFORM("he-uniform") {
        @Override
        void fill(double[][] weight, double[] bias, TorchRandom random, Init init) {
            uniform(weight, bias, random, Math.sqrt(6.0 / weight[0].length));
        }
    },
    /** N(0, std^2), std = sqrt(2 / fan_in). */
    HE_NORMAL("he-normal") {
        @Override
        void fill(double[][] weight, double[] bias, TorchRandom random, Init init) {
            normal(weight, bias, random, Math.sqrt(2.0 / weight[0].length));
        }
    };

    private final String id;

    InitScheme(String id) {
        this.id = id;
    }

    /** Sets every weight (rows are units) and bias of one layer. */
    abstract void fill(double[][] weight, double[] bias, TorchRandom random, Init init);

    /** Whether the scheme takes a {@code std} (required then), or a {@code gain} (default 1). */
    public boolean takesStd() {
        return this == NORMAL;
    }

    public boolean takesGain() {
        return this == XAVIER_UNIFORM || this == XAVIER_NORMAL;
    }

    private static void uniform(double[][] weight, double[] bias, TorchRandom random, double bound) {
        for (double[] row : weight) {
            random.fillUniform(row, -bound, bound);
        }
        Arrays.fill(bias, 0.0);
    }

    private static void normal(double[][] weight, double[] bias, TorchRandom random, double std) {
        for (double[] row : weight) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.normal(0.0, std);
            }
        }
        Arrays.fill(bias, 0.0);
    }

    public String id() {
        return id;
    }

    public static String ids() {
        return Arrays.stream(values()).map(InitScheme::id).collect(Collectors.joining(", "));
    }

    public static Optional<InitScheme> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
