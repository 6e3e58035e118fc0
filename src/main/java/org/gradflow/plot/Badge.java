package org.gradflow.plot;

/**
 * A short flag shown next to a run's status: what kind, what it says, and a briefer form for a header too narrow
 * for the full one (large text on a projector), which would otherwise end in "…".
 */
public record Badge(Kind kind, String text, String brief) {
    public Badge(Kind kind, String text) {
        this(kind, text, text);
    }

    /** Kinds, each with its own look. */
    public enum Kind {
        /** Both |dC/du| and |dC/dv| under 1e-6: SGD moves nothing. */
        GRADIENT_ZERO(Palette.DCDU),
        /** |u|^2 or |v|^2 under 1e-10: only eps defines the gradient. */
        SINGULAR(Rgb.hex("#7B3294")),
        /** NaN/Inf, or weights blown past saturation: the run stopped. */
        DIVERGED(Palette.ALERT),
        /** The live finite-difference check. */
        GRADIENT_CHECK(Palette.LEARNED);

        private final Rgb color;

        Kind(Rgb color) {
            this.color = color;
        }

        /** The badge's colour, in the window (its CSS background is set from this) and in exported figures. */
        public Rgb color() {
            return color;
        }
    }
}
