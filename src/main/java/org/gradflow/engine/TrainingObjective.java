package org.gradflow.engine;

import org.apache.commons.math3.exception.NotFiniteNumberException;
import org.apache.commons.math3.exception.NullArgumentException;

/**
 * A training rule with its margin: for a siamese rule, the loss and the gradOutput (dL/dC, or dL/dd) for a joined
 * value and a target. A single-network rule has no margin (NaN).
 *
 * @throws NullArgumentException   when the rule is missing
 * @throws NotFiniteNumberException when a siamese rule's margin is not finite
 */
public record TrainingObjective(TrainingRule rule, double margin) {

    public TrainingObjective {
        if (rule == null) {
            throw new NullArgumentException();
        }
        if (rule.siamese() && !Double.isFinite(margin)) {
            throw new NotFiniteNumberException(margin);
        }
    }

    public double loss(double joined, int target) {
        return rule.loss(joined, target, margin);
    }

    public double gradOutput(double joined, int target) {
        return rule.gradOutput(joined, target, margin);
    }
}
