package org.gradflow.engine;

/**
 * One branch of the siamese network: {@code Linear - Tanh - Linear - Tanh} over the shared layers, with its
 * own activations (Torch's {@code clone('weight', 'gradWeight', 'gradBias', 'bias')} shares parameters and
 * gradients, not activations).
 */
final class Branch {
    private final Linear hiddenLayer;
    private final Linear outputLayer;
    private double[] input;
    private final double[] hiddenPre;
    final double[] hidden;
    private final double[] outputPre;
    final double[] output;
    private final double[] gradOutputPre;
    private final double[] gradHidden;
    private final double[] gradHiddenPre;

    Branch(Linear hiddenLayer, Linear outputLayer) {
        this.hiddenLayer = hiddenLayer;
        this.outputLayer = outputLayer;
        int h = hiddenLayer.outputSize();
        int d = outputLayer.outputSize();
        hiddenPre = new double[h];
        hidden = new double[h];
        outputPre = new double[d];
        output = new double[d];
        gradOutputPre = new double[d];
        gradHidden = new double[h];
        gradHiddenPre = new double[h];
    }

    double[] forward(double[] x) {
        input = x;
        hiddenLayer.forward(x, hiddenPre);
        Tanh.forward(hiddenPre, hidden);
        outputLayer.forward(hidden, outputPre);
        Tanh.forward(outputPre, output);
        return output;
    }

    /**
     * Back-propagates {@code gradOutput * dCdOutput} from the branch output and adds the parameter gradients
     * into the shared layers.
     */
    void backward(double gradOutput, double[] dCdOutput) {
        for (int i = 0; i < gradOutputPre.length; i++) {
            double y = output[i];
            gradOutputPre[i] = (dCdOutput[i] * gradOutput) * (1.0 - y * y);
        }
        outputLayer.backward(hidden, gradOutputPre, gradHidden);
        Tanh.backward(hidden, gradHidden, gradHiddenPre);
        hiddenLayer.backward(input, gradHiddenPre, null);
    }
}
