package org.gradflow.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What follows a layer's {@link Linear}: Torch7's activation modules, each with its forward pass, the derivative
 * its backward pass uses (from the output where Torch takes it from there, from the input where it does), and
 * when a unit counts as saturated (its derivative near zero, so it passes almost no gradient down).
 *
 * <p>A layer picks its activation once; the loops below run over a whole vector, so the choice costs one call per
 * layer and slot, not one per unit. The names scenario files accept are derived from {@link #id()}.
 */
public enum Activation {
    /** {@code nn.Tanh}: backward {@code gradOutput * (1 - y^2)} from the output y, exactly Torch's expression. */
    TANH("tanh") {
        @Override
        public void forward(double[] pre, double[] post) {
            for (int i = 0; i < post.length; i++) {
                post[i] = Tanh.tanh(pre[i]);
            }
        }

        @Override
        public void backward(double[] pre, double[] post, double[] gradPost, double[] gradPre) {
            for (int i = 0; i < gradPre.length; i++) {
                double y = post[i];
                gradPre[i] = gradPost[i] * (1.0 - y * y);
            }
        }

        @Override
        public void backwardScaled(double[] pre, double[] post, double[] gradient, double scale, double[] gradPost,
                                   double[] gradPre) {
            for (int i = 0; i < gradPre.length; i++) {
                double g = gradient[i] * scale;
                gradPost[i] = g;
                double y = post[i];
                gradPre[i] = g * (1.0 - y * y);
            }
        }

        @Override
        public int countSaturated(double[] pre, double[] post) {
            int count = 0;
            for (double y : post) {
                if (Math.abs(y) > SATURATED_TANH) {
                    count++;
                }
            }
            return count;
        }
    },
    /**
     * {@code nn.Sigmoid}: {@code y = 1/(1+e^-x)}; backward {@code gradOutput * (1 - y) * y} from the output, in
     * Torch's order. Its derivative is at most 1/4 (at x = 0), which is why a deep stack of them shrinks the
     * gradient at every layer.
     */
    SIGMOID("sigmoid") {
        @Override
        public void forward(double[] pre, double[] post) {
            for (int i = 0; i < post.length; i++) {
                post[i] = 1.0 / (1.0 + Math.exp(-pre[i]));
            }
        }

        @Override
        public void backward(double[] pre, double[] post, double[] gradPost, double[] gradPre) {
            for (int i = 0; i < gradPre.length; i++) {
                double y = post[i];
                gradPre[i] = gradPost[i] * (1.0 - y) * y;
            }
        }

        @Override
        public int countSaturated(double[] pre, double[] post) {
            int count = 0;
            for (double y : post) {
                if (y < SATURATED_SIGMOID_LOW || y > SATURATED_SIGMOID_HIGH) {
                    count++;
                }
            }
            return count;
        }
    },
    /**
     * {@code nn.ReLU} (Torch's {@code Threshold(0, 0)}): {@code x > 0 ? x : 0}, and the gradient passed where the
     * input was {@code > 0}, else 0. A unit whose input is {@code <= 0} for every example passes nothing back and
     * its weights never change again: it is dead.
     */
    RELU("relu") {
        @Override
        public void forward(double[] pre, double[] post) {
            for (int i = 0; i < post.length; i++) {
                double x = pre[i];
                post[i] = x > 0 ? x : 0.0;
            }
        }

        @Override
        public void backward(double[] pre, double[] post, double[] gradPost, double[] gradPre) {
            for (int i = 0; i < gradPre.length; i++) {
                gradPre[i] = pre[i] > 0 ? gradPost[i] : 0.0;
            }
        }

        @Override
        public int countSaturated(double[] pre, double[] post) {
            return countNotPositive(pre);
        }
    },
    /** {@code nn.LeakyReLU(0.01)}: {@code x} for {@code x > 0}, else {@code 0.01 x}; derivative 1 or 0.01. */
    LEAKY_RELU("leaky-relu") {
        @Override
        public void forward(double[] pre, double[] post) {
            for (int i = 0; i < post.length; i++) {
                double x = pre[i];
                post[i] = x > 0 ? x : x * LEAK;
            }
        }

        @Override
        public void backward(double[] pre, double[] post, double[] gradPost, double[] gradPre) {
            for (int i = 0; i < gradPre.length; i++) {
                gradPre[i] = pre[i] > 0 ? gradPost[i] : gradPost[i] * LEAK;
            }
        }

        @Override
        public int countSaturated(double[] pre, double[] post) {
            return countNotPositive(pre);
        }
    },
    /** The identity: class scores and regression outputs. */
    LINEAR("linear") {
        @Override
        public void forward(double[] pre, double[] post) {
            System.arraycopy(pre, 0, post, 0, post.length);
        }

        @Override
        public void backward(double[] pre, double[] post, double[] gradPost, double[] gradPre) {
            System.arraycopy(gradPost, 0, gradPre, 0, gradPre.length);
        }

        @Override
        public int countSaturated(double[] pre, double[] post) {
            return 0;
        }
    };

    /** The design's saturation thresholds: tanh |a| > 0.97 (1 - a^2 < 0.06); sigmoid a outside [0.03, 0.97]. */
    public static final double SATURATED_TANH = 0.97;
    public static final double SATURATED_SIGMOID_LOW = 0.03;
    public static final double SATURATED_SIGMOID_HIGH = 0.97;
    /** {@code nn.LeakyReLU}'s default negative slope. */
    public static final double LEAK = 0.01;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** {@code post[i] = f(pre[i])} for every unit. */
    public abstract void forward(double[] pre, double[] post);

    /** {@code gradPre[i] = gradPost[i] * f'(...)}, f' taken as Torch7's module takes it. */
    public abstract void backward(double[] pre, double[] post, double[] gradPost, double[] gradPre);

    /**
     * The same from {@code gradPost = gradient * scale}, which it also writes: a siamese network's output layer
     * receives gradOutput times the join's gradient. One loop instead of two, with the same roundings; tanh, the
     * seed network's, has its own, as that loop runs twice every iteration.
     */
    public void backwardScaled(double[] pre, double[] post, double[] gradient, double scale, double[] gradPost,
                               double[] gradPre) {
        for (int i = 0; i < gradPost.length; i++) {
            gradPost[i] = gradient[i] * scale;
        }
        backward(pre, post, gradPost, gradPre);
    }

    /**
     * How many units of one slot have a derivative near zero (the design's per-layer record: tanh |a| > 0.97;
     * sigmoid a < 0.03 or a > 0.97; relu and leaky-relu an input <= 0; linear none). One call per layer and
     * slot, so that the test sits inside the loop instead of being dispatched for every unit.
     */
    public abstract int countSaturated(double[] pre, double[] post);

    /** Whether one unit is saturated, as {@link #countSaturated} counts it. */
    public boolean saturated(double pre, double post) {
        return countSaturated(new double[] {pre}, new double[] {post}) == 1;
    }

    private static int countNotPositive(double[] pre) {
        int count = 0;
        for (double x : pre) {
            if (!(x > 0)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a unit can die: stop passing any gradient for every input (relu, not leaky-relu). */
    public boolean canDie() {
        return this == RELU;
    }

    /** The name in scenario files. */
    public String id() {
        return id;
    }

    /** "tanh, sigmoid, relu, leaky-relu, linear", for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", "));
    }

    public static Optional<Activation> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
