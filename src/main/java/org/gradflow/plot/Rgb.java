package org.gradflow.plot;

/** A colour, independent of JavaFX and AWT so that the screen and the PNG export share chart code. */
public record Rgb(int red, int green, int blue, double alpha) {

    public static Rgb hex(String hex) {
        int value = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
        return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff, 1.0);
    }

    /** "#D55E00": for CSS, which the window styles its badges with. */
    public String webHex() {
        return String.format("#%02X%02X%02X", red, green, blue);
    }

    public Rgb withAlpha(double a) {
        return new Rgb(red, green, blue, a);
    }
}
