package org.gradflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** TF Playground's recipes as the design gives them: counts, labels and the ranges of the points. */
class DatasetTest {

    private static List<Example> draw(Dataset d, int count, double noise) {
        return d.generate(count, noise, new TorchRandom(1));
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void everyRecipeDrawsItsCountOfTwoInputExamplesTheSameWayForTheSameSeed(Dataset d) {
        List<Example> first = draw(d, 200, 0.2);
        assertThat(first).hasSize(200).allSatisfy(e -> {
            assertThat(e.input()).hasSize(2);
            assertThat(e.hasLabel()).isEqualTo(d.classes());
        });
        assertThat(draw(d, 200, 0.2)).isEqualTo(first);
        assertThat(d.generate(200, 0.2, new TorchRandom(2))).isNotEqualTo(first);
    }

    @Test
    void circleHasHalfItsPointsWithinTwoAndAHalfAndHalfInTheRingFromThreeAndAHalfToFive() {
        List<Example> points = draw(Dataset.CIRCLE, 400, 0);
        long inner = points.stream().filter(e -> radius(e) <= 2.5).count();
        assertThat(inner).isEqualTo(200);
        assertThat(points).allSatisfy(e -> {
            double r = radius(e);
            assertThat(r <= 2.5 || (r >= 3.5 && r <= 5)).as("radius %s", r).isTrue();
            // Without noise the label is the radius's: 1 within 2.5.
            assertThat(e.label()).isEqualTo(r < 2.5 ? 1 : 0);
        });
    }

    @Test
    void noiseMovesOnlyTheLabelDecisionOfTheCircle() {
        List<Example> noisy = draw(Dataset.CIRCLE, 400, 0.5);
        // Points stay where they were drawn; some labels now disagree with their radius.
        assertThat(noisy).allSatisfy(e -> assertThat(radius(e) <= 2.5 || radius(e) >= 3.5).isTrue());
        assertThat(noisy.stream().filter(e -> e.label() != (radius(e) < 2.5 ? 1 : 0)).count()).isPositive();
    }

    @Test
    void xorPointsArePushedThreeTenthsFromTheAxesAndLabelledByTheirQuadrant() {
        assertThat(draw(Dataset.XOR, 300, 0)).allSatisfy(e -> {
            double x = e.input()[0];
            double y = e.input()[1];
            assertThat(Math.abs(x)).isBetween(0.3, 5.3);
            assertThat(Math.abs(y)).isBetween(0.3, 5.3);
            assertThat(e.label()).isEqualTo(x * y >= 0 ? 1 : 0);
        });
    }

    @Test
    void gaussHasTwoBalancedBlobsAtPlusAndMinusTwoWithVarianceHalfPlusSevenTimesTheNoise() {
        List<Example> points = draw(Dataset.GAUSS, 4000, 0.1);
        for (int label = 0; label <= 1; label++) {
            int l = label;
            List<double[]> blob = points.stream().filter(e -> e.label() == l).map(Example::input).toList();
            assertThat(blob).hasSize(2000);
            double centre = label == 1 ? 2 : -2;
            double mean = blob.stream().mapToDouble(x -> x[0]).average().orElseThrow();
            double variance = blob.stream().mapToDouble(x -> (x[0] - mean) * (x[0] - mean)).sum() / blob.size();
            // Variance 0.5 + 0.7 = 1.2; over 2,000 points the mean's standard error is 0.025 and the variance's
            // 1.2 * sqrt(2/2000) = 0.038: five of each.
            assertThat(mean).isCloseTo(centre, within(0.125));
            assertThat(variance).isCloseTo(1.2, within(0.19));
        }
    }

    @Test
    void spiralArmsGrowToRadiusFiveOverThreeAndAHalfHalfTurns() {
        List<Example> points = draw(Dataset.SPIRAL, 200, 0);
        assertThat(points.stream().filter(e -> e.label() == 1).count()).isEqualTo(100);
        assertThat(points).allSatisfy(e -> assertThat(radius(e)).isLessThan(5.0));
        // Arm 1, point i: radius 5i/100 at angle 3.5 pi i/100; arm 0 the same turned by pi.
        double r = 5.0 * 40 / 100;
        double t = 3.5 * Math.PI * 40 / 100;
        assertThat(points).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo(1);
            assertThat(e.input()[0]).isCloseTo(r * Math.sin(t), within(1e-12));
            assertThat(e.input()[1]).isCloseTo(r * Math.cos(t), within(1e-12));
        });
        assertThat(points).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo(0);
            assertThat(e.input()[0]).isCloseTo(r * Math.sin(t + Math.PI), within(1e-12));
        });
    }

    @Test
    void planeTargetsAreTheSumOfTheCoordinatesOverTen() {
        assertThat(draw(Dataset.PLANE, 300, 0)).allSatisfy(e -> {
            double x = e.input()[0];
            double y = e.input()[1];
            assertThat(Math.abs(x)).isLessThan(6.0);
            assertThat(Math.abs(y)).isLessThan(6.0);
            assertThat(e.target()[0]).isCloseTo((x + y) / 10, within(1e-15));
        });
    }

    @Test
    void multiGaussTargetsAreTheStrongestOfSixSignedBumps() {
        assertThat(draw(Dataset.MULTI_GAUSS, 500, 0)).allSatisfy(e -> {
            double x = e.input()[0];
            double y = e.input()[1];
            double t = e.target()[0];
            assertThat(Math.abs(t)).isLessThanOrEqualTo(1.0);
            // Right on a bump's centre the target is its sign; farther than 2 from every centre it is 0.
            double nearest = Double.MAX_VALUE;
            for (double cx : new double[] {-4, 0, 4}) {
                for (double cy : new double[] {-2.5, 2.5}) {
                    nearest = Math.min(nearest, Math.hypot(x - cx, y - cy));
                }
            }
            if (nearest >= 2) {
                assertThat(t).isZero();
            } else {
                assertThat(Math.abs(t)).isCloseTo(1 - nearest / 2, within(1e-12));
            }
        });
    }

    @Test
    void theShuffleMixesTheClassesSoThatASmallBatchHoldsBoth() {
        List<Example> points = draw(Dataset.CIRCLE, 200, 0);
        assertThat(points.subList(0, 10).stream().map(Example::label).distinct().count()).isEqualTo(2);
        // Drawn in order, the first hundred would all be inside.
        assertThat(points.subList(0, 100).stream().filter(e -> e.label() == 1).count()).isBetween(30L, 70L);
    }

    private static double radius(Example e) {
        return Math.hypot(e.input()[0], e.input()[1]);
    }
}
