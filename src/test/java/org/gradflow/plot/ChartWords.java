package org.gradflow.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gradflow.export.AwtPainter;

/**
 * Draws a chart with the bundled font and tells which of its words are cut: outside the chart, outside the plot
 * where they are written over the data, or printed over one another there; and how high its plot came out.
 * Shared by the words tests of the charts alone and of the window at the sizes it gives them.
 */
public final class ChartWords {
    /** What a drawing left: its cut words, described, and the height of its plot (where the data go). */
    public record Drawn(List<String> cut, double plotHeight) {
    }

    private ChartWords() {
    }

    /** Draws with {@code drawing} into a {@code w x h} chart, every font times {@code scale} (View ▸ text size). */
    public static Drawn draw(int w, int h, double scale, Consumer<Painter> drawing) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Recorder recorder = new Recorder(new ScaledText(new AwtPainter(g), scale), w, h);
            drawing.accept(recorder);
            return new Drawn(List.copyOf(recorder.cut), recorder.plotHeight);
        } finally {
            g.dispose();
        }
    }

    /** Records where each text lands against the clip in force (or the chart's bounds). */
    private static final class Recorder extends ForwardingPainter {
        private final double width;
        private final double height;
        private final List<String> cut = new ArrayList<>();
        private double[] clip;
        private final List<double[]> overData = new ArrayList<>();
        private final List<String> overDataTexts = new ArrayList<>();
        private double plotHeight = Double.NaN;

        Recorder(Painter inner, double width, double height) {
            super(inner);
            this.width = width;
            this.height = height;
        }

        @Override
        public void clip(double x, double y, double w, double h) {
            // A readout drawn unclipped clips the plot again after it: the words over the data are still those.
            if (clip == null || clip[0] != x || clip[1] != y || clip[2] != w || clip[3] != h) {
                overData.clear();
                overDataTexts.clear();
            }
            clip = new double[] {x, y, w, h};
            plotHeight = h;
            overDataTexts.clear();
            super.clip(x, y, w, h);
        }

        @Override
        public void unclip() {
            clip = null;
            super.unclip();
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Rgb color, Align align,
                Baseline baseline) {
            double w = textWidth(text, style);
            double left = switch (align) {
                case LEFT -> x;
                case CENTER -> x - w / 2;
                case RIGHT -> x - w;
            };
            double lh = lineHeight(style);
            double top = switch (baseline) {
                case TOP -> y;
                case MIDDLE -> y - lh / 2;
                case BOTTOM -> y - lh;
                // The ascent is most of a line: 0.8 of it, a little generous to the text.
                case BASELINE -> y - 0.8 * lh;
            };
            double[] box = clip != null ? clip : new double[] {0, 0, width, height};
            // Half a pixel: antialiasing lets a glyph's edge touch the boundary without losing any of it.
            if (left < box[0] - 0.5 || left + w > box[0] + box[2] + 0.5) {
                cut.add(String.format("'%s' spans x %.1f..%.1f, %s %.1f..%.1f", text, left, left + w,
                        clip != null ? "plot area" : "chart", box[0], box[0] + box[2]));
            }
            if (top < box[1] - 0.5 || top + lh > box[1] + box[3] + 0.5) {
                cut.add(String.format("'%s' spans y %.1f..%.1f, %s %.1f..%.1f", text, top, top + lh,
                        clip != null ? "plot area" : "chart", box[1], box[1] + box[3]));
            }
            if (clip != null) {
                // Over the data, two labels on top of each other are as unreadable as a cut one. A pixel of
                // slack each way: line heights include leading that carries no ink.
                double[] mine = {left, top, w, lh};
                for (int i = 0; i < overData.size(); i++) {
                    double[] other = overData.get(i);
                    if (mine[0] < other[0] + other[2] - 1 && other[0] < mine[0] + mine[2] - 1
                            && mine[1] < other[1] + other[3] - 1 && other[1] < mine[1] + mine[3] - 1) {
                        cut.add(String.format("'%s' overlaps '%s'", text, overDataTexts.get(i)));
                    }
                }
                overData.add(mine);
                overDataTexts.add(text);
            }
            super.text(text, x, y, style, color, align, baseline);
        }
    }

    /** View ▸ text size, as the window's painter applies it: every font times the scale. */
    private static final class ScaledText extends ForwardingPainter {
        private final double scale;

        ScaledText(Painter inner, double scale) {
            super(inner);
            this.scale = scale;
        }

        private TextStyle scaled(TextStyle s) {
            return new TextStyle(s.size() * scale, s.bold());
        }

        @Override
        public void text(String text, double x, double y, TextStyle style, Rgb color, Align align, Baseline baseline) {
            super.text(text, x, y, scaled(style), color, align, baseline);
        }

        @Override
        public void verticalText(String text, double x, double y, TextStyle style, Rgb color) {
            super.verticalText(text, x, y, scaled(style), color);
        }

        @Override
        public double textWidth(String text, TextStyle style) {
            return super.textWidth(text, scaled(style));
        }

        @Override
        public double lineHeight(TextStyle style) {
            return super.lineHeight(scaled(style));
        }
    }

}
