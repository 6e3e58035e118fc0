package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Head;
import org.gradflow.session.RunFrame;

/**
 * What a network of two inputs predicts over the input plane, the picture TF Playground made familiar: a map
 * of the prediction (the probability of class 1 from pale orange through white at ½ to pale blue; for more
 * classes the winning one; for mse the output around 0), the line where it crosses ½ (or 0), and the examples
 * on it in the colour of their label or the sign of their target. An example on a patch of the other colour is
 * one the network gets wrong. The plane is drawn near to scale.
 */
final class BoundaryChart extends PointedChart {
    private static final List<LegendItem> CLASSES_LEGEND = List.of(LegendItem.dot("class 1", Palette.CLASS_ONE),
            LegendItem.dot("class 0", Palette.CLASS_ZERO), LegendItem.line("p = ½", Palette.TEXT).briefly("½"));
    private static final List<LegendItem> REGRESSION_LEGEND = List.of(
            LegendItem.dot("target > 0", Palette.CLASS_ONE).briefly("> 0"),
            LegendItem.dot("target < 0", Palette.CLASS_ZERO).briefly("< 0"),
            LegendItem.line("output 0", Palette.TEXT).briefly("0"));
    /** The same where some targets are exactly 0 (multi-gauss far from its centres). */
    private static final List<LegendItem> REGRESSION_ZEROS_LEGEND = List.of(REGRESSION_LEGEND.get(0),
            REGRESSION_LEGEND.get(1), LegendItem.dot("target 0", Palette.REFERENCE).briefly("= 0"),
            REGRESSION_LEGEND.get(2));
    /** Classes named in the legend of a network of more than two; the rest share the last entry. */
    private static final int NAMED_CLASSES = 4;
    /** How much longer a unit across may be than a unit up, or the other way. */
    private static final double MAX_STRETCH = 1.5;

    BoundaryChart(Painter painter) {
        super(painter);
    }

    /** How the run's prediction reads: two classes (a probability), more (a class), or mse (a value). */
    private enum Reading { PROBABILITY, CLASS, VALUE }

    private static Reading reading(RunFrame f) {
        if (f.head() == Head.REGRESSION) {
            return Reading.VALUE;
        }
        return f.spec().network().outputSize() == 2 ? Reading.PROBABILITY : Reading.CLASS;
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        String title = "Prediction " + (f.iteration() == 0 ? "before step 1" : "at iteration "
                + Format.grouped(f.iteration()));
        double[] grid = f.boundary();
        Reading reading = reading(f);
        area.setCaption(caption);
        if (grid == null) {
            area.frame(w, h, title, List.of(), Axis.linear(-1, 1, "x"), Axis.linear(-1, 1, "y"), null);
            area.beginData();
            area.message("Only for a network of two inputs");
            area.endData();
            showReadout(List.of());
            return;
        }
        List<LegendItem> legend = legend(f, reading);
        double x0 = f.boundaryX0();
        double x1 = f.boundaryX1();
        double y0 = f.boundaryY0();
        double y1 = f.boundaryY1();
        area.frame(w, h, title, legend, Axis.linear(x0, x1, "x"), Axis.linear(y0, y1, "y"), null);
        // Near scale, the grid centred in the plot: a unit across at most twice as long as a unit up (a circle
        // stays round enough to read as one, and a wide, short chart still gives the map its width).
        double across = area.width() / (x1 - x0);
        double up = area.height() / (y1 - y0);
        double perUnitX = Math.min(across, up * MAX_STRETCH);
        double perUnitY = Math.min(up, across * MAX_STRETCH);
        double halfX = area.width() / perUnitX / 2;
        double halfY = area.height() / perUnitY / 2;
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        area.frame(w, h, title, legend, Axis.linear(cx - halfX, cx + halfX, "x"),
                Axis.linear(cy - halfY, cy + halfY, "y"), null);
        area.beginData();
        double extent = valueExtent(f);
        int side = f.boundarySide();
        double dx = (x1 - x0) / side;
        double dy = (y1 - y0) / side;
        for (int r = 0; r < side; r++) {
            double top = area.toY(y0 + (r + 1) * dy);
            double bottom = area.toY(y0 + r * dy);
            for (int c = 0; c < side; c++) {
                double left = area.toX(x0 + c * dx);
                double right = area.toX(x0 + (c + 1) * dx);
                // Half a pixel over the next cell, so that antialiased edges leave no light seams between cells.
                double over = c + 1 < side ? 0.5 : 0;
                painter.fillRect(left, top - (r + 1 < side ? 0.5 : 0), right - left + over,
                        bottom - top + (r + 1 < side ? 0.5 : 0), cellColour(grid[r * side + c], reading, extent));
            }
        }
        // The map's edge: where the plot goes on past it, the paler cells would fade into the white around.
        painter.strokeRect(area.toX(x0), area.toY(y1), area.toX(x1) - area.toX(x0), area.toY(y0) - area.toY(y1),
                Palette.FRAME, 1);
        if (reading != Reading.CLASS) {
            contour(grid, side, x0, y0, dx, dy, reading == Reading.PROBABILITY ? 0.5 : 0);
        }
        points(f, reading);
        drawReadout(f, reading, grid, side);
        area.endData();
    }

    private static List<LegendItem> legend(RunFrame f, Reading reading) {
        if (reading == Reading.PROBABILITY) {
            return CLASSES_LEGEND;
        }
        if (reading == Reading.VALUE) {
            for (double v : f.pointValue()) {
                if (v == 0) {
                    return REGRESSION_ZEROS_LEGEND;
                }
            }
            return REGRESSION_LEGEND;
        }
        int classes = f.spec().network().outputSize();
        List<LegendItem> items = new ArrayList<>();
        for (int k = 0; k < Math.min(classes, NAMED_CLASSES); k++) {
            items.add(LegendItem.dot("class " + k, Palette.classColour(k)).briefly(Integer.toString(k)));
        }
        if (classes > NAMED_CLASSES) {
            items.add(LegendItem.dot("… class " + (classes - 1), Palette.classColour(NAMED_CLASSES)).briefly("…"));
        }
        return items;
    }

    /** The size of output the mse map saturates at: the largest target's, so the examples' own range fills it. */
    private static double valueExtent(RunFrame f) {
        double extent = 0;
        for (double v : f.pointValue()) {
            if (Double.isFinite(v)) {
                extent = Math.max(extent, Math.abs(v));
            }
        }
        return extent > 0 ? extent : 1;
    }

    private static Rgb cellColour(double value, Reading reading, double extent) {
        return switch (reading) {
            case PROBABILITY -> Palette.prediction(2 * value - 1);
            case CLASS -> Double.isNaN(value) ? Palette.PLOT_BACKGROUND : Palette.predictedClass((int) value);
            case VALUE -> Palette.prediction(value / extent);
        };
    }

    private static Rgb pointColour(double value, Reading reading) {
        if (reading == Reading.VALUE) {
            return value > 0 ? Palette.CLASS_ONE : value < 0 ? Palette.CLASS_ZERO : Palette.REFERENCE;
        }
        return Palette.classColour((int) value);
    }

    private void points(RunFrame f, Reading reading) {
        double radius = Math.max(1.8, Math.min(3.5, Math.min(area.width(), area.height()) / 70));
        double[] xs = f.pointX();
        double[] ys = f.pointY();
        double[] values = f.pointValue();
        for (int i = 0; i < xs.length; i++) {
            painter.circle(area.toX(xs[i]), area.toY(ys[i]), radius, pointColour(values[i], reading),
                    Palette.BACKGROUND, 1);
        }
    }

    /**
     * The line where the prediction crosses {@code level}, by marching squares over the cells' centres: in each
     * square of four neighbouring centres, a segment between the edges whose ends lie on either side of it.
     */
    private void contour(double[] grid, int side, double x0, double y0, double dx, double dy, double level) {
        double[] px = new double[4];
        double[] py = new double[4];
        for (int r = 0; r + 1 < side; r++) {
            for (int c = 0; c + 1 < side; c++) {
                // Corners counter-clockwise from the bottom left; edge k runs from corner k to corner k + 1.
                double[] v = {grid[r * side + c], grid[r * side + c + 1], grid[(r + 1) * side + c + 1],
                    grid[(r + 1) * side + c]};
                int[] cr = {0, 0, 1, 1};
                int[] cc = {0, 1, 1, 0};
                int n = 0;
                for (int k = 0; k < 4; k++) {
                    double a = v[k] - level;
                    double b = v[(k + 1) % 4] - level;
                    if ((a < 0) != (b < 0) && !Double.isNaN(a) && !Double.isNaN(b)) {
                        double t = a / (a - b);
                        int next = (k + 1) % 4;
                        px[n] = x0 + (c + cc[k] + t * (cc[next] - cc[k]) + 0.5) * dx;
                        py[n] = y0 + (r + cr[k] + t * (cr[next] - cr[k]) + 0.5) * dy;
                        n++;
                    }
                }
                // Two crossings: one segment. Four (a saddle): two, paired the same way in every square.
                for (int s = 0; s + 1 < n; s += 2) {
                    painter.line(area.toX(px[s]), area.toY(py[s]), area.toX(px[s + 1]), area.toY(py[s + 1]),
                            Palette.TEXT, 1.6);
                }
            }
        }
    }

    private void drawReadout(RunFrame f, Reading reading, double[] grid, int side) {
        showReadout(List.of());
        if (!pointerOverPlot()) {
            return;
        }
        double px = pointerX();
        double py = pointerY();
        double x = area.fromX(px);
        double y = area.fromY(py);
        int c = (int) Math.floor((x - f.boundaryX0()) / (f.boundaryX1() - f.boundaryX0()) * side);
        int r = (int) Math.floor((y - f.boundaryY0()) / (f.boundaryY1() - f.boundaryY0()) * side);
        List<String> lines = new ArrayList<>();
        lines.add("x = " + Format.number(x, 3) + ", y = " + Format.number(y, 3));
        if (r >= 0 && r < side && c >= 0 && c < side) {
            double value = grid[r * side + c];
            lines.add(switch (reading) {
                case PROBABILITY -> "p(class 1) = " + Format.number(value, 3);
                case CLASS -> "class " + (int) value;
                case VALUE -> "output = " + Format.number(value, 3);
            });
        }
        painter.line(px - 6, py, px + 6, py, Palette.TEXT, 1);
        painter.line(px, py - 6, px, py + 6, Palette.TEXT, 1);
        showReadout(lines);
        area.box(lines, px, py < area.top() + area.height() / 2);
    }
}
