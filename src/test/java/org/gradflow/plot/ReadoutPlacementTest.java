package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gradflow.export.AwtPainter;
import org.gradflow.session.SeriesPoints;
import org.junit.jupiter.api.Test;

/** The pointer's readout box sits where it hides none of the curves it describes, when the plot has such a place. */
class ReadoutPlacementTest {

    /** The last rectangle outlined: the readout's box, drawn after the frame. */
    private static double[] readoutBox(double at, List<PlotArea.Named> series, PlotArea[] areaOut) {
        return readoutBox(at, series, areaOut, area -> {
        });
    }

    private static double[] readoutBox(double at, List<PlotArea.Named> series, PlotArea[] areaOut,
            Consumer<PlotArea> before) {
        BufferedImage image = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<double[]> outlines = new ArrayList<>();
        try {
            Painter painter = new ForwardingPainter(new AwtPainter(g)) {
                @Override
                public void strokeRect(double x, double y, double w, double h, Rgb color, double width) {
                    outlines.add(new double[] {x, y, w, h});
                    super.strokeRect(x, y, w, h, color, width);
                }
            };
            PlotArea area = new PlotArea(painter);
            area.frame(400, 240, "C", List.of(), Axis.linear(0, 100, "iteration"), Axis.linear(-1.15, 1.15, "C"),
                    null);
            before.accept(area);
            assertThat(area.readout(at, series)).isNotEmpty();
            areaOut[0] = area;
            return outlines.get(outlines.size() - 1);
        } finally {
            g.dispose();
        }
    }

    private static int crossings(PlotArea area, SeriesPoints s, double[] box) {
        int crossed = 0;
        for (int i = 1; i < s.size(); i++) {
            if (PlotLabels.segmentCrosses(area.toX(s.xs()[i - 1]), area.toY(s.ys()[i - 1]), area.toX(s.xs()[i]),
                    area.toY(s.ys()[i]), box)) {
                crossed++;
            }
        }
        return crossed;
    }

    @Test
    void withBothRunsOfCAtTheTopWhereThePointerIsTheBoxAvoidsTheOneThatFallsLaterOn() {
        // Two series at +0.9; the second falls to −0.9 at iteration 50 (a pair that learns its −1). At the
        // pointer (iteration 40) both are at the top, so "the other half" alone would put the box at the bottom,
        // right of the pointer: over the fallen series. The box must find the bottom left instead.
        double[] xs = new double[101];
        double[] high = new double[101];
        double[] falls = new double[101];
        for (int i = 0; i <= 100; i++) {
            xs[i] = i;
            high[i] = 0.9;
            falls[i] = i < 50 ? 0.9 : -0.9;
        }
        SeriesPoints a = SeriesPoints.exact(xs, high);
        SeriesPoints b = SeriesPoints.exact(xs, falls);
        PlotArea[] area = new PlotArea[1];
        double[] box = readoutBox(40, List.of(new PlotArea.Named("C, target +1", a, Palette.POSITIVE),
                new PlotArea.Named("C, target −1", b, Palette.NEGATIVE)), area);
        assertThat(crossings(area[0], a, box) + crossings(area[0], b, box)).isZero();
        assertThat(box[1]).as("still in the half the series are not in at the pointer")
                .isGreaterThan(area[0].top() + area[0].height() / 2);
    }

    @Test
    void whereNoCurveIsInTheWayTheBoxKeepsOffTheChartsOwnLabels() {
        // One series along the top: the box goes to the bottom; an event label written at the bottom right of
        // the pointer (as "learned · 1,400" is) sends it to the bottom left.
        double[] xs = new double[101];
        double[] ys = new double[101];
        for (int i = 0; i <= 100; i++) {
            xs[i] = i;
            ys[i] = 0.9;
        }
        SeriesPoints top = SeriesPoints.exact(xs, ys);
        List<PlotArea.Named> series = List.of(new PlotArea.Named("C, target +1", top, Palette.POSITIVE));
        PlotArea[] area = new PlotArea[1];
        double[] free = readoutBox(40, series, area);
        double[] box = readoutBox(40, series, area, a -> a.labels().inside("learned · 1,400", a.toX(40) + 10,
                a.top() + a.height() - 20, TextStyle.SMALL, Palette.LEARNED, Painter.Align.LEFT, Painter.Baseline.TOP));
        assertThat(free[0]).as("without the label: right of the pointer").isGreaterThan(area[0].toX(40));
        assertThat(box[0] + box[2]).as("with it: left of the pointer").isLessThan(area[0].toX(40));
        assertThat(box[1]).isGreaterThan(area[0].top() + area[0].height() / 2);
        assertThat(crossings(area[0], top, box)).isZero();
    }

    @Test
    void aSegmentCrossesABoxWhenAnyPartOfItIsInside() {
        double[] box = {10, 10, 20, 10};
        assertThat(PlotLabels.segmentCrosses(0, 15, 40, 15, box)).as("straight through").isTrue();
        assertThat(PlotLabels.segmentCrosses(15, 12, 16, 13, box)).as("wholly inside").isTrue();
        assertThat(PlotLabels.segmentCrosses(0, 0, 9, 40, box)).as("passes left of it").isFalse();
        assertThat(PlotLabels.segmentCrosses(0, 0, 40, 5, box)).as("passes above it").isFalse();
        assertThat(PlotLabels.segmentCrosses(20, 15, 20, 15, box)).as("a point inside").isTrue();
        assertThat(PlotLabels.segmentCrosses(0, 30, 30, 0, box)).as("cuts a corner").isTrue();
    }
}
