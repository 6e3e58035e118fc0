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
 * @param maxRelativeError the largest relative error over significant entries (0 when there are none)
 * @param worstEntry       the entry with that error, for example {@code hidden.weight[2,5]}, or "" when none
 */
public record GradientCheckResult(boolean finite, double maxRelativeError, String worstEntry, int significantEntries,
                                  int tinyEntries, double maxAbsoluteErrorOfTiny, List<Entry> entries) {

    /** Gradients smaller than this are compared absolutely, not relatively. */
    public static final double SIGNIFICANT = 1e-6;

    /** One gradient: its name, the analytic value and the finite-difference value. */
    public record Entry(String name, double analytic, double numeric) {
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
        for (Entry e : entries) {
            if (!Double.isFinite(e.analytic()) || !Double.isFinite(e.numeric())) {
                finite = false;
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
        return new GradientCheckResult(finite, maxRel, worst, significant, entries.size() - significant,
                maxAbsTiny, List.copyOf(entries));
    }

    /** Result for a network whose values are no longer finite: there is nothing to compare. */
    static GradientCheckResult notFinite() {
        return new GradientCheckResult(false, Double.NaN, "", 0, 0, Double.NaN, List.of());
    }

    /** Short human summary, as the window's status line shows it. */
    public String summary() {
        if (!finite) {
            return "grad check: not possible (NaN/Inf)";
        }
        if (significantEntries == 0) {
            // Every gradient is below 1e-6, where relative errors mean nothing: the error is absolute, and the
            // badge says why, so that "abs" on a 1-D run next to "rel" on a 6-D one does not look arbitrary.
            return "grad check: abs err " + shortScientific(maxAbsoluteErrorOfTiny) + " (all < 1e-6)";
        }
        return "grad check: rel err " + shortScientific(maxRelativeError);
    }

    /** One significant digit, as people write it: 3e-9, not 3e-09; 0 stays 0. */
    static String shortScientific(double x) {
        if (x == 0.0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.0e", x).replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2");
    }
}
