package org.gradflow.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Example;
import org.gradflow.engine.Head;
import org.gradflow.engine.Layer;
import org.gradflow.engine.Network;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingPair;

/**
 * The pictures of a run that are made from whole layers rather than from the iteration's records, at the
 * iteration shown: each layer's distribution of activation outputs (the values the iteration's forward pass
 * computed), and for a network of two inputs its prediction over the input plane with the data points (the
 * picture TF Playground made familiar). Made on the engine thread when a frame is filled; the prediction from a
 * scratch network of its own, so that the run's buffers, which its records read, stay as the step left them.
 */
final class LayerPictures {
    /** Bins of an activation histogram. */
    static final int BINS = 30;
    /** Cells along each side of the prediction grid: a 40 x 40 picture costs 1,600 forward passes per frame. */
    static final int GRID = 40;
    /** TF Playground's view of its datasets: the square from -6 to 6. */
    private static final double PLANE = 6;

    private final Head head;
    private final Network scratch;
    private final double[][] inputs;
    private final boolean plane;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final double[] pointX;
    private final double[] pointY;
    private final double[] pointValue;
    private final double[] row;
    private final double[][] gridInputs;

    LayerPictures(RunSpec spec, Trainer trainer) {
        head = trainer.head();
        Network network = trainer.network();
        scratch = new Network(spec.network(), GRID);
        inputs = head.siamese() ? null : new double[trainer.examples().size()][];
        plane = !head.siamese() && network.inputSize() == 2;
        List<Example> examples = trainer.examples();
        if (plane) {
            int n = examples.size();
            pointX = new double[n];
            pointY = new double[n];
            pointValue = new double[n];
            double extent = PLANE;
            for (int i = 0; i < n; i++) {
                Example e = examples.get(i);
                double[] x = e.input();
                pointX[i] = x[0];
                pointY[i] = x[1];
                pointValue[i] = e.hasLabel() ? e.label() : e.target()[0];
                extent = Math.max(extent, Math.max(Math.abs(x[0]), Math.abs(x[1])) * 1.05);
            }
            x0 = -extent;
            x1 = extent;
            y0 = -extent;
            y1 = extent;
        } else {
            pointX = new double[0];
            pointY = new double[0];
            pointValue = new double[0];
            x0 = 0;
            x1 = 0;
            y0 = 0;
            y1 = 0;
        }
        if (inputs != null) {
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = examples.get(i).input();
            }
        }
        row = new double[GRID];
        gridInputs = new double[GRID][2];
    }

    /**
     * Fills the frame's pictures for the iteration the trainer shows: the activations of its last step, or at
     * iteration 0 those the first step will compute (the scratch network's forward pass of its inputs).
     */
    void fill(RunFrame frame, Trainer trainer, boolean preview) {
        Network network = trainer.network();
        // Before the first step the run's buffers hold nothing yet and no record reads them: the forward pass
        // the first step will make can go there.
        int slots = preview ? forwardNext(trainer) : head.siamese() ? 2 : lastBatchSize(trainer);
        frame.resizeLayers(network.depth());
        for (int l = 0; l < network.depth(); l++) {
            histogram(network.layer(l), slots, frame.histogram(l));
            frame.setCopies(l, copies(network.layer(l)));
        }
        if (plane) {
            frame.setBoundary(boundary(network, frame.boundaryCells()), x0, x1, y0, y1, pointX, pointY, pointValue,
                    head);
        } else {
            frame.setBoundary(null, 0, 0, 0, 0, pointX, pointY, pointValue, head);
        }
    }

    /** Forward of what the next step trains on, into the run's own network; returns the slots used. */
    private int forwardNext(Trainer trainer) {
        Network network = trainer.network();
        if (head.siamese()) {
            TrainingPair pair = trainer.pairs().get(trainer.nextPair() - 1);
            network.forward(pair.left().toArray(), pair.right().toArray());
            return 2;
        }
        int from = (trainer.nextBatch() - 1) * trainer.batchSize();
        int size = Math.min(inputs.length, from + trainer.batchSize()) - from;
        for (int s = 0; s < size; s++) {
            network.forward(s, inputs[from + s]);
        }
        return size;
    }

    private int lastBatchSize(Trainer trainer) {
        long done = trainer.iteration() - 1;
        int batches = (int) trainer.passLength();
        int k = (int) (done % batches);
        int from = k * trainer.batchSize();
        return Math.min(inputs.length, from + trainer.batchSize()) - from;
    }

    /**
     * The share of the layer's (slot, unit) entries in each of {@link #BINS} bins: over the activation's range
     * where it has one (tanh -1..1, sigmoid 0..1), else over the values' own range, 0 included.
     */
    private static void histogram(Layer layer, int slots, RunFrame.Histogram out) {
        Activation a = layer.activation();
        double low;
        double high;
        if (a == Activation.TANH) {
            low = -1;
            high = 1;
        } else if (a == Activation.SIGMOID) {
            low = 0;
            high = 1;
        } else {
            low = 0;
            high = 0;
            for (int s = 0; s < slots; s++) {
                for (double v : layer.output(s)) {
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
            if (high == low) {
                high = low + 1;
            }
        }
        double[] counts = out.reset(BINS, low, high);
        double entries = 0;
        for (int s = 0; s < slots; s++) {
            for (double v : layer.output(s)) {
                if (Double.isFinite(v)) {
                    int bin = (int) Math.floor((v - low) / (high - low) * BINS);
                    counts[Math.max(0, Math.min(BINS - 1, bin))]++;
                    entries++;
                }
            }
        }
        for (int b = 0; b < BINS; b++) {
            counts[b] = entries == 0 ? 0 : counts[b] / entries;
        }
    }

    /**
     * The most units of the layer that are exact copies of one another: the same incoming weights and bias, to
     * the bit. Such units compute the same output for every input and receive the same gradient, so they stay
     * copies for good: what zero initialisation leaves, a symmetry that only different starting weights break.
     */
    static int copies(Layer layer) {
        double[][] w = layer.linear().weight().getData();
        double[] b = layer.linear().bias().toArray();
        // Grouped by hash, each group a few distinct units with their counts: a 1,024-unit layer compared pair by
        // pair would cost half a billion comparisons a frame.
        Map<Integer, List<int[]>> groups = new HashMap<>();
        int most = 1;
        for (int i = 0; i < w.length; i++) {
            List<int[]> distinct = groups.computeIfAbsent(31 * Arrays.hashCode(w[i]) + Double.hashCode(b[i]),
                    k -> new ArrayList<>());
            int[] found = null;
            for (int[] unit : distinct) {
                if (Double.compare(b[i], b[unit[0]]) == 0 && Arrays.equals(w[i], w[unit[0]])) {
                    found = unit;
                    break;
                }
            }
            if (found == null) {
                distinct.add(new int[] {i, 1});
            } else {
                most = Math.max(most, ++found[1]);
            }
        }
        return most;
    }

    /**
     * The network's prediction at the centre of each grid cell, row 0 at the bottom, with its parameters now
     * (after the iteration's update): the probability of class 1 for two classes, the winning class for more, the
     * first output for mse.
     */
    private double[] boundary(Network network, double[] cells) {
        scratch.setParameters(network.parameters());
        double[] grid = cells.length == GRID * GRID ? cells : new double[GRID * GRID];
        for (int r = 0; r < GRID; r++) {
            double y = y0 + (r + 0.5) * (y1 - y0) / GRID;
            for (int c = 0; c < GRID; c++) {
                gridInputs[c][0] = x0 + (c + 0.5) * (x1 - x0) / GRID;
                gridInputs[c][1] = y;
                scratch.forward(c, gridInputs[c]);
            }
            for (int c = 0; c < GRID; c++) {
                row[c] = prediction(scratch.output(c));
            }
            System.arraycopy(row, 0, grid, r * GRID, GRID);
        }
        return grid;
    }

    private double prediction(double[] out) {
        if (head == Head.REGRESSION) {
            return out[0];
        }
        if (out.length == 2) {
            // p(class 1) = 1 / (1 + e^(z0 - z1)), the softmax of two scores.
            return 1.0 / (1.0 + Math.exp(out[0] - out[1]));
        }
        int best = 0;
        for (int k = 1; k < out.length; k++) {
            if (out[k] > out[best]) {
                best = k;
            }
        }
        return best;
    }
}
