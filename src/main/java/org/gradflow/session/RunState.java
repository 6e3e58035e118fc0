package org.gradflow.session;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.GradientCheck;
import org.gradflow.engine.GradientCheckResult;
import org.gradflow.engine.IterationRecord;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.PassTracker;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.RunSpec;
import org.gradflow.engine.WorkedIteration;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;

/**
 * One run, owned by the engine thread: its trainer at the <em>cursor</em> (the iteration shown), and what it has
 * recorded up to its <em>frontier</em> (the furthest iteration ever played): bounded series, passes, events and
 * checkpoints. Moving the cursor back restores a checkpoint and replays; moving it forward replays up to the
 * frontier and records beyond it. Runs are deterministic, so a replayed iteration is the played one, bit for bit.
 */
final class RunState {
    static final int C = 0;
    static final int C_POSITIVE = 1;
    static final int C_NEGATIVE = 2;
    static final int DCDU = 3;
    static final int DCDV = 4;
    static final int LOSS = 5;
    /** Per layer from the input: its weight gradient's norm, then its update ratio. */
    static final int FIRST_LAYER = 6;
    static final int MEAN_LOSS = 0;
    static final int PAIRS_RIGHT = 1;
    /** Exact passes kept for the learning curve's end after time travel. */
    private static final int PASS_TAIL = 64;

    private final RunSide side;
    /** The scenario shown: the one this run was built from, or a later one with the same {@link #spec}. */
    private Scenario scenario;
    private final RunSpec spec;
    private final Trainer trainer;
    private final IterationRecord preview;
    private final int components;
    private final int layers;
    private final int firstComponent;
    private final Channels iterations;
    private final LayerPictures pictures;
    private final Channels passes;
    private final PassTracker tracker;
    private final Checkpoints checkpoints;
    private final List<RunEvent> events = new ArrayList<>(3);
    private final double[] values;
    private final double[] passValues = new double[2];
    private PassStats lastPass;
    private PassStats previousPass;
    private long masked;
    private long frontier;
    /** The iteration at which the run diverged (it records nothing after it), or -1. */
    private long frozenAt = -1;
    private GradientCheckResult check;

    /** The run of {@code side}: the scenario must have a comparison for {@link RunSide#RIGHT}. */
    RunState(Scenario scenario, RunSide side) {
        this.side = side;
        this.scenario = scenario;
        this.spec = specOf(scenario, side);
        this.trainer = RunFactory.build(spec);
        this.preview = trainer.preview();
        this.components = trainer.head().siamese() ? Math.min(trainer.network().outputSize(),
                RunFrame.MAX_COMPONENTS) : 0;
        this.layers = trainer.network().depth();
        this.firstComponent = FIRST_LAYER + 2 * layers;
        this.values = new double[firstComponent + components];
        this.pictures = new LayerPictures(spec, trainer);
        this.iterations = new Channels(values.length, (int) TimeAxis.LONGEST_WINDOW + 1);
        this.passes = new Channels(2, PASS_TAIL);
        this.tracker = PassTracker.of(trainer);
        this.checkpoints = new Checkpoints(tracker.passLength(), trainer.network().parameterCount(),
                trainer.network().slots());
        checkpoint();
    }

    /** Whether a run built from {@code other} would differ from this one. */
    boolean differsFrom(Scenario other) {
        return !spec.equals(specOf(other, side));
    }

    /**
     * Takes {@code current} as the scenario shown when this run is kept through a change that does not concern it
     * (its spec is the same), so that its frames name both runs as they now are, not as they were when it was
     * built.
     */
    void adopt(Scenario current) {
        if (differsFrom(current)) {
            throw new IllegalArgumentException("a run can only adopt a scenario that makes the same run");
        }
        scenario = current;
    }

    /** The run a scenario makes on this side (null: it has none there). */
    static RunSpec specOf(Scenario s, RunSide side) {
        return side == RunSide.MAIN ? s.main() : s.comparisonRun();
    }

    /** The cursor: iterations trained in what is shown. */
    long iteration() {
        return trainer.iteration();
    }

    long frontier() {
        return frontier;
    }

    long passLength() {
        return tracker.passLength();
    }

    /** True when the cursor stands where the run diverged: it cannot go further. */
    boolean frozen() {
        return frozenAt >= 0 && trainer.iteration() >= frozenAt;
    }

    /** The furthest the cursor can go: the divergence, or no limit. */
    long limit() {
        return frozenAt >= 0 ? frozenAt : Long.MAX_VALUE;
    }

    /** An event of this run at exactly {@code iteration}, or null. */
    RunEvent eventAt(long iteration) {
        for (RunEvent e : events) {
            if (e.iteration() == iteration) {
                return e;
            }
        }
        return null;
    }

    /** Moves the cursor one iteration forward: a replay up to the frontier, a recording beyond it. */
    void stepOne() {
        if (frozen()) {
            return;
        }
        trainer.step();
        IterationView it = trainer.last();
        long i = trainer.iteration();
        fillValues(it);
        boolean recording = i > frontier;
        if (recording) {
            iterations.record(values);
            frontier = i;
        } else {
            iterations.replayed(i, values);
        }
        if (it.gradOutput() == 0.0) {
            masked++;
        }
        PassStats pass = tracker.accept(it);
        if (pass != null) {
            previousPass = lastPass;
            lastPass = pass;
            passValues[MEAN_LOSS] = pass.meanLoss();
            passValues[PAIRS_RIGHT] = pass.pairsRight();
            if (recording) {
                passes.record(passValues);
            } else {
                passes.replayed(pass.pass(), passValues);
            }
        }
        if (recording) {
            recordEvents(it, pass, i);
            if (checkpoints.due(i)) {
                checkpoint();
            }
        }
    }

    private void recordEvents(IterationView it, PassStats pass, long i) {
        if (pass != null && pass.learned()) {
            addOnce(RunEvent.Kind.LEARNED, i);
        }
        if (pass != null && pass.totalDeadUnits() > 0) {
            addOnce(RunEvent.Kind.DEAD, i);
        }
        if (it.singular()) {
            addOnce(RunEvent.Kind.SINGULAR, i);
        }
        if (it.divergence() != Divergence.NONE) {
            addOnce(RunEvent.Kind.DIVERGED, i);
            frozenAt = i;
        }
    }

    private void addOnce(RunEvent.Kind kind, long i) {
        if (events.stream().noneMatch(e -> e.kind() == kind)) {
            events.add(new RunEvent(kind, i));
        }
    }

    private void checkpoint() {
        checkpoints.add(new Checkpoints.Saved(trainer.iteration(), trainer.network().parameters(), lastPass,
                previousPass, masked));
    }

    private void fillValues(IterationView it) {
        // The join's value: the cosine, or the distance of a hinge-embedding run (NaN for a single network).
        double c = it.joined();
        values[C] = c;
        values[C_POSITIVE] = it.target() > 0 ? c : Double.NaN;
        values[C_NEGATIVE] = it.target() < 0 ? c : Double.NaN;
        values[DCDU] = it.head().siamese() ? it.dCduNorm() : Double.NaN;
        values[DCDV] = it.head().siamese() ? it.dCdvNorm() : Double.NaN;
        values[LOSS] = it.loss();
        for (int l = 0; l < layers; l++) {
            values[FIRST_LAYER + 2 * l] = it.weightGrad(l);
            values[FIRST_LAYER + 2 * l + 1] = it.updateRatio(l);
        }
        for (int k = 0; k < components; k++) {
            values[firstComponent + k] = it.dCdu(k);
        }
    }

    /**
     * Puts the cursor at {@code target} (within what the run can reach) by the shortest way: back, or far
     * forward within what was played, it restores the latest checkpoint that leaves {@code window} iterations
     * to replay into the exact tail (what a "last N" view draws), then replays; near forward, it steps.
     */
    void seek(long target, long window) {
        long goal = Math.max(0, Math.min(target, limit()));
        Checkpoints.Saved from = checkpoints.atOrBefore(Math.max(0, goal - window));
        if (goal < trainer.iteration() || from.iteration() > trainer.iteration()) {
            restore(from);
        }
        while (trainer.iteration() < goal) {
            stepOne();
        }
    }

    /** Makes sure the exact tail holds the last {@code window} iterations, replaying them if it does not. */
    void ensureTail(long window) {
        long it = trainer.iteration();
        if (iterations.tailSize() < Math.min(window, it)) {
            restore(checkpoints.atOrBefore(Math.max(0, it - window)));
            while (trainer.iteration() < it) {
                stepOne();
            }
        }
    }

    private void restore(Checkpoints.Saved from) {
        trainer.rewind(from.iteration(), from.parameters());
        tracker.restartAt(from.iteration());
        lastPass = from.lastPass();
        previousPass = from.previousPass();
        masked = from.masked();
        iterations.restartTail(from.iteration());
        passes.restartTail(from.iteration() / tracker.passLength());
    }

    /**
     * Iteration {@code shown} worked by hand ({@link WorkedIteration}); at 0, the first iteration, which the
     * window previews. Rebuilt on a copy from the nearest checkpoint, so the run itself does not move.
     */
    WorkedIteration worked(long shown) {
        long iteration = Math.max(1, Math.min(shown, Math.max(1, frontier)));
        Checkpoints.Saved from = checkpoints.atOrBefore(iteration - 1);
        Trainer copy = RunFactory.build(spec);
        copy.rewind(from.iteration(), from.parameters());
        while (copy.iteration() < iteration - 1) {
            copy.step();
        }
        return WorkedIteration.of(copy);
    }

    /** Checks the gradients the next step will use: current weights, next pair or batch. Costs milliseconds. */
    GradientCheckResult computeCheck() {
        return GradientCheck.check(trainer);
    }

    void setCheck(GradientCheckResult result) {
        check = result;
    }

    /** Copies what is shown into {@code frame}, the series drawn on {@code axis}. */
    void fill(RunFrame frame, long lockstep, TimeAxis axis, boolean fitCosine) {
        long it = trainer.iteration();
        frame.setIteration(scenario, trainer.network().outputSize(), it, it == 0 ? preview : trainer.last(), check,
                frozen(), frozen() ? 0 : Math.max(0, lockstep - it));
        frame.setSpec(spec);
        frame.setSide(side);
        frame.setHistory(frontier, tracker.passLength(), trainer.itemCount(), masked, lastPass, previousPass,
                events.stream().filter(e -> e.iteration() <= it).toList());
        boolean log = axis.logarithmic(it);
        double from = axis.from(it);
        double to = axis.to(it);
        frame.setTimeAxis(from, to, log, fitCosine);
        iterations.render(C, it, from, to, log, frame.cosineSeries());
        iterations.render(C_POSITIVE, it, from, to, log, frame.positiveCosineSeries());
        iterations.render(C_NEGATIVE, it, from, to, log, frame.negativeCosineSeries());
        iterations.render(DCDU, it, from, to, log, frame.dCduNormSeries());
        iterations.render(DCDV, it, from, to, log, frame.dCdvNormSeries());
        iterations.render(LOSS, it, from, to, log, frame.lossSeries());
        frame.resizeLayers(layers);
        for (int l = 0; l < layers; l++) {
            iterations.render(FIRST_LAYER + 2 * l, it, from, to, log, frame.weightGradSeries(l));
            iterations.render(FIRST_LAYER + 2 * l + 1, it, from, to, log, frame.updateRatioSeries(l));
        }
        frame.resizeComponents(components);
        for (int k = 0; k < components; k++) {
            iterations.render(firstComponent + k, it, from, to, log, frame.componentSeries(k));
        }
        pictures.fill(frame, trainer, it == 0);
        long passesShown = it / tracker.passLength();
        double passTo = Math.max(10, passesShown);
        passes.render(MEAN_LOSS, passesShown, log ? 1 : 0, passTo, log, frame.meanLossSeries());
        passes.render(PAIRS_RIGHT, passesShown, log ? 1 : 0, passTo, log, frame.pairsRightSeries());
    }
}
