package org.gradflow.plot;

import org.gradflow.engine.Divergence;
import org.gradflow.session.RunFrame;

/**
 * What is on screen, in plain words and one formula, chosen by the state of the two runs: the flat 1-D
 * gradient, the eps spike, a higher dimension learning, or a divergence.
 *
 * @param headline a short sentence
 * @param body     two or three sentences
 * @param formula  the one formula that explains it
 */
public record Explanation(String headline, String body, String formula) {

    /** A loss this small means the cosine sits on the target: the run has learned. */
    private static final double LEARNED = 1e-3;
    private static final String COSINE = "C = ⟨u,v⟩ / √((|u|² + ε)(|v|² + ε)),  ε = 10⁻¹²";

    public static Explanation of(RunFrame left, RunFrame right) {
        RunFrame diverged = left.divergence() != Divergence.NONE ? left
                : right.divergence() != Divergence.NONE ? right : null;
        if (diverged != null && diverged.singular()) {
            return new Explanation("D = " + diverged.outputSize() + " blew up on the eps spike at u = 0.",
                    "At u = 0 exact math has no gradient; Torch's ε makes dC/du = ±10⁶. Times the learning rate "
                            + Format.number(diverged.scenario().learningRate(), 2) + " that moved the weights by"
                            + " thousands: every tanh saturated, 1 − tanh² = 0, and nothing can move again."
                            + " Press Reset.",
                    "dC/du at u = 0:  v / √(ε (|v|² + ε)) ≈ ±1/√ε = ±10⁶");
        }
        if (diverged != null) {
            return new Explanation("D = " + diverged.outputSize() + " diverged: the learning rate is too large.",
                    "SGD moves each weight by learning rate × gradient. At "
                            + Format.number(diverged.scenario().learningRate(), 2) + " one step sent the weights"
                            + " so far that every tanh is saturated (or a NaN appeared); then 1 − tanh² = 0 and"
                            + " nothing can move again. A 1-D run survives any learning rate: its gradient is"
                            + " ~10⁻¹¹. Lower the rate and press Reset.",
                    "w ← w − η · ∂L/∂w,   tanh′(z) = 1 − tanh²(z) = 0 once |z| > 19");
        }
        RunFrame singular = left.singular() ? left : right.singular() ? right : null;
        if (singular != null) {
            return new Explanation("u = 0: the cosine has no gradient here, and eps invents one of 10⁶.",
                    "In exact math the cosine of a zero vector is undefined. Torch adds ε to |u|², so C = 0 and"
                            + " dC/du = v / (√ε |v|) = ±10⁶: a huge, arbitrary kick that can throw the weights into"
                            + " saturation in one step.",
                    "dC/du at u = 0:  v / √(ε (|v|² + ε)) ≈ ±1/√ε = ±10⁶");
        }
        RunFrame scalar = left.outputSize() == 1 ? left : right.outputSize() == 1 ? right : null;
        RunFrame wide = left.outputSize() > 1 ? left : right.outputSize() > 1 ? right : null;
        if (scalar != null && wide != null && wide.iteration() > 0 && wide.loss() < LEARNED
                && wide.dCduNorm() < RunSummary.ZERO_GRADIENT) {
            return new Explanation("D = " + wide.outputSize() + " has learned; D = 1 never started.",
                    "Both gradients are now tiny, for opposite reasons. With D = " + wide.outputSize() + " the cosine"
                            + " reached each pair's target (loss ≈ 0), so there is nothing left to learn. With D = 1"
                            + " the cosine of two numbers is sign(u)·sign(v): its slope was ~10⁻¹¹ from the first"
                            + " step, and the weights never moved.",
                    COSINE);
        }
        if (scalar != null && wide != null) {
            return new Explanation("D = 1 cannot learn: the cosine of two numbers is sign(u)·sign(v).",
                    "With scalar outputs C is ±1 whatever the weights, a step function whose slope is 0 (Torch's ε"
                            + " leaves ~10⁻¹¹): backprop multiplies everything by that, and the weights do not move."
                            + " With D = " + wide.outputSize() + " the cosine depends on the direction of u and v,"
                            + " the gradient is of order 0.1, and the loss falls.",
                    COSINE);
        }
        if (scalar != null) {
            return new Explanation("Both runs have D = 1: neither can learn.",
                    "The cosine of two numbers is sign(u)·sign(v), a step: its gradient is ~10⁻¹¹ except at u = 0."
                            + " Move a slider to D > 1 to see the gradient come alive.", COSINE);
        }
        return new Explanation("With D > 1 the gradient is alive.",
                "The cosine measures the angle between u and v, which every weight can change: |dC/du| is of order"
                        + " 0.1 and SGD lowers the loss pair by pair. Move a slider to 1 to see it die.", COSINE);
    }
}
