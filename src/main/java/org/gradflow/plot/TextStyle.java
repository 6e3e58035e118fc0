package org.gradflow.plot;

/** Font size in logical pixels and weight; the family is always the bundled DejaVu Sans. */
public record TextStyle(double size, boolean bold) {
    public static final TextStyle FIGURE_TITLE = new TextStyle(22, true);
    public static final TextStyle HEADING = new TextStyle(17, true);
    public static final TextStyle BODY = new TextStyle(14, false);
    public static final TextStyle TITLE = new TextStyle(15, true);
    public static final TextStyle LABEL = new TextStyle(13, false);
    public static final TextStyle TICK = new TextStyle(12, false);
    public static final TextStyle SMALL = new TextStyle(11.5, false);
}
