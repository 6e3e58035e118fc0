package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.junit.jupiter.api.Test;

/**
 * A 2-2-2 network whose weights are chosen so that every tanh lands on a value known in closed form
 * (tanh(ln 2) = 3/5, tanh(ln 3) = 4/5), so forward, C, dC/du, dC/dv, the summed gradients and one SGD step can
 * be worked out by hand. The expected values below are that hand computation, not the engine's.
 */
class HandComputedNetworkTest {
    private static final double LN2 = Math.log(2);
    private static final double LN3 = Math.log(3);
    /**
     * Only eps and rounding separate the engine from these exact values: eps shifts C and its gradients by a
     * relative 1e-12, which weights of up to 2.3 and two layers carry to about 1e-12 absolute; 1e-11 allows
     * that and nothing a real mistake could hide in.
     */
    private static final double TOL = 1e-11;

    // Left input e1 gives hidden (tanh ln2, tanh 0) = (0.6, 0); right input e2 gives (0, tanh ln3) = (0, 0.8).
    private static final double[][] W1 = {{LN2, 0}, {0, LN3}};
    private static final double[] B1 = {0, 0};
    // Output column 1 times 0.6 is (ln3, ln2): u = (0.8, 0.6). Column 2 times 0.8 is (ln2, ln3): v = (0.6, 0.8).
    private static final double[][] W2 = {{LN3 / 0.6, LN2 / 0.8}, {LN2 / 0.6, LN3 / 0.8}};
    private static final double[] B2 = {0, 0};
    private static final double[] LEFT = {1, 0};
    private static final double[] RIGHT = {0, 1};

    @Test
    void forwardCosineAndItsGradients() {
        Network net = Networks.of(W1, B1, W2, B2);
        net.forward(LEFT, RIGHT);
        assertThat(net.leftOutput()[0]).isCloseTo(0.8, within(TOL));
        assertThat(net.leftOutput()[1]).isCloseTo(0.6, within(TOL));
        assertThat(net.rightOutput()[0]).isCloseTo(0.6, within(TOL));
        assertThat(net.rightOutput()[1]).isCloseTo(0.8, within(TOL));

        CosineDistance cosine = new CosineDistance();
        // |u| = |v| = 1: C = <u,v> = 0.48 + 0.48.
        assertThat(cosine.forward(net.leftOutput(), net.rightOutput())).isCloseTo(0.96, within(TOL));
        double[] dCdu = new double[2];
        double[] dCdv = new double[2];
        cosine.backward(net.leftOutput(), net.rightOutput(), dCdu, dCdv);
        // dC/du = v - C u = (0.6 - 0.768, 0.8 - 0.576); dC/dv = u - C v.
        assertThat(dCdu[0]).isCloseTo(-0.168, within(TOL));
        assertThat(dCdu[1]).isCloseTo(0.224, within(TOL));
        assertThat(dCdv[0]).isCloseTo(0.224, within(TOL));
        assertThat(dCdv[1]).isCloseTo(-0.168, within(TOL));
    }

    @Test
    void oneIterationOfTheQuestionRuleOnATargetMinusOnePair() {
        Network net = Networks.of(W1, B1, W2, B2);
        double lr = 0.5;
        Trainer trainer = new Trainer(net, List.of(TrainingPair.of(LEFT, RIGHT, -1)),
                new TrainingObjective(TrainingRule.QUESTION, 0), lr, 10);
        trainer.step();
        IterationRecord r = trainer.lastRecord();
        assertThat(r.cosine()).isCloseTo(0.96, within(TOL));
        assertThat(r.loss()).isCloseTo(1.96, within(TOL));      // 1 - target C
        assertThat(r.gradOutput()).isEqualTo(1.0);              // -target

        // Through the output tanh: g * (1 - y^2).
        double[] gl = {-0.168 * (1 - 0.64), 0.224 * (1 - 0.36)};   // left:  (-0.06048, 0.14336)
        double[] gr = {0.224 * (1 - 0.36), -0.168 * (1 - 0.64)};   // right: ( 0.14336, -0.06048)
        // Output weight gradient, both branches summed: g_left h_left^T + g_right h_right^T.
        double[][] gW2 = {{gl[0] * 0.6, gr[0] * 0.8}, {gl[1] * 0.6, gr[1] * 0.8}};
        double[] gB2 = {gl[0] + gr[0], gl[1] + gr[1]};
        // Back to the hidden layer: W2^T g, then through tanh (1 - h^2): left h = (0.6, 0), right h = (0, 0.8).
        double[] hl = {(W2[0][0] * gl[0] + W2[1][0] * gl[1]) * (1 - 0.36), (W2[0][1] * gl[0] + W2[1][1] * gl[1])};
        double[] hr = {(W2[0][0] * gr[0] + W2[1][0] * gr[1]), (W2[0][1] * gr[0] + W2[1][1] * gr[1]) * (1 - 0.64)};
        // Left input is e1, right is e2: the left branch fills column 1 of dW1, the right branch column 2.
        double[][] gW1 = {{hl[0], hr[0]}, {hl[1], hr[1]}};
        double[] gB1 = {hl[0] + hr[0], hl[1] + hr[1]};

        assertThat(r.weightGrad(1)).isCloseTo(frobenius(gW2), within(TOL));
        assertThat(r.biasGrad(1)).isCloseTo(Math.hypot(gB2[0], gB2[1]), within(TOL));
        assertThat(r.weightGrad(0)).isCloseTo(frobenius(gW1), within(TOL));
        assertThat(r.biasGrad(0)).isCloseTo(Math.hypot(gB1[0], gB1[1]), within(TOL));

        // SGD: p <- p - lr * dL/dp, with dL/dp = gradOutput * dC/dp = dC/dp here.
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(net.outputLayer().weight().getEntry(i, j)).isCloseTo(W2[i][j] - lr * gW2[i][j], within(TOL));
                assertThat(net.hiddenLayer().weight().getEntry(i, j)).isCloseTo(W1[i][j] - lr * gW1[i][j], within(TOL));
            }
            assertThat(net.outputLayer().bias().getEntry(i)).isCloseTo(B2[i] - lr * gB2[i], within(TOL));
            assertThat(net.hiddenLayer().bias().getEntry(i)).isCloseTo(B1[i] - lr * gB1[i], within(TOL));
        }
    }

    /**
     * A two-layer sigmoid network on one example, by hand: sigmoid(ln 3) = 3/4, sigmoid(-ln 3) = 1/4 and
     * sigmoid(2 ln 3) = 9/10, so every value is a fraction. Input x = 1; W1 = (ln 3, -ln 3)ᵀ, b1 = 0 give
     * h = (3/4, 1/4); W2 = (2 ln 3, 2 ln 3), b2 = 0 give z = 2 ln 3 (3/4 + 1/4) and y = 9/10. mse against t = 1/2.
     */
    @Test
    void oneIterationOfATwoLayerSigmoidNetworkUnderMse() {
        Network net = new Network(Networks.stack(1, Activation.SIGMOID, Activation.SIGMOID, Init.TORCH, 2, 1), 1);
        net.layer(0).linear().setWeight(new Array2DRowRealMatrix(new double[][] {{LN3}, {-LN3}}));
        net.layer(0).linear().setBias(new ArrayRealVector(2));
        net.layer(1).linear().setWeight(new Array2DRowRealMatrix(new double[][] {{2 * LN3, 2 * LN3}}));
        net.layer(1).linear().setBias(new ArrayRealVector(1));
        double lr = 0.5;
        Trainer trainer = new Trainer(net, List.of(Example.regression(new double[] {1}, new double[] {0.5})),
                TrainingRule.MSE, lr, 1);
        trainer.step();
        IterationRecord r = trainer.lastRecord();
        // L = (y - t)² / (B D) = 0.4² = 0.16.
        assertThat(r.loss()).isCloseTo(0.16, within(TOL));
        // dL/dy = 2 (y - t) = 0.8; through the sigmoid, δz = 0.8 y (1 - y) = 0.8 · 0.09 = 0.072.
        double deltaZ = 0.072;
        // dL/dW2 = δz h = (0.054, 0.018); dL/db2 = δz.
        assertThat(r.weightGrad(1)).isCloseTo(Math.hypot(0.054, 0.018), within(TOL));
        assertThat(r.biasGrad(1)).isCloseTo(deltaZ, within(TOL));
        // δh = W2ᵀ δz = 0.144 ln 3 for both units; h (1 - h) = 3/16 for both: δa = 0.027 ln 3, times x = 1.
        double deltaA = 0.027 * LN3;
        assertThat(r.weightGrad(0)).isCloseTo(Math.hypot(deltaA, deltaA), within(TOL));
        assertThat(r.biasGrad(0)).isCloseTo(Math.hypot(deltaA, deltaA), within(TOL));
        // The records of the gradient flow: dL/dh of layer 1 is δh, dL/dy of layer 2 is 0.8.
        assertThat(r.outputGrad(0)).isCloseTo(Math.hypot(0.144 * LN3, 0.144 * LN3), within(TOL));
        assertThat(r.outputGrad(1)).isCloseTo(0.8, within(TOL));
        assertThat(r.activationMean(0)).isCloseTo(0.5, within(TOL));
        assertThat(r.activationStd(0)).isCloseTo(0.25, within(TOL));
        assertThat(r.updateRatio(1)).isCloseTo(lr * Math.hypot(0.054, 0.018) / (2 * LN3 * Math.sqrt(2)), within(TOL));
        // SGD.
        assertThat(net.layer(1).linear().weight().getEntry(0, 0)).isCloseTo(2 * LN3 - lr * 0.054, within(TOL));
        assertThat(net.layer(0).linear().weight().getEntry(1, 0)).isCloseTo(-LN3 - lr * deltaA, within(TOL));
        assertThat(net.layer(1).linear().bias().getEntry(0)).isCloseTo(-lr * deltaZ, within(TOL));
    }

    /**
     * The hinge-embedding head on the pair of the test above: u = 0.8, v = 0.6, so d = |u - v| = 0.2 and Torch's
     * PairwiseDistance gives dd/du = (u - v) / (d + 1e-6) = k with k = 0.2 / 0.200001, dd/dv = -k.
     */
    @Test
    void oneIterationOfTheHingeEmbeddingHead() {
        double[][] w2 = {{LN3 / 0.6, LN2 / 0.8}};
        double k = 0.2 / (0.2 + 1e-6);
        for (int target : new int[] {1, -1}) {
            Network net = Networks.of(W1, B1, w2, new double[] {0});
            double lr = 0.5;
            Trainer trainer = new Trainer(net, List.of(TrainingPair.of(LEFT, RIGHT, target)),
                    new TrainingObjective(TrainingRule.HINGE_EMBEDDING, 1.0), lr, 10);
            trainer.step();
            IterationRecord r = trainer.lastRecord();
            assertThat(r.u(0)).isCloseTo(0.8, within(TOL));
            assertThat(r.v(0)).isCloseTo(0.6, within(TOL));
            assertThat(r.distance()).isCloseTo(0.2, within(TOL));
            assertThat(r.cosine()).isNaN();
            assertThat(r.dCdu(0)).isCloseTo(k, within(TOL));
            assertThat(r.dCdv(0)).isCloseTo(-k, within(TOL));
            // Target +1: L = d, gradOutput 1. Target -1: L = max(0, margin - d) = 0.8, gradOutput -1.
            assertThat(r.loss()).isCloseTo(target > 0 ? 0.2 : 0.8, within(TOL));
            assertThat(r.gradOutput()).isEqualTo(target > 0 ? 1.0 : -1.0);
            double g = r.gradOutput() * k;
            // Through the output tanh: left (1 - 0.64), right (1 - 0.36), the right's gradient negated.
            double left = g * 0.36;
            double right = -g * 0.64;
            assertThat(r.weightGrad(1)).isCloseTo(Math.hypot(left * 0.6, right * 0.8), within(TOL));
            assertThat(r.biasGrad(1)).isCloseTo(Math.abs(left + right), within(TOL));
            // Down to the hidden layer: δh = W2ᵀ δz, δa = δh ⊙ (1 - h²); left h = (0.6, 0), right h = (0, 0.8).
            double[] al = {w2[0][0] * left * 0.64, w2[0][1] * left};
            double[] ar = {w2[0][0] * right, w2[0][1] * right * 0.36};
            // Left input e1 fills column 1 of dW1, the right e2 column 2.
            assertThat(r.weightGrad(0)).isCloseTo(frobenius(new double[][] {{al[0], ar[0]}, {al[1], ar[1]}}),
                    within(TOL));
            assertThat(r.biasGrad(0)).isCloseTo(Math.hypot(al[0] + ar[0], al[1] + ar[1]), within(TOL));
            assertThat(net.outputLayer().weight().getEntry(0, 1)).isCloseTo(w2[0][1] - lr * right * 0.8, within(TOL));
        }
    }

    private static double frobenius(double[][] m) {
        double sum = 0;
        for (double[] row : m) {
            for (double x : row) {
                sum += x * x;
            }
        }
        return Math.sqrt(sum);
    }
}
