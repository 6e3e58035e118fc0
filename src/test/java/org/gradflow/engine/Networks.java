package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;

/** Test helpers that build networks from literal weights or from a seed. */
final class Networks {
    private Networks() {
    }

    /** The seed network's shape (two tanh layers, two slots) with these weights. */
    static Network of(double[][] hiddenWeight, double[] hiddenBias, double[][] outputWeight, double[] outputBias) {
        Network net = new Network(NetworkSpec.shortForm(hiddenWeight[0].length, new int[] {hiddenWeight.length},
                Activation.TANH, outputWeight.length, Activation.TANH, Init.TORCH), 2);
        net.hiddenLayer().setWeight(new Array2DRowRealMatrix(hiddenWeight));
        net.hiddenLayer().setBias(new ArrayRealVector(hiddenBias));
        net.outputLayer().setWeight(new Array2DRowRealMatrix(outputWeight));
        net.outputLayer().setBias(new ArrayRealVector(outputBias));
        return net;
    }

    /** The seed network's shape, drawn by Torch's reset from {@code seed}, with two slots. */
    static Network random(int in, int hidden, int out, long seed) {
        return random(NetworkSpec.shortForm(in, new int[] {hidden}, Activation.TANH, out, Activation.TANH,
                Init.TORCH), 2, seed);
    }

    /** Any network, drawn by its spec's inits from {@code seed}. */
    static Network random(NetworkSpec spec, int slots, long seed) {
        Network net = new Network(spec, slots);
        net.initialise(spec, new TorchRandom(seed));
        return net;
    }

    /** A stack of {@code widths} (the last is the output layer), every layer of {@code activation}. */
    static NetworkSpec stack(int inputs, Activation activation, Activation output, Init init, int... widths) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            layers.add(new LayerSpec(widths[i], i == widths.length - 1 ? output : activation, init));
        }
        return new NetworkSpec(inputs, layers, true);
    }
}
