package org.gradflow.plot;

import org.gradflow.engine.Divergence;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunEvent;
import org.gradflow.engine.TrainingRule;
import org.gradflow.session.RunFrame;

/**
 * What one run is doing, read off its measurements at the iteration shown: the last completed pass (its mean
 * loss, pairs right, mean |dC/du|, mean parameter gradient, masked iterations), the pass before it, its events
 * and the current iteration. Every number in the sentence is one of those measurements, so the words cannot
 * contradict the charts.
 *
 * @param kind     the state, for tests and for the headline's choice
 * @param sentence one or two sentences with the numbers
 */
public record Diagnosis(Kind kind, String sentence) {

    /** The states a run can be in, roughly from the most to the least urgent. */
    public enum Kind {
        DIVERGED, SINGULAR, NOT_STARTED, DEAD_GRADIENT, SATURATED, NOTHING_TO_LEARN, UNSTABLE, RELAPSED, LEARNED,
        LEARNING, STALLED, FIRST_PASS
    }

    /** Above this mean |dC/du| a rising loss is overshooting, not noise. */
    static final double LARGE_GRADIENT = 0.01;
    /** A loss that would take longer than this many passes to halve at its present rate is learning slowly. */
    static final double SLOW_PASSES = 10;

    public static Diagnosis of(RunFrame f) {
        String d = "D = " + f.outputSize();
        if (f.divergence() != Divergence.NONE) {
            return new Diagnosis(Kind.DIVERGED, d + " diverged at iteration " + Format.grouped(f.iteration()) + ": "
                    + RunSummary.divergenceCause(f) + ". " + RunSummary.divergenceAdvice(f) + " and press Reset.");
        }
        if (f.singular()) {
            return new Diagnosis(Kind.SINGULAR, d + ": u = 0 here, where exact math has no gradient; Torch's ε"
                    + " makes |dC/du| = " + Format.number(f.dCduNorm(), 2) + ", an arbitrary kick.");
        }
        if (f.iteration() == 0) {
            return new Diagnosis(f.dCduNorm() < RunSummary.ZERO_GRADIENT ? Kind.DEAD_GRADIENT : Kind.NOT_STARTED,
                    d + ": not trained yet; the first step will see |dC/du| = " + Format.number(f.dCduNorm(), 2)
                            + (f.outputSize() == 1 ? ", the slope of sign(u)·sign(v)." : "."));
        }
        PassStats last = f.lastPass();
        if (last == null) {
            if (f.dCduNorm() < RunSummary.ZERO_GRADIENT) {
                return dead(f, f.dCduNorm(), "now");
            }
            return new Diagnosis(Kind.FIRST_PASS, d + ": in the first pass (" + Format.grouped(f.iteration())
                    + " of " + Format.grouped(f.passLength()) + " iterations); the learning curve starts when it"
                    + " ends. |dC/du| = " + Format.number(f.dCduNorm(), 2) + "." + torchExample(f));
        }
        String right = last.pairsRight() + " of " + last.pairCount() + " pairs right";
        String where = " after pass " + Format.grouped(last.pass());
        RunEvent learned = f.event(RunEvent.Kind.LEARNED);
        long learnedPass = learned == null ? 0 : learned.iteration() / f.passLength();
        PassHistory history = PassHistory.of(f, learnedPass);
        String first = "pass " + Format.grouped(learnedPass) + " (iteration "
                + (learned == null ? "" : Format.grouped(learned.iteration())) + ")";
        if (last.learned()) {
            if (!history.lostSinceLearned()) {
                return new Diagnosis(Kind.LEARNED, d + " has learned: every pair on its target's side since "
                        + first + "; mean loss " + Format.number(last.meanLoss(), 3) + "." + torchExample(f));
            }
            return new Diagnosis(Kind.LEARNED, d + " has every pair right" + where + ", mean loss "
                    + Format.number(last.meanLoss(), 3) + "; it first learned at " + first
                    + " and has had a pair wrong " + lost(history) + "." + torchExample(f));
        }
        PassStats previous = f.previousPass();
        // Four digits: the asker's early passes move the loss in the third (1.008 → 1.005).
        String change = previous == null ? "" : " Mean loss " + Format.number(previous.meanLoss(), 4) + " → "
                + Format.number(last.meanLoss(), 4) + " over the last pass.";
        if (learned != null) {
            // Learned once and a pair is wrong now: said as measured, not as "has learned" (the learning curve's
            // pairs-right line shows the dip), nor blamed on the learning rate (one dip does not show that).
            return new Diagnosis(Kind.RELAPSED, d + " first learned at " + first + "; " + right + " now (pass "
                    + Format.grouped(last.pass()) + ")." + change + torchExample(f));
        }
        if (last.masked() == f.passLength()) {
            return new Diagnosis(Kind.NOTHING_TO_LEARN, d + ": the rule back-propagated nothing in pass "
                    + Format.grouped(last.pass()) + " (gradOutput 0 in every iteration), " + right + ".");
        }
        if (last.meanCosineGradient() < RunSummary.ZERO_GRADIENT) {
            return dead(f, last.meanCosineGradient(), "over pass " + Format.grouped(last.pass()));
        }
        if (last.meanParameterGradient() < RunSummary.ZERO_GRADIENT) {
            return new Diagnosis(Kind.SATURATED, d + ": the cosine's gradient is alive (mean |dC/du| "
                    + Format.number(last.meanCosineGradient(), 2) + ") but the weights get "
                    + Format.number(last.meanParameterGradient(), 2)
                    + ": the tanh units are saturated, 1 − tanh² ≈ 0."
                    + " A second way a gradient dies; " + right + ".");
        }
        if (previous == null) {
            return new Diagnosis(Kind.FIRST_PASS, d + ": " + right + " after the first pass, mean loss "
                    + Format.number(last.meanLoss(), 4) + " with |dC/du| ≈ "
                    + Format.number(last.meanCosineGradient(), 2) + "; the next pass shows which way the loss goes."
                    + torchExample(f));
        }
        if (last.meanLoss() > previous.meanLoss() && last.meanCosineGradient() > LARGE_GRADIENT) {
            return new Diagnosis(Kind.UNSTABLE, d + ": the loss rises while the gradient is large (mean |dC/du| "
                    + Format.number(last.meanCosineGradient(), 2) + "): steps overshoot, the learning rate "
                    + Format.number(f.scenario().learningRate(), 2) + " is too high." + change + " " + right + ".");
        }
        // Learning means a new lowest loss: a pass a little below the one before, after the loss has risen far
        // above what it once was, is not (the torch-example run creeping down from 1.0 after 0.53).
        if (last.meanLoss() < previous.meanLoss() && !(history.lowestLoss() < last.meanLoss())) {
            double fall = previous.meanLoss() - last.meanLoss();
            double halve = Math.ceil(last.meanLoss() / 2 / fall);
            return new Diagnosis(Kind.LEARNING, d + " is learning" + (halve > SLOW_PASSES ? ", slowly" : "") + ": "
                    + right + where + "." + change + " At this rate the mean loss halves in about "
                    + Format.count(halve) + (halve == 1 ? " pass." : " passes.") + torchExample(f));
        }
        String best = history.lowestLoss() < last.meanLoss()
                ? " Its lowest mean loss was " + Format.number(history.lowestLoss(), 4) + ", in pass "
                        + PassHistory.pass(history.lowestLossPass()) + (history.mostRight() > last.pairsRight()
                        ? "; its most pairs right " + history.mostRight() + ", in pass "
                                + PassHistory.pass(history.mostRightPass()) : "") + "."
                : "";
        return new Diagnosis(Kind.STALLED, d + ": not learning now: " + right + where + "." + change + best
                + torchExample(f));
    }

    /** "in 1 pass since (pass 25)", as far as the learning curve's points tell. */
    private static String lost(PassHistory history) {
        String last = "pass " + PassHistory.pass(history.lastLostPass());
        if (history.lostPasses() < 0) {
            return "since (the latest around " + last + ")";
        }
        return history.lostPasses() == 1 ? "in 1 pass since (" + last + ")"
                : "in " + Format.grouped(history.lostPasses()) + " passes since, the latest " + last;
    }

    private static Diagnosis dead(RunFrame f, double gradient, String when) {
        String why = f.outputSize() == 1 ? " The cosine of two numbers is sign(u)·sign(v), a step: its slope is 0"
                + " (Torch's ε leaves ~10⁻¹¹), so backprop moves nothing."
                : " u and v are (anti)parallel or huge: |dC/du| = |sin θ| / |u|.";
        return new Diagnosis(Kind.DEAD_GRADIENT, "D = " + f.outputSize() + ": the cosine's gradient is dead, |dC/du| "
                + Format.number(gradient, 2) + " " + when + "." + why + torchExample(f));
    }

    /** The torch-example rule's hinge never fires on a cosine: said, with the count of masked iterations. */
    private static String torchExample(RunFrame f) {
        if (f.scenario().rule() != TrainingRule.TORCH_EXAMPLE || f.iteration() == 0) {
            return "";
        }
        if (f.maskedIterations() > 0) {
            return " torch-example masked " + Format.grouped(f.maskedIterations()) + " of "
                    + Format.grouped(f.iteration()) + " iterations.";
        }
        return " torch-example masked 0 of " + Format.grouped(f.iteration()) + " iterations: |C| < 1, so C·target < 1"
                + " always holds and it trains exactly like question.";
    }
}
