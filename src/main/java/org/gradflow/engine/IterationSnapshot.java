package org.gradflow.engine;

import java.util.Arrays;

/**
 * One iteration's values in reusable arrays: the {@link Trainer} fills its own in place every step (so a step
 * allocates nothing), and a window keeps its own copies frame after frame.
 *
 * <p>The trainer's own snapshot is <em>live</em>: the per-layer records (the gradient flow) are read from its
 * network, which holds the recorded iteration until the next step (the norms the update measured, |W| before it,
 * and in the layers' buffers the iteration's forward and backward passes), and the activation statistics are
 * measured from those buffers the first time one is read: most iterations of a run are never looked at this
 * closely, and the seed network's whole iteration costs less than a third of a microsecond. A copy
 * ({@link #copyFrom}) holds its own values.
 */
public final class IterationSnapshot implements IterationView {
    private Head head = Head.COSINE;
    private double[] u;
    private double[] v;
    double[] dCdu;
    double[] dCdv;
    private long iteration;
    private int pair;
    private int target;
    private int batch;
    private int right;
    private int size;
    private double joined;
    private double loss;
    private double gradOutput;
    private double dCduNorm;
    private double dCdvNorm;
    private boolean singular;
    private double parameterNorm;
    private Divergence divergence = Divergence.NONE;
    private int outputSize;
    private int[] units = new int[0];
    private double[] weightGrad = new double[0];
    private double[] biasGrad = new double[0];
    private double[] outputGrad = new double[0];
    private double[] mean = new double[0];
    private double[] std = new double[0];
    private double[] saturated = new double[0];
    private double[] weightNorm = new double[0];
    /** The step's learning rate: the update ratios are derived from it when read. */
    private double learningRate;
    private boolean[][] fired = new boolean[0][];
    /** The network of a live snapshot (null for a copy). */
    private Network live;
    /** Layers whose units can die: their "fired" flags are taken every iteration, for the passes' dead units. */
    private int[] dying = new int[0];
    private int liveSlots;
    private boolean liveBackpropagated;
    /** Whether the live activation statistics have been measured for the iteration recorded. */
    private boolean measured;

    /** Room for a siamese network with output size D (its pair part), layers sized on first use. */
    public IterationSnapshot(int outputSize) {
        this.outputSize = outputSize;
        u = new double[outputSize];
        v = new double[outputSize];
        dCdu = new double[outputSize];
        dCdv = new double[outputSize];
    }

    /** The live snapshot of this network's runs; the pair part only for a siamese head. */
    IterationSnapshot(Network network, Head head) {
        this(head.siamese() ? network.outputSize() : 0);
        this.head = head;
        this.outputSize = network.outputSize();
        int[] shape = new int[network.depth()];
        int dyingLayers = 0;
        for (int l = 0; l < shape.length; l++) {
            shape[l] = network.layer(l).units();
            dyingLayers += network.layer(l).activation().canDie() ? 1 : 0;
        }
        shapeLayers(shape);
        dying = new int[dyingLayers];
        for (int l = 0, k = 0; l < shape.length; l++) {
            if (network.layer(l).activation().canDie()) {
                dying[k++] = l;
            }
        }
        live = network;
    }

    private void shapeLayers(int[] shape) {
        if (Arrays.equals(units, shape)) {
            return;
        }
        int n = shape.length;
        units = shape.clone();
        weightGrad = new double[n];
        biasGrad = new double[n];
        outputGrad = new double[n];
        mean = new double[n];
        std = new double[n];
        saturated = new double[n];
        weightNorm = new double[n];
        fired = new boolean[n][];
        for (int l = 0; l < n; l++) {
            fired[l] = new boolean[shape[l]];
            Arrays.fill(fired[l], true);
        }
    }

    /** A siamese iteration: the pair, its joined value and gradients (dCdu, dCdv already written here). */
    void recordPair(long iteration, int pair, int target, double joined, double loss, double gradOutput,
                    PairJoin join, Network network, boolean backpropagated, double parameterSquares,
                    double learningRate) {
        this.iteration = iteration;
        this.pair = pair;
        this.target = target;
        this.batch = 0;
        this.size = 2;
        this.joined = joined;
        this.loss = loss;
        this.gradOutput = gradOutput;
        this.singular = join.singular();
        this.right = 0;
        dCduNorm = join.normU();
        dCdvNorm = join.normV();
        recordLayers(network, 2, backpropagated, learningRate);
        recordDivergence(network, parameterSquares, Double.isFinite(dCduNorm) && Double.isFinite(dCdvNorm)
                && Double.isFinite(joined));
    }

    /** A single network's iteration over batch {@code batch} (1-based) of {@code size} examples. */
    void recordBatch(long iteration, int batch, int right, int size, double loss, Network network,
                     double parameterSquares, double learningRate) {
        this.iteration = iteration;
        this.pair = 0;
        this.target = 0;
        this.batch = batch;
        this.right = right;
        this.size = size;
        this.joined = Double.NaN;
        this.loss = loss;
        this.gradOutput = 1.0;
        this.singular = false;
        dCduNorm = 0;
        dCdvNorm = 0;
        recordLayers(network, size, true, learningRate);
        recordDivergence(network, parameterSquares, true);
    }

    /**
     * A gradient that is not finite makes the parameters it updates not finite, which their squares show; so the
     * loss, the join and those squares are all there is to look at.
     */
    private void recordDivergence(Network network, double parameterSquares, boolean headFinite) {
        parameterNorm = Math.sqrt(parameterSquares);
        divergence = Divergence.of(headFinite && Double.isFinite(loss), parameterSquares, network);
    }

    private void recordLayers(Network network, int slots, boolean backpropagated, double learningRate) {
        this.learningRate = learningRate;
        liveSlots = slots;
        liveBackpropagated = backpropagated;
        measured = false;
        for (int l : dying) {
            Layer layer = network.layer(l);
            boolean[] f = fired[l];
            for (int i = 0; i < f.length; i++) {
                boolean any = false;
                for (int s = 0; s < slots && !any; s++) {
                    any = layer.pre[s][i] > 0;
                }
                f[i] = any;
            }
        }
    }

    /**
     * The activation statistics of the iteration recorded last, measured from the network's buffers the first time
     * one is read (they hold that iteration's forward and backward passes until the next step, and most steps of a
     * run are never looked at this closely): per layer, over every (slot, unit) entry, the mean and population
     * standard deviation of the activation outputs, the saturated fraction and the norm of dL/da.
     */
    private void measureActivations() {
        Network network = live;
        measured = true;
        int slots = liveSlots;
        for (int l = 0; l < units.length; l++) {
            Layer layer = network.layer(l);
            int n = units[l];
            // One pass: sums of the entries shifted by the first one, which keeps the variance's digits when the
            // entries sit close together (a saturated layer near 1) as a two-pass sum would (Chan et al. 1983).
            double shift = layer.post[0][0];
            double sum = 0.0;
            double squares = 0.0;
            double gradients = 0.0;
            int saturatedCount = 0;
            Activation activation = layer.activation();
            for (int s = 0; s < slots; s++) {
                double[] a = layer.post[s];
                for (int i = 0; i < n; i++) {
                    double d = a[i] - shift;
                    sum += d;
                    squares += d * d;
                }
                saturatedCount += activation.countSaturated(layer.pre[s], a);
                if (liveBackpropagated) {
                    double[] g = layer.gradPost[s];
                    for (int i = 0; i < n; i++) {
                        gradients += g[i] * g[i];
                    }
                }
            }
            double entries = (double) slots * n;
            double meanShift = sum / entries;
            mean[l] = shift + meanShift;
            std[l] = Math.sqrt(Math.max(0.0, squares / entries - meanShift * meanShift));
            saturated[l] = saturatedCount / entries;
            outputGrad[l] = Math.sqrt(gradients);
        }
    }

    private void measured() {
        if (live != null && !measured) {
            measureActivations();
        }
    }

    /**
     * Makes this a copy of {@code other}, reusing the arrays when the shape is the same: a drawing frame keeps
     * one and refreshes it every frame without allocating.
     */
    public void copyFrom(IterationView other) {
        live = null;
        head = other.head();
        int d = head.siamese() ? other.outputSize() : 0;
        if (u.length != d) {
            u = new double[d];
            v = new double[d];
            dCdu = new double[d];
            dCdv = new double[d];
        }
        for (int i = 0; i < d; i++) {
            u[i] = other.u(i);
            v[i] = other.v(i);
            dCdu[i] = other.dCdu(i);
            dCdv[i] = other.dCdv(i);
        }
        int layers = other.layerCount();
        if (units.length != layers || !sameUnits(other)) {
            int[] shape = new int[layers];
            for (int l = 0; l < layers; l++) {
                shape[l] = other.units(l);
            }
            shapeLayers(shape);
        }
        for (int l = 0; l < layers; l++) {
            weightGrad[l] = other.weightGrad(l);
            biasGrad[l] = other.biasGrad(l);
            outputGrad[l] = other.outputGrad(l);
            mean[l] = other.activationMean(l);
            std[l] = other.activationStd(l);
            saturated[l] = other.saturated(l);
            weightNorm[l] = other.weightNorm(l);
            for (int i = 0; i < units[l]; i++) {
                fired[l][i] = other.fired(l, i);
            }
        }
        learningRate = other.learningRate();
        outputSize = other.outputSize();
        iteration = other.iteration();
        pair = other.pair();
        target = other.target();
        batch = other.batch();
        right = other.right();
        size = other.size();
        joined = other.joined();
        loss = other.loss();
        gradOutput = other.gradOutput();
        dCduNorm = other.dCduNorm();
        dCdvNorm = other.dCdvNorm();
        singular = other.singular();
        parameterNorm = other.parameterNorm();
        divergence = other.divergence();
    }

    private boolean sameUnits(IterationView other) {
        for (int l = 0; l < units.length; l++) {
            if (units[l] != other.units(l)) {
                return false;
            }
        }
        return true;
    }

    /** An immutable copy. */
    public IterationRecord toRecord() {
        return new IterationRecord(this);
    }

    @Override
    public long iteration() {
        return iteration;
    }

    @Override
    public Head head() {
        return head;
    }

    @Override
    public int pair() {
        return pair;
    }

    @Override
    public int target() {
        return target;
    }

    @Override
    public int batch() {
        return batch;
    }

    @Override
    public int right() {
        return right;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double cosine() {
        return head == Head.COSINE ? joined : Double.NaN;
    }

    @Override
    public double distance() {
        return head == Head.DISTANCE ? joined : Double.NaN;
    }

    @Override
    public double loss() {
        return loss;
    }

    @Override
    public double gradOutput() {
        return gradOutput;
    }

    @Override
    public int outputSize() {
        return outputSize;
    }

    @Override
    public double u(int i) {
        return live != null ? live.output(0)[i] : u[i];
    }

    @Override
    public double v(int i) {
        return live != null ? live.output(1)[i] : v[i];
    }

    @Override
    public double dCdu(int i) {
        return dCdu[i];
    }

    @Override
    public double dCdv(int i) {
        return dCdv[i];
    }

    @Override
    public double dCduNorm() {
        return dCduNorm;
    }

    @Override
    public double dCdvNorm() {
        return dCdvNorm;
    }

    @Override
    public boolean singular() {
        return singular;
    }

    @Override
    public double parameterNorm() {
        return parameterNorm;
    }

    @Override
    public Divergence divergence() {
        return divergence;
    }

    @Override
    public int layerCount() {
        return units.length;
    }

    @Override
    public int units(int l) {
        return units[l];
    }

    @Override
    public double weightGrad(int l) {
        return live != null ? live.layer(l).linear().appliedWeightGradientNorm() : weightGrad[l];
    }

    @Override
    public double biasGrad(int l) {
        return live != null ? live.layer(l).linear().appliedBiasGradientNorm() : biasGrad[l];
    }

    @Override
    public double outputGrad(int l) {
        measured();
        return outputGrad[l];
    }

    @Override
    public double activationMean(int l) {
        measured();
        return mean[l];
    }

    @Override
    public double activationStd(int l) {
        measured();
        return std[l];
    }

    @Override
    public double saturated(int l) {
        measured();
        return saturated[l];
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public double weightNorm(int l) {
        return live != null ? live.layer(l).linear().weightNormBeforeUpdate() : weightNorm[l];
    }



    @Override
    public boolean fired(int l, int unit) {
        return fired[l][unit];
    }
}
