package org.gradflow.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.Activation;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.Example;
import org.gradflow.engine.Head;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.Layer;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.PassTracker;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;

/**
 * One run measured apart from the window: a fresh trainer stepped to an iteration (or to where it diverged and
 * stopped, as the window stops it), its passes as the design defines them, and the record of the iteration it
 * shows, its per-layer records included. What the window says about a run is held against this.
 *
 * @param name        the run's name, as RunNames gives it for the scenario
 * @param spec        what the run is made of
 * @param shown       the iteration the window shows: the one asked for, or the one the run diverged at
 * @param passes      every pass completed by then, in order
 * @param masked      iterations whose gradOutput was 0
 * @param divergedAt  the iteration it diverged at, or -1
 * @param widestGap   the largest 1 − |C| over the iterations played: how far any C has come from ±1
 * @param record      the pair's (or the batch's) numbers of the iteration shown
 * @param layers      per layer from the input, its records of the iteration shown and its copies after it
 */
public record MeasuredRun(String name, RunSpec spec, int outputSize, long shown, long passLength,
                          List<PassStats> passes, long masked, long divergedAt, double widestGap, Record record,
                          List<LayerRecord> layers) {

    /**
     * The iteration shown, as the status line reads it: C (cosine rules) or d (the distance), |dC/du| and
     * |dC/dv| (or |dd/du|, |dd/dv|), the loss; for a single network its batch, how many of it were right, of how
     * many; the summed parameter-gradient norms, whether it is singular and how it diverged.
     */
    public record Record(double cosine, double distance, double dCduNorm, double dCdvNorm, double loss, int batch,
                         int right, int size, double[] gradNorms, boolean singular, Divergence divergence) {
    }

    /**
     * One layer of the iteration shown, as the flow, layers, activations and updates charts draw it: its units,
     * activation, weight and bias gradients, the gradient arriving at it, the spread and saturated fraction of its
     * outputs, its update ratio, and the most of its units that are exact copies of one another after the step.
     */
    public record LayerRecord(int units, Activation activation, double weightGrad, double biasGrad,
                              double outputGrad, double std, double saturated, double updateRatio, int copies) {
    }

    /** The main run ({@code main}) or the comparison of {@code scenario}, trained to {@code iteration}. */
    public static MeasuredRun of(Scenario scenario, boolean main, long iteration) {
        Trainer trainer = main ? RunFactory.mainRun(scenario) : RunFactory.comparisonRun(scenario);
        PassTracker tracker = PassTracker.of(trainer);
        List<PassStats> passes = new ArrayList<>();
        long masked = 0;
        long diverged = -1;
        double gap = 0;
        IterationView shown = trainer.preview();
        for (long i = 1; i <= iteration && diverged < 0; i++) {
            trainer.step();
            shown = trainer.last();
            gap = Math.max(gap, 1 - Math.abs(shown.cosine()));
            if (shown.gradOutput() == 0.0) {
                masked++;
            }
            PassStats pass = tracker.accept(shown);
            if (pass != null) {
                passes.add(pass);
            }
            if (shown.divergence() != Divergence.NONE) {
                diverged = i;
            }
        }
        double[] norms = new double[2 * shown.layerCount()];
        for (int k = 0; k < norms.length; k++) {
            norms[k] = shown.gradNorm(k);
        }
        List<LayerRecord> layers = new ArrayList<>();
        for (int l = 0; l < shown.layerCount(); l++) {
            layers.add(new LayerRecord(shown.units(l), trainer.network().layer(l).activation(), shown.weightGrad(l),
                    shown.biasGrad(l), shown.outputGrad(l), shown.activationStd(l), shown.saturated(l),
                    shown.updateRatio(l), copies(trainer.network().layer(l))));
        }
        RunSpec spec = main ? scenario.main() : scenario.comparisonRun();
        List<String> names = RunNames.of(scenario);
        Record record = new Record(shown.cosine(), shown.distance(), shown.dCduNorm(), shown.dCdvNorm(),
                shown.loss(), shown.batch(), shown.right(), shown.size(), norms, shown.singular(),
                trainer.iteration() == 0 ? Divergence.NONE : shown.divergence());
        return new MeasuredRun(names.get(main ? 0 : 1), spec, trainer.network().outputSize(), trainer.iteration(),
                tracker.passLength(), List.copyOf(passes), masked, diverged, gap, record, List.copyOf(layers));
    }

    /** The most units of the layer with the same weights and bias to the bit, compared pair by pair. */
    private static int copies(Layer layer) {
        double[][] w = layer.linear().weight().getData();
        double[] b = layer.linear().bias().toArray();
        int most = 1;
        for (int i = 0; i < w.length; i++) {
            int same = 0;
            for (int j = 0; j < w.length; j++) {
                if (Arrays.equals(w[i], w[j]) && Double.compare(b[i], b[j]) == 0) {
                    same++;
                }
            }
            most = Math.max(most, same);
        }
        return most;
    }

    public double cosine() {
        return record.cosine();
    }

    public double dCduNorm() {
        return record.dCduNorm();
    }

    public double dCdvNorm() {
        return record.dCdvNorm();
    }

    public boolean singular() {
        return record.singular();
    }

    public Divergence divergence() {
        return record.divergence();
    }

    /** Whether the run is a siamese one (pairs), not a single network on examples. */
    public boolean siamese() {
        return spec.training().rule().siamese();
    }

    /** The last completed pass, or null. */
    public PassStats last() {
        return passes.isEmpty() ? null : passes.get(passes.size() - 1);
    }

    public PassStats previous() {
        return passes.size() < 2 ? null : passes.get(passes.size() - 2);
    }

    /** The first pass with every pair right, 0 for none. */
    public long firstLearnedPass() {
        return passes.stream().filter(PassStats::learned).mapToLong(PassStats::pass).findFirst().orElse(0);
    }

    /** The first pass with a dead unit (the dead event), 0 for none. */
    public long firstDeadPass() {
        return passes.stream().filter(p -> p.totalDeadUnits() > 0).mapToLong(PassStats::pass).findFirst()
                .orElse(0);
    }

    /** Passes after the first learned one with a pair wrong. */
    public List<PassStats> lostSinceLearned() {
        long first = firstLearnedPass();
        return passes.stream().filter(p -> first > 0 && p.pass() > first && !p.learned()).toList();
    }

    /** The last pass has the lowest mean loss so far, and lower than the pass before it. */
    public boolean atNewLowestLoss() {
        PassStats last = last();
        PassStats previous = previous();
        return last != null && previous != null && last.meanLoss() < previous.meanLoss()
                && passes.stream().allMatch(p -> p.meanLoss() >= last.meanLoss());
    }

    public PassStats lowestLoss() {
        PassStats lowest = null;
        for (PassStats p : passes) {
            if (lowest == null || p.meanLoss() < lowest.meanLoss()) {
                lowest = p;
            }
        }
        return lowest;
    }

    public PassStats mostRight() {
        PassStats most = null;
        for (PassStats p : passes) {
            if (most == null || p.pairsRight() > most.pairsRight()) {
                most = p;
            }
        }
        return most;
    }

    public double largestGradNorm() {
        double largest = 0;
        for (double g : record.gradNorms()) {
            largest = Math.max(largest, g);
        }
        return largest;
    }

    /** Layer {@code layer}, 1-based as the window counts them. */
    public LayerRecord layer(int layer) {
        return layers.get(layer - 1);
    }

    /** The largest weight gradient of any layer. */
    public double largestWeightGrad() {
        return layers.stream().mapToDouble(LayerRecord::weightGrad).max().orElse(0);
    }

    /**
     * The loss of a classifier that has learned only the class shares: the entropy of the run's labels, counted
     * here from its examples; NaN for a run that has no classes.
     */
    public double chanceLoss() {
        if (siamese() || spec.training().rule().head() != Head.CLASSES) {
            return Double.NaN;
        }
        List<Example> examples = RunFactory.examples(spec);
        int[] counts = new int[outputSize];
        for (Example e : examples) {
            counts[e.label()]++;
        }
        double h = 0;
        for (int c : counts) {
            double p = (double) c / examples.size();
            h -= c == 0 ? 0 : p * Math.log(p);
        }
        return h;
    }
}
