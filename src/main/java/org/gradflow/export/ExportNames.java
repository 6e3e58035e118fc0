package org.gradflow.export;

import java.util.List;
import org.gradflow.engine.RunNames;
import org.gradflow.engine.Scenario;
import org.gradflow.plot.ChartKind;

/**
 * File names that say what they hold, the runs named as {@link RunNames#fileParts} names them:
 * {@code cosine-D1-it200.png} and {@code figure-D1-vs-D6-it200.png} for the seed scenario,
 * {@code flow-main-it200.png}, {@code figure-main-vs-comparison-it200.png} for other comparisons,
 * {@code figure-main-it200.png} for a scenario of one run.
 */
public final class ExportNames {
    private ExportNames() {
    }

    /** The runs together: {@code D1-vs-D6}, {@code main-vs-comparison}, {@code main}. */
    private static String runs(Scenario s) {
        return String.join("-vs-", RunNames.fileParts(s));
    }

    public static String figure(Scenario s, long iteration) {
        return "figure-" + runs(s) + "-it" + iteration + ".png";
    }

    /** A single chart of the main run ({@code main} true) or of the comparison. */
    public static String chart(ChartKind kind, Scenario s, boolean main, long iteration) {
        List<String> parts = RunNames.fileParts(s);
        return kind.slug() + "-" + parts.get(main ? 0 : 1) + "-it" + iteration + ".png";
    }

    /** The runs' learning curves. */
    public static String curve(Scenario s, long iteration) {
        return "curve-" + runs(s) + "-it" + iteration + ".png";
    }

    /** The SVG twin of a PNG name: same name, {@code .svg}. */
    public static String svg(String pngName) {
        return pngName.endsWith(".png") ? pngName.substring(0, pngName.length() - 4) + ".svg" : pngName + ".svg";
    }

    public static String csv(Scenario s, long iteration) {
        return "trace-" + runs(s) + "-it" + iteration + ".csv";
    }
}
