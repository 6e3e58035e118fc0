package org.gradflow.engine;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;

/** Test helpers that build networks from literal weights. */
final class Networks {
    private Networks() {
    }

    static SiameseNetwork of(double[][] hiddenWeight, double[] hiddenBias, double[][] outputWeight,
                             double[] outputBias) {
        SiameseNetwork net = new SiameseNetwork(hiddenWeight[0].length, hiddenWeight.length, outputWeight.length);
        net.hiddenLayer().setWeight(new Array2DRowRealMatrix(hiddenWeight));
        net.hiddenLayer().setBias(new ArrayRealVector(hiddenBias));
        net.outputLayer().setWeight(new Array2DRowRealMatrix(outputWeight));
        net.outputLayer().setBias(new ArrayRealVector(outputBias));
        return net;
    }

    static SiameseNetwork random(int in, int hidden, int out, long seed) {
        SiameseNetwork net = new SiameseNetwork(in, hidden, out);
        net.reset(new TorchRandom(seed));
        return net;
    }
}
