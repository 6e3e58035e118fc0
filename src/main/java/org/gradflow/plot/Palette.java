package org.gradflow.plot;

/**
 * Colours: Okabe and Ito's colour-blind-safe set for the main quantities, Tableau 10 for the output units.
 * Dark lines on white, because projectors wash out anything else.
 */
public final class Palette {
    public static final Rgb BACKGROUND = Rgb.hex("#FFFFFF");
    public static final Rgb PLOT_BACKGROUND = Rgb.hex("#FFFFFF");
    public static final Rgb GRID = Rgb.hex("#E3E3E3");
    public static final Rgb FRAME = Rgb.hex("#8A8A8A");
    public static final Rgb TEXT = Rgb.hex("#1A1A1A");
    public static final Rgb MUTED = Rgb.hex("#5F5F5F");
    public static final Rgb COSINE = Rgb.hex("#0072B2");
    public static final Rgb TARGET = Rgb.hex("#444444");
    public static final Rgb DCDU = Rgb.hex("#D55E00");
    public static final Rgb DCDV = Rgb.hex("#009E73");
    /** C of pairs whose target is +1, and the +1 target line. */
    public static final Rgb POSITIVE = Rgb.hex("#0072B2");
    /** C of pairs whose target is −1, and the −1 target line. */
    public static final Rgb NEGATIVE = Rgb.hex("#E69F00");
    /** The two runs in the learning curve. */
    public static final Rgb LEFT_RUN = Rgb.hex("#332288");
    public static final Rgb RIGHT_RUN = Rgb.hex("#009E73");
    public static final Rgb LEARNED = Rgb.hex("#2E7D32");
    public static final Rgb REFERENCE = Rgb.hex("#999999");
    public static final Rgb ALERT = Rgb.hex("#C0392B");
    /** The frame around the chart a lesson step talks about: a colour no curve uses. */
    public static final Rgb POINTER = Rgb.hex("#7B2D8E");
    public static final Rgb HIDDEN = Rgb.hex("#56B4E9");
    public static final Rgb OUTPUT = Rgb.hex("#0072B2");
    /** The weight gradient ‖dL/dW‖ of a layer, in the flow chart. */
    public static final Rgb WEIGHT_GRADIENT = Rgb.hex("#0072B2");
    /** The gradient arriving at a layer from above, ‖dL/da‖, in the flow chart. */
    public static final Rgb ARRIVING_GRADIENT = Rgb.hex("#D55E00");
    /**
     * Examples of class 1 (or a target above 0) and of class 0 (or below), as TF Playground draws them: the blue
     * and orange of the +1 and −1 targets.
     */
    public static final Rgb CLASS_ONE = POSITIVE;
    public static final Rgb CLASS_ZERO = NEGATIVE;
    /** Where an activation passes almost no gradient (saturated tanh or sigmoid): a tint under the data. */
    public static final Rgb SATURATED_ZONE = ALERT.withAlpha(0.13);
    /**
     * Depth, from the first layer to the output layer: viridis from 0 to 0.75 (its yellow end would wash out on
     * white), which lightens monotonically for every kind of colour vision, so the order reads even in grey.
     */
    private static final Rgb[] DEPTH = {
        Rgb.hex("#440154"), Rgb.hex("#3B528B"), Rgb.hex("#21918C"), Rgb.hex("#5EC962"),
    };
    /** How far toward white the prediction map goes at full certainty: pale, so the data points stand out. */
    private static final double AREA_TINT = 0.62;
    private static final Rgb[] UNITS = {
        Rgb.hex("#4E79A7"), Rgb.hex("#F28E2B"), Rgb.hex("#E15759"), Rgb.hex("#76B7B2"), Rgb.hex("#59A14F"),
        Rgb.hex("#EDC948"), Rgb.hex("#B07AA1"), Rgb.hex("#FF9DA7"), Rgb.hex("#9C755F"), Rgb.hex("#BAB0AC"),
    };

    private Palette() {
    }

    /** The colour of layer {@code l} (0 = the first, from the input) of a network of {@code layers} layers. */
    public static Rgb depth(int l, int layers) {
        double t = layers <= 1 ? 0 : (double) l / (layers - 1) * (DEPTH.length - 1);
        int i = (int) Math.min(DEPTH.length - 2, Math.floor(t));
        return mix(DEPTH[i], DEPTH[i + 1], t - i);
    }

    /**
     * The prediction map's colour: white at {@code t} = 0 (undecided), pale blue toward +1 (class 1, or a positive
     * output), pale orange toward −1; {@code t} is clamped to −1..1.
     */
    public static Rgb prediction(double t) {
        if (Double.isNaN(t)) {
            return PLOT_BACKGROUND;
        }
        double c = Math.max(-1, Math.min(1, t));
        Rgb end = mix(c >= 0 ? CLASS_ONE : CLASS_ZERO, BACKGROUND, AREA_TINT);
        return mix(BACKGROUND, end, Math.abs(c));
    }

    /** The prediction map's colour where the network picks class {@code k} of three or more. */
    public static Rgb predictedClass(int k) {
        return mix(classColour(k), BACKGROUND, AREA_TINT);
    }

    /** The colour of class {@code k}'s examples: blue and orange for two classes, the units' colours beyond. */
    public static Rgb classColour(int k) {
        return k == 0 ? CLASS_ZERO : k == 1 ? CLASS_ONE : unit(k);
    }

    /** {@code a} moved a fraction {@code t} of the way to {@code b}, channel by channel. */
    static Rgb mix(Rgb a, Rgb b, double t) {
        return new Rgb((int) Math.round(a.red() + (b.red() - a.red()) * t),
                (int) Math.round(a.green() + (b.green() - a.green()) * t),
                (int) Math.round(a.blue() + (b.blue() - a.blue()) * t), a.alpha() + (b.alpha() - a.alpha()) * t);
    }

    /** Colour of output unit i (0-based). */
    public static Rgb unit(int i) {
        return UNITS[i % UNITS.length];
    }
}
