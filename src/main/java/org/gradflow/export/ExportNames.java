package org.gradflow.export;

import org.gradflow.plot.ChartKind;

/** File names that say what they hold: {@code cosine-D1-it200.png}, {@code figure-D1-vs-D6-it200.png}. */
public final class ExportNames {
    private ExportNames() {
    }

    public static String figure(int leftD, int rightD, long iteration) {
        return "figure-D" + leftD + "-vs-D" + rightD + "-it" + iteration + ".png";
    }

    /** A single chart; when both runs have the same D the side is added so the names differ. */
    public static String chart(ChartKind kind, int d, boolean left, boolean sameD, long iteration) {
        return kind.slug() + "-D" + d + (sameD ? (left ? "-left" : "-right") : "") + "-it" + iteration + ".png";
    }

    /** Both runs' learning curves. */
    public static String curve(int leftD, int rightD, long iteration) {
        return "curve-D" + leftD + "-vs-D" + rightD + "-it" + iteration + ".png";
    }

    /** The SVG twin of a PNG name: same name, {@code .svg}. */
    public static String svg(String pngName) {
        return pngName.endsWith(".png") ? pngName.substring(0, pngName.length() - 4) + ".svg" : pngName + ".svg";
    }

    public static String csv(int leftD, int rightD, long iteration) {
        return "trace-D" + leftD + "-vs-D" + rightD + "-it" + iteration + ".csv";
    }
}
