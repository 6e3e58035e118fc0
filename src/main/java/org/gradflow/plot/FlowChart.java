package org.gradflow.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gradflow.engine.Activation;
import org.gradflow.engine.IterationView;
import org.gradflow.engine.LayerNames;
import org.gradflow.session.RunFrame;

/**
 * The gradient's way down the network at the iteration shown: per layer from the input (left) to the output
 * (right), the weight gradient ‖dL/dW‖ and the gradient arriving at the layer's output ‖dL/da‖ as bars on a
 * log axis fitted to them, so that a vanishing gradient is a staircase down to the left. Over each layer, the
 * factor by which what arrives there shrank from the layer above; under the axis, the first layer's weight
 * gradient against the last's. Across sigmoid layers a dashed guide falls by ¼ a layer, the most σ′ lets through.
 */
final class FlowChart extends LayerSlotsChart {
    /** The largest value of the sigmoid's derivative a(1 − a), at a = ½. */
    static final double SIGMOID_BOUND = 0.25;
    private static final int MIN_DECADES = 3;
    /** Where in its layer's slot each bar starts, and how wide it is, as shares of the slot. */
    private static final double WEIGHT_BAR = 0.14;
    private static final double ARRIVING_BAR = 0.52;
    private static final double BAR = 0.34;
    /** Pixels of a bar whose value is exactly 0. */
    private static final double ZERO_STUB = 2;
    private static final String AXIS = LayerSlotsChart.AXIS_TITLE;
    private static final LegendItem WEIGHTS = LegendItem.box("‖dL/dW‖ weight gradient", Palette.WEIGHT_GRADIENT)
            .briefly("‖dL/dW‖");
    private static final LegendItem ARRIVING = LegendItem.box("‖dL/da‖ arriving", Palette.ARRIVING_GRADIENT)
            .briefly("‖dL/da‖");
    private static final LegendItem BOUND = LegendItem.line("×¼ a sigmoid layer", Palette.TARGET, 6, 4)
            .briefly("×¼");
    private static final List<LegendItem> LEGEND = List.of(WEIGHTS, ARRIVING);
    private static final List<LegendItem> SIGMOID_LEGEND = List.of(WEIGHTS, ARRIVING, BOUND);

    FlowChart(Painter painter) {
        super(painter);
    }

    @Override
    public void draw(RunFrame f, double w, double h, String caption) {
        IterationView v = f.values();
        int depth = f.layerCount();
        double[] guide = sigmoidGuide(f);
        LogRange range = new LogRange();
        for (int l = 0; l < depth; l++) {
            range.add(v.weightGrad(l)).add(v.outputGrad(l)).add(guide[l]);
        }
        String title = "Gradient flow " + (f.iteration() == 0 ? "of the next step" : "at iteration "
                + Format.grouped(f.iteration()));
        area.setCaption(caption);
        frameWithRoomAbove(w, h, title, hasGuide(guide) ? SIGMOID_LEGEND : LEGEND,
                layerAxis(depth, axisTitle(v, depth, LayerReadings.of(f).largestWeightGrad() == 0, w)),
                room -> range.axis("gradient norm (log)", MIN_DECADES, room));
        area.beginData();
        double slot = slot(depth);
        double floor = area.top() + area.height();
        double[] tops = new double[depth];
        for (int l = 0; l < depth; l++) {
            double x = area.left() + slot * l;
            double weightTop = bar(x + slot * WEIGHT_BAR, slot * BAR, v.weightGrad(l), floor,
                    Palette.WEIGHT_GRADIENT);
            double arrivingTop = bar(x + slot * ARRIVING_BAR, slot * BAR, v.outputGrad(l), floor,
                    Palette.ARRIVING_GRADIENT);
            tops[l] = Math.min(weightTop, arrivingTop);
        }
        drawGuide(guide, depth, tops);
        factors(v, depth, tops);
        drawLayerReadout(depth, l -> readout(f, l));
        area.endData();
    }

    /** A bar up from the floor to {@code value}; returns its top (the floor for NaN, which draws nothing). */
    private double bar(double x, double width, double value, double floor, Rgb color) {
        if (Double.isNaN(value)) {
            return floor;
        }
        // An exact zero is a stub on the floor: there, and nothing (a missing bar would look like no data).
        double top = value == 0 ? floor - ZERO_STUB : Math.max(area.top(), area.toY(value));
        painter.fillRect(x, top, width, floor - top, color);
        return top;
    }

    /**
     * Where ‖dL/da‖ would be if every sigmoid layer passed on exactly ¼ of what arrives above it: from the
     * highest sigmoid layer down through the sigmoid layers below it (the step from layer j to layer j − 1 goes
     * through layer j's σ′); NaN elsewhere. The measured bars falling faster show the weights shrinking it too.
     */
    static double[] sigmoidGuide(RunFrame f) {
        int depth = f.layerCount();
        double[] guide = new double[depth];
        Arrays.fill(guide, Double.NaN);
        int top = depth - 1;
        while (top >= 1 && activation(f, top) != Activation.SIGMOID) {
            top--;
        }
        double start = top >= 1 ? f.values().outputGrad(top) : Double.NaN;
        if (!(start > 0) || !Double.isFinite(start)) {
            return guide;
        }
        guide[top] = start;
        for (int j = top; j >= 1 && activation(f, j) == Activation.SIGMOID; j--) {
            guide[j - 1] = guide[j] * SIGMOID_BOUND;
        }
        return guide;
    }

    private static Activation activation(RunFrame f, int l) {
        return f.spec().network().layer(l).activation();
    }

    private static boolean hasGuide(double[] guide) {
        int count = 0;
        for (double g : guide) {
            count += Double.isNaN(g) ? 0 : 1;
        }
        return count >= 2;
    }

    private void drawGuide(double[] guide, int depth, double[] tops) {
        if (!hasGuide(guide)) {
            return;
        }
        double[] xs = new double[depth];
        double[] ys = new double[depth];
        int n = 0;
        for (int l = 0; l < depth; l++) {
            if (!Double.isNaN(guide[l])) {
                xs[n] = area.left() + slot(depth) * (l + ARRIVING_BAR + BAR / 2);
                ys[n] = area.toY(guide[l]);
                n++;
            }
        }
        painter.polyline(xs, ys, n, Palette.TARGET, 1.6, 6, 4);
        // Under the guide's low end, where the guide rises away from its words, if they stay clear of the bars
        // there (the legend says it otherwise).
        String words = "×¼ a layer: σ′ ≤ ¼";
        double textTop = ys[0] + 3;
        double textBottom = textTop + painter.lineHeight(TextStyle.SMALL);
        double textEnd = xs[0] + painter.textWidth(words, TextStyle.SMALL);
        for (int l = 0; l < depth; l++) {
            double barsFrom = area.left() + slot(depth) * (l + WEIGHT_BAR);
            double barsTo = area.left() + slot(depth) * (l + ARRIVING_BAR + BAR);
            if (barsFrom < textEnd && barsTo > xs[0] && tops[l] < textBottom) {
                return;
            }
        }
        area.labels().beside(List.of(words), xs[0], textTop, 0, true, TextStyle.SMALL, Palette.TARGET,
                Painter.Baseline.TOP);
    }

    /**
     * The x axis's title with the chart's finding: the gradient arriving at the first layer against what arrives
     * at the output layer, and the factor a layer that makes (the orange bars' staircase, and the numbers the
     * diagnosis, the badge and the lessons give), as much of it as fits the chart's width.
     */
    private String axisTitle(IterationView v, int depth, boolean noWeightMoves, double w) {
        List<String> texts = new ArrayList<>();
        String first = "‖dL/da" + ComponentsChart.subscript(1) + "‖";
        String last = "‖dL/da" + ComponentsChart.subscript(depth) + "‖";
        double ratio = depth < 2 ? Double.NaN : v.outputGrad(0) / v.outputGrad(depth - 1);
        if (depth >= 2 && v.outputGrad(0) == 0 && v.outputGrad(depth - 1) == 0) {
            texts.add("layer · " + first + " and " + last + " are exactly 0");
        }
        if (depth >= 2 && noWeightMoves) {
            texts.add("layer · every ‖dL/dW‖ is exactly 0" + (Double.isNaN(ratio) ? ""
                    : " · " + first + " / " + last + " = " + Format.number(ratio, 2)));
            texts.add("layer · every ‖dL/dW‖ is exactly 0");
        }
        if (!Double.isNaN(ratio)) {
            String measured = first + " / " + last + " = " + Format.number(ratio, 2);
            if (ratio > 0 && Double.isFinite(ratio)) {
                String perLayer = ", ×" + Format.number(Math.pow(ratio, 1.0 / (depth - 1)), 2) + " a layer";
                texts.add(AXIS + " · " + measured + perLayer);
                texts.add("layer · " + measured + perLayer);
            }
            texts.add("layer · " + measured);
            texts.add("layer · a" + ComponentsChart.subscript(1) + "/a" + ComponentsChart.subscript(depth) + ": "
                    + Format.number(ratio, 2));
        }
        texts.add(AXIS);
        for (String text : texts) {
            if (painter.textWidth(text, TextStyle.SMALL) <= w - 20) {
                return text;
            }
        }
        return "layer";
    }

    /**
     * Over each layer below the output, what arrives there against what arrives at the layer above: ×0.12 is a
     * layer that passes down an eighth. Where one does not fit its slot, none is written (the readout has them).
     */
    private void factors(IterationView v, int depth, double[] tops) {
        String[] texts = new String[depth];
        double widest = 0;
        for (int l = 0; l + 1 < depth; l++) {
            double factor = v.outputGrad(l) / v.outputGrad(l + 1);
            texts[l] = Double.isNaN(factor) ? null : "×" + Format.number(factor, 2);
            widest = texts[l] == null ? widest : Math.max(widest, painter.textWidth(texts[l], TextStyle.SMALL));
        }
        if (widest > slot(depth) - 2) {
            return;
        }
        double line = painter.lineHeight(TextStyle.SMALL);
        for (int l = 0; l + 1 < depth; l++) {
            if (texts[l] != null) {
                area.labels().centred(texts[l], centre(l, depth), new double[] {tops[l] - line - 2},
                        TextStyle.SMALL, Palette.ARRIVING_GRADIENT);
            }
        }
    }

    private static List<String> readout(RunFrame f, int l) {
        IterationView v = f.values();
        List<String> lines = new ArrayList<>();
        lines.add("layer " + (l + 1) + " · " + activation(f, l).id());
        lines.add("‖dL/d" + LayerNames.weightSymbol(l) + "‖ = " + Format.number(v.weightGrad(l), 3));
        lines.add("‖dL/da" + ComponentsChart.subscript(l + 1) + "‖ = " + Format.number(v.outputGrad(l), 3));
        if (l + 1 < f.layerCount()) {
            lines.add("×" + Format.number(v.outputGrad(l) / v.outputGrad(l + 1), 3) + " of layer " + (l + 2) + "'s");
        }
        return lines;
    }
}
