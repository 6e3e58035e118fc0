package org.gradflow.engine;

import java.util.List;
import java.util.Locale;

/**
 * Outcome of a {@link GradientCheck}: every analytic gradient next to its finite-difference estimate.
 *
 * <p>Relative error {@code |a - n| / max(|a|, |n|)} is taken where the gradient is at least
 * {@link #SIGNIFICANT} in size; below that, a relative error says nothing (1e-11 vs 2e-11 is "both zero"),
 * so those entries are summarised by their largest absolute difference.
 *
 * <p>An entry whose stencil crossed a relu kink is not compared: the difference there measures the kink.
 *
 * @param maxRelativeError the largest relative error over significant entries (0 when there are none)
 * @param worstEntry       the entry with that error, for example {@code hidden.weight[2,5]}, or "" when none
 * @param atKinks          entries at a relu kink, left out of the errors
 */
public record GradientCheckResult(boolean finite, double maxRelativeError, String worstEntry, int significantEntries,
                                  int tinyEntries, double maxAbsoluteErrorOfTiny, int atKinks, List<Entry> entries) {

    /** Gradients smaller than this are compared absolutely, not relatively. */
    public static final double SIGNIFICANT = 1e-6;

    /** One gradient: its name, the analytic value, the finite-difference value, and whether it is at a kink. */
    public record Entry(String name, double analytic, double numeric, boolean atKink) {
        public static Entry of(String name, double analytic, double numeric) {
            return new Entry(name, analytic, numeric, false);
        }

        public static Entry atKink(String name, double analytic, double numeric) {
            return new Entry(name, analytic, numeric, true);
        }

        public double size() {
            return Math.max(Math.abs(analytic), Math.abs(numeric));
        }

        public boolean significant() {
            return size() >= SIGNIFICANT;
        }

        public double absoluteError() {
            return Math.abs(analytic - numeric);
        }

        /** {@code |a - n| / max(|a|, |n|)}; 0 when both are exactly zero. */
        public double relativeError() {
            double size = size();
            return size == 0.0 ? 0.0 : absoluteError() / size;
        }
    }

    static GradientCheckResult of(List<Entry> entries) {
        double maxRel = 0.0;
        double maxAbsTiny = 0.0;
        String worst = "";
        int significant = 0;
        boolean finite = true;
        int kinks = 0;
        for (Entry e : entries) {
            if (!Double.isFinite(e.analytic()) || !Double.isFinite(e.numeric())) {
                finite = false;
            } else if (e.atKink()) {
                kinks++;
            } else if (e.significant()) {
                significant++;
                if (worst.isEmpty() || e.relativeError() > maxRel) {
                    maxRel = e.relativeError();
                    worst = e.name();
                }
            } else {
                maxAbsTiny = Math.max(maxAbsTiny, e.absoluteError());
            }
        }
        return new GradientCheckResult(finite, maxRel, worst, significant, entries.size() - significant - kinks,
                maxAbsTiny, kinks, List.copyOf(entries));
    }

    /** Result for a network whose values are no longer finite: there is nothing to compare. */
    static GradientCheckResult notFinite() {
        return new GradientCheckResult(false, Double.NaN, "", 0, 0, Double.NaN, 0, List.of());
    }

    /** Short human summary, as the window's status line shows it. */
    public String summary() {
        if (!finite) {
            return "grad check: not possible (NaN/Inf)";
        }
        String kinks = atKinks == 0 ? "" : ", " + atKinks + " at a relu kink";
        if (significantEntries == 0 && tinyEntries == 0 && atKinks > 0) {
            return "grad check: every sampled gradient at a relu kink";
        }
        if (significantEntries == 0) {
            // Every gradient is below 1e-6, where relative errors mean nothing: the error is absolute, and the
            // badge says why, so that "abs" on a 1-D run next to "rel" on a 6-D one does not look arbitrary.
            return "grad check: abs err " + shortScientific(maxAbsoluteErrorOfTiny) + " (all < 1e-6" + kinks + ")";
        }
        return "grad check: rel err " + shortScientific(maxRelativeError) + (kinks.isEmpty() ? "" : " (" + kinks
                .substring(2) + ")");
    }

    /** One significant digit, as people write it: 3e-9, not 3e-09; 0 stays 0. */
    static String shortScientific(double x) {
        if (x == 0.0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.0e", x).replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2");
    }
}
