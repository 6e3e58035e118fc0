package org.gradflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layers of a network, from the input to the output layer (last), as a scenario gives them: in the short form
 * ({@code inputSize}, {@code hiddenUnits}, {@code activation}, {@code outputSize}, {@code outputActivation},
 * {@code init}) or as the full list ({@code layers}), which {@link #layerForm()} remembers so that the scenario
 * writer writes it back the way it was read.
 */
public record NetworkSpec(int inputSize, List<LayerSpec> layers, boolean layerForm) {
    /** Widest input or layer: more would not fit a window or a lesson, only exhaust memory. */
    public static final int MAX_UNITS = 1024;
    /** Most hidden layers. */
    public static final int MAX_HIDDEN_LAYERS = 20;

    /** The seed network: {@code Linear(6,3) - Tanh - Linear(3,1) - Tanh}, Torch's default init. */
    public static final NetworkSpec SEED = shortForm(6, new int[] {3}, Activation.TANH, 1, Activation.TANH,
            Init.TORCH);

    public NetworkSpec {
        if (inputSize < 1 || inputSize > MAX_UNITS) {
            throw new ScenarioException("network.inputSize", "must be an integer from 1 to " + MAX_UNITS + ", got "
                    + inputSize);
        }
        layers = List.copyOf(layers);
        if (layers.isEmpty() || layers.size() > MAX_HIDDEN_LAYERS + 1) {
            throw new ScenarioException("network.layers", "must hold 1 to " + (MAX_HIDDEN_LAYERS + 1)
                    + " layers (up to " + MAX_HIDDEN_LAYERS + " hidden, then the output layer), got " + layers.size());
        }
    }

    /** The short form: every hidden layer {@code hidden[i]} units of {@code activation}, one init for all. */
    public static NetworkSpec shortForm(int inputSize, int[] hidden, Activation activation, int outputSize,
                                        Activation outputActivation, Init init) {
        List<LayerSpec> list = new ArrayList<>(hidden.length + 1);
        for (int units : hidden) {
            list.add(new LayerSpec(units, activation, init));
        }
        list.add(new LayerSpec(outputSize, outputActivation, init));
        return new NetworkSpec(inputSize, list, false);
    }

    /** Layers in all, output layer included. */
    public int depth() {
        return layers.size();
    }

    public LayerSpec layer(int index) {
        return layers.get(index);
    }

    public LayerSpec outputLayer() {
        return layers.get(layers.size() - 1);
    }

    public int outputSize() {
        return outputLayer().units();
    }

    /** Widths of the hidden layers, from the input. */
    public int[] hiddenUnits() {
        return layers.subList(0, layers.size() - 1).stream().mapToInt(LayerSpec::units).toArray();
    }

    /** The activation of the hidden layers (of the first one when a file gives them different ones). */
    public Activation activation() {
        return layers.size() > 1 ? layers.get(0).activation() : outputLayer().activation();
    }

    public Activation outputActivation() {
        return outputLayer().activation();
    }

    /** The init of the first layer: the init of every layer in the short form. */
    public Init init() {
        return layers.get(0).init();
    }

    /** Whether the short form can say it: one activation for the hidden layers, one init for all. */
    public boolean uniform() {
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec l = layers.get(i);
            if (!l.init().equals(init()) || (i < layers.size() - 1 && l.activation() != activation())) {
                return false;
            }
        }
        return true;
    }

    /** Units of layer {@code index}'s inputs: the input size for the first layer. */
    public int fanIn(int index) {
        return index == 0 ? inputSize : layers.get(index - 1).units();
    }

    public NetworkSpec withOutputSize(int value) {
        return withLayer(layers.size() - 1, outputLayer().withUnits(value));
    }

    /** New hidden widths; the new layers take the activation and init of the hidden layers now. */
    public NetworkSpec withHiddenUnits(int... widths) {
        List<LayerSpec> list = new ArrayList<>(widths.length + 1);
        LayerSpec template = layers.size() > 1 ? layers.get(0) : new LayerSpec(1, Activation.TANH, init());
        for (int i = 0; i < widths.length; i++) {
            LayerSpec old = i < layers.size() - 1 ? layers.get(i) : template;
            list.add(old.withUnits(widths[i]));
        }
        list.add(outputLayer());
        return new NetworkSpec(inputSize, list, layerForm);
    }

    /** Every hidden layer with this activation. */
    public NetworkSpec withActivation(Activation value) {
        List<LayerSpec> list = new ArrayList<>(layers);
        for (int i = 0; i < list.size() - 1; i++) {
            list.set(i, list.get(i).withActivation(value));
        }
        return new NetworkSpec(inputSize, list, layerForm);
    }

    public NetworkSpec withOutputActivation(Activation value) {
        return withLayer(layers.size() - 1, outputLayer().withActivation(value));
    }

    /** Every layer with this init. */
    public NetworkSpec withInit(Init value) {
        return new NetworkSpec(inputSize, layers.stream().map(l -> l.withInit(value)).toList(), layerForm);
    }

    public NetworkSpec withInputSize(int value) {
        return new NetworkSpec(value, layers, layerForm);
    }

    private NetworkSpec withLayer(int index, LayerSpec layer) {
        List<LayerSpec> list = new ArrayList<>(layers);
        list.set(index, layer);
        return new NetworkSpec(inputSize, list, layerForm);
    }

    /** "6-3-1", the widths from the input. */
    public String shape() {
        StringBuilder sb = new StringBuilder().append(inputSize);
        layers.forEach(l -> sb.append('-').append(l.units()));
        return sb.toString();
    }

    @Override
    public String toString() {
        return shape() + " " + Arrays.toString(layers.stream().map(LayerSpec::activation).toArray());
    }
}
