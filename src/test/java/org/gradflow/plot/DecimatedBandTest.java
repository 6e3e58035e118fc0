package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.gradflow.export.AwtPainter;
import org.gradflow.session.SeriesPoints;
import org.junit.jupiter.api.Test;

/**
 * A series longer than the plot is wide is drawn per pixel column as the band from its lowest to its highest value.
 * The band is found from the values (two conversions to pixels a column): it must be the band of the points'
 * own pixels, on log and linear axes alike.
 */
class DecimatedBandTest {
    @Test
    void eachColumnsBandSpansItsPointsPixelsOnLogAndLinearAxes() {
        Random random = new Random(3);
        int n = 5_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 1 + i * 3.7;
            // Gradients over twelve decades, some exactly 0 and a gap: what a layers chart draws.
            ys[i] = i % 97 == 0 ? 0 : i == 2_500 ? Double.NaN : Math.pow(10, -12 * random.nextDouble());
        }
        for (Axis yAxis : List.of(Axis.log(1e-14, 10, "g"), Axis.linear(0, 1, "g"))) {
            for (Axis xAxis : List.of(Axis.log(1, xs[n - 1], "iteration"), Axis.linear(0, xs[n - 1], "iteration"))) {
                List<double[]> polygons = new ArrayList<>();
                BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = image.createGraphics();
                PlotArea area = new PlotArea(new ForwardingPainter(new AwtPainter(g)) {
                    @Override
                    public void fillPolygon(double[] px, double[] py, int m, Rgb color) {
                        double[] both = new double[2 * m];
                        System.arraycopy(px, 0, both, 0, m);
                        System.arraycopy(py, 0, both, m, m);
                        polygons.add(both);
                    }
                });
                area.frame(400, 300, "t", List.of(), xAxis, yAxis, null);
                area.data(SeriesPoints.exact(xs, ys), false, Palette.TEXT, 1);
                g.dispose();
                // Expected: per column, the extremes of the points' own pixels.
                int columns = (int) Math.ceil(area.width()) + 1;
                double[] top = new double[columns];
                double[] bottom = new double[columns];
                Arrays.fill(top, Double.NaN);
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(ys[i])) {
                        continue;
                    }
                    int c = (int) Math.max(0, Math.min(columns - 1, Math.floor(area.toX(xs[i]) - area.left())));
                    double yp = area.toY(ys[i]);
                    top[c] = Double.isNaN(top[c]) ? yp : Math.min(top[c], yp);
                    bottom[c] = Double.isNaN(bottom[c]) ? yp : Math.max(bottom[c], yp);
                }
                int checked = 0;
                for (double[] polygon : polygons) {
                    int m = polygon.length / 2;
                    for (int k = 0; k < m / 2; k++) {
                        int c = (int) (polygon[k] - area.left());
                        assertThat(polygon[m + k]).as("top of column " + c).isCloseTo(top[c],
                                offset(1e-9));
                        assertThat(polygon[m + m - 1 - k]).as("bottom of column " + c).isCloseTo(bottom[c],
                                offset(1e-9));
                        checked++;
                    }
                }
                assertThat(checked).as("columns of data").isGreaterThan(150);
            }
        }
    }
}
