package org.gradflow.engine;

/** A training rule with its margin: the loss and the gradOutput (dL/dC) for a cosine and a target. */
public record TrainingObjective(TrainingRule rule, double margin) {

    public TrainingObjective {
        if (rule == null) {
            throw new IllegalArgumentException("rule must be given");
        }
        if (!Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be finite, got " + margin);
        }
    }

    public double loss(double cosine, int target) {
        return rule.loss(cosine, target, margin);
    }

    public double gradOutput(double cosine, int target) {
        return rule.gradOutput(cosine, target, margin);
    }
}
