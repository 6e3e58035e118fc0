package org.gradflow.plot;

/**
 * A short flag shown next to a run's status: what kind, what it says, a briefer form for a header too narrow
 * for the full one (large text on a projector), which would otherwise end in "…", and what it measures (the
 * tooltip), which depends on the run as much as the text does: a zero gradient is |dC/du| for a cosine run and
 * every layer's weight gradient for a classifier.
 */
public record Badge(Kind kind, String text, String brief, String why) {
    public Badge(Kind kind, String text, String brief) {
        this(kind, text, brief, kind.why());
    }

    public Badge(Kind kind, String text) {
        this(kind, text, text);
    }

    /** Kinds, each with its own look. */
    public enum Kind {
        /** The gradient SGD would apply is under 1e-6: it moves nothing. */
        GRADIENT_ZERO(Palette.DCDU, "|dC/du| and |dC/dv| are below 1e-6: a step of SGD moves nothing."),
        /** |u|^2 or |v|^2 under 1e-10: only eps defines the gradient. */
        SINGULAR(Rgb.hex("#7B3294"), "|u|² or |v|² is below 1e-10: the cosine has no gradient in exact math;"
                + " Torch's eps makes one of about 1e6."),
        /** NaN/Inf, or weights blown past saturation: the run stopped. */
        DIVERGED(Palette.ALERT, "this run blew up and stopped; lower the learning rate and Reset."),
        /** relu units whose input was at most 0 for every input of the last pass. */
        DEAD_UNITS(Rgb.hex("#4D4D4D"), "relu units whose input was ≤ 0 for every example of the last pass: they"
                + " pass no gradient back, and their weights no longer change."),
        /** The gradient arriving at layer 1 is under a thousandth of the one arriving at the output layer. */
        VANISHING(Rgb.hex("#0072B2"), "the gradient arriving at layer 1, against the one arriving at the output"
                + " layer, is under 1/1000: the first layers learn a thousand times slower than the last."),
        /** Units of a hidden layer that are exact copies of one another. */
        COPIES(Rgb.hex("#8C510A"), "the most units of a hidden layer that are exact copies of one another (the same"
                + " weights and bias): they get the same gradient, so they stay copies."),
        /** The live finite-difference check. */
        GRADIENT_CHECK(Palette.LEARNED, "every analytic gradient (dC/du, dC/dv, each weight) against central finite"
                + " differences, at the current weights on the next pair: the largest relative error over gradients"
                + " of 1e-6 or more, or, when all are smaller (as in 1-D), the largest absolute error.");

        private final Rgb color;
        private final String why;

        Kind(Rgb color, String why) {
            this.color = color;
            this.why = why;
        }

        /** The badge's colour, in the window (its CSS background is set from this) and in exported figures. */
        public Rgb color() {
            return color;
        }

        /** What a badge of this kind measures, unless the badge says otherwise. */
        public String why() {
            return why;
        }
    }
}
