package org.gradflow.engine;

import java.util.Arrays;

/**
 * One example of a single-network rule: the input and either a class label ({@code cross-entropy}, 0-based) or a
 * target vector ({@code mse}).
 *
 * @param label  0-based class, or -1 for a regression example
 * @param target the regression target, or null for a class example
 */
public record Example(double[] input, int label, double[] target) {

    public Example {
        input = input.clone();
        target = target == null ? null : target.clone();
    }

    public static Example labelled(double[] input, int label) {
        return new Example(input, label, null);
    }

    public static Example regression(double[] input, double[] target) {
        return new Example(input, -1, target);
    }

    /** Copies: a scenario is an equality key and must not change behind its reader. */
    @Override
    public double[] input() {
        return input.clone();
    }

    @Override
    public double[] target() {
        return target == null ? null : target.clone();
    }

    public boolean hasLabel() {
        return target == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Example e && e.label == label && Arrays.equals(e.input, input)
                && Arrays.equals(e.target, target);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(input) + label) + Arrays.hashCode(target);
    }

    @Override
    public String toString() {
        return Arrays.toString(input) + (hasLabel() ? " -> " + label : " -> " + Arrays.toString(target));
    }
}
