package org.gradflow.session;

import org.gradflow.engine.Divergence;
import org.gradflow.engine.GradientCheck;
import org.gradflow.engine.GradientCheckResult;
import org.gradflow.engine.InitialWeights;
import org.gradflow.engine.IterationRecord;
import org.gradflow.engine.RunFactory;
import org.gradflow.engine.Scenario;
import org.gradflow.engine.Trainer;
import org.gradflow.engine.TrainingPair;

/** One run and its plotted history, owned by the engine thread. */
final class RunState {
    private final RunSide side;
    private final Scenario scenario;
    private final Trainer trainer;
    private final RunHistory history;
    private final IterationRecord preview;
    private GradientCheckResult check;
    private boolean frozen;

    RunState(Scenario scenario, RunSide side) {
        this.side = side;
        this.scenario = scenario;
        this.trainer = side == RunSide.LEFT ? RunFactory.mainRun(scenario) : RunFactory.comparisonRun(scenario);
        this.history = new RunHistory(trainer.network().outputSize());
        this.preview = trainer.preview();
    }

    /** Whether a run built from {@code other} would differ from this one. */
    boolean differsFrom(Scenario other) {
        return !recipe(scenario, side).equals(recipe(other, side));
    }

    /** The part of a scenario this side depends on; the rest is normalised away. */
    private static Scenario recipe(Scenario s, RunSide side) {
        return side == RunSide.LEFT
                ? s.withComparisonOutputSize(1)
                : new Scenario(s.inputSize(), s.hiddenUnits(), 1, s.comparisonOutputSize(), s.rule(),
                        s.learningRate(), s.margin(), s.iterationsPerPair(), s.seed(), s.pairCount(),
                        InitialWeights.NONE, s.pairs());
    }

    long iteration() {
        return trainer.iteration();
    }

    boolean frozen() {
        return frozen;
    }

    int outputSize() {
        return trainer.network().outputSize();
    }

    /** Steps towards {@code target}, at most {@code maxSteps} times; stops for good if the run diverges. */
    long stepTowards(long target, long maxSteps) {
        long done = 0;
        while (!frozen && trainer.iteration() < target && done < maxSteps) {
            trainer.step();
            history.append(trainer.last());
            frozen = trainer.last().divergence() != Divergence.NONE;
            done++;
        }
        return done;
    }

    /** Checks the gradients the next step will use: current weights, next pair. Costs milliseconds. */
    GradientCheckResult computeCheck() {
        TrainingPair pair = trainer.pairs().get(trainer.nextPair() - 1);
        return GradientCheck.check(trainer.network(), pair.left().toArray(), pair.right().toArray());
    }

    void setCheck(GradientCheckResult result) {
        check = result;
    }

    void fill(RunFrame frame, long lockstep) {
        long it = trainer.iteration();
        frame.setIteration(scenario, outputSize(), it, it == 0 ? preview : trainer.last(), check, frozen,
                frozen ? 0 : Math.max(0, lockstep - it));
        history.copyInto(frame);
    }
}
