package org.gradflow.engine;

/**
 * The siamese network of the reference script: two branches {@code Linear(in,H) - Tanh - Linear(H,D) - Tanh}
 * sharing one set of parameters, joined by {@link CosineDistance}.
 */
public final class SiameseNetwork {
    private final Linear hiddenLayer;
    private final Linear outputLayer;
    private final Branch left;
    private final Branch right;

    public SiameseNetwork(int inputSize, int hiddenUnits, int outputSize) {
        this.hiddenLayer = new Linear(inputSize, hiddenUnits);
        this.outputLayer = new Linear(hiddenUnits, outputSize);
        this.left = new Branch(hiddenLayer, outputLayer);
        this.right = new Branch(hiddenLayer, outputLayer);
    }

    /** A network with the same shape and parameters, and its own activations and gradients. */
    public SiameseNetwork copy() {
        SiameseNetwork copy = new SiameseNetwork(inputSize(), hiddenUnits(), outputSize());
        copy.hiddenLayer.copyParametersFrom(hiddenLayer);
        copy.outputLayer.copyParametersFrom(outputLayer);
        return copy;
    }

    /** Torch's init order: hidden layer (weights row by row, then bias), then output layer. */
    public void reset(TorchRandom random) {
        hiddenLayer.reset(random);
        outputLayer.reset(random);
    }

    public Linear hiddenLayer() {
        return hiddenLayer;
    }

    public Linear outputLayer() {
        return outputLayer;
    }

    public int inputSize() {
        return hiddenLayer.inputSize();
    }

    public int hiddenUnits() {
        return hiddenLayer.outputSize();
    }

    public int outputSize() {
        return outputLayer.outputSize();
    }

    /** Runs both branches; {@link #leftOutput()} and {@link #rightOutput()} then hold u and v. */
    public void forward(double[] leftInput, double[] rightInput) {
        left.forward(leftInput);
        right.forward(rightInput);
    }

    /** u, the left branch's output of the last forward pass (live buffer). */
    public double[] leftOutput() {
        return left.output;
    }

    /** v, the right branch's output of the last forward pass (live buffer). */
    public double[] rightOutput() {
        return right.output;
    }

    public void zeroGradients() {
        hiddenLayer.zeroGradients();
        outputLayer.zeroGradients();
    }

    /**
     * Back-propagates gradOutput (dL/dC) through both branches, upper then lower as Torch's ParallelTable
     * does, summing into the shared gradients. Call {@link #zeroGradients()} first.
     */
    public void backward(double gradOutput, double[] dCdu, double[] dCdv) {
        left.backward(gradOutput, dCdu);
        right.backward(gradOutput, dCdv);
    }

    /** SGD step on the shared parameters; returns the largest |p| afterwards (NaN if any is NaN). */
    public double update(double learningRate) {
        double hidden = hiddenLayer.update(learningRate);
        return Math.max(hidden, outputLayer.update(learningRate));
    }

    public boolean parametersFinite() {
        return hiddenLayer.parametersFinite() && outputLayer.parametersFinite();
    }

    /** Number of parameters, hidden layer first (Torch's {@code getParameters()} order). */
    public int parameterCount() {
        return hiddenLayer.parameterCount() + outputLayer.parameterCount();
    }

    /** Every parameter, in {@link #parameterCount()} order: what a checkpoint keeps. */
    public double[] parameters() {
        double[] out = new double[parameterCount()];
        for (int k = 0; k < out.length; k++) {
            out[k] = parameter(k);
        }
        return out;
    }

    /** Sets every parameter from {@link #parameters()}'s layout, bit for bit. */
    public void setParameters(double[] values) {
        if (values.length != parameterCount()) {
            throw new IllegalArgumentException("expected " + parameterCount() + " parameters, got " + values.length);
        }
        for (int k = 0; k < values.length; k++) {
            setParameter(k, values[k]);
        }
    }

    double parameter(int k) {
        int h = hiddenLayer.parameterCount();
        return k < h ? hiddenLayer.parameter(k) : outputLayer.parameter(k - h);
    }

    void setParameter(int k, double value) {
        int h = hiddenLayer.parameterCount();
        if (k < h) {
            hiddenLayer.setParameter(k, value);
        } else {
            outputLayer.setParameter(k - h, value);
        }
    }

    double gradient(int k) {
        int h = hiddenLayer.parameterCount();
        return k < h ? hiddenLayer.gradient(k) : outputLayer.gradient(k - h);
    }

    /** A name a person can find, for example {@code output.weight[2,1]} (1-based like Torch). */
    String parameterName(int k) {
        int h = hiddenLayer.parameterCount();
        return k < h ? hiddenLayer.parameterName("hidden", k) : outputLayer.parameterName("output", k - h);
    }
}
