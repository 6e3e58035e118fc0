package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Activation;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.PassStats;
import org.gradflow.engine.RunEvent;
import org.gradflow.session.RunFrame;

/**
 * Per layer from the input (left) to the output (right), the distribution of its activation outputs at the
 * iteration shown, as a violin of its histogram on one shared axis of a: where sigmoid or tanh units crowd into
 * the tinted zones at the ends they pass almost no gradient. Over each layer, the share of its outputs saturated
 * there (sigmoid, tanh), or its units dead through the whole of the last pass (relu): a dead unit's input was
 * never above 0, so it passed nothing back and will never change again. Where one axis would flatten a hidden
 * layer, each layer is drawn to its own range, written under it.
 */
final class ActivationsChart extends LayerSlotsChart {
    /** The widest violin, as a share of its slot: the rest keeps neighbours apart. */
    private static final double VIOLIN = 0.84;
    /** A hidden layer spanning less than 1/8 of a shared axis gets its own range. */
    private static final double SQUASHED = 8;
    /** The most of a tiny plot's height the words above and below the layers may take. */
    private static final double MAX_ROOM = 0.3;
    private static final LegendItem SATURATED = LegendItem.box("saturated: σ′ ≈ 0, % of outputs",
            Palette.SATURATED_ZONE).briefly("% saturated");

    ActivationsChart(Painter painter) {
        super(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        int depth = f.layerCount();
        double low = 0;
        double high = 0;
        for (int l = 0; l < depth; l++) {
            low = Math.min(low, f.histogram(l).low());
            high = Math.max(high, f.histogram(l).high());
        }
        double lo = low;
        double hi = high > low ? high : low + 1;
        boolean own = ownScales(f, hi - lo);
        String title = "Activations " + (f.iteration() == 0 ? "before step 1" : "at iteration "
                + Format.grouped(f.iteration()));
        area.setCaption(caption);
        // Each layer to its own range leaves a line free under the data too, for the range's words.
        frameWithRoomAbove(w, h, title, legend(f), layerAxis(depth, AXIS_TITLE), room -> own
                ? ownRanges(Math.min(room, MAX_ROOM)) : Axis.linear(lo, lo + (hi - lo) / (1 - room),
                "activation output a"));
        area.beginData();
        for (int l = 0; l < depth; l++) {
            RunFrame.Histogram hist = f.histogram(l);
            Scale scale = own ? Scale.ofLayer(hist) : Scale.SHARED;
            saturatedZones(activation(f, l), l, depth, scale);
            violin(hist, l, depth, scale);
        }
        PassStats pass = f.lastPass();
        double line = painter.lineHeight(TextStyle.SMALL);
        for (int l = 0; l < depth; l++) {
            String label = label(f, l, pass);
            if (label != null && painter.textWidth(label, TextStyle.SMALL) <= slot(depth) + 2) {
                boolean alert = activation(f, l) == Activation.RELU && pass.deadUnits()[l] > 0;
                area.labels().centred(label, centre(l, depth), new double[] {area.top() + 2, area.top() + line + 4},
                        TextStyle.SMALL, alert ? Palette.ALERT : Palette.TEXT);
            }
            if (own) {
                rangeLabel(f.histogram(l), l, depth, line);
            }
        }
        drawLayerReadout(depth, l -> readout(f, l));
        area.endData();
    }

    /** The y axis of layers drawn to their own ranges: 0 to 1 of each, with {@code room} free above and below. */
    private static Axis ownRanges(double room) {
        double pad = room / (1 - 2 * room);
        return Axis.blank(-pad, 1 + pad, "a, each layer to its own range");
    }

    /**
     * Whether each layer gets its own range of a: where on one shared axis a hidden layer would span under an
     * eighth of it (relu activations growing layer by layer, class scores far larger than the hidden outputs),
     * its violin would be a line. Each column then says its range under it.
     */
    private static boolean ownScales(RunFrame f, double shared) {
        for (int l = 0; l + 1 < f.layerCount(); l++) {
            RunFrame.Histogram hist = f.histogram(l);
            if (hist.high() - hist.low() < shared / SQUASHED) {
                return true;
            }
        }
        return false;
    }

    /** "0 … 12" under the column: the range its violin is drawn to; the top alone where both do not fit. */
    private void rangeLabel(RunFrame.Histogram hist, int l, int depth, double line) {
        String both = Format.number(hist.low(), 2) + "…" + Format.number(hist.high(), 2);
        String top = "≤" + Format.number(hist.high(), 2);
        for (String text : List.of(both, top)) {
            if (painter.textWidth(text, TextStyle.SMALL) <= slot(depth) + 2) {
                area.labels().centred(text, centre(l, depth), new double[] {area.top() + area.height() - line - 2},
                        TextStyle.SMALL, Palette.MUTED);
                return;
            }
        }
    }

    /**
     * Where a value of a lies on the y axis: itself on the shared axis, or its place in the layer's own range
     * from 0 (the range's low end) to 1 (its high end).
     */
    private record Scale(double low, double high, boolean own) {
        static final Scale SHARED = new Scale(0, 1, false);

        static Scale ofLayer(RunFrame.Histogram hist) {
            return new Scale(hist.low(), hist.high(), true);
        }

        double of(double a) {
            return own ? (a - low) / (high - low) : a;
        }
    }

    private static Activation activation(RunFrame f, int l) {
        return f.spec().network().layer(l).activation();
    }

    /** The tinted zones where a sigmoid's or tanh's derivative is near zero (the design's thresholds). */
    private void saturatedZones(Activation a, int l, int depth, Scale scale) {
        double x = area.left() + slot(depth) * l;
        if (a == Activation.SIGMOID) {
            zone(x, slot(depth), scale.of(0), scale.of(Activation.SATURATED_SIGMOID_LOW));
            zone(x, slot(depth), scale.of(Activation.SATURATED_SIGMOID_HIGH), scale.of(1));
        } else if (a == Activation.TANH) {
            zone(x, slot(depth), scale.of(-1), scale.of(-Activation.SATURATED_TANH));
            zone(x, slot(depth), scale.of(Activation.SATURATED_TANH), scale.of(1));
        }
    }

    private void zone(double x, double width, double from, double to) {
        double top = area.toY(to);
        painter.fillRect(x + 1, top, width - 2, Math.max(1, area.toY(from) - top), Palette.SATURATED_ZONE);
    }

    /**
     * The layer's histogram as a violin of steps: each bin as tall as its range of a and as wide as its share
     * against the layer's fullest bin, mirrored about the slot's centre; one polygon, up the right side and down
     * the left, so that neighbouring bins leave no seams between them.
     */
    private void violin(RunFrame.Histogram hist, int l, int depth, Scale scale) {
        int bins = hist.bins();
        double fullest = 0;
        for (int b = 0; b < bins; b++) {
            fullest = Math.max(fullest, hist.share(b));
        }
        if (fullest == 0) {
            return;
        }
        double binWidth = (hist.high() - hist.low()) / bins;
        double cx = centre(l, depth);
        int n = 4 * bins;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int b = 0; b < bins; b++) {
            double share = hist.share(b);
            // A bin with any outputs at all stays visible, however thin beside the fullest.
            double half = share == 0 ? 0 : Math.max(0.75, share / fullest * slot(depth) * VIOLIN / 2);
            double bottom = area.toY(scale.of(hist.low() + b * binWidth));
            double top = area.toY(scale.of(hist.low() + (b + 1) * binWidth));
            // A bin thinner than a pixel (a narrow layer on an axis a wide one sets) is a pixel tall.
            top = Math.min(top, bottom - 1);
            xs[2 * b] = cx + half;
            ys[2 * b] = bottom;
            xs[2 * b + 1] = cx + half;
            ys[2 * b + 1] = top;
            xs[n - 1 - 2 * b] = cx - half;
            ys[n - 1 - 2 * b] = bottom;
            xs[n - 2 - 2 * b] = cx - half;
            ys[n - 2 - 2 * b] = top;
        }
        painter.fillPolygon(xs, ys, n, Palette.depth(l, depth));
    }

    /** What is written over layer l: its saturated share (sigmoid, tanh) or its dead units (relu), or null. */
    private static String label(RunFrame f, int l, PassStats pass) {
        Activation a = activation(f, l);
        if (a == Activation.SIGMOID || a == Activation.TANH) {
            return Diagnosis.percent(f.values().saturated(l));
        }
        if (a == Activation.RELU && pass != null) {
            return pass.deadUnits()[l] + "/" + f.values().units(l);
        }
        return null;
    }

    private static List<LegendItem> legend(RunFrame f) {
        boolean saturating = false;
        boolean relu = false;
        for (int l = 0; l < f.layerCount(); l++) {
            Activation a = activation(f, l);
            saturating |= a == Activation.SIGMOID || a == Activation.TANH;
            relu |= a == Activation.RELU;
        }
        List<LegendItem> items = new ArrayList<>();
        if (saturating) {
            items.add(SATURATED);
        }
        if (relu && f.lastPass() != null) {
            items.add(LegendItem.box("n/N: units dead all of pass " + Format.grouped(f.lastPass().pass()),
                    Palette.ALERT).briefly("dead/units"));
        }
        return items;
    }

    private static List<String> readout(RunFrame f, int l) {
        IterationView v = f.values();
        Activation a = activation(f, l);
        List<String> lines = new ArrayList<>();
        lines.add("layer " + (l + 1) + " · " + a.id() + " · " + v.units(l) + " units");
        lines.add("mean " + Format.number(v.activationMean(l), 3) + " · std " + Format.number(v.activationStd(l), 3));
        if (a == Activation.RELU || a == Activation.LEAKY_RELU) {
            lines.add("input ≤ 0: " + Diagnosis.percent(v.saturated(l)) + " of outputs");
        } else if (a != Activation.LINEAR) {
            lines.add("saturated: " + Diagnosis.percent(v.saturated(l)) + " of outputs");
        }
        PassStats pass = f.lastPass();
        if (a == Activation.RELU && pass != null) {
            lines.add("dead all of pass " + Format.grouped(pass.pass()) + ": " + pass.deadUnits()[l] + " of "
                    + v.units(l));
            RunEvent dead = f.event(RunEvent.Kind.DEAD);
            if (dead != null) {
                lines.add("first dead unit of the run: pass " + Format.grouped(dead.iteration() / f.passLength()));
            }
        }
        return lines;
    }
}
