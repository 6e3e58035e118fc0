package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gradflow.session.SeriesPoints;
import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void theGradientAxisPutsExactZeroAtTheFloorAndLabelsRoundPowers() {
        Axis axis = Axis.logWithZero(1e-19, 1e8, "gradient");
        List<Axis.Tick> ticks = axis.ticks(300);
        assertThat(ticks.get(0)).isEqualTo(new Axis.Tick(1e-19, "0"));
        assertThat(ticks.stream().filter(Axis.Tick::major).map(Axis.Tick::label))
                .contains("0", "10⁻¹⁶", "1", "10⁸");
        assertThat(axis.fraction(0.0)).isZero();
        assertThat(axis.fraction(1e-25)).isZero();
        assertThat(axis.fraction(1e8)).isEqualTo(1.0);
        assertThat(axis.fraction(1e-11)).isBetween(0.2, 0.4);
        assertThat(axis.fraction(Double.NaN)).isNaN();
    }

    @Test
    void aShortLogAxisLabelsFewerPowersAndNoneCrowdsTheZero() {
        List<String> labels = Axis.logWithZero(1e-19, 1e8, "g").ticks(90).stream().filter(Axis.Tick::major)
                .map(Axis.Tick::label).toList();
        assertThat(labels.size()).isLessThanOrEqualTo(4);
        assertThat(labels).contains("0", "1").doesNotContain("10⁻¹⁸");
    }

    @Test
    void linearTicksAreNiceNumbers() {
        assertThat(Axis.linear(-1.15, 1.15, "C").ticks(400).stream().map(Axis.Tick::label))
                .containsExactly("−1.0", "−0.5", "0", "0.5", "1.0");
        assertThat(Axis.linear(-1.15, 1.15, "C").ticks(150).stream().map(Axis.Tick::label))
                .containsExactly("−1", "0", "1");
        assertThat(Axis.iterations(0, 10_000_000, "iteration").ticks(300).stream().map(Axis.Tick::label))
                .containsExactly("0", "5M", "10M");
        assertThat(Axis.linear(-2.2e-11, 2.2e-11, "d").ticks(200).stream().map(Axis.Tick::label))
                .contains("−2e−11", "0", "2e−11");
    }

    @Test
    void aBlankAxisMapsLinearlyButWritesNoTicks() {
        // The height over the 1-D geometry's number line: numbers there would suggest a second dimension.
        Axis blank = Axis.blank(-0.5, 1.5);
        assertThat(blank.ticks(500)).isEmpty();
        assertThat(blank.fraction(0)).isEqualTo(0.25);
        assertThat(blank.title()).isEmpty();
    }

    /** Zoom C on a C that does not vary (0 at u = 0) gave an axis of ±1e-312; it spans a tenth either side. */
    @Test
    void aZoomedCosineAxisOfAFlatCHasASensibleSpanAndARealDriftStillFillsIt() {
        Axis flat = JoinChart.fitted(Join.COSINE, SeriesPoints.exact(new double[] {1, 2}, new double[] {0, 0}));
        assertThat(flat.min()).isEqualTo(-0.1);
        assertThat(flat.max()).isEqualTo(0.1);
        assertThat(flat.ticks(150)).extracting(Axis.Tick::label).contains("0", "0.1").noneMatch(l -> l.contains("e"));
        // The 1-D run's C moves in its twelfth digit: that is a range, and it fills the axis.
        Axis drift = JoinChart.fitted(Join.COSINE, SeriesPoints.exact(new double[] {1, 2},
                new double[] {0.999999999995256, 0.99999999999}));
        assertThat(drift.min()).isGreaterThan(0.9999999999);
        assertThat(drift.max()).isLessThan(1);
    }
}
