package org.gradflow.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.util.stream.IntStream;

/** The bounded history behind every per-iteration chart and the learning curve. */
class ChannelsTest {

    private static Channels recorded(long count) {
        Channels channels = new Channels(1, 100);
        double[] v = new double[1];
        for (long i = 1; i <= count; i++) {
            v[0] = Math.sin(i * 0.7) + (i == 777_777 ? 50 : 0);
            channels.record(v);
        }
        return channels;
    }

    @Test
    void aShortSeriesIsDrawnExactlyOnePointPerIteration() {
        Channels channels = recorded(300);
        SeriesPoints out = new SeriesPoints();
        channels.render(0, 300, 0, 300, false, out);
        assertThat(out.size()).isEqualTo(300);
        assertThat(out.decimated()).isFalse();
        for (int i = 0; i < 300; i++) {
            assertThat(out.xs()[i]).isEqualTo(i + 1);
            assertThat(out.ys()[i]).isEqualTo(Math.sin((i + 1) * 0.7));
        }
    }

    @Test
    void aMillionIterationsKeepFewBinsAndALoneSpikeStillShows() {
        Channels channels = recorded(1_000_000);
        SeriesPoints out = new SeriesPoints();
        channels.render(0, 1_000_000, 0, 1_000_000, false, out);
        // Two points per pixel column at most, whatever the length.
        assertThat(out.size()).isLessThanOrEqualTo(2048);
        assertThat(out.decimated()).isTrue();
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < out.size(); i++) {
            highest = Math.max(highest, out.ys()[i]);
        }
        assertThat(highest).isGreaterThan(49);
        // Log bins: about 256 per factor e past the first 512 exact ones.
        assertThat(channels.binCount()).isBetween(2_500, 3_300);
    }

    @Test
    void aViewOfThePastStopsAtTheCursorAndTakesItsEndFromTheTail() {
        Channels channels = recorded(50_000);
        channels.restartTail(29_900);
        double[] v = new double[1];
        for (long i = 29_901; i <= 30_000; i++) {
            v[0] = Math.sin(i * 0.7);
            channels.replayed(i, v);
        }
        SeriesPoints out = new SeriesPoints();
        channels.render(0, 30_000, 29_901, 30_000, false, out);
        assertThat(out.size()).isEqualTo(100);
        assertThat(out.xs()[99]).isEqualTo(30_000);
        assertThat(out.ys()[99]).isEqualTo(Math.sin(30_000 * 0.7));
        channels.render(0, 30_000, 1, 50_000, true, out);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.xs()[i]).isLessThanOrEqualTo(30_000);
        }
    }

    @Test
    void nanIsAGapNotAValue() {
        Channels channels = new Channels(2, 10);
        channels.record(new double[] {1, Double.NaN});
        channels.record(new double[] {Double.NaN, 2});
        SeriesPoints out = new SeriesPoints();
        channels.render(0, 2, 0, 10, false, out);
        // The value, then a NaN point where the line must break.
        assertThat(out.size()).isEqualTo(2);
        assertThat(out.xs()[0]).isEqualTo(1);
        assertThat(out.ys()[1]).isNaN();
        channels.render(1, 2, 0, 10, false, out);
        assertThat(out.size()).isEqualTo(1);
        assertThat(out.ys()[0]).isEqualTo(2);
    }

    @Test
    void pairBlocksBreakTheLineWhileExactAndAreBridgedOnceSqueezedIntoBands() {
        Channels channels = new Channels(1, 10);
        double[] v = new double[1];
        for (long i = 1; i <= 5_000; i++) {
            // Like C of the pairs with target +1: ten iterations of values, ten of NaN.
            v[0] = (i - 1) / 10 % 2 == 1 ? 0.5 : Double.NaN;
            channels.record(v);
        }
        SeriesPoints out = new SeriesPoints();
        channels.render(0, 100, 0, 100, false, out);
        assertThat(out.decimated()).isFalse();
        long breaks = IntStream.range(0, out.size()).filter(i -> Double.isNaN(out.ys()[i])).count();
        assertThat(breaks).isEqualTo(4);
        channels.render(0, 5_000, 0, 5_000, false, out);
        assertThat(out.decimated()).isTrue();
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.ys()[i]).isEqualTo(0.5);
        }
    }
}
