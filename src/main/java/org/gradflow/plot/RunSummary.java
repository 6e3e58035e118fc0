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

    /**
     * The window's title for the runs shown: their output sizes, and the question only while a run has scalar
     * outputs (two 6-D runs are no longer that question).
     */
    public static String windowTitle(int leftOutputSize, int rightOutputSize) {
        String sizes = "GradFlow · D = " + leftOutputSize + " vs D = " + rightOutputSize;
        return leftOutputSize == 1 || rightOutputSize == 1
                ? sizes + ": why a siamese network with 1-D outputs does not learn" : sizes;
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
            badges.add(new Badge(Badge.Kind.DIVERGED, "diverged (NaN)", "diverged"));
        } else if (f.divergence() == Divergence.EXPLODED) {
            badges.add(new Badge(Badge.Kind.DIVERGED, "diverged (exploded)", "diverged"));
        }
        if (Double.isFinite(f.dCduNorm()) && f.dCduNorm() < ZERO_GRADIENT && f.dCdvNorm() < ZERO_GRADIENT) {
            badges.add(new Badge(Badge.Kind.GRADIENT_ZERO, "gradient ≈ 0", "grad ≈ 0"));
        }
        if (f.singular()) {
            badges.add(new Badge(Badge.Kind.SINGULAR, "singular (u = 0)", "u = 0"));
        }
        GradientCheckResult check = f.gradientCheck();
        if (check != null) {
            // The brief form drops the check's reason in brackets ("(all < 1e-6)"); its tooltip still has it.
            badges.add(new Badge(Badge.Kind.GRADIENT_CHECK, check.summary(),
                    check.summary().replaceFirst(" \\(.*\\)$", "")));
        }
        return badges;
    }

    /**
     * Why a diverged run stopped, in a sentence, for the banner over its charts; null when it has not. The charts
     * show the iteration that threw the weights, whose own gradients are anything but zero (the eps spike's are
     * 1e6): the zero gradients come after it, which is why the run stops.
     */
    public static String divergenceMessage(RunFrame f) {
        if (f.divergence() == Divergence.NONE) {
            return null;
        }
        return "Diverged at iteration " + Format.grouped(f.iteration()) + ": " + divergenceCause(f)
                + ". This run stopped. " + divergenceAdvice(f) + " and press Reset (R).";
    }

    /** What threw the weights, with the numbers of the iteration shown. */
    static String divergenceCause(RunFrame f) {
        double largest = largestParameterGradient(f);
        String kick = Double.isFinite(largest) ? " times gradients up to " + Format.number(largest, 2) : "";
        String thrown = f.divergence() == Divergence.NON_FINITE ? "to NaN/Inf"
                : "past ±" + Format.number(Divergence.EXPLODED_PARAMETER, 1) + ", where every tanh saturates and"
                        + " every later gradient would be exactly 0";
        String rate = "learning rate " + Format.number(f.scenario().learningRate(), 2);
        if (f.singular()) {
            return "on the eps spike at u = 0 one step of " + rate + kick + " threw the weights " + thrown;
        }
        return "one step of " + rate + kick + " threw the weights " + thrown;
    }

    /**
     * What to change. At u = 0 the gradient is Torch's eps at work, not a slope (1e6 at any learning rate worth
     * having), so the cure is an output that is not zero; elsewhere the step was too long.
     */
    static String divergenceAdvice(RunFrame f) {
        return f.singular() ? "Keep u off 0 (an input or a bias that is not zero)" : "Lower the learning rate";
    }

    private static double largestParameterGradient(RunFrame f) {
        double largest = 0;
        for (int k = 0; k < 2 * f.layerCount(); k++) {
            double g = f.gradNorm(k);
            largest = Double.isNaN(g) || Double.isNaN(largest) ? Double.NaN : Math.max(largest, g);
        }
        return largest;
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
