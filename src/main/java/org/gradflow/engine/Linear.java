package org.gradflow.engine;

import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.NotStrictlyPositiveException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.MatrixUtils;
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
    private final double[][] w;
    private final double[] b;
    /** dL/dW row by row in one array, so that zeroing it every iteration is one fill, not one per row. */
    private final double[] gw;
    private final double[] gb;
    private double appliedWeightGradientNorm;
    private double appliedBiasGradientNorm;
    private double weightNormBefore;

    public Linear(int inputSize, int outputSize) {
        if (inputSize < 1 || outputSize < 1) {
            throw new NotStrictlyPositiveException(Math.min(inputSize, outputSize));
        }
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.weight = new Array2DRowRealMatrix(outputSize, inputSize);
        this.bias = new ArrayRealVector(outputSize);
        this.w = weight.getDataRef();
        this.b = bias.getDataRef();
        this.gw = new double[outputSize * inputSize];
        this.gb = new double[outputSize];
    }

    /** Draws the parameters by {@code init}'s scheme (Torch's {@code reset()} for {@link Init#TORCH}). */
    public void initialise(Init init, TorchRandom random) {
        init.fill(w, b, random);
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

    /** Gradient of the loss with respect to the weight, as summed by the last backward pass (a copy). */
    public RealMatrix gradWeight() {
        double[][] rows = new double[outputSize][];
        for (int i = 0; i < outputSize; i++) {
            rows[i] = Arrays.copyOfRange(gw, i * inputSize, (i + 1) * inputSize);
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    /** Gradient of the loss with respect to the bias (a copy). */
    public RealVector gradBias() {
        return new ArrayRealVector(gb);
    }

    public void setWeight(RealMatrix value) {
        MatrixUtils.checkAdditionCompatible(value, weight);
        weight.setSubMatrix(value.getData(), 0, 0);
    }

    public void setBias(RealVector value) {
        if (value.getDimension() != outputSize) {
            throw new DimensionMismatchException(value.getDimension(), outputSize);
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
     * Backward pass for one branch or example: adds {@code dW += gradOutput input^T} and {@code db += gradOutput}
     * (shared weights sum both branches, a batch its examples) and, unless {@code gradInput} is null, sets
     * {@code gradInput = W^T gradOutput}. One pass over W does both, since this runs twice every iteration.
     *
     * <p>{@code first}: this is the iteration's first contribution, which sets the gradients instead of adding to
     * zeroed ones (PyTorch's {@code zero_grad(set_to_none=True)}); {@code 0 + x} is {@code x} for every double
     * but -0, so the numbers are Torch's {@code zeroGradParameters} then {@code backward}'s, and the zero-filling
     * of every row, which cost a tenth of a small network's iteration, is gone. The sign of a zero gradient can
     * differ, and no parameter, output or norm can see it (p - lr * (-0) = p).
     */
    public void backward(double[] input, double[] gradOutput, double[] gradInput, boolean first) {
        for (int i = 0; i < outputSize; i++) {
            double g = gradOutput[i];
            double[] row = w[i];
            int base = i * inputSize;
            // Both conditions are the same for the whole row: the compiler makes a loop of each case.
            boolean firstRow = i == 0;
            if (gradInput != null) {
                for (int j = 0; j < inputSize; j++) {
                    double back = row[j] * g;
                    gradInput[j] = firstRow ? back : gradInput[j] + back;
                    double grad = g * input[j];
                    gw[base + j] = first ? grad : gw[base + j] + grad;
                }
            } else {
                for (int j = 0; j < inputSize; j++) {
                    double grad = g * input[j];
                    gw[base + j] = first ? grad : gw[base + j] + grad;
                }
            }
            gb[i] = first ? g : gb[i] + g;
        }
    }

    /** The same, adding to the gradients there are (after {@link #zeroGradients()} or an earlier slot). */
    public void backward(double[] input, double[] gradOutput, double[] gradInput) {
        backward(input, gradOutput, gradInput, false);
    }

    /** Torch's {@code zeroGradParameters}. */
    public void zeroGradients() {
        Arrays.fill(gw, 0.0);
        Arrays.fill(gb, 0.0);
    }

    /**
     * Torch's {@code updateParameters(lr)}: {@code p = p - lr * dL/dp}. Returns the sum of the squares of the
     * parameters after the step (NaN or infinite if a parameter is). The same pass measures the gradient it applies
     * and the weights it changes (see {@link #appliedWeightGradientNorm()}, {@link #weightNormBeforeUpdate()}),
     * since a separate pass over them cost a tenth of an iteration; sums of squares, not a running maximum, because
     * a compare and branch per parameter cost more than three multiply-adds.
     */
    public double update(double learningRate) {
        double weightSquares = 0.0;
        double biasSquares = 0.0;
        double oldSquares = 0.0;
        double newSquares = 0.0;
        for (int i = 0; i < outputSize; i++) {
            double[] row = w[i];
            int base = i * inputSize;
            for (int j = 0; j < inputSize; j++) {
                double g = gw[base + j];
                weightSquares += g * g;
                double old = row[j];
                oldSquares += old * old;
                double p = old - learningRate * g;
                row[j] = p;
                newSquares += p * p;
            }
            double g = gb[i];
            biasSquares += g * g;
            double p = b[i] - learningRate * g;
            b[i] = p;
            newSquares += p * p;
        }
        appliedWeightGradientNorm = Math.sqrt(weightSquares);
        appliedBiasGradientNorm = Math.sqrt(biasSquares);
        weightNormBefore = Math.sqrt(oldSquares);
        return newSquares;
    }

    /** The largest |parameter|; NaN if one is NaN. A scan: for the rare iteration whose parameters are large. */
    public double largestParameter() {
        double largest = 0.0;
        for (double[] row : w) {
            for (double x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        for (double x : b) {
            largest = Math.max(largest, Math.abs(x));
        }
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

    /** Frobenius norm of the weight matrix just before the last {@link #update}: the update:data ratio's |W|. */
    public double weightNormBeforeUpdate() {
        return weightNormBefore;
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

    public int parameterCount() {
        return outputSize * inputSize + outputSize;
    }

    /** Parameter k in Torch's flattening order: weight row by row, then bias. */
    public double parameter(int k) {
        int weights = outputSize * inputSize;
        return k < weights ? w[k / inputSize][k % inputSize] : b[k - weights];
    }

    public void setParameter(int k, double value) {
        int weights = outputSize * inputSize;
        if (k < weights) {
            w[k / inputSize][k % inputSize] = value;
        } else {
            b[k - weights] = value;
        }
    }

    public double gradient(int k) {
        int weights = outputSize * inputSize;
        return k < weights ? gw[k] : gb[k - weights];
    }

    public String parameterName(String layer, int k) {
        int weights = outputSize * inputSize;
        return k < weights
                ? layer + ".weight[" + (k / inputSize + 1) + "," + (k % inputSize + 1) + "]"
                : layer + ".bias[" + (k - weights + 1) + "]";
    }
}
