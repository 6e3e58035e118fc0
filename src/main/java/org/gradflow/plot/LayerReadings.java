package org.gradflow.plot;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.gradflow.engine.Activation;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.LayerSpec;
import org.gradflow.session.RunFrame;

/**
 * What the per-layer records of the iteration shown say, read the way the flow, layers, activations and updates
 * charts draw them (layer 1 is the input layer, layer L the output layer): the weight gradient at the first and
 * the last layer, the gradient arriving at each (the design's {@code outputGrad}), the spread of the activations
 * and their saturated fraction, the update ratios, and the units that are copies of one another. The diagnosis,
 * the badges and the lesson values all read these, so that a number said about a layer is the one drawn for it.
 */
final class LayerReadings {
    /**
     * Under this, the gradient arriving at layer 1 against the one arriving at the output layer has vanished: at
     * the same learning rate the first layer then moves a thousand times slower than the last, so it needs a
     * thousand times the iterations (issue 18 holds a sigmoid stack's first layer to this, a relu stack's not).
     */
    static final double VANISHED = 1e-3;
    /** Fewer Linear layers than this pass a gradient back through one layer only: no depth for it to vanish in. */
    static final int VANISHING_DEPTH = 3;
    /**
     * The largest slope of the sigmoid, σ′(z) = σ(1 − σ), reached at z = 0: the chain rule multiplies the gradient
     * by it at every sigmoid layer it passes back through.
     */
    static final double SIGMOID_SLOPE = 0.25;
    /** A spread of the activations growing by more than this per layer doubles with every layer: the init's scale. */
    static final double GROWING = 2;
    /**
     * Activations of a sensible init stay near a spread of 1; a hidden layer whose spread passes ten times that has
     * inputs large enough to blow the gradients up with them.
     */
    static final double LARGE_SPREAD = 10;
    /** More than this share of a layer's units (dead, saturated): most of the layer passes no gradient back. */
    static final double MOST = 0.5;
    /**
     * The update:data ratio that Karpathy's "activations and gradients" lecture calls healthy: a step changes a
     * weight matrix by about a thousandth of its size (the updates chart draws this line).
     */
    static final double HEALTHY_RATIO = 1e-3;
    /** How far from {@link #HEALTHY_RATIO} still counts as near it: a factor of ten, as far as that plot reads. */
    static final double HEALTHY_BAND = 10;

    private final RunFrame frame;
    private final IterationView it;
    private final List<LayerSpec> specs;
    private final int layers;

    private LayerReadings(RunFrame frame) {
        this.frame = frame;
        this.it = frame.values();
        this.specs = frame.spec().network().layers();
        this.layers = it.layerCount();
    }

    static LayerReadings of(RunFrame frame) {
        return new LayerReadings(frame);
    }

    /** Linear layers, the output layer the last. */
    int layers() {
        return layers;
    }

    int units(int layer) {
        return it.units(layer - 1);
    }

    /** The activation of layer {@code layer} (1-based). */
    Activation activation(int layer) {
        return specs.get(layer - 1).activation();
    }

    /** The weight gradient's norm of layer {@code layer} (1-based), as the layers and flow charts draw it. */
    double weightGrad(int layer) {
        return it.weightGrad(layer - 1);
    }

    /** The gradient arriving at layer {@code layer}: the norm of dL/da, a its activation output. */
    double arriving(int layer) {
        return it.outputGrad(layer - 1);
    }

    double std(int layer) {
        return it.activationStd(layer - 1);
    }

    double saturated(int layer) {
        return it.saturated(layer - 1);
    }

    /** Layer 1's weight gradient against the output layer's. */
    double weightRatio() {
        return weightGrad(1) / weightGrad(layers);
    }

    /** The gradient arriving at layer 1 against the one arriving at the output layer. */
    double arrivingRatio() {
        return arriving(1) / arriving(layers);
    }

    /**
     * What the gradient is multiplied by, on average, each time it passes back through a layer: the geometric mean
     * of the ratios from the output layer down to layer 1, {@code arrivingRatio^(1/(L-1))}.
     */
    double layerFactor() {
        return Math.pow(arrivingRatio(), 1.0 / (layers - 1));
    }

    /**
     * Whether the gradient arriving at layer 1 is under {@link #VANISHED} of what the output layer receives, but
     * not zero.
     */
    boolean vanishing() {
        double r = arrivingRatio();
        // Nothing at all arriving at layer 1 is not a gradient that shrank on the way but one that was cut: by dead
        // units or by weights of exactly zero, which the diagnosis says instead.
        return layers >= VANISHING_DEPTH && arriving(layers) > 0 && r > 0 && Double.isFinite(r) && r < VANISHED;
    }

    /** Whether every hidden layer is a sigmoid, so that the 1/4 bound applies at each. */
    boolean sigmoidStack() {
        for (int l = 1; l < layers; l++) {
            if (activation(l) != Activation.SIGMOID) {
                return false;
            }
        }
        return layers > 1;
    }

    /** The largest weight gradient of any layer; NaN when one is. */
    double largestWeightGrad() {
        return largest(it::weightGrad, layers);
    }

    /** Whether every layer's weight gradient is under {@link RunSummary#ZERO_GRADIENT}: SGD moves no weight. */
    boolean everyGradientTiny() {
        return tiny(largestWeightGrad());
    }

    /** The largest gradient of any weight matrix or bias vector (the norms chart's bars); NaN when one is. */
    double largestParameterGrad() {
        return largest(it::gradNorm, 2 * layers);
    }

    /**
     * Whether every weight and bias gradient is under {@link RunSummary#ZERO_GRADIENT}: SGD moves nothing at all.
     * A network whose weights get nothing may still move its output bias (to the class shares).
     */
    boolean everyParameterGradientTiny() {
        return tiny(largestParameterGrad());
    }

    /** The largest of {@code norm(0)} to {@code norm(n - 1)}, NaN when one is (a NaN is not small). */
    private static double largest(IntToDoubleFunction norm, int n) {
        double largest = 0;
        for (int k = 0; k < n; k++) {
            double g = norm.applyAsDouble(k);
            largest = Double.isNaN(g) || Double.isNaN(largest) ? Double.NaN : Math.max(largest, g);
        }
        return largest;
    }

    private static boolean tiny(double largest) {
        return Double.isFinite(largest) && largest < RunSummary.ZERO_GRADIENT;
    }

    /** The largest weight gradient of a hidden layer (0 for a network without one). */
    double largestHiddenGrad() {
        double largest = 0;
        for (int l = 1; l < layers; l++) {
            largest = Math.max(largest, weightGrad(l));
        }
        return largest;
    }

    /** Whether the network has hidden layers and every one of them has a weight gradient of exactly 0. */
    boolean hiddenGradientsZero() {
        return layers > 1 && largestHiddenGrad() == 0;
    }

    /** The hidden layer with the most units that are copies of one another (1-based), 0 when none has two. */
    int mostCopiesLayer() {
        int best = 0;
        for (int l = 1; l < layers; l++) {
            if (frame.copies(l - 1) > 1 && (best == 0 || frame.copies(l - 1) > frame.copies(best - 1))) {
                best = l;
            }
        }
        return best;
    }

    /** The most units of layer {@code layer} that are copies of one another. */
    int copies(int layer) {
        return frame.copies(layer - 1);
    }

    /** Whether every unit of every hidden layer is a copy of the others in its layer (zero initialisation). */
    boolean allHiddenCopies() {
        for (int l = 1; l < layers; l++) {
            if (units(l) < 2 || copies(l) != units(l)) {
                return false;
            }
        }
        return layers > 1;
    }

    /** The last hidden layer, 1-based: where the spread of a stack of them is read (0 for none). */
    int lastHidden() {
        return layers - 1;
    }

    /**
     * How much the activations' spread grows per hidden layer: the geometric mean of std(l+1)/std(l) from layer 1
     * to the last hidden layer; NaN for fewer than two hidden layers.
     */
    double spreadGrowth() {
        if (lastHidden() < 2 || !(std(1) > 0)) {
            return Double.NaN;
        }
        return Math.pow(std(lastHidden()) / std(1), 1.0 / (lastHidden() - 1));
    }

    /** Whether the spread doubles layer after layer and ends far from 1: an init too large for the layers' width. */
    boolean exploding() {
        double growth = spreadGrowth();
        return Double.isFinite(growth) && growth > GROWING && std(lastHidden()) > LARGE_SPREAD;
    }

    /**
     * The hidden layer of a squashing activation (tanh, sigmoid, whose slope is near 0 at both ends) with the
     * largest saturated fraction, 1-based; 0 when there is none. relu's "saturated" is an input ≤ 0, which dead
     * units say better.
     */
    int mostSaturatedLayer() {
        int best = 0;
        for (int l = 1; l < layers; l++) {
            Activation a = activation(l);
            if ((a == Activation.TANH || a == Activation.SIGMOID)
                    && (best == 0 || saturated(l) > saturated(best))) {
                best = l;
            }
        }
        return best;
    }

    /**
     * The first relu hidden layer every unit of which has an input ≤ 0 for every example of this iteration, so
     * that no gradient passes back through it (1-based), 0 for none: the iteration's own dead layer, before a
     * whole pass has shown it.
     */
    int closedLayer() {
        for (int l = 1; l < layers; l++) {
            if (activation(l).canDie() && saturated(l) == 1) {
                return l;
            }
        }
        return 0;
    }

    /** Whether most outputs of some tanh or sigmoid hidden layer are saturated. */
    boolean saturating() {
        int l = mostSaturatedLayer();
        return l > 0 && saturated(l) > MOST;
    }

    /** The smallest update ratio of a layer this iteration (layers with |W| = 0 have none); NaN for none. */
    double smallestUpdateRatio() {
        return updateRatioBound(false);
    }

    double largestUpdateRatio() {
        return updateRatioBound(true);
    }

    private double updateRatioBound(boolean largest) {
        double bound = Double.NaN;
        for (int l = 0; l < layers; l++) {
            double r = it.updateRatio(l);
            if (Double.isFinite(r) && (Double.isNaN(bound) || (largest ? r > bound : r < bound))) {
                bound = r;
            }
        }
        return bound;
    }

    /** Whether every layer's update ratio is within {@link #HEALTHY_BAND} of {@link #HEALTHY_RATIO}. */
    boolean healthyUpdates() {
        return smallestUpdateRatio() >= HEALTHY_RATIO / HEALTHY_BAND
                && largestUpdateRatio() <= HEALTHY_RATIO * HEALTHY_BAND;
    }

    /** Whether some layer's steps are over {@link #HEALTHY_BAND} times the healthy ratio. */
    boolean largeUpdates() {
        return largestUpdateRatio() > HEALTHY_RATIO * HEALTHY_BAND;
    }

    /** Whether every layer's steps are under a {@link #HEALTHY_BAND}th of the healthy ratio. */
    boolean smallUpdates() {
        return largestUpdateRatio() < HEALTHY_RATIO / HEALTHY_BAND;
    }
}
