package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pairs of colours that carry meaning stay apart for the three kinds of dichromacy: each pair is
 * simulated with Machado, Oliveira and Fernandes' (2009) matrices at severity 1 (in linear RGB) and compared
 * in CIELAB. Threshold: ΔE*ab of 20, where ΔE ≈ 2.3 is just noticeable and 20 is "clearly a different colour"
 * on a washed-out projector; the curves also differ by dash and position, so colour is never alone.
 */
class ColourBlindPaletteTest {
    private static final double CLEARLY_DIFFERENT = 20;

    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

        final double[][] m;

        Vision(double[][] m) {
            this.m = m;
        }
    }

    /** Pairs a reader must tell apart: what each chart's legend distinguishes by colour. */
    private static final Rgb[][] PAIRS = {
        {Palette.POSITIVE, Palette.NEGATIVE},   // C of +1 pairs vs C of −1 pairs (and their target lines)
        {Palette.COSINE, Palette.TARGET},       // C vs the target lines' grey
        {Palette.DCDU, Palette.DCDV},           // |dC/du| vs |dC/dv|
        {Palette.HIDDEN, Palette.OUTPUT},       // hidden vs output layer in the norms chart
        {Palette.LEFT_RUN, Palette.RIGHT_RUN},  // the two runs in the learning curve
        {Palette.DCDU, Palette.POSITIVE},       // the tangent vs û in the geometry chart
        {Palette.NEGATIVE, Palette.POSITIVE},   // v̂ vs û
        {Palette.WEIGHT_GRADIENT, Palette.ARRIVING_GRADIENT}, // the flow chart's two bars
        {Palette.TARGET, Palette.ARRIVING_GRADIENT}, // the ¼ guide against the bars it runs along
        {Palette.depth(0, 2), Palette.depth(1, 2)}, // first vs output layer (the depth ramp's ends)
        {Palette.CLASS_ONE, Palette.CLASS_ZERO}, // the examples of the two classes on the prediction map
        {Palette.prediction(1), Palette.prediction(-1)}, // the map's two sides at full certainty
        {Palette.CLASS_ONE, Palette.prediction(-1)}, // a class-1 example the network puts on the class-0 side
        {Palette.CLASS_ZERO, Palette.prediction(1)}, // and a class-0 example on the class-1 side
    };

    @ParameterizedTest
    @EnumSource(Vision.class)
    void everyMeaningfulPairStaysClearlyDifferent(Vision vision) {
        for (Rgb[] pair : PAIRS) {
            double delta = deltaE(lab(simulate(pair[0], vision)), lab(simulate(pair[1], vision)));
            assertThat(delta).as("%s vs %s for %s", pair[0].webHex(), pair[1].webHex(), vision)
                    .isGreaterThan(CLEARLY_DIFFERENT);
        }
    }

    /**
     * Depth reads as order for everyone: along the ramp (nine layers, the deepest example) every colour is
     * lighter than the one before, in every simulated vision, by a step the eye can see (ΔL* over 3).
     */
    @ParameterizedTest
    @EnumSource(Vision.class)
    void theDepthRampLightensFromTheFirstLayerToTheOutputLayer(Vision vision) {
        int layers = 9;
        for (int l = 1; l < layers; l++) {
            double before = lab(simulate(Palette.depth(l - 1, layers), vision))[0];
            double after = lab(simulate(Palette.depth(l, layers), vision))[0];
            assertThat(after - before).as("L* of layer %d over layer %d for %s", l + 1, l, vision).isGreaterThan(3);
        }
    }

    private static double[] simulate(Rgb c, Vision v) {
        double[] lin = {linear(c.red()), linear(c.green()), linear(c.blue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.min(1, Math.max(0, v.m[i][0] * lin[0] + v.m[i][1] * lin[1] + v.m[i][2] * lin[2]));
        }
        return out;
    }

    private static double linear(double channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
