package org.gradflow.engine;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import java.util.Arrays;

/**
 * Torch7's {@code nn.Linear(in, out)}: {@code y = W x + b}, W is out x in. Parameters and their gradients
 * are commons-math3 matrices and vectors; the hot loops work on their backing arrays so that an iteration
 * allocates nothing.
 */
public final class Linear {
    private final int inputSize;
    private final int outputSize;
    private final Array2DRowRealMatrix weight;
    private final ArrayRealVector bias;
    private final Array2DRowRealMatrix gradWeight;
    private final ArrayRealVector gradBias;
    private final double[][] w;
    private final double[] b;
    private final double[][] gw;
    private final double[] gb;
    private double appliedWeightGradientNorm;
    private double appliedBiasGradientNorm;

    public Linear(int inputSize, int outputSize) {
        if (inputSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("Linear sizes must be at least 1, got " + inputSize + " x "
                    + outputSize);
        }
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.weight = new Array2DRowRealMatrix(outputSize, inputSize);
        this.bias = new ArrayRealVector(outputSize);
        this.gradWeight = new Array2DRowRealMatrix(outputSize, inputSize);
        this.gradBias = new ArrayRealVector(outputSize);
        this.w = weight.getDataRef();
        this.b = bias.getDataRef();
        this.gw = gradWeight.getDataRef();
        this.gb = gradBias.getDataRef();
    }

    /** Torch's {@code reset()}: every weight, then every bias, uniform in [-1/sqrt(in), 1/sqrt(in)). */
    public void reset(TorchRandom random) {
        double stdv = 1.0 / Math.sqrt(inputSize);
        for (double[] row : w) {
            random.fillUniform(row, -stdv, stdv);
        }
        random.fillUniform(b, -stdv, stdv);
    }

    public int inputSize() {
        return inputSize;
    }

    public int outputSize() {
        return outputSize;
    }

    /** The live weight matrix (out x in); changes to it change the layer. */
    public RealMatrix weight() {
        return weight;
    }

    /** The live bias vector. */
    public RealVector bias() {
        return bias;
    }

    /** Gradient of the loss with respect to the weight, as summed by the last backward pass. */
    public RealMatrix gradWeight() {
        return gradWeight;
    }

    public RealVector gradBias() {
        return gradBias;
    }

    public void setWeight(RealMatrix value) {
        if (value.getRowDimension() != outputSize || value.getColumnDimension() != inputSize) {
            throw new IllegalArgumentException("weight must be " + outputSize + " x " + inputSize + ", got "
                    + value.getRowDimension() + " x " + value.getColumnDimension());
        }
        weight.setSubMatrix(value.getData(), 0, 0);
    }

    public void setBias(RealVector value) {
        if (value.getDimension() != outputSize) {
            throw new IllegalArgumentException("bias must have " + outputSize + " entries, got "
                    + value.getDimension());
        }
        bias.setSubVector(0, value);
    }

    /** Copies the parameters of {@code other}, which must have the same shape. */
    public void copyParametersFrom(Linear other) {
        setWeight(other.weight);
        setBias(other.bias);
    }

    /** {@code output = W input + b}; Torch (BLAS gemv) forms the dot product first, then adds the bias. */
    public void forward(double[] input, double[] output) {
        for (int i = 0; i < outputSize; i++) {
            double[] row = w[i];
            double dot = 0.0;
            for (int j = 0; j < inputSize; j++) {
                dot += row[j] * input[j];
            }
            output[i] = b[i] + dot;
        }
    }

    /**
     * Backward pass for one branch: adds {@code dW += gradOutput input^T} and {@code db += gradOutput} (shared
     * weights sum both branches) and, unless {@code gradInput} is null, sets {@code gradInput = W^T gradOutput}.
     * One pass over W does both, since this runs twice every iteration.
     */
    public void backward(double[] input, double[] gradOutput, double[] gradInput) {
        if (gradInput != null) {
            Arrays.fill(gradInput, 0.0);
        }
        for (int i = 0; i < outputSize; i++) {
            double g = gradOutput[i];
            double[] row = w[i];
            double[] grow = gw[i];
            if (gradInput != null) {
                for (int j = 0; j < inputSize; j++) {
                    gradInput[j] += row[j] * g;
                    grow[j] += g * input[j];
                }
            } else {
                for (int j = 0; j < inputSize; j++) {
                    grow[j] += g * input[j];
                }
            }
            gb[i] += g;
        }
    }

    /** Torch's {@code zeroGradParameters}. */
    public void zeroGradients() {
        for (double[] row : gw) {
            Arrays.fill(row, 0.0);
        }
        Arrays.fill(gb, 0.0);
    }

    /**
     * Torch's {@code updateParameters(lr)}: {@code p = p - lr * dL/dp}. Returns the largest |p| after the step
     * (NaN if any parameter is NaN). The same pass measures the gradient it applies (see
     * {@link #appliedWeightGradientNorm()}), since a separate pass over the gradients cost a tenth of an iteration.
     */
    public double update(double learningRate) {
        double largest = 0.0;
        double weightSquares = 0.0;
        double biasSquares = 0.0;
        for (int i = 0; i < outputSize; i++) {
            double[] row = w[i];
            double[] grow = gw[i];
            for (int j = 0; j < inputSize; j++) {
                double g = grow[j];
                weightSquares += g * g;
                double p = row[j] - learningRate * g;
                row[j] = p;
                double a = Math.abs(p);
                // Not Math.max: its NaN and -0.0 rules cost a fifth of this loop; a != a keeps a NaN for good.
                if (a > largest || a != a) {
                    largest = a;
                }
            }
            double g = gb[i];
            biasSquares += g * g;
            double p = b[i] - learningRate * g;
            b[i] = p;
            double a = Math.abs(p);
            if (a > largest || a != a) {
                largest = a;
            }
        }
        appliedWeightGradientNorm = Math.sqrt(weightSquares);
        appliedBiasGradientNorm = Math.sqrt(biasSquares);
        return largest;
    }

    /** Frobenius norm of the weight gradient the last {@link #update} applied. */
    public double appliedWeightGradientNorm() {
        return appliedWeightGradientNorm;
    }

    /** Norm of the bias gradient the last {@link #update} applied. */
    public double appliedBiasGradientNorm() {
        return appliedBiasGradientNorm;
    }

    /** True when every weight and bias is a finite number. */
    public boolean parametersFinite() {
        for (double[] row : w) {
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    return false;
                }
            }
        }
        for (double x : b) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    int parameterCount() {
        return outputSize * inputSize + outputSize;
    }

    /** Parameter k in Torch's flattening order: weight row by row, then bias. */
    double parameter(int k) {
        int weights = outputSize * inputSize;
        return k < weights ? w[k / inputSize][k % inputSize] : b[k - weights];
    }

    void setParameter(int k, double value) {
        int weights = outputSize * inputSize;
        if (k < weights) {
            w[k / inputSize][k % inputSize] = value;
        } else {
            b[k - weights] = value;
        }
    }

    double gradient(int k) {
        int weights = outputSize * inputSize;
        return k < weights ? gw[k / inputSize][k % inputSize] : gb[k - weights];
    }

    String parameterName(String layer, int k) {
        int weights = outputSize * inputSize;
        return k < weights
                ? layer + ".weight[" + (k / inputSize + 1) + "," + (k % inputSize + 1) + "]"
                : layer + ".bias[" + (k - weights + 1) + "]";
    }
}
