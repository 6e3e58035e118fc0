package org.gradflow.session;

import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.Head;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.GradientCheckResult;
import org.gradflow.engine.IterationSnapshot;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;
import java.util.function.IntToDoubleFunction;

/**
 * One run as it is drawn: its latest iteration, the plotted series and the settings that made it. The engine
 * thread fills it under a lock; whoever draws owns it afterwards and reuses it frame after frame, so drawing
 * allocates nothing and never races the engine.
 */
public final class RunFrame {
    /** Output units drawn as component lines; more would be an unreadable tangle. */
    public static final int MAX_COMPONENTS = 10;
    private Scenario scenario = Scenario.DEFAULT;
    private RunSpec spec = RunSpec.SEED;
    private RunSide side = RunSide.MAIN;
    private int outputSize = 1;
    private long iteration;
    private long behind;
    private boolean frozen;
    private final IterationSnapshot values = new IterationSnapshot(1);
    private Divergence divergence = Divergence.NONE;
    private GradientCheckResult gradientCheck;
    private final SeriesPoints cosineSeries = new SeriesPoints();
    private final SeriesPoints dCduNormSeries = new SeriesPoints();
    private final SeriesPoints dCdvNormSeries = new SeriesPoints();
    private SeriesPoints[] components = new SeriesPoints[0];
    private final SeriesPoints positiveCosineSeries = new SeriesPoints();
    private final SeriesPoints negativeCosineSeries = new SeriesPoints();
    private final SeriesPoints meanLossSeries = new SeriesPoints();
    private final SeriesPoints lossSeries = new SeriesPoints();
    private SeriesPoints[] weightGradSeries = new SeriesPoints[0];
    private SeriesPoints[] updateRatioSeries = new SeriesPoints[0];
    private Histogram[] histograms = new Histogram[0];
    private int[] copies = new int[0];
    private boolean present = true;
    private double[] boundary;
    private double boundaryX0;
    private double boundaryX1;
    private double boundaryY0;
    private double boundaryY1;
    private double[] pointX = new double[0];
    private double[] pointY = new double[0];
    private double[] pointValue = new double[0];
    private final SeriesPoints pairsRightSeries = new SeriesPoints();
    private long frontier;
    private long passLength = 1;
    private int pairCount = 1;
    private long masked;
    private PassStats lastPass;
    private PassStats previousPass;
    private List<RunEvent> events = List.of();
    private double timeFrom;
    private double timeTo = 10;
    private boolean timeLog;
    private boolean fitCosine;

    /**
     * Copies the iteration's values. At iteration 0, {@code it} is the preview of iteration 1 (what the first
     * step will compute), so the gradient is visible before anything has been trained.
     */
    public void setIteration(Scenario scenario, int outputSize, long iteration, IterationView it,
                             GradientCheckResult check, boolean frozen, long behind) {
        this.present = true;
        this.scenario = scenario;
        this.outputSize = outputSize;
        this.iteration = iteration;
        this.frozen = frozen;
        this.behind = behind;
        this.gradientCheck = check;
        values.copyFrom(it);
        divergence = iteration == 0 ? Divergence.NONE : it.divergence();
    }

    /** The run itself: the main run's or the comparison's network and training. */
    void setSpec(RunSpec run) {
        spec = run;
    }

    /** Which of the scenario's runs this frame draws. */
    void setSide(RunSide runSide) {
        side = runSide;
    }

    /** What the run has counted up to the iteration shown, and how far it has ever been played. */
    void setHistory(long frontier, long passLength, int pairCount, long masked, PassStats lastPass,
                    PassStats previousPass, List<RunEvent> events) {
        this.frontier = frontier;
        this.passLength = passLength;
        this.pairCount = pairCount;
        this.masked = masked;
        this.lastPass = lastPass;
        this.previousPass = previousPass;
        this.events = events;
    }

    /** The iterations the series were rendered for: {@code [from, to]}, on a log axis or not. */
    void setTimeAxis(double from, double to, boolean log, boolean fitCosine) {
        this.timeFrom = from;
        this.timeTo = to;
        this.timeLog = log;
        this.fitCosine = fitCosine;
    }

    /**
     * The distribution of one layer's activation outputs at the iteration shown: the share of its (input, unit)
     * entries in each of equal bins from {@link #low()} to {@link #high()}.
     */
    public static final class Histogram {
        private double[] shares = new double[0];
        private double low;
        private double high = 1;

        /** Empties it for {@code bins} bins over [low, high]; returns the array to fill. */
        double[] reset(int bins, double newLow, double newHigh) {
            if (shares.length != bins) {
                shares = new double[bins];
            } else {
                Arrays.fill(shares, 0);
            }
            low = newLow;
            high = newHigh;
            return shares;
        }

        void copyFrom(Histogram other) {
            if (shares.length != other.shares.length) {
                shares = new double[other.shares.length];
            }
            System.arraycopy(other.shares, 0, shares, 0, shares.length);
            low = other.low;
            high = other.high;
        }

        public int bins() {
            return shares.length;
        }

        /** Share of the entries in bin b, 0 to 1. */
        public double share(int b) {
            return shares[b];
        }

        public double low() {
            return low;
        }

        public double high() {
            return high;
        }
    }

    /** No run on this side: the scenario has one run. */
    void setAbsent() {
        present = false;
    }

    /** Whether this side has a run (a scenario without a comparison has one run only). */
    public boolean present() {
        return present;
    }

    /** The prediction grid of a two-input network, or null; see {@link #boundary()}. */
    void setBoundary(double[] grid, double x0, double x1, double y0, double y1, double[] xs, double[] ys,
                     double[] values, Head head) {
        boundary = grid;
        boundaryX0 = x0;
        boundaryX1 = x1;
        boundaryY0 = y0;
        boundaryY1 = y1;
        pointX = xs;
        pointY = ys;
        pointValue = values;
    }

    /** The array {@link #boundary()} is kept in, for the engine to refill without allocating. */
    double[] boundaryCells() {
        return boundary == null ? new double[0] : boundary;
    }

    /** Makes this frame a copy of {@code other}, reusing its own arrays. */
    public void copyFrom(RunFrame other) {
        present = other.present;
        lossSeries.copyFrom(other.lossSeries);
        resizeLayers(other.weightGradSeries.length);
        for (int l = 0; l < weightGradSeries.length; l++) {
            weightGradSeries[l].copyFrom(other.weightGradSeries[l]);
            updateRatioSeries[l].copyFrom(other.updateRatioSeries[l]);
            histograms[l].copyFrom(other.histograms[l]);
            copies[l] = other.copies[l];
        }
        if (other.boundary == null) {
            boundary = null;
        } else {
            if (boundary == null || boundary.length != other.boundary.length) {
                boundary = new double[other.boundary.length];
            }
            System.arraycopy(other.boundary, 0, boundary, 0, boundary.length);
        }
        boundaryX0 = other.boundaryX0;
        boundaryX1 = other.boundaryX1;
        boundaryY0 = other.boundaryY0;
        boundaryY1 = other.boundaryY1;
        // The data points never change for a run: shared, not copied.
        pointX = other.pointX;
        pointY = other.pointY;
        pointValue = other.pointValue;
        positiveCosineSeries.copyFrom(other.positiveCosineSeries);
        negativeCosineSeries.copyFrom(other.negativeCosineSeries);
        meanLossSeries.copyFrom(other.meanLossSeries);
        pairsRightSeries.copyFrom(other.pairsRightSeries);
        frontier = other.frontier;
        passLength = other.passLength;
        pairCount = other.pairCount;
        masked = other.masked;
        lastPass = other.lastPass;
        previousPass = other.previousPass;
        events = other.events;
        timeFrom = other.timeFrom;
        timeTo = other.timeTo;
        timeLog = other.timeLog;
        fitCosine = other.fitCosine;
        scenario = other.scenario;
        spec = other.spec;
        side = other.side;
        outputSize = other.outputSize;
        iteration = other.iteration;
        behind = other.behind;
        frozen = other.frozen;
        values.copyFrom(other.values);
        divergence = other.divergence;
        gradientCheck = other.gradientCheck;
        cosineSeries.copyFrom(other.cosineSeries);
        dCduNormSeries.copyFrom(other.dCduNormSeries);
        dCdvNormSeries.copyFrom(other.dCdvNormSeries);
        resizeComponents(other.components.length);
        for (int i = 0; i < components.length; i++) {
            components[i].copyFrom(other.components[i]);
        }
    }

    void resizeLayers(int count) {
        if (weightGradSeries.length != count) {
            SeriesPoints[] weights = new SeriesPoints[count];
            SeriesPoints[] ratios = new SeriesPoints[count];
            Histogram[] shapes = new Histogram[count];
            for (int l = 0; l < count; l++) {
                weights[l] = l < weightGradSeries.length ? weightGradSeries[l] : new SeriesPoints();
                ratios[l] = l < updateRatioSeries.length ? updateRatioSeries[l] : new SeriesPoints();
                shapes[l] = l < histograms.length ? histograms[l] : new Histogram();
            }
            weightGradSeries = weights;
            updateRatioSeries = ratios;
            histograms = shapes;
            copies = Arrays.copyOf(copies, count);
        }
    }

    void resizeComponents(int count) {
        if (components.length != count) {
            SeriesPoints[] resized = new SeriesPoints[count];
            for (int i = 0; i < count; i++) {
                resized[i] = i < components.length ? components[i] : new SeriesPoints();
            }
            components = resized;
        }
    }

    /** The scenario shown, both runs of it: this run is its {@link #spec()}. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Whether this is the scenario's main run rather than its comparison: what its name ({@code RunNames}) and
     * {@link #spec()} are read by.
     */
    public boolean isMain() {
        return side == RunSide.MAIN;
    }

    /**
     * This run's own network and training (for the comparison, the scenario with its patch applied): the
     * activation of each layer, the margin, the learning rate.
     */
    public RunSpec spec() {
        return spec;
    }

    /** D of this run. */
    public int outputSize() {
        return outputSize;
    }

    /** Iterations trained; 0 means the values are a preview of iteration 1. */
    public long iteration() {
        return iteration;
    }

    /** Iterations this run still has to replay to catch up with the other (after a rebuild). */
    public long behind() {
        return behind;
    }

    /** True when the run has diverged and no longer steps. */
    public boolean frozen() {
        return frozen;
    }

    public int pair() {
        return values.pair();
    }

    public int target() {
        return values.target();
    }

    public double cosine() {
        return values.cosine();
    }

    public double loss() {
        return values.loss();
    }

    public double gradOutput() {
        return values.gradOutput();
    }

    public double dCduNorm() {
        return values.dCduNorm();
    }

    public double dCdvNorm() {
        return values.dCdvNorm();
    }

    public double u(int i) {
        return values.u(i);
    }

    public double v(int i) {
        return values.v(i);
    }

    public double dCdu(int i) {
        return values.dCdu(i);
    }

    public double dCdv(int i) {
        return values.dCdv(i);
    }

    /** A copy of u (for the landscape, which evaluates the cosine around it). */
    public double[] uCopy() {
        return copy(values::u);
    }

    public double[] vCopy() {
        return copy(values::v);
    }

    public double[] dCduCopy() {
        return copy(values::dCdu);
    }

    private double[] copy(IntToDoubleFunction entry) {
        double[] out = new double[outputSize];
        for (int i = 0; i < outputSize; i++) {
            out[i] = entry.applyAsDouble(i);
        }
        return out;
    }

    /** Linear layers of the run's network, from the input. */
    public int layerCount() {
        return values.layerCount();
    }

    /** The iteration shown, whole: every record the engine took of it, the per-layer ones included. */
    public IterationView values() {
        return values;
    }

    public double gradNorm(int k) {
        return values.gradNorm(k);
    }

    public boolean singular() {
        return values.singular();
    }

    public Divergence divergence() {
        return divergence;
    }

    /** The latest gradient check (at the current weights, on the next pair), or null before the first. */
    public GradientCheckResult gradientCheck() {
        return gradientCheck;
    }

    /** The furthest iteration this run has been played to; the timeline can go back anywhere up to it. */
    public long frontier() {
        return frontier;
    }

    /** Iterations in one pass: {@code pairCount x iterationsPerPair}. */
    public long passLength() {
        return passLength;
    }

    public int pairCount() {
        return pairCount;
    }

    /** Iterations so far whose gradOutput was 0 (the rule back-propagated nothing). */
    public long maskedIterations() {
        return masked;
    }

    /** The last pass completed at or before the iteration shown, or null. */
    public PassStats lastPass() {
        return lastPass;
    }

    /** The pass before {@link #lastPass()}, or null. */
    public PassStats previousPass() {
        return previousPass;
    }

    /** Events of this run at or before the iteration shown, in the order they happened. */
    public List<RunEvent> events() {
        return events;
    }

    /** The first event of {@code kind} shown, or null. */
    public RunEvent event(RunEvent.Kind kind) {
        for (RunEvent e : events) {
            if (e.kind() == kind) {
                return e;
            }
        }
        return null;
    }

    /** First iteration of the per-iteration charts' x axis. */
    public double timeFrom() {
        return timeFrom;
    }

    public double timeTo() {
        return timeTo;
    }

    public boolean timeLog() {
        return timeLog;
    }

    /** Whether the cosine chart's y axis is fitted to the data instead of −1..1. */
    public boolean fitCosine() {
        return fitCosine;
    }

    /** C of the iterations whose pair has target +1 (they should go to +1). */
    public SeriesPoints positiveCosineSeries() {
        return positiveCosineSeries;
    }

    /** C of the iterations whose pair has target −1. */
    public SeriesPoints negativeCosineSeries() {
        return negativeCosineSeries;
    }

    /** Per pass: the mean loss (x is the pass). */
    public SeriesPoints meanLossSeries() {
        return meanLossSeries;
    }

    /** Per pass: the pairs on their target's side of 0. */
    public SeriesPoints pairsRightSeries() {
        return pairsRightSeries;
    }

    public SeriesPoints cosineSeries() {
        return cosineSeries;
    }

    public SeriesPoints dCduNormSeries() {
        return dCduNormSeries;
    }

    public SeriesPoints dCdvNormSeries() {
        return dCdvNormSeries;
    }

    /** The loss per iteration (the pair's, or the batch's mean). */
    public SeriesPoints lossSeries() {
        return lossSeries;
    }

    /** Layer l's weight gradient norm per iteration, l from the input. */
    public SeriesPoints weightGradSeries(int l) {
        return weightGradSeries[l];
    }

    /** Layer l's update:data ratio per iteration. */
    public SeriesPoints updateRatioSeries(int l) {
        return updateRatioSeries[l];
    }

    void setCopies(int l, int units) {
        copies[l] = units;
    }

    /**
     * The most units of layer l that are exact copies of one another (the same weights and bias, to the bit),
     * with the parameters after the iteration shown: 1 when every unit is its own, the layer's width when all are
     * one (zero initialisation).
     */
    public int copies(int l) {
        return copies[l];
    }

    /** Layer l's activation outputs at the iteration shown. */
    public Histogram histogram(int l) {
        return histograms[l];
    }

    /** What the run's network ends in: which charts apply to it. */
    public Head head() {
        return values.head();
    }

    /**
     * For a network of two inputs: its prediction at the centres of a square grid over the input plane, row by
     * row from the bottom (the probability of class 1 for two classes, the winning class for more, the output for
     * mse), with the parameters after the iteration shown; null for other networks.
     */
    public double[] boundary() {
        return boundary;
    }

    /** The grid's side: its cells per row and column. */
    public int boundarySide() {
        return boundary == null ? 0 : (int) Math.round(Math.sqrt(boundary.length));
    }

    public double boundaryX0() {
        return boundaryX0;
    }

    public double boundaryX1() {
        return boundaryX1;
    }

    public double boundaryY0() {
        return boundaryY0;
    }

    public double boundaryY1() {
        return boundaryY1;
    }

    /** The run's examples on the plane: x, y, and the label or target. */
    public double[] pointX() {
        return pointX;
    }

    public double[] pointY() {
        return pointY;
    }

    public double[] pointValue() {
        return pointValue;
    }

    /** Number of dC/du component series drawn (D, at most {@link #MAX_COMPONENTS}). */
    public int componentCount() {
        return components.length;
    }

    public SeriesPoints componentSeries(int i) {
        return components[i];
    }
}
