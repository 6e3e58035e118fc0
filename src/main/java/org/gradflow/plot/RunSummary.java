package org.gradflow.plot;

import java.util.ArrayList;
import java.util.List;
import org.gradflow.engine.Divergence;
import org.gradflow.engine.GradientCheckResult;
import org.gradflow.session.RunFrame;
import org.gradflow.engine.TrainingRule;

/** The words shown with a run, the same in the window and in exported figures. */
public final class RunSummary {
    /** Below this, one SGD step at a learning rate up to 1 moves no weight by more than a millionth. */
    public static final double ZERO_GRADIENT = 1e-6;

    private RunSummary() {
    }

    /** "D = 6" and which run it is. */
    public static String title(RunFrame f, boolean left) {
        return (left ? "Left run" : "Right run") + " · D = " + f.outputSize();
    }

    /** One line: iteration, pair, target, C, |dC/du|. */
    public static String status(RunFrame f) {
        String when = f.iteration() == 0 ? "before step 1" : "iteration " + Format.grouped(f.iteration());
        String catching = f.behind() > 0 ? " · catching up: " + Format.grouped(f.behind()) + " to go" : "";
        return when + " · pair " + f.pair() + " · target " + (f.target() > 0 ? "+1" : "−1")
                + " · C = " + cosine(f.cosine()) + " · |dC/du| = " + Format.number(f.dCduNorm(), 2) + catching;
    }

    /**
     * C so that its distance from +-1 shows: {@code 1 − 4.7e−12} near the ends (where the 1-D run lives),
     * six digits elsewhere.
     */
    static String cosine(double c) {
        if (!Double.isFinite(c)) {
            return Format.number(c, 3);
        }
        double gap = 1 - Math.abs(c);
        if (gap > 0 && gap < 1e-4) {
            return (c > 0 ? "1 − " : "−1 + ") + Format.scientific(gap, 2);
        }
        return Format.number(c, 6);
    }

    public static List<Badge> badges(RunFrame f) {
        List<Badge> badges = new ArrayList<>();
        if (f.divergence() == Divergence.NON_FINITE) {
            badges.add(new Badge(Badge.Kind.DIVERGED, "diverged (NaN)"));
        } else if (f.divergence() == Divergence.EXPLODED) {
            badges.add(new Badge(Badge.Kind.DIVERGED, "diverged (exploded)"));
        }
        if (Double.isFinite(f.dCduNorm()) && f.dCduNorm() < ZERO_GRADIENT && f.dCdvNorm() < ZERO_GRADIENT) {
            badges.add(new Badge(Badge.Kind.GRADIENT_ZERO, "gradient ≈ 0"));
        }
        if (f.singular()) {
            badges.add(new Badge(Badge.Kind.SINGULAR, "singular (u = 0)"));
        }
        GradientCheckResult check = f.gradientCheck();
        if (check != null) {
            badges.add(new Badge(Badge.Kind.GRADIENT_CHECK, check.summary()));
        }
        return badges;
    }

    /** Why a diverged run stopped, in a sentence; null when it has not. */
    public static String divergenceMessage(RunFrame f) {
        return switch (f.divergence()) {
            case NON_FINITE -> "Diverged at iteration " + Format.grouped(f.iteration()) + ": a NaN or infinity"
                    + " appeared, so this run stopped. Lower the learning rate and press Reset (R).";
            case EXPLODED -> "Diverged at iteration " + Format.grouped(f.iteration()) + ": one step threw the"
                    + " weights past ±" + Format.number(Divergence.EXPLODED_PARAMETER, 1) + "; every tanh is"
                    + " saturated, so every gradient is exactly 0. This run stopped. Lower the learning rate and"
                    + " press Reset (R).";
            default -> null;
        };
    }

    /** The scenario in one line, for captions. */
    public static String scenarioLine(RunFrame f) {
        var s = f.scenario();
        String margin = s.rule() == TrainingRule.COSINE_EMBEDDING
                ? " (margin " + Format.number(s.margin(), 3) + ")" : "";
        return "D = " + f.outputSize() + " · rule " + s.rule().id() + margin + " · learning rate "
                + Format.number(s.learningRate(), 3) + " · seed " + s.seed() + " · " + s.hiddenUnits()
                + " hidden units · " + s.iterationsPerPair() + " iterations per pair · iteration "
                + Format.grouped(f.iteration());
    }
}
