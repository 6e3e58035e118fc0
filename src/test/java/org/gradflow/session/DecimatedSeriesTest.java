package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DecimatedSeriesTest {

    @Test
    void whileShortEveryValueIsOnePointAtItsIteration() {
        DecimatedSeries series = new DecimatedSeries(8);
        double[] xs = new double[16];
        double[] ys = new double[16];
        for (int i = 1; i <= 8; i++) {
            series.add(i * 0.5);
            int n = series.copyPoints(xs, ys);
            assertThat(n).isEqualTo(i);
            assertThat(xs[i - 1]).isEqualTo(i);
            assertThat(ys[i - 1]).isEqualTo(i * 0.5);
        }
    }

    @Test
    void tenMillionValuesStayWithinTheBoundAndKeepTheExtremes() {
        DecimatedSeries series = new DecimatedSeries(1024);
        for (int i = 0; i < 10_000_000; i++) {
            series.add(i == 4_321_987 ? 1e6 : i == 77 ? -3 : Math.sin(i * 1e-3));
        }
        double[] xs = new double[series.maxPoints()];
        double[] ys = new double[series.maxPoints()];
        int n = series.copyPoints(xs, ys);
        assertThat(n).isLessThanOrEqualTo(2048).isGreaterThan(1000);
        assertThat(series.count()).isEqualTo(10_000_000);
        double[] shown = Arrays.copyOf(ys, n);
        assertThat(Arrays.stream(shown).max().getAsDouble()).isEqualTo(1e6);
        assertThat(Arrays.stream(shown).min().getAsDouble()).isEqualTo(-3);
        for (int i = 1; i < n; i++) {
            assertThat(xs[i]).isGreaterThanOrEqualTo(xs[i - 1]);
        }
        assertThat(xs[n - 1]).isLessThanOrEqualTo(10_000_000);
    }

    @Property(tries = 300)
    void everyValueLiesWithinTheBandOfItsBucket(@ForAll @Size(min = 1, max = 300) double[] values,
                                                @ForAll @IntRange(min = 1, max = 8) int halfCapacity) {
        DecimatedSeries series = new DecimatedSeries(2 * halfCapacity);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            series.add(v);
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] xs = new double[series.maxPoints()];
        double[] ys = new double[series.maxPoints()];
        int n = series.copyPoints(xs, ys);
        assertThat(n).isLessThanOrEqualTo(4 * halfCapacity);
        double shownMin = Double.POSITIVE_INFINITY;
        double shownMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(ys[i])) {
                shownMin = Math.min(shownMin, ys[i]);
                shownMax = Math.max(shownMax, ys[i]);
            }
        }
        assertThat(shownMin).isEqualTo(min);
        assertThat(shownMax).isEqualTo(max);
    }

    @Test
    void aRiseThenFallKeepsItsOrderWhenBucketsMerge() {
        DecimatedSeries series = new DecimatedSeries(2);
        // Two buckets of two ({0, 5} and {-5, 1}), then the fifth value merges them into one of width 4 whose
        // maximum 5 came before its minimum -5.
        for (double v : new double[] {0, 5, -5, 1, 2}) {
            series.add(v);
        }
        double[] xs = new double[4];
        double[] ys = new double[4];
        int n = series.copyPoints(xs, ys);
        assertThat(Arrays.copyOf(ys, n)).containsExactly(5, -5, 2);
        assertThat(Arrays.copyOf(xs, n)).containsExactly(2.5, 2.5, 5);
        assertThat(series.bucketWidth()).isEqualTo(4);
    }

    @Test
    void nanValuesAreGaps() {
        DecimatedSeries series = new DecimatedSeries(4);
        series.add(1);
        series.add(Double.NaN);
        series.add(2);
        double[] xs = new double[8];
        double[] ys = new double[8];
        int n = series.copyPoints(xs, ys);
        assertThat(n).isEqualTo(3);
        assertThat(ys[1]).isNaN();
        assertThat(ys[2]).isEqualTo(2);
    }
}
