package org.gradflow.engine;

import org.apache.commons.math3.exception.DimensionMismatchException;

/**
 * A stack of {@link Layer}s applied to several input slots with one set of parameters: two slots for a siamese
 * network (the left and right branch of the reference script), B for a batch of B examples. The forward and
 * backward passes of a slot touch only that slot's activations; the parameter gradients of all slots are summed
 * into the shared ones in the order the slots are back-propagated (left, then right: Torch's ParallelTable order,
 * which is what keeps the seed network's sums bit for bit).
 */
public final class Network {
    private final NetworkSpec spec;
    private final int inputSize;
    private final Layer[] layers;
    private final double[][] inputs;

    /** A network of {@code spec}'s shape with room for {@code slots} inputs; parameters 0 until initialised. */
    public Network(NetworkSpec spec, int slots) {
        this.spec = spec;
        this.inputSize = spec.inputSize();
        this.layers = new Layer[spec.depth()];
        for (int l = 0; l < layers.length; l++) {
            LayerSpec layer = spec.layer(l);
            layers[l] = new Layer(spec.fanIn(l), layer.units(), layer.activation(), slots);
        }
        this.inputs = new double[slots][];
    }

    /** Draws every layer's parameters by its spec's init, from the input layer up (Torch's reset order). */
    public void initialise(NetworkSpec spec, TorchRandom random) {
        for (int l = 0; l < layers.length; l++) {
            layers[l].linear().initialise(spec.layer(l).init(), random);
        }
    }

    /** A network with the same shape, slots and parameters, and activations and gradients of its own. */
    public Network copy() {
        Network copy = new Network(spec, slots());
        copy.setParameters(parameters());
        return copy;
    }

    /** What this network was made from. */
    public NetworkSpec spec() {
        return spec;
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        return layers[layers.length - 1].units();
    }

    /** Layers in all, the output layer included. */
    public int depth() {
        return layers.length;
    }

    public Layer layer(int index) {
        return layers[index];
    }

    public int slots() {
        return inputs.length;
    }

    /** The first layer's parameters (the seed network's hidden layer). */
    public Linear hiddenLayer() {
        return layers[0].linear();
    }

    /** The last layer's parameters. */
    public Linear outputLayer() {
        return layers[layers.length - 1].linear();
    }

    /** Forward pass of one slot; {@link #output(int)} then holds the network's output for it. */
    public void forward(int slot, double[] input) {
        inputs[slot] = input;
        double[] x = input;
        for (Layer layer : layers) {
            x = layer.forward(slot, x);
        }
    }

    /** Both branches of a siamese network: the left input in slot 0, the right in slot 1. */
    public void forward(double[] left, double[] right) {
        inputs[0] = left;
        inputs[1] = right;
        double[] x = left;
        double[] y = right;
        for (Layer layer : layers) {
            x = layer.forward(0, x);
            y = layer.forward(1, y);
        }
    }

    /** The output of {@code slot}'s last forward pass (live buffer). */
    public double[] output(int slot) {
        return layers[layers.length - 1].post[slot];
    }

    /** u, the left branch's output (slot 0). */
    public double[] leftOutput() {
        return output(0);
    }

    /** v, the right branch's output (slot 1). */
    public double[] rightOutput() {
        return output(1);
    }

    /** Where the loss's gradient with respect to {@code slot}'s output goes before {@link #backward(int)}. */
    public double[] outputGradient(int slot) {
        return layers[layers.length - 1].gradPost[slot];
    }

    /**
     * Back-propagates {@link #outputGradient(int)} of {@code slot} down to the first layer, adding its parameter
     * gradients to the shared ones; slot 0 sets them instead (see {@link Linear#backward(double[], double[],
     * double[], boolean)}), so the slots of an iteration go in order from 0, and an iteration that back-propagates
     * nothing calls {@link #zeroGradients()}.
     */
    public void backward(int slot) {
        for (int l = layers.length - 1; l >= 0; l--) {
            Layer layer = layers[l];
            boolean bottom = l == 0;
            layer.backward(slot, bottom ? inputs[slot] : layers[l - 1].post[slot],
                    bottom ? null : layers[l - 1].gradPost[slot], slot == 0);
        }
    }

    /**
     * Back-propagates gradOutput (dL/dC) through both branches, left then right as Torch's ParallelTable does:
     * dL/du = dC/du * gradOutput, and the same for v. The left branch sets the shared gradients, the right adds.
     */
    public void backward(double gradOutput, double[] dCdu, double[] dCdv) {
        // Layer by layer, the left branch before the right in each: every shared gradient receives the left's
        // contribution first, as when each branch goes all the way down alone, so the sums are the same to the bit.
        int last = layers.length - 1;
        for (int l = last; l >= 0; l--) {
            Layer layer = layers[l];
            double[] leftInput = l == 0 ? inputs[0] : layers[l - 1].post[0];
            double[] rightInput = l == 0 ? inputs[1] : layers[l - 1].post[1];
            double[] leftGradInput = l == 0 ? null : layers[l - 1].gradPost[0];
            double[] rightGradInput = l == 0 ? null : layers[l - 1].gradPost[1];
            if (l == last) {
                layer.backwardScaled(0, dCdu, gradOutput, leftInput, leftGradInput, true);
                layer.backwardScaled(1, dCdv, gradOutput, rightInput, rightGradInput, false);
            } else {
                layer.backward(0, leftInput, leftGradInput, true);
                layer.backward(1, rightInput, rightGradInput, false);
            }
        }
    }

    public void zeroGradients() {
        for (Layer layer : layers) {
            layer.linear().zeroGradients();
        }
    }

    /** SGD step on the shared parameters; returns the sum of their squares afterwards (NaN if any is NaN). */
    public double update(double learningRate) {
        double squares = 0.0;
        for (Layer layer : layers) {
            squares += layer.linear().update(learningRate);
        }
        return squares;
    }

    /** The largest |parameter| (NaN if one is NaN); a scan of every parameter. */
    public double largestParameter() {
        double largest = 0.0;
        for (Layer layer : layers) {
            largest = Math.max(largest, layer.linear().largestParameter());
        }
        return largest;
    }

    public boolean parametersFinite() {
        for (Layer layer : layers) {
            if (!layer.linear().parametersFinite()) {
                return false;
            }
        }
        return true;
    }

    /** Number of parameters, in Torch's {@code getParameters()} order: layer by layer, weights then biases. */
    public int parameterCount() {
        int n = 0;
        for (Layer layer : layers) {
            n += layer.linear().parameterCount();
        }
        return n;
    }

    /** Every parameter, in {@link #parameterCount()} order: what a checkpoint keeps. */
    public double[] parameters() {
        double[] out = new double[parameterCount()];
        int k = 0;
        for (Layer layer : layers) {
            Linear linear = layer.linear();
            for (int i = 0; i < linear.parameterCount(); i++) {
                out[k++] = linear.parameter(i);
            }
        }
        return out;
    }

    /**
     * Sets every parameter from {@link #parameters()}'s layout, bit for bit.
     *
     * @throws DimensionMismatchException when {@code values} is not {@link #parameterCount()} long
     */
    public void setParameters(double[] values) {
        if (values.length != parameterCount()) {
            throw new DimensionMismatchException(values.length, parameterCount());
        }
        int k = 0;
        for (Layer layer : layers) {
            Linear linear = layer.linear();
            for (int i = 0; i < linear.parameterCount(); i++) {
                linear.setParameter(i, values[k++]);
            }
        }
    }

    /** Parameter k of {@link #parameters()}'s layout. */
    public double parameter(int k) {
        int l = 0;
        while (k >= layers[l].linear().parameterCount()) {
            k -= layers[l++].linear().parameterCount();
        }
        return layers[l].linear().parameter(k);
    }

    public void setParameter(int k, double value) {
        int l = 0;
        while (k >= layers[l].linear().parameterCount()) {
            k -= layers[l++].linear().parameterCount();
        }
        layers[l].linear().setParameter(k, value);
    }

    /** dL/dp of parameter k, as the last backward passes summed it. */
    public double gradient(int k) {
        int l = 0;
        while (k >= layers[l].linear().parameterCount()) {
            k -= layers[l++].linear().parameterCount();
        }
        return layers[l].linear().gradient(k);
    }

    /** A name a person can find, for example {@code output.weight[2,1]} (1-based like Torch). */
    public String parameterName(int k) {
        int l = 0;
        while (k >= layers[l].linear().parameterCount()) {
            k -= layers[l++].linear().parameterCount();
        }
        return layers[l].linear().parameterName(LayerNames.of(l, layers.length), k);
    }
}
