package org.gradflow.engine;

/**
 * One training iteration of the siamese network, written out top to bottom with every intermediate kept: the
 * forward pass of both branches, the cosine and its gradient, the rule's gradOutput, the backward pass (the
 * chain rule, layer by layer, both branches summed into the shared gradients) and the SGD update. It is the
 * iteration a student reads in Help ▸ This iteration, worked, and it is the engine's iteration: a test holds
 * its numbers equal, bit for bit, to {@link Trainer#step()}'s (same operations in the same order).
 *
 * <p>Notation: x input, a = W₁x + b₁, h = tanh(a), z = W₂h + b₂, out = tanh(z) (u for the left branch, v
 * for the right); L the loss, δ the gradient of L with respect to whatever follows it.
 */
public record WorkedIteration(
        long iteration, int pair, int target, TrainingRule rule, double margin, double learningRate,
        Parameters before, BranchPass left, BranchPass right,
        double dot, double squaredNormU, double squaredNormV, double cosine, double[] dCdu, double[] dCdv,
        double loss, double gradOutput, Parameters gradient, Parameters after) {

    /** W₁ (hidden x input), b₁, W₂ (output x hidden), b₂: the shared parameters, or their gradients. */
    public record Parameters(double[][] w1, double[] b1, double[][] w2, double[] b2) {
    }

    /**
     * One branch, forward then backward: x, a, h and out going up; δout = gradOutput · dC/dout,
     * δz = δout ⊙ (1 − out²), δh = W₂ᵀ δz, δa = δh ⊙ (1 − h²) coming down (null when the rule skipped backward).
     */
    public record BranchPass(double[] x, double[] a, double[] h, double[] z, double[] out,
                             double[] deltaOut, double[] deltaZ, double[] deltaH, double[] deltaA) {
    }

    /**
     * Works iteration {@code iteration} (1-based) on {@code pair}: {@code network} holds the parameters before
     * it and is not changed.
     */
    public static WorkedIteration of(SiameseNetwork network, TrainingPair pair, int pairNumber,
                                     TrainingObjective objective, double learningRate, long iteration) {
        Parameters p = parametersOf(network);

        // Forward: both branches with the same weights.
        double[] x1 = pair.left().toArray();
        double[] x2 = pair.right().toArray();
        double[][] upLeft = forward(p, x1);
        double[][] upRight = forward(p, x2);
        double[] u = upLeft[3];
        double[] v = upRight[3];

        // The cosine, as Torch7's nn.CosineDistance computes it, eps on both squared norms.
        double dot = 0.0;
        double uu = 0.0;
        double vv = 0.0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * v[i];
            uu += u[i] * u[i];
            vv += v[i] * v[i];
        }
        double inverseUu = 1.0 / (uu + CosineDistance.EPS);
        double inverseVv = 1.0 / (vv + CosineDistance.EPS);
        double scale = Math.sqrt(inverseUu * inverseVv);
        double cosine = dot * scale;
        // dC/du = (v − <u,v>/(|u|²+ε) · u) / √((|u|²+ε)(|v|²+ε)), and the same with u and v swapped.
        double[] dCdu = new double[u.length];
        double[] dCdv = new double[v.length];
        for (int i = 0; i < u.length; i++) {
            dCdu[i] = (v[i] - (dot * inverseUu) * u[i]) * scale;
            dCdv[i] = (u[i] - (dot * inverseVv) * v[i]) * scale;
        }

        // The rule: the loss and gradOutput = dL/dC, what the script passes to backward.
        int target = pair.target();
        double loss = objective.loss(cosine, target);
        double gradOutput = objective.gradOutput(cosine, target);

        // Backward: each branch's chain rule, summed into one set of gradients (the weights are shared).
        Parameters g = zerosLike(p);
        double[][] downLeft = new double[4][];
        double[][] downRight = new double[4][];
        if (gradOutput != 0.0) {
            downLeft = backward(p, g, x1, upLeft, dCdu, gradOutput);
            downRight = backward(p, g, x2, upRight, dCdv, gradOutput);
        }

        // SGD: every parameter minus the learning rate times its gradient.
        Parameters after = new Parameters(step(p.w1(), g.w1(), learningRate), step(p.b1(), g.b1(), learningRate),
                step(p.w2(), g.w2(), learningRate), step(p.b2(), g.b2(), learningRate));

        return new WorkedIteration(iteration, pairNumber, target, objective.rule(), objective.margin(),
                learningRate, p, pass(x1, upLeft, downLeft), pass(x2, upRight, downRight), dot, uu, vv, cosine,
                dCdu, dCdv, loss, gradOutput, g, after);
    }

    /** a = W₁x + b₁, h = tanh(a), z = W₂h + b₂, out = tanh(z). */
    private static double[][] forward(Parameters p, double[] x) {
        double[] a = affine(p.w1(), p.b1(), x);
        double[] h = tanh(a);
        double[] z = affine(p.w2(), p.b2(), h);
        double[] out = tanh(z);
        return new double[][] {a, h, z, out};
    }

    /** Adds this branch's dL/dW and dL/db to {@code g}; returns δout, δz, δh, δa. */
    private static double[][] backward(Parameters p, Parameters g, double[] x, double[][] up, double[] dCdOut,
                                       double gradOutput) {
        double[] h = up[1];
        double[] out = up[3];
        double[] deltaOut = new double[out.length];
        double[] deltaZ = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            deltaOut[i] = dCdOut[i] * gradOutput;
            deltaZ[i] = deltaOut[i] * (1.0 - out[i] * out[i]);
        }
        // Output layer: δh = W₂ᵀ δz; dL/dW₂ += δz hᵀ; dL/db₂ += δz.
        double[] deltaH = new double[h.length];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < h.length; j++) {
                deltaH[j] += p.w2()[i][j] * deltaZ[i];
                g.w2()[i][j] += deltaZ[i] * h[j];
            }
            g.b2()[i] += deltaZ[i];
        }
        // Hidden layer: δa = δh ⊙ (1 − h²); dL/dW₁ += δa xᵀ; dL/db₁ += δa.
        double[] deltaA = new double[h.length];
        for (int j = 0; j < h.length; j++) {
            deltaA[j] = deltaH[j] * (1.0 - h[j] * h[j]);
        }
        for (int j = 0; j < h.length; j++) {
            for (int k = 0; k < x.length; k++) {
                g.w1()[j][k] += deltaA[j] * x[k];
            }
            g.b1()[j] += deltaA[j];
        }
        return new double[][] {deltaOut, deltaZ, deltaH, deltaA};
    }

    private static double[] affine(double[][] w, double[] b, double[] input) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double dot = 0.0;
            for (int j = 0; j < input.length; j++) {
                dot += w[i][j] * input[j];
            }
            out[i] = b[i] + dot;
        }
        return out;
    }

    private static double[] tanh(double[] in) {
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Tanh.tanh(in[i]);
        }
        return out;
    }

    private static double[] step(double[] p, double[] g, double learningRate) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] - learningRate * g[i];
        }
        return out;
    }

    private static double[][] step(double[][] p, double[][] g, double learningRate) {
        double[][] out = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            out[i] = step(p[i], g[i], learningRate);
        }
        return out;
    }

    private static BranchPass pass(double[] x, double[][] up, double[][] down) {
        return new BranchPass(x, up[0], up[1], up[2], up[3], down[0], down[1], down[2], down[3]);
    }

    private static Parameters parametersOf(SiameseNetwork network) {
        Linear hidden = network.hiddenLayer();
        Linear output = network.outputLayer();
        return new Parameters(hidden.weight().getData(), hidden.bias().toArray(), output.weight().getData(),
                output.bias().toArray());
    }

    private static Parameters zerosLike(Parameters p) {
        return new Parameters(new double[p.w1().length][p.w1()[0].length], new double[p.b1().length],
                new double[p.w2().length][p.w2()[0].length], new double[p.b2().length]);
    }
}
