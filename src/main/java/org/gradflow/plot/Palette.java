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
    private static final Rgb[] UNITS = {
        Rgb.hex("#4E79A7"), Rgb.hex("#F28E2B"), Rgb.hex("#E15759"), Rgb.hex("#76B7B2"), Rgb.hex("#59A14F"),
        Rgb.hex("#EDC948"), Rgb.hex("#B07AA1"), Rgb.hex("#FF9DA7"), Rgb.hex("#9C755F"), Rgb.hex("#BAB0AC"),
    };

    private Palette() {
    }

    /** Colour of output unit i (0-based). */
    public static Rgb unit(int i) {
        return UNITS[i % UNITS.length];
    }
}
