package org.gradflow.plot;

/**
 * One legend entry: a short line (dashed if given), a dot, or a filled box, and its text; {@code brief} is the
 * text used where the whole legend would not fit on one row with the full texts.
 */
public record LegendItem(String text, String brief, Rgb color, Kind kind, double... dash) {
    /** How the entry's swatch is drawn. */
    public enum Kind { LINE, DOT, BOX }

    public static LegendItem line(String text, Rgb color, double... dash) {
        return new LegendItem(text, text, color, Kind.LINE, dash);
    }

    public static LegendItem dot(String text, Rgb color) {
        return new LegendItem(text, text, color, Kind.DOT);
    }

    public static LegendItem box(String text, Rgb color) {
        return new LegendItem(text, text, color, Kind.BOX);
    }

    /** This entry with a shorter text for narrow charts. */
    public LegendItem briefly(String shorter) {
        return new LegendItem(text, shorter, color, kind, dash);
    }

    /** This entry as drawn in a narrow chart: its brief text. */
    LegendItem narrow() {
        return new LegendItem(brief, brief, color, kind, dash);
    }
}
