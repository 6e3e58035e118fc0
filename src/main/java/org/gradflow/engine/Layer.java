package org.gradflow.engine;

/**
 * One layer of a network, {@code Linear} then its {@link Activation}, with the values of its last forward and
 * backward pass for each input slot: two slots for a siamese network (left and right branch, which share the
 * parameters and keep their own activations, as Torch's {@code clone('weight', 'bias', ...)} does), B for a
 * batch of B examples. Everything is allocated here, once, so that an iteration allocates nothing.
 *
 * <p>For slot s: {@code pre[s] = W x + b}, {@code post[s] = f(pre[s])} going up; {@code gradPost[s] = dL/dpost}
 * arrives from above, {@code gradPre[s] = dL/dpre} goes into the Linear's backward.
 */
public final class Layer {
    private final Linear linear;
    private final Activation activation;
    final double[][] pre;
    final double[][] post;
    final double[][] gradPost;
    final double[][] gradPre;

    Layer(int inputSize, int units, Activation activation, int slots) {
        this.linear = new Linear(inputSize, units);
        this.activation = activation;
        this.pre = new double[slots][units];
        this.post = new double[slots][units];
        this.gradPost = new double[slots][units];
        this.gradPre = new double[slots][units];
    }

    /** The layer's parameters and their gradients (shared by every slot). */
    public Linear linear() {
        return linear;
    }

    public Activation activation() {
        return activation;
    }

    public int units() {
        return linear.outputSize();
    }

    public int inputSize() {
        return linear.inputSize();
    }

    /** {@code pre = W x + b; post = f(pre)} for one slot; returns post (a live buffer). */
    double[] forward(int slot, double[] input) {
        linear.forward(input, pre[slot]);
        activation.forward(pre[slot], post[slot]);
        return post[slot];
    }

    /**
     * From {@code gradPost[slot]}: through the activation, then the Linear, adding to the shared parameter
     * gradients (setting them, for the iteration's {@code first} slot) and, unless {@code gradInput} is null (the
     * first layer), setting {@code gradInput = W^T dL/dpre}.
     */
    void backward(int slot, double[] input, double[] gradInput, boolean first) {
        activation.backward(pre[slot], post[slot], gradPost[slot], gradPre[slot]);
        linear.backward(input, gradPre[slot], gradInput, first);
    }

    /** {@link #backward} from {@code gradPost[slot] = gradient * scale}, which it writes on the way. */
    void backwardScaled(int slot, double[] gradient, double scale, double[] input, double[] gradInput,
                        boolean first) {
        activation.backwardScaled(pre[slot], post[slot], gradient, scale, gradPost[slot], gradPre[slot]);
        linear.backward(input, gradPre[slot], gradInput, first);
    }

    /** The activation output of {@code slot} after the last forward pass (live buffer). */
    public double[] output(int slot) {
        return post[slot];
    }

    /** The pre-activation of {@code slot} after the last forward pass (live buffer). */
    public double[] preActivation(int slot) {
        return pre[slot];
    }

    /** dL/d(output) of {@code slot} as the last backward pass left it (live buffer). */
    public double[] outputGradient(int slot) {
        return gradPost[slot];
    }
}
