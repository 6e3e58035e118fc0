package org.gradflow.engine;

import org.apache.commons.math3.exception.DimensionMismatchException;
import org.apache.commons.math3.exception.OutOfRangeException;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;

/**
 * One training example of a siamese network: the inputs of the left and right branch and the target (+1 similar,
 * -1 not).
 *
 * @throws DimensionMismatchException when left and right differ in size
 * @throws OutOfRangeException        when the target is not +1 or -1
 */
public record TrainingPair(RealVector left, RealVector right, int target) {

    public TrainingPair {
        if (left.getDimension() != right.getDimension()) {
            throw new DimensionMismatchException(right.getDimension(), left.getDimension());
        }
        if (target != 1 && target != -1) {
            throw new OutOfRangeException(target, -1, 1);
        }
        left = new ArrayRealVector(left);
        right = new ArrayRealVector(right);
    }

    /** A copy: commons-math vectors are mutable, and a pair is part of a scenario, which is an equality key. */
    @Override
    public RealVector left() {
        return left.copy();
    }

    @Override
    public RealVector right() {
        return right.copy();
    }

    public static TrainingPair of(double[] left, double[] right, int target) {
        return new TrainingPair(new ArrayRealVector(left), new ArrayRealVector(right), target);
    }

    /** The design's target of pair i (1-based): +1 when i is even, -1 when odd. */
    public static int targetOfPair(int oneBasedIndex) {
        return oneBasedIndex % 2 == 0 ? 1 : -1;
    }
}
