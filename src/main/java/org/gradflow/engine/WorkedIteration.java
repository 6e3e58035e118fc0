package org.gradflow.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One training iteration of any network, written out top to bottom with every intermediate kept: the forward pass
 * of each input (both branches of a siamese network, or every example of the batch), layer by layer; what the
 * network ends in (the cosine or the distance and the rule's gradOutput, or the criterion's gradient); the
 * backward pass (the chain rule, layer by layer down to the input, every input's gradients summed into the shared
 * ones) and the SGD update. It is the iteration a student reads in Help ▸ This iteration, worked, and it is the
 * engine's iteration: a test holds its numbers equal, bit for bit, to {@link Trainer#step()}'s (the same
 * operations in the same order; the activations, the join and the criterion are the engine's own).
 *
 * <p>Notation, for layer l: a = W x + b, h = f(a) going up (x the layer's input: the network's input, or h of the
 * layer below); δh = dL/dh coming down, δa = δh ⊙ f'(a), dL/dW += δa xᵀ, dL/db += δa, and δh below = Wᵀ δa.
 */
public record WorkedIteration(
        long iteration, Head head, TrainingRule rule, double margin, double learningRate,
        List<Parameters> before, List<Input> inputs, Join join, Batch batch, double loss, double gradOutput,
        List<Parameters> gradient, List<Parameters> after) {

    /** One layer's W (units x inputs) and b: the shared parameters, or their gradients. */
    public record Parameters(double[][] weight, double[] bias) {
    }

    /** One input's way up and down: its name ("left", "right", "example 3"), x, and each layer's values. */
    public record Input(String name, double[] x, List<LayerPass> layers) {
        /** The network's output for this input. */
        public double[] output() {
            return layers.get(layers.size() - 1).h();
        }
    }

    /** One layer for one input: a and h going up; δh and δa coming down (null when nothing was propagated). */
    public record LayerPass(Activation activation, double[] a, double[] h, double[] deltaH, double[] deltaA) {
    }

    /**
     * A siamese network's join of u and v: the pair, the cosine's parts (⟨u,v⟩, |u|², |v|²) or the distance,
     * the joined value and its gradients (Torch's gradInput for gradOutput 1).
     */
    public record Join(int pair, int target, double dot, double squaredNormU, double squaredNormV, double value,
                       double[] du, double[] dv) {
    }

    /** A single network's batch: which one, its examples' labels or targets, how many came out right. */
    public record Batch(int batch, int from, int right, int[] labels, double[][] targets) {
    }

    /** The parameters before the update, from the input layer. */
    public Parameters layerBefore(int l) {
        return before.get(l);
    }

    /**
     * Works the next iteration of {@code trainer} (its iteration + 1), which is not changed: the forward and
     * backward passes run here on copies of its parameters.
     */
    public static WorkedIteration of(Trainer trainer) {
        Network net = trainer.network();
        int depth = net.depth();
        List<Parameters> before = new ArrayList<>(depth);
        for (int l = 0; l < depth; l++) {
            before.add(parametersOf(net.layer(l).linear()));
        }
        Head head = trainer.head();
        TrainingObjective objective = trainer.objective();

        // Which inputs this iteration trains on: the pair's two, or the batch's examples.
        List<String> names = new ArrayList<>();
        List<double[]> xs = new ArrayList<>();
        int pairNumber = 0;
        int from = 0;
        if (head.siamese()) {
            pairNumber = trainer.nextPair();
            TrainingPair pair = trainer.pairs().get(pairNumber - 1);
            names.add("left");
            xs.add(pair.left().toArray());
            names.add("right");
            xs.add(pair.right().toArray());
        } else {
            from = (trainer.nextBatch() - 1) * trainer.batchSize();
            int to = Math.min(trainer.examples().size(), from + trainer.batchSize());
            for (int i = from; i < to; i++) {
                names.add("example " + (i + 1));
                xs.add(trainer.examples().get(i).input());
            }
        }
        int slots = xs.size();

        // Forward: a = W x + b, h = f(a), layer by layer, for every input with the same weights.
        double[][][] a = new double[slots][depth][];
        double[][][] h = new double[slots][depth][];
        for (int s = 0; s < slots; s++) {
            double[] x = xs.get(s);
            for (int l = 0; l < depth; l++) {
                a[s][l] = affine(before.get(l), x);
                h[s][l] = new double[a[s][l].length];
                net.layer(l).activation().forward(a[s][l], h[s][l]);
                x = h[s][l];
            }
        }

        // What the network ends in: dL/d(output) of every input, δh of the last layer.
        double[][] deltaOut = new double[slots][];
        Join join = null;
        Batch batch = null;
        double loss;
        double gradOutput;
        if (head.siamese()) {
            double[] u = h[0][depth - 1];
            double[] v = h[1][depth - 1];
            PairJoin j = head.newJoin();
            double value = j.forward(u, v);
            double[] du = new double[u.length];
            double[] dv = new double[v.length];
            j.backward(u, v, du, dv);
            int target = trainer.pairs().get(pairNumber - 1).target();
            loss = objective.loss(value, target);
            gradOutput = objective.gradOutput(value, target);
            boolean cosine = j instanceof CosineDistance;
            CosineDistance c = cosine ? (CosineDistance) j : null;
            join = new Join(pairNumber, target, cosine ? c.dot() : Double.NaN,
                    cosine ? c.squaredNormU() : Double.NaN, cosine ? c.squaredNormV() : Double.NaN, value, du, dv);
            // dL/du = gradOutput · dC/du; a masked iteration (gradOutput 0) propagates nothing.
            if (gradOutput != 0.0) {
                deltaOut[0] = scaled(du, gradOutput);
                deltaOut[1] = scaled(dv, gradOutput);
            }
        } else {
            double[][] outputs = new double[slots][];
            for (int s = 0; s < slots; s++) {
                outputs[s] = h[s][depth - 1];
                deltaOut[s] = new double[outputs[s].length];
            }
            ExampleSet set = new ExampleSet(trainer.examples());
            ExampleCriterion criterion = head.newCriterion();
            loss = criterion.lossAndGradient(outputs, deltaOut, slots, set, from);
            gradOutput = 1.0;
            int right = 0;
            int[] labels = new int[slots];
            double[][] targets = new double[slots][];
            for (int s = 0; s < slots; s++) {
                right += criterion.right(outputs[s], set, from + s) ? 1 : 0;
                labels[s] = set.labels[from + s];
                targets[s] = set.targets[from + s];
            }
            batch = new Batch(trainer.nextBatch(), from, right, labels, targets);
        }

        // Backward: each input's chain rule, from the output layer down, summed into one set of gradients.
        List<Parameters> g = new ArrayList<>(depth);
        for (Parameters p : before) {
            g.add(new Parameters(new double[p.weight().length][p.weight()[0].length], new double[p.bias().length]));
        }
        double[][][] deltaH = new double[slots][depth][];
        double[][][] deltaA = new double[slots][depth][];
        for (int s = 0; s < slots && deltaOut[s] != null; s++) {
            double[] dh = deltaOut[s];
            for (int l = depth - 1; l >= 0; l--) {
                deltaH[s][l] = dh;
                // δa = δh ⊙ f'(a), the activation's derivative as Torch takes it.
                double[] da = new double[dh.length];
                net.layer(l).activation().backward(a[s][l], h[s][l], dh, da);
                deltaA[s][l] = da;
                double[] x = l == 0 ? xs.get(s) : h[s][l - 1];
                double[][] w = before.get(l).weight();
                Parameters gl = g.get(l);
                // δh below = Wᵀ δa; dL/dW += δa xᵀ; dL/db += δa.
                double[] below = l == 0 ? null : new double[x.length];
                for (int i = 0; i < da.length; i++) {
                    for (int k = 0; k < x.length; k++) {
                        if (below != null) {
                            below[k] += w[i][k] * da[i];
                        }
                        gl.weight()[i][k] += da[i] * x[k];
                    }
                    gl.bias()[i] += da[i];
                }
                dh = below;
            }
        }

        // SGD: every parameter minus the learning rate times its gradient.
        List<Parameters> after = new ArrayList<>(depth);
        for (int l = 0; l < depth; l++) {
            after.add(new Parameters(step(before.get(l).weight(), g.get(l).weight(), trainer.learningRate()),
                    step(before.get(l).bias(), g.get(l).bias(), trainer.learningRate())));
        }

        List<Input> inputs = new ArrayList<>(slots);
        for (int s = 0; s < slots; s++) {
            List<LayerPass> layers = new ArrayList<>(depth);
            for (int l = 0; l < depth; l++) {
                layers.add(new LayerPass(net.layer(l).activation(), a[s][l], h[s][l], deltaH[s][l], deltaA[s][l]));
            }
            inputs.add(new Input(names.get(s), xs.get(s), layers));
        }
        return new WorkedIteration(trainer.iteration() + 1, head, objective.rule(), objective.margin(),
                trainer.learningRate(), before, inputs, join, batch, loss, gradOutput, g, after);
    }

    /** a = W x + b; Torch (BLAS gemv) forms the dot product first, then adds the bias. */
    private static double[] affine(Parameters p, double[] x) {
        double[][] w = p.weight();
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double dot = 0.0;
            for (int j = 0; j < x.length; j++) {
                dot += w[i][j] * x[j];
            }
            out[i] = p.bias()[i] + dot;
        }
        return out;
    }

    private static double[] scaled(double[] x, double factor) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * factor;
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

    private static Parameters parametersOf(Linear linear) {
        return new Parameters(linear.weight().getData(), linear.bias().toArray());
    }
}
