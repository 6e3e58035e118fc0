package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CosineDistanceTest {
    private final CosineDistance cosine = new CosineDistance();
    private final double[] dCdu = new double[2];
    private final double[] dCdv = new double[2];

    @Test
    void threeFourFourThreeByHand() {
        double[] u = {3, 4};
        double[] v = {4, 3};
        // <u,v> = 24, |u|^2 = |v|^2 = 25: C = 24/(25+eps); dC/du = (v - 24/(25+eps) u)/(25+eps), which is
        // (1.12, -0.84)/25 but for eps. Tolerance: a few ulp of these values.
        double n = 25 + 1e-12;
        assertThat(cosine.forward(u, v)).isCloseTo(24 / n, within(3e-16));
        cosine.backward(u, v, dCdu, dCdv);
        assertThat(dCdu[0]).isCloseTo((4 - 24 / n * 3) / n, within(1e-16));
        assertThat(dCdu[1]).isCloseTo((3 - 24 / n * 4) / n, within(1e-16));
        assertThat(dCdv[0]).isCloseTo((3 - 24 / n * 4) / n, within(1e-16));
        assertThat(dCdv[1]).isCloseTo((4 - 24 / n * 3) / n, within(1e-16));
        assertThat(dCdu[0]).isCloseTo(1.12 / 25, within(1e-14));
        assertThat(cosine.singular()).isFalse();
    }

    @Test
    void epsIsAddedToBothSquaredNormsExactlyAsTorchDoes() {
        double[] u = {1e-7};
        double[] v = {1.0};
        // Without eps this would be exactly 1; with Torch's eps it is 1e-7/sqrt((1e-14+1e-12)(1+1e-12)), in
        // Torch's order of operations, to the last bit.
        double uu = 1e-7 * 1e-7;
        double torch = 1e-7 * Math.sqrt((1.0 / (uu + 1e-12)) * (1.0 / (1.0 + 1e-12)));
        assertThat(cosine.forward(u, v)).isEqualTo(torch).isCloseTo(0.0995037190, within(1e-10));
    }

    @Test
    void inOneDimensionTheCosineIsTheProductOfSignsAndItsGradientIsEpsSized() {
        double[] u = {0.4};
        double[] v = {-0.7};
        assertThat(cosine.forward(u, v)).isCloseTo(-1.0, within(1e-11));
        cosine.backward(u, v, dCdu, dCdv);
        // dC/du = v eps / ((u^2+eps)^{3/2} sqrt(v^2+eps)) = -eps/|u|^3 to first order: -1.5625e-11.
        assertThat(dCdu[0]).isCloseTo(-1e-12 / (0.4 * 0.4 * 0.4), offset(1e-15));
        assertThat(dCdv[0]).isCloseTo(1e-12 / (0.7 * 0.7 * 0.7), offset(1e-15));
    }

    @Property(tries = 2000)
    void oneDimensionalGradientNeverExceedsEpsOverUCubed(
            @ForAll @DoubleRange(min = -1, max = 1) double u, @ForAll @DoubleRange(min = -1, max = 1) double v) {
        CosineDistance c = new CosineDistance();
        double value = c.forward(new double[] {u}, new double[] {v});
        double[] gu = new double[1];
        double[] gv = new double[1];
        c.backward(new double[] {u}, new double[] {v}, gu, gv);
        // |dC/du| = eps |v| / ((u^2+eps)^{3/2} (v^2+eps)^{1/2}) <= eps/|u|^3; 1e-9 relative room for rounding
        // and the analytic side's cancellation (v - <u,v>/(|u|^2+eps) u loses up to 1e-16/(eps/u^2)).
        assertThat(Math.abs(gu[0])).isLessThanOrEqualTo(1e-12 / Math.pow(Math.abs(u), 3) * (1 + 1e-3) + 1e-15);
        assertThat(Math.abs(gv[0])).isLessThanOrEqualTo(1e-12 / Math.pow(Math.abs(v), 3) * (1 + 1e-3) + 1e-15);
        assertThat(Math.abs(value)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void zeroLeftOutputGivesCosineZeroAndTheMillionSpike() {
        double[] u = {0.0};
        double[] v = {0.3};
        assertThat(cosine.forward(u, v)).isZero();
        double[] gu = new double[1];
        double[] gv = new double[1];
        cosine.backward(u, v, gu, gv);
        // dC/du = v * sqrt(1/eps * 1/(v^2+eps)) = sign(v) * 1e6 (1 - eps/(2 v^2)).
        assertThat(gu[0]).isCloseTo(1e6, within(1e-3));
        assertThat(gv[0]).isZero();
        assertThat(cosine.singular()).isTrue();
    }

    @Test
    void bothZeroIsSingularWithZeroCosineAndZeroGradient() {
        double[] zero = {0.0, 0.0};
        assertThat(cosine.forward(zero, zero)).isZero();
        cosine.backward(zero, zero, dCdu, dCdv);
        assertThat(dCdu).containsExactly(0.0, 0.0);
        assertThat(dCdv).containsExactly(0.0, 0.0);
        assertThat(cosine.singular()).isTrue();
    }

    @Test
    void singularThresholdIsTheSquaredNorm1e10() {
        cosine.forward(new double[] {0.99e-5}, new double[] {1});
        assertThat(cosine.singular()).isTrue();
        cosine.forward(new double[] {1.01e-5}, new double[] {1});
        assertThat(cosine.singular()).isFalse();
        cosine.forward(new double[] {1}, new double[] {-0.99e-5});
        assertThat(cosine.singular()).isTrue();
    }

    @Test
    void infiniteOrNaNInputsGiveNaNNotAnException() {
        assertThat(cosine.forward(new double[] {Double.POSITIVE_INFINITY, 1}, new double[] {1, 1})).isNaN();
        assertThat(cosine.forward(new double[] {Double.NaN, 1}, new double[] {1, 1})).isNaN();
        cosine.forward(new double[] {Double.NEGATIVE_INFINITY, 0}, new double[] {1, 0});
        cosine.backward(new double[] {Double.NEGATIVE_INFINITY, 0}, new double[] {1, 0}, dCdu, dCdv);
        assertThat(dCdu[0]).isNaN();
    }
}
