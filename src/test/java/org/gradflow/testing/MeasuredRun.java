package org.gradflow.testing;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.PassTracker;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;

/**
 * One run measured apart from the window: a fresh trainer stepped to an iteration (or to where it diverged and
 * stopped, as the window stops it), its passes as the design defines them, and the record of the iteration it
 * shows. What the window says about a run is held against this.
 *
 * @param shown       the iteration the window shows: the one asked for, or the one the run diverged at
 * @param passes      every pass completed by then, in order
 * @param masked      iterations whose gradOutput was 0
 * @param divergedAt  the iteration it diverged at, or -1
 * @param widestGap   the largest 1 − |C| over the iterations played: how far any C has come from ±1
 */
public record MeasuredRun(int outputSize, long shown, long passLength, List<PassStats> passes, long masked,
                          long divergedAt, double widestGap, double cosine, double dCduNorm, double dCdvNorm,
                          double[] gradNorms, boolean singular, Divergence divergence) {

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
        return new MeasuredRun(trainer.network().outputSize(), trainer.iteration(), tracker.passLength(),
                List.copyOf(passes), masked, diverged, gap, shown.cosine(), shown.dCduNorm(), shown.dCdvNorm(), norms,
                shown.singular(), trainer.iteration() == 0 ? Divergence.NONE : shown.divergence());
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
        for (double g : gradNorms) {
            largest = Math.max(largest, g);
        }
        return largest;
    }
}
