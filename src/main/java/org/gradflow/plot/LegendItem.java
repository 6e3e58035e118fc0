package org.gradflow.plot;

/** One legend entry: a short line (dashed if given), a dot, or a filled box, and its text. */
public record LegendItem(String text, Rgb color, Kind kind, double... dash) {
    /** How the entry's swatch is drawn. */
    public enum Kind { LINE, DOT, BOX }

    public static LegendItem line(String text, Rgb color, double... dash) {
        return new LegendItem(text, color, Kind.LINE, dash);
    }

    public static LegendItem dot(String text, Rgb color) {
        return new LegendItem(text, color, Kind.DOT);
    }

    public static LegendItem box(String text, Rgb color) {
        return new LegendItem(text, color, Kind.BOX);
    }
}
