package org.gradflow.cli;

import org.gradflow.engine.CosineDistance;
import org.gradflow.engine.Tanh;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingPair;
import java.util.Arrays;

/**
 * The benchmark's yardstick: the same network and the same training (the {@code question} rule) written as
 * one method over flat {@code double[]} arrays (and the same tanh), with no records, no views and no commons-math3
 * objects. It is
 * what the engine's speed is compared with; it is not used for anything else.
 */
final class HandWrittenLoop {
    private final int in;
    private final int hid;
    private final int out;
    private final double[] w1;
    private final double[] b1;
    private final double[] w2;
    private final double[] b2;
    private final double[] gw1;
    private final double[] gb1;
    private final double[] gw2;
    private final double[] gb2;
    private final double[][] lefts;
    private final double[][] rights;
    private final int[] targets;
    private final double learningRate;
    private final int iterationsPerPair;
    private final double[] h1;
    private final double[] h2;
    private final double[] u;
    private final double[] v;
    private final double[] du;
    private final double[] dv;
    private final double[] dh;
    private long iteration;
    private double lastCosine;

    /** Starts from the trainer's current parameters and data, so both compute the same numbers. */
    HandWrittenLoop(Trainer trainer) {
        var net = trainer.network();
        in = net.inputSize();
        hid = net.layer(0).units();
        out = net.outputSize();
        w1 = flatten(net.hiddenLayer().weight().getData());
        b1 = net.hiddenLayer().bias().toArray();
        w2 = flatten(net.outputLayer().weight().getData());
        b2 = net.outputLayer().bias().toArray();
        gw1 = new double[w1.length];
        gb1 = new double[hid];
        gw2 = new double[w2.length];
        gb2 = new double[out];
        int n = trainer.pairs().size();
        lefts = new double[n][];
        rights = new double[n][];
        targets = new int[n];
        for (int i = 0; i < n; i++) {
            TrainingPair p = trainer.pairs().get(i);
            lefts[i] = p.left().toArray();
            rights[i] = p.right().toArray();
            targets[i] = p.target();
        }
        learningRate = trainer.learningRate();
        iterationsPerPair = trainer.iterationsPerPair();
        h1 = new double[hid];
        h2 = new double[hid];
        u = new double[out];
        v = new double[out];
        du = new double[out];
        dv = new double[out];
        dh = new double[hid];
    }

    private static double[] flatten(double[][] m) {
        double[] flat = new double[m.length * m[0].length];
        for (int r = 0; r < m.length; r++) {
            System.arraycopy(m[r], 0, flat, r * m[0].length, m[0].length);
        }
        return flat;
    }

    void step() {
        int p = (int) ((iteration / iterationsPerPair) % lefts.length);
        double[] x1 = lefts[p];
        double[] x2 = rights[p];
        branchForward(x1, h1, u);
        branchForward(x2, h2, v);
        double dot = 0;
        double uu = 0;
        double vv = 0;
        for (int i = 0; i < out; i++) {
            dot += u[i] * v[i];
            uu += u[i] * u[i];
            vv += v[i] * v[i];
        }
        double w22 = 1.0 / (uu + CosineDistance.EPS);
        double w32 = 1.0 / (vv + CosineDistance.EPS);
        double w = Math.sqrt(w22 * w32);
        lastCosine = dot * w;
        double go = -targets[p];
        for (int i = 0; i < out; i++) {
            du[i] = (v[i] - dot * w22 * u[i]) * w * go * (1 - u[i] * u[i]);
            dv[i] = (u[i] - dot * w32 * v[i]) * w * go * (1 - v[i] * v[i]);
        }
        Arrays.fill(gw1, 0);
        Arrays.fill(gb1, 0);
        Arrays.fill(gw2, 0);
        Arrays.fill(gb2, 0);
        branchBackward(x1, h1, du);
        branchBackward(x2, h2, dv);
        for (int i = 0; i < w1.length; i++) {
            w1[i] -= learningRate * gw1[i];
        }
        for (int i = 0; i < hid; i++) {
            b1[i] -= learningRate * gb1[i];
        }
        for (int i = 0; i < w2.length; i++) {
            w2[i] -= learningRate * gw2[i];
        }
        for (int i = 0; i < out; i++) {
            b2[i] -= learningRate * gb2[i];
        }
        iteration++;
    }

    private void branchForward(double[] x, double[] h, double[] y) {
        for (int j = 0; j < hid; j++) {
            double s = 0;
            for (int i = 0; i < in; i++) {
                s += w1[j * in + i] * x[i];
            }
            h[j] = Tanh.tanh(b1[j] + s);
        }
        for (int k = 0; k < out; k++) {
            double s = 0;
            for (int j = 0; j < hid; j++) {
                s += w2[k * hid + j] * h[j];
            }
            y[k] = Tanh.tanh(b2[k] + s);
        }
    }

    private void branchBackward(double[] x, double[] h, double[] dOut) {
        for (int j = 0; j < hid; j++) {
            dh[j] = 0;
        }
        for (int k = 0; k < out; k++) {
            double g = dOut[k];
            for (int j = 0; j < hid; j++) {
                dh[j] += w2[k * hid + j] * g;
                gw2[k * hid + j] += g * h[j];
            }
            gb2[k] += g;
        }
        for (int j = 0; j < hid; j++) {
            double g = dh[j] * (1 - h[j] * h[j]);
            for (int i = 0; i < in; i++) {
                gw1[j * in + i] += g * x[i];
            }
            gb1[j] += g;
        }
    }

    double lastCosine() {
        return lastCosine;
    }
}
