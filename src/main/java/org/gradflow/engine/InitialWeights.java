package org.gradflow.engine;

import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Initial parameters given in a scenario. Each part is optional (null): what is given replaces what the seed
 * drew, so giving the output layer alone leaves the hidden layer exactly as the seed makes it.
 */
public record InitialWeights(RealMatrix hiddenWeight, RealVector hiddenBias, RealMatrix outputWeight,
                             RealVector outputBias) {

    public static final InitialWeights NONE = new InitialWeights(null, null, null, null);

    public InitialWeights {
        hiddenWeight = hiddenWeight == null ? null : hiddenWeight.copy();
        hiddenBias = hiddenBias == null ? null : hiddenBias.copy();
        outputWeight = outputWeight == null ? null : outputWeight.copy();
        outputBias = outputBias == null ? null : outputBias.copy();
    }

    /** Copies, like everything a record hands out here: the matrices are mutable. */
    @Override
    public RealMatrix hiddenWeight() {
        return hiddenWeight == null ? null : hiddenWeight.copy();
    }

    @Override
    public RealVector hiddenBias() {
        return hiddenBias == null ? null : hiddenBias.copy();
    }

    @Override
    public RealMatrix outputWeight() {
        return outputWeight == null ? null : outputWeight.copy();
    }

    @Override
    public RealVector outputBias() {
        return outputBias == null ? null : outputBias.copy();
    }

    public boolean isEmpty() {
        return hiddenWeight == null && hiddenBias == null && outputWeight == null && outputBias == null;
    }

    void applyTo(SiameseNetwork network) {
        if (hiddenWeight != null) {
            network.hiddenLayer().setWeight(hiddenWeight);
        }
        if (hiddenBias != null) {
            network.hiddenLayer().setBias(hiddenBias);
        }
        if (outputWeight != null) {
            network.outputLayer().setWeight(outputWeight);
        }
        if (outputBias != null) {
            network.outputLayer().setBias(outputBias);
        }
    }
}
