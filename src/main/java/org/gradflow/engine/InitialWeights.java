package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Initial parameters given in a scenario, layer by layer from the input. Each part is optional (null): what is
 * given replaces what the seed drew, so giving the output layer alone leaves the hidden layer exactly as the seed
 * makes it. {@link #layerForm()} remembers whether the file wrote {@code weights.layers} or the two-layer
 * {@code hidden}/{@code output} form, so that the scenario writer writes it back the same way.
 */
public record InitialWeights(List<LayerWeights> layers, boolean layerForm) {

    /** One layer's given weight (rows are units) and bias, either of which may be null. */
    public record LayerWeights(RealMatrix weight, RealVector bias) {
        public static final LayerWeights NONE = new LayerWeights(null, null);

        public LayerWeights {
            weight = weight == null ? null : weight.copy();
            bias = bias == null ? null : bias.copy();
        }

        @Override
        public RealMatrix weight() {
            return weight == null ? null : weight.copy();
        }

        @Override
        public RealVector bias() {
            return bias == null ? null : bias.copy();
        }

        public boolean isEmpty() {
            return weight == null && bias == null;
        }
    }

    public static final InitialWeights NONE = new InitialWeights(List.of(), false);

    public InitialWeights {
        layers = List.copyOf(layers);
    }

    /** The two-layer form of the seed network's files: {@code weights.hidden} and {@code weights.output}. */
    public InitialWeights(RealMatrix hiddenWeight, RealVector hiddenBias, RealMatrix outputWeight,
                          RealVector outputBias) {
        this(List.of(new LayerWeights(hiddenWeight, hiddenBias), new LayerWeights(outputWeight, outputBias)), false);
    }

    public boolean isEmpty() {
        return layers.stream().allMatch(LayerWeights::isEmpty);
    }

    /** Layer {@code index}'s given weights, {@link LayerWeights#NONE} where none are. */
    public LayerWeights layer(int index) {
        return index < layers.size() ? layers.get(index) : LayerWeights.NONE;
    }

    /** The first layer's given weight (the two-layer form's hidden layer), or null. */
    public RealMatrix hiddenWeight() {
        return layer(0).weight();
    }

    public RealVector hiddenBias() {
        return layer(0).bias();
    }

    /** The last layer's given weight (the two-layer form's output layer), or null. */
    public RealMatrix outputWeight() {
        return layers.isEmpty() ? null : layers.get(layers.size() - 1).weight();
    }

    public RealVector outputBias() {
        return layers.isEmpty() ? null : layers.get(layers.size() - 1).bias();
    }

    /** The parts that still fit {@code network}'s shape; the others go back to the seed. */
    public InitialWeights fitting(NetworkSpec network) {
        if (layers.size() != network.depth()) {
            return NONE;
        }
        List<LayerWeights> kept = new ArrayList<>(layers.size());
        for (int l = 0; l < layers.size(); l++) {
            LayerWeights w = layers.get(l);
            int rows = network.layer(l).units();
            int cols = network.fanIn(l);
            boolean weightFits = w.weight != null && w.weight.getRowDimension() == rows
                    && w.weight.getColumnDimension() == cols;
            boolean biasFits = w.bias != null && w.bias.getDimension() == rows;
            kept.add(new LayerWeights(weightFits ? w.weight : null, biasFits ? w.bias : null));
        }
        return new InitialWeights(kept, layerForm);
    }

    void applyTo(Network network) {
        for (int l = 0; l < layers.size(); l++) {
            LayerWeights w = layers.get(l);
            if (w.weight != null) {
                network.layer(l).linear().setWeight(w.weight);
            }
            if (w.bias != null) {
                network.layer(l).linear().setBias(w.bias);
            }
        }
    }
}
