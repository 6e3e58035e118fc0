package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class TanhTest {

    /** Cephes documents a peak relative error of 2.5e-16 on [-2, 2], about 2 ulp; Math.tanh is within 1 ulp. */
    private static final double MAX_ULPS = 3;

    @Property(tries = 3000)
    void agreesWithMathTanhNearZero(@ForAll @DoubleRange(min = -1, max = 1) double x) {
        assertWithinUlps(x);
    }

    @Property(tries = 3000)
    void agreesWithMathTanhOverTheRangeWhereItIsNotYetOne(@ForAll @DoubleRange(min = -25, max = 25) double x) {
        assertWithinUlps(x);
    }

    @Test
    void agreesOnTinyArgumentsAndAroundTheBranchPoint() {
        for (double x : new double[] {1e-300, -1e-300, 1e-17, 3e-9, -2.5e-5, 0.6249999, 0.625, 0.6250001, -0.625}) {
            assertWithinUlps(x);
        }
    }

    private static void assertWithinUlps(double x) {
        double expected = Math.tanh(x);
        assertThat(Math.abs(Tanh.tanh(x) - expected) / Math.ulp(expected))
                .as("tanh(%s): %s vs Math.tanh %s", x, Tanh.tanh(x), expected)
                .isLessThanOrEqualTo(MAX_ULPS);
    }

    @Test
    void extremeInputsBehaveLikeMathTanh() {
        assertThat(Tanh.tanh(Double.NaN)).isNaN();
        assertThat(Tanh.tanh(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Tanh.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(Tanh.tanh(1e300)).isEqualTo(1.0);
        assertThat(Tanh.tanh(-400)).isEqualTo(-1.0);
        assertThat(Tanh.tanh(0.0)).isEqualTo(0.0);
        assertThat(1.0 / Tanh.tanh(-0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void saturatedOutputHasExactlyZeroGradient() {
        double[] out = {Tanh.tanh(20), Tanh.tanh(-30), Tanh.tanh(0.5)};
        double[] grad = new double[3];
        Tanh.backward(out, new double[] {1, 1, 1}, grad);
        assertThat(grad[0]).isZero();
        assertThat(grad[1]).isZero();
        assertThat(grad[2]).isEqualTo(1 - out[2] * out[2]);
    }
}
