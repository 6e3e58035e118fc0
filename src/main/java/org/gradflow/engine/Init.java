package org.gradflow.engine;

/**
 * A layer's initialisation: its scheme and the scheme's parameters. Built only valid.
 *
 * @param std  the normal scheme's standard deviation (required there, > 0); NaN for every other scheme
 * @param gain the xavier schemes' gain (default 1, > 0); 1 for every other scheme
 */
public record Init(InitScheme scheme, double std, double gain) {
    /** The default: Torch7's reset(), which is what the seed network's weights are drawn by. */
    public static final Init TORCH = new Init(InitScheme.TORCH, Double.NaN, 1.0);

    public Init {
        if (scheme == null) {
            throw new ScenarioException("init", "must name a scheme (" + InitScheme.ids() + ")");
        }
        if (scheme.takesStd()) {
            if (!(std > 0) || !Double.isFinite(std)) {
                throw new ScenarioException("init.std", "must be a finite number > 0 for the normal scheme, got "
                        + std);
            }
        } else {
            std = Double.NaN;
        }
        if (!(gain > 0) || !Double.isFinite(gain)) {
            throw new ScenarioException("init.gain", "must be a finite number > 0, got " + gain);
        }
    }

    /** A scheme with its default parameters (the xavier gain 1); {@code normal} needs {@link #normal(double)}. */
    public static Init of(InitScheme scheme) {
        return new Init(scheme, Double.NaN, 1.0);
    }

    public static Init normal(double std) {
        return new Init(InitScheme.NORMAL, std, 1.0);
    }

    /** Draws one layer's weights (rows are units) and biases. */
    void fill(double[][] weight, double[] bias, TorchRandom random) {
        scheme.fill(weight, bias, random, this);
    }

    /** As people write it: "he-normal", "normal(std 1)", "xavier-uniform(gain 2)". */
    public String label() {
        if (scheme.takesStd()) {
            return scheme.id() + "(std " + shortNumber(std) + ")";
        }
        if (scheme.takesGain() && gain != 1.0) {
            return scheme.id() + "(gain " + shortNumber(gain) + ")";
        }
        return scheme.id();
    }

    /** Whether the file form needs the object ({@code {"scheme": ..., "std": ...}}) rather than the name. */
    public boolean hasParameters() {
        return scheme.takesStd() || (scheme.takesGain() && gain != 1.0);
    }

    private static String shortNumber(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
