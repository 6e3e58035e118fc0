package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.session.SeriesPoints;

/**
 * Where words go over a plot's data: inside the plot (drawing there is clipped), clear of the labels already
 * written since the last frame, and the pointer's readout box where it hides the fewest curves.
 */
final class PlotLabels {
    private final Painter painter;
    private final PlotArea area;
    /** Labels written since the last frame, as x, y, w, h: later ones keep clear of them. */
    private final List<double[]> boxes = new ArrayList<>();

    PlotLabels(Painter painter, PlotArea area) {
        this.painter = painter;
        this.area = area;
    }

    /** A new frame: no labels yet. */
    void clear() {
        boxes.clear();
    }

    /**
     * Writes text at (x, y) as {@code align} and {@code baseline} say, moved as little as needed to stay inside
     * the plot, where data drawing is clipped: a label at the tip of an arrow, or by a point at the top of the
     * range, would otherwise lose letters.
     */
    void inside(String text, double x, double y, TextStyle style, Rgb color, Painter.Align align,
            Painter.Baseline baseline) {
        double w = painter.textWidth(text, style);
        double start = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        start = Math.max(area.left(), Math.min(start, area.left() + area.width() - w));
        double lineHeight = painter.lineHeight(style);
        double bottom = area.top() + area.height();
        double textTop = Math.max(area.top(), Math.min(topOf(y, style, baseline), bottom - lineHeight));
        painter.text(text, start, textTop, style, color, Painter.Align.LEFT, Painter.Baseline.TOP);
        boxes.add(new double[] {start, textTop, w, lineHeight});
    }

    /**
     * Writes a label {@code gap} pixels beside x, on the preferred side if it fits inside the plot clear of the
     * labels written before it, else on the other; the texts are tried longest first. Where none fits, nothing is
     * written (for labels the legend already explains): the answer says whether it was.
     */
    boolean beside(List<String> texts, double x, double y, double gap, boolean preferRight,
            TextStyle style, Rgb color, Painter.Baseline baseline) {
        return near(texts, x, new double[] {topOf(y, style, baseline)}, gap, preferRight, style, color);
    }

    /**
     * As {@link #beside}, trying each of the given tops of the text in turn (rows to move to where the first
     * is taken): every text at every top on both sides before the next, shorter text.
     */
    boolean near(List<String> texts, double x, double[] tops, double gap, boolean preferRight,
            TextStyle style, Rgb color) {
        double lineHeight = painter.lineHeight(style);
        for (String text : texts) {
            double w = painter.textWidth(text, style);
            for (double textTop : tops) {
                if (textTop < area.top() - 0.5 || textTop + lineHeight > area.top() + area.height() + 0.5) {
                    continue;
                }
                for (boolean right : new boolean[] {preferRight, !preferRight}) {
                    double start = right ? x + gap : x - gap - w;
                    double[] box = {start, textTop, w, lineHeight};
                    if (start >= area.left() && start + w <= area.left() + area.width()
                            && boxes.stream().noneMatch(b -> overlap(b, box))) {
                        painter.text(text, start, textTop, style, color, Painter.Align.LEFT, Painter.Baseline.TOP);
                        boxes.add(box);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Writes a label centred on x with its top at the first of {@code tops} where it lies inside the plot, clear
     * of the labels written before it (a value over its bar); where none is, nothing: the answer says whether it
     * was written.
     */
    boolean centred(String text, double x, double[] tops, TextStyle style, Rgb color) {
        double w = painter.textWidth(text, style);
        double lineHeight = painter.lineHeight(style);
        double start = x - w / 2;
        if (start < area.left() || start + w > area.left() + area.width()) {
            return false;
        }
        for (double textTop : tops) {
            double[] box = {start, textTop, w, lineHeight};
            if (textTop >= area.top() - 0.5 && textTop + lineHeight <= area.top() + area.height() + 0.5
                    && boxes.stream().noneMatch(b -> overlap(b, box))) {
                painter.text(text, start, textTop, style, color, Painter.Align.LEFT, Painter.Baseline.TOP);
                boxes.add(box);
                return true;
            }
        }
        return false;
    }

    /** The top of a line of text written at y with this baseline. */
    private double topOf(double y, TextStyle style, Painter.Baseline baseline) {
        double lineHeight = painter.lineHeight(style);
        return switch (baseline) {
            case TOP -> y;
            case MIDDLE -> y - lineHeight / 2;
            case BOTTOM -> y - lineHeight;
            // The ascent: most of a line (Painter does not say more exactly).
            case BASELINE -> y - 0.8 * lineHeight;
        };
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /** How many segments of the series, as drawn (gaps at NaN), pass through the box {x, y, w, h}. */
    private int crossings(List<PlotArea.Named> series, double[] box) {
        int crossed = 0;
        for (PlotArea.Named n : series) {
            SeriesPoints s = n.points();
            double px = Double.NaN;
            double py = Double.NaN;
            for (int i = 0; i < s.size(); i++) {
                double y = s.ys()[i];
                if (Double.isNaN(y)) {
                    px = Double.NaN;
                    continue;
                }
                double qx = area.toX(s.xs()[i]);
                double qy = area.toY(y);
                if (segmentCrosses(Double.isNaN(px) ? qx : px, Double.isNaN(px) ? qy : py, qx, qy, box)) {
                    crossed++;
                }
                px = qx;
                py = qy;
            }
        }
        return crossed;
    }

    /** Liang–Barsky: whether the segment from (x1, y1) to (x2, y2) has a part inside the box {x, y, w, h}. */
    static boolean segmentCrosses(double x1, double y1, double x2, double y2, double[] box) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - box[0], box[0] + box[2] - x1, y1 - box[1], box[1] + box[3] - y1};
        double from = 0;
        double to = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    from = Math.max(from, t);
                } else {
                    to = Math.min(to, t);
                }
            }
        }
        return from <= to;
    }

    /**
     * Of the candidate places (each top-left corner from {@code xs} x {@code ys}, pulled inside the plot), the
     * first that crosses the fewest segments of {@code avoid}, then hides the fewest labels: as {x, y, w, h}.
     */
    double[] leastCovering(double[] xs, double[] ys, double boxWidth, double boxHeight, List<PlotArea.Named> avoid) {
        double[] best = null;
        long fewest = Long.MAX_VALUE;
        double right = area.left() + area.width();
        for (double candidateY : ys) {
            for (double candidateX : xs) {
                double x = Math.max(area.left() + 2, Math.min(candidateX, right - boxWidth - 2));
                double[] box = {x, candidateY, boxWidth, boxHeight};
                // Curves first; among places that hide as few of them, the one hiding fewest labels.
                long covered = crossings(avoid, box) * 1000L + boxes.stream().filter(b -> overlap(b, box)).count();
                if (covered < fewest) {
                    fewest = covered;
                    best = box;
                }
            }
        }
        return best;
    }
}
